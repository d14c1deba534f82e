/**
 * Instructor screen "Balance report": pick a built-in scenario or load a file, play it thousands of times with
 * every bot and then search for the strategy that beats them, in Web Workers (progress bar, Stop, Cancel); read
 * the same charts and warnings as `npx tradeoffs balance --html`, and download them as an HTML page or JSON.
 */
import { MAX_RUNS } from '../../balance/index.ts';
import { BOT_NAMES, BOT_SUMMARY } from '../../bots/index.ts';
import { isolated } from '../../lib/printable.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import type { FullReport } from '../../search/index.ts';
import { fullDocument, fullHtml } from '../../search/index.ts';
import { store } from '../../store/index.ts';
import { download, numberField, progressOf, searchFieldset } from '../balance-fields.ts';
import { FORM_DEFAULTS, readBalanceForm } from '../balance-form.ts';
import { isCancelled, startBalance, type BalanceRun, type RunProgress } from '../balance-pool.ts';
import { reportView } from '../balance-view.ts';
import { fill, h, uid } from '../dom.ts';
import { readPickedScenario } from '../scenario-file.ts';
import { screenHead, type View } from '../view.ts';
import '../balance.css';

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

  const search = searchFieldset();
  const runButton = h('button', { type: 'submit', className: 'primary' }, 'Run');
  const formError = h('p', { className: 'error', role: 'alert' });
  const panel = progressPanel(
    () => run?.stop(),
    () => run?.cancel(),
  );
  const status = h('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { className: 'balance-result' });

  const chosen = (): LoadedScenario | undefined => {
    const v = select.value;
    return v.startsWith('f') ? loadedFiles[Number(v.slice(1))] : catalogue[Number(v.slice(1))];
  };

  const showReport = (report: FullReport): void => {
    fill(result, downloads(report), reportView(fullDocument(report)));
    const n = report.warnings.length + (report.search?.warnings.length ?? 0);
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
      search: search.on.checked,
      generations: search.generations.value,
      trainingSeeds: search.trainingSeeds.value,
      heldOutSeeds: search.heldOutSeeds.value,
    });
    if ('error' in read) return void (formError.textContent = read.error);
    formError.textContent = '';
    fill(result);
    runButton.disabled = true;
    panel.show();
    status.textContent = 'Simulating games\u2026';
    run = startBalance(loaded.scenario, read.config, read.search, panel.update);
    const current = run;
    current.report
      .then(showReport, (err: unknown) => {
        const text = isCancelled(err) ? 'Cancelled.' : `The simulation failed: ${String(err)}`;
        fill(result, h('p', { className: isCancelled(err) ? 'hint' : 'error' }, text));
        status.textContent = text;
      })
      .finally(() => {
        if (run !== current) return;
        run = null;
        runButton.disabled = false;
        panel.hide();
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
    search.el,
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
      'For scenario authors: every bot plays the scenario on the same seeds, then a strategy search looks for the play that beats them all. The report shows win rates, score spreads, luck against skill, the strongest strategy found and what it leans on, levers that change nothing, events that never or always fire, unreachable objectives and the decisions that move the score most. The same settings give the same report as ',
      h('code', {}, 'npx tradeoffs balance'),
      '.',
    ),
    form,
    panel.el,
    status,
    result,
  );
  return { el, destroy: () => run?.cancel() };
}

/** The progress bar with its line, Stop (during the search: measure what was found) and Cancel. */
function progressPanel(
  onStop: () => void,
  onCancel: () => void,
): { el: HTMLElement; show: () => void; hide: () => void; update: (p: RunProgress) => void } {
  const bar = h('progress', { 'aria-label': 'Simulating games', max: 1, value: 0 });
  const text = h('span', { className: 'hint' });
  const stop = h('button', { type: 'button', hidden: true }, 'Stop searching');
  stop.addEventListener('click', () => {
    onStop();
    stop.disabled = true;
    stop.textContent = 'Stopping\u2026';
  });
  const cancel = h('button', { type: 'button', onclick: onCancel }, 'Cancel');
  const el = h('div', { className: 'balance-progress', hidden: true }, bar, text, stop, cancel);
  return {
    el,
    show: () => {
      el.hidden = false;
      stop.hidden = true;
      stop.disabled = false;
      stop.textContent = 'Stop searching';
    },
    hide: () => void (el.hidden = true),
    update: (p) => {
      const { share, text: line } = progressOf(p);
      bar.value = share;
      text.textContent = line;
      stop.hidden = p.stage !== 'search' || !['explore', 'climb'].includes(p.progress.phase);
    },
  };
}

/** The report's downloads: the HTML page and the JSON, both with the search. */
function downloads(report: FullReport): HTMLElement {
  const file = report.scenario.id;
  return h(
    'p',
    { className: 'balance-downloads' },
    h(
      'button',
      { type: 'button', onclick: () => download(`${file}-balance.html`, 'text/html', fullHtml(report)) },
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
  );
}
