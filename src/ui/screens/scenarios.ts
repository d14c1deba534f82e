/** Scenario choice: the built-in list with difficulty and topic, and "load a scenario file" with the validator's errors. */
import type { LoadedScenario } from '../../scenario/index.ts';
import { chooseScenario, store } from '../../store/index.ts';
import { fill, h, uid } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { playTimeText } from '../play-times.ts';
import { scenarioResults, type ScenarioResult } from '../results.ts';
import { saveServices } from '../services.ts';
import { readPickedScenario } from '../scenario-file.ts';
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

function fileLoader(): HTMLElement {
  const inputId = uid('file');
  const report = h('div', { className: 'file-report', role: 'alert' });
  const input = h('input', { id: inputId, type: 'file', accept: '.yaml,.yml,.json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void readPickedScenario(file).then((r) => {
      if (!r.ok) return fill(report, ...r.report);
      fill(report);
      saveServices().rememberSource(r.loaded, file.name, r.text);
      chooseScenario(r.loaded);
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
