/** Scenario choice: the built-in list with difficulty and topic, and "load a scenario file" with the validator's errors. */
import type { LoadedScenario } from '../../scenario/index.ts';
import { formatProblem, parseScenarioBlob } from '../../scenario/index.ts';
import { chooseScenario, store } from '../../store/index.ts';
import { fill, h, uid } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { playTimeText } from '../play-times.ts';
import { scenarioResults, type ScenarioResult } from '../results.ts';
import { saveServices } from '../services.ts';
import { screenHead, type View } from '../view.ts';

const TOPIC: Record<string, string> = {
  architecture: 'Architecture',
  coordination: 'Team coordination',
  debt: 'Technical debt',
  risk: 'Risk',
  stakeholders: 'Stakeholders',
};

function difficulty(n: number): HTMLElement {
  return h(
    'span',
    { className: 'difficulty', 'aria-label': `difficulty ${n} of 5` },
    '\u25CF'.repeat(n) + '\u25CB'.repeat(5 - n),
  );
}

/** "Won · best score 812", or "Played to the end · best score 640", when this browser finished a game of it. */
function resultLine(result: ScenarioResult | undefined, headingId: string): HTMLElement | null {
  if (!result) return null;
  return h(
    'p',
    { className: `scenario-result ${result.won ? 'won' : 'finished'}`, id: `${headingId}-result` },
    result.won ? '\u2713 Won' : 'Played to the end',
    ` \u00b7 best score ${result.best} / 1000`,
  );
}

function card(loaded: LoadedScenario, result: ScenarioResult | undefined): HTMLElement {
  const sc = loaded.scenario;
  const m = loaded.meta;
  const headingId = uid('scenario');
  return h(
    'li',
    { className: 'scenario-card' },
    h('h2', { id: headingId }, sc.title),
    h(
      'p',
      { className: 'meta' },
      difficulty(m.difficulty),
      ` ${m.topic ? TOPIC[m.topic] : 'General'} \u00b7 ${sc.turns} ${turnUnit(sc.params.weeksPerTurn)}s`,
      playTimeText(sc.id) ? ` \u00b7 ${playTimeText(sc.id)}` : '',
    ),
    resultLine(result, headingId),
    h('p', {}, m.summary),
    h(
      'button',
      {
        type: 'button',
        'aria-describedby': result ? `${headingId} ${headingId}-result` : headingId,
        onclick: () => chooseScenario(loaded),
      },
      'Choose',
    ),
  );
}

/** "x.yaml has 3 problems:", or, when the list was cut, "x.yaml has 90,000 problems; the first 200:". */
function problemsHeading(name: string, listed: number, omitted: number): string {
  if (omitted === 0) return `${name} has ${listed} problem${listed === 1 ? '' : 's'}:`;
  const total = listed - 1 + omitted;
  return `${name} has ${total.toLocaleString('en-US')} problems; the first ${listed - 1}:`;
}

function fileLoader(): HTMLElement {
  const inputId = uid('file');
  const report = h('div', { className: 'file-report', role: 'alert' });
  const input = h('input', { id: inputId, type: 'file', accept: '.yaml,.yml,.json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    // The size is checked before the file is read: a 3 GB file never reaches memory.
    void parseScenarioBlob(file).then(({ result: r, bytes }) => {
      if (r.ok) {
        fill(report);
        saveServices().rememberSource(r.loaded, file.name, new TextDecoder().decode(bytes ?? undefined));
        chooseScenario(r.loaded);
        return;
      }
      fill(
        report,
        h('p', {}, problemsHeading(file.name, r.problems.length, r.omitted ?? 0)),
        h(
          'ul',
          { className: 'problems' },
          ...r.problems.map((p) => h('li', {}, h('code', {}, formatProblem(p)))),
        ),
      );
    });
  });
  return h(
    'section',
    { className: 'file-loader', 'aria-labelledby': `${inputId}-h` },
    h('h2', { id: `${inputId}-h` }, 'Your own scenario'),
    h('p', {}, 'Load a scenario file (.yaml or .json). Problems are listed with their line and column.'),
    h('label', { for: inputId }, 'Scenario file '),
    input,
    report,
  );
}

export function scenarioScreen(): View {
  const list = store.getState().catalogue;
  const results = scenarioResults();
  const el = h(
    'section',
    { className: 'screen scenario-screen', 'aria-labelledby': 'scenarios-heading' },
    screenHead('scenarios-heading', 'Choose a scenario', { label: 'Back', to: 'title' }),
    h('ul', { className: 'scenario-list' }, ...list.map((l) => card(l, results[l.scenario.id]))),
    fileLoader(),
  );
  return { el, destroy: () => undefined };
}
