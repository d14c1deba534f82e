/**
 * Instructor screen "Balance report": pick a built-in scenario or load a file, play it thousands of times with
 * every bot in Web Workers (progress bar, Cancel), then read the same charts and warnings as
 * `npx tradeoffs balance --html`, and download them as an HTML page or JSON.
 */
import type { BalanceReport, Progress } from '../../balance/index.ts';
import { BalanceCancelled, MAX_RUNS, renderHtml } from '../../balance/index.ts';
import { BOT_NAMES, BOT_SUMMARY } from '../../bots/index.ts';
import { groupThousands } from '../../lib/format.ts';
import { isolated } from '../../lib/printable.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { store } from '../../store/index.ts';
import { FORM_DEFAULTS, readBalanceForm } from '../balance-form.ts';
import { startBalance, type BalanceRun } from '../balance-pool.ts';
import { reportView } from '../balance-view.ts';
import { fill, h, uid } from '../dom.ts';
import { readPickedScenario } from '../scenario-file.ts';
import { screenHead, type View } from '../view.ts';
import '../balance.css';

function numberField(
  label: string,
  value: string,
  min: number,
  max: number,
  hint?: string,
): { el: HTMLElement; input: HTMLInputElement } {
  const id = uid('balance-num');
  const hintId = uid('balance-hint');
  const input = h('input', {
    id,
    type: 'number',
    min,
    max,
    step: 1,
    value,
    required: true,
    ...(hint ? { 'aria-describedby': hintId } : {}),
  });
  return {
    el: h(
      'p',
      { className: 'balance-field' },
      h('label', { for: id }, label),
      input,
      ...(hint ? [h('span', { id: hintId, className: 'hint' }, hint)] : []),
    ),
    input,
  };
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function balanceScreen(): View {
  const catalogue = store.getState().catalogue;
  const loadedFiles: LoadedScenario[] = [];
  let run: BalanceRun | null = null;

  const selectId = uid('balance-scenario');
  const select = h(
    'select',
    { id: selectId },
    ...catalogue.map((l, i) => h('option', { value: `b${i}` }, l.scenario.title)),
  );
  const fileId = uid('balance-file');
  const fileInput = h('input', { id: fileId, type: 'file', accept: '.yaml,.yml,.json' });
  const fileReport = h('div', { className: 'file-report', role: 'alert' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void readPickedScenario(file).then((r) => {
      if (!r.ok) return fill(fileReport, ...r.report);
      fill(fileReport);
      loadedFiles.push(r.loaded);
      const value = `f${loadedFiles.length - 1}`;
      select.append(h('option', { value }, `${isolated(r.loaded.scenario.title)} (${isolated(file.name)})`));
      select.value = value;
    });
  });

  const runs = numberField('Seeds per bot', FORM_DEFAULTS.runs, 1, MAX_RUNS);
  const paired = numberField(
    'Paired seeds for decisions',
    FORM_DEFAULTS.paired,
    0,
    MAX_RUNS,
    'At most the seeds per bot.',
  );
  const seedId = uid('balance-seed');
  const seed = h('input', { id: seedId, type: 'text', value: FORM_DEFAULTS.seed, required: true, size: 10 });
  const botBoxes = BOT_NAMES.map((name) => {
    const id = uid('balance-bot');
    const box = h('input', { id, type: 'checkbox', checked: FORM_DEFAULTS.bots.includes(name), value: name });
    const label = h(
      'label',
      { for: id, className: 'balance-bot' },
      box,
      h('span', {}, h('strong', {}, name), h('span', { className: 'hint' }, BOT_SUMMARY[name])),
    );
    return { name, box, el: label };
  });

  const runButton = h('button', { type: 'submit', className: 'primary' }, 'Run');
  const formError = h('p', { className: 'error', role: 'alert' });
  const progress = h('progress', { 'aria-label': 'Simulating games', max: 1, value: 0 });
  const progressText = h('span', { className: 'hint' });
  const cancel = h('button', { type: 'button', onclick: () => run?.cancel() }, 'Cancel');
  const progressBox = h(
    'div',
    { className: 'balance-progress', hidden: true },
    progress,
    progressText,
    cancel,
  );
  const status = h('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { className: 'balance-result' });

  const chosen = (): LoadedScenario | undefined => {
    const v = select.value;
    return v.startsWith('f') ? loadedFiles[Number(v.slice(1))] : catalogue[Number(v.slice(1))];
  };

  const showProgress = (p: Progress): void => {
    progress.max = Math.max(1, p.totalGames);
    progress.value = p.games;
    progressText.textContent = `${groupThousands(p.games)} of ${groupThousands(p.totalGames)} games`;
  };

  const showReport = (report: BalanceReport): void => {
    const file = report.scenario.id;
    fill(
      result,
      h(
        'p',
        { className: 'balance-downloads' },
        h(
          'button',
          {
            type: 'button',
            onclick: () => download(`${file}-balance.html`, 'text/html', renderHtml(report)),
          },
          'Download HTML report',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => download(`${file}-balance.json`, 'application/json', JSON.stringify(report)),
          },
          'Download JSON',
        ),
      ),
      reportView(report),
    );
    const n = report.warnings.length;
    status.textContent = `Report ready: ${n} warning${n === 1 ? '' : 's'}.`;
  };

  const start = (e: Event): void => {
    e.preventDefault();
    const loaded = chosen();
    if (!loaded) return void (formError.textContent = 'Choose a scenario.');
    const read = readBalanceForm({
      runs: runs.input.value,
      paired: paired.input.value,
      seed: seed.value,
      bots: botBoxes.filter((b) => b.box.checked).map((b) => b.name),
    });
    if ('error' in read) return void (formError.textContent = read.error);
    formError.textContent = '';
    const config = read.config;
    fill(result);
    runButton.disabled = true;
    progressBox.hidden = false;
    status.textContent = 'Simulating games\u2026';
    run = startBalance(loaded.scenario, config, showProgress);
    const current = run;
    current.report
      .then(showReport, (err: unknown) => {
        const text = err instanceof BalanceCancelled ? 'Cancelled.' : `The simulation failed: ${String(err)}`;
        fill(result, h('p', { className: err instanceof BalanceCancelled ? 'hint' : 'error' }, text));
        status.textContent = text;
      })
      .finally(() => {
        if (run !== current) return;
        run = null;
        runButton.disabled = false;
        progressBox.hidden = true;
      });
  };

  const form = h(
    'form',
    { className: 'balance-form', onsubmit: start },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Scenario'),
      h('p', { className: 'balance-field' }, h('label', { for: selectId }, 'Built-in or loaded '), select),
      h('p', { className: 'balance-field' }, h('label', { for: fileId }, 'Load a scenario file '), fileInput),
      fileReport,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Bots'),
      h('div', { className: 'balance-bots' }, ...botBoxes.map((b) => b.el)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Runs'),
      runs.el,
      paired.el,
      h('p', { className: 'balance-field' }, h('label', { for: seedId }, 'Seed '), seed),
    ),
    h('p', {}, runButton),
    formError,
  );

  const el = h(
    'section',
    { className: 'screen balance-screen', 'aria-labelledby': 'balance-heading' },
    screenHead('balance-heading', 'Balance report', { label: 'Back', to: 'title' }),
    h(
      'p',
      { className: 'hint' },
      'For scenario authors: every bot plays the scenario on the same seeds, then the report shows win rates, score spreads, luck against skill, events that never or always fire, unreachable objectives and the decisions that move the score most. The same settings give the same report as ',
      h('code', {}, 'npx tradeoffs balance'),
      '.',
    ),
    form,
    progressBox,
    status,
    result,
  );
  return { el, destroy: () => run?.cancel() };
}
