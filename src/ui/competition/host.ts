/**
 * "Host a competition": pick a built-in scenario or load a file, choose or draw a seed, set a time limit, an
 * optional title and optional stops (rounds) → the link to share (everything is in its fragment; a custom
 * scenario travels inside it) and, for built-in scenarios with a drawn seed played in one sitting, a short code
 * to write on the board (which cannot carry the title: the screen says so), with the extended-time panel
 * (host-result.ts). Changing the form afterwards takes the old link and code off the screen, so a link for the
 * old settings cannot be shared by mistake.
 */
import {
  MAX_SEED_CHARS,
  MAX_TIME_LIMIT_MINUTES,
  MAX_TITLE_CHARS,
  competitionInputProblem,
  createCompetition,
  drawShortSeed,
  stopsProblem,
} from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { store } from '../../store/index.ts';
import { fill, h, iso, uid } from '../dom.ts';
import { readPickedScenario } from '../scenario-file.ts';
import { screenHead, type View } from '../view.ts';
import { hostResult, lastHosted } from './host-result.ts';
import { guideBlock } from './host-guide.ts';
import './competition.css';

interface CustomScenario {
  loaded: LoadedScenario;
  source: { fileName: string; text: string };
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || uid('host');
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { className: 'host-field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { className: 'hint', id: hintId }, hint) : null,
  );
}

export function hostScreen(): View {
  const catalogue = store.getState().catalogue;
  let custom: CustomScenario | null = null;

  const scenario = h(
    'select',
    { id: 'host-scenario' },
    ...catalogue.map((l, i) => h('option', { value: String(i) }, l.scenario.title)),
    h('option', { value: 'file' }, 'A scenario file\u2026'),
  );
  const fileInput = h('input', { id: 'host-file', type: 'file', accept: '.yaml,.yml,.json' });
  const fileReport = h('div', { className: 'file-report', role: 'alert' });
  const fileRow = h(
    'div',
    { className: 'host-file', hidden: true },
    field('Scenario file', fileInput),
    fileReport,
  );
  scenario.addEventListener('change', () => {
    fileRow.hidden = scenario.value !== 'file';
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    custom = null;
    if (!file) return;
    // The size is checked before the file is read: a 1.2 GB file never reaches memory.
    void readPickedScenario(file, 10).then((r) => {
      if (!r.ok) return fill(fileReport, ...r.report);
      custom = { loaded: r.loaded, source: { fileName: file.name, text: r.text } };
      fill(fileReport, h('p', { className: 'hint' }, ...iso`Loaded \u201c${r.loaded.scenario.title}\u201d.`));
      markStale();
    });
  });

  const seed = h('input', {
    id: 'host-seed',
    type: 'text',
    maxlength: MAX_SEED_CHARS,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  seed.value = drawShortSeed(Math.random);
  const draw = h(
    'button',
    {
      type: 'button',
      id: 'host-draw',
      onclick: () => {
        seed.value = drawShortSeed(Math.random);
        markStale();
      },
    },
    'Draw a seed',
  );
  const minutes = h('input', {
    id: 'host-minutes',
    type: 'number',
    min: 0,
    max: MAX_TIME_LIMIT_MINUTES,
    step: 1,
    value: 30,
    inputmode: 'numeric',
  });
  const title = h('input', {
    id: 'host-title',
    type: 'text',
    maxlength: MAX_TITLE_CHARS,
    autocomplete: 'off',
  });
  const stops = h('input', {
    id: 'host-stops',
    type: 'text',
    autocomplete: 'off',
    inputmode: 'numeric',
    placeholder: 'e.g. 8, 16',
  });
  const problem = h('p', { className: 'error', role: 'alert', id: 'host-problem' });
  const output = h('div', { className: 'host-output' });

  let shownFor = '';
  const settings = (): string =>
    JSON.stringify([
      scenario.value,
      custom?.source.text ?? '',
      seed.value,
      minutes.value,
      title.value,
      stops.value,
    ]);
  /** After the form changed: the link on screen is for the old settings, so it goes (until made again). */
  const markStale = (): void => {
    if (shownFor === '' || settings() === shownFor) return;
    shownFor = '';
    fill(
      output,
      h(
        'p',
        { className: 'host-stale', id: 'host-stale', role: 'status' },
        'You changed the settings, so the link and code made before are not shown any more (they are for the old settings). Create the link again for a new one.',
      ),
    );
  };

  const create = (event: Event): void => {
    event.preventDefault();
    problem.textContent = '';
    const usingFile = scenario.value === 'file';
    const loaded = usingFile ? custom?.loaded : catalogue[Number(scenario.value)];
    if (!loaded) {
      problem.textContent = usingFile
        ? 'Load a scenario file that has no problems first.'
        : 'Choose a scenario.';
      return;
    }
    const stopList = readStops(stops.value);
    const input = {
      seed: seed.value.trim(),
      timeLimitMinutes: Number(minutes.value === '' ? 'x' : minutes.value),
      title: title.value.trim(),
      source: usingFile && custom ? custom.source : null,
      stops: stopList ?? [],
    };
    const wrong =
      stopList === null
        ? 'Stops are turn numbers separated by commas, e.g. 8, 16 (or nothing, for one sitting).'
        : (stopsProblem(stopList, loaded.scenario.turns) ?? competitionInputProblem(input));
    if (wrong) {
      problem.textContent = wrong;
      return;
    }
    const c = createCompetition({ ...input, loaded, createdAt: Date.now() });
    fill(output, hostResult(c, loaded, usingFile));
    shownFor = settings();
    output.querySelector<HTMLElement>('#host-result-h')?.focus();
  };

  const form = h(
    'form',
    { className: 'host-form', onsubmit: create, 'aria-labelledby': 'host-heading' },
    field('Scenario', scenario),
    fileRow,
    guideBlock(() =>
      scenario.value === 'file' ? (custom?.loaded ?? null) : (catalogue[Number(scenario.value)] ?? null),
    ),
    h(
      'div',
      { className: 'host-field' },
      h('label', { for: 'host-seed' }, 'World seed'),
      h('div', { className: 'row' }, seed, draw),
      h(
        'p',
        { className: 'hint', id: 'host-seed-hint' },
        'Every student plays the same world: same market, incidents and events. A drawn seed (six letters and digits) also fits in a short code.',
      ),
    ),
    field(
      'Time limit (minutes, 0 for none)',
      minutes,
      'The timer starts when a student presses Start and keeps running if they close the tab.',
    ),
    field('Title (optional)', title, 'Shown to students, e.g. \u201cSeminar 6, group B\u201d.'),
    field(
      'Stops for a debrief (optional)',
      stops,
      'Play in rounds: every game pauses after these turns, e.g. \u201c8, 16\u201d for three rounds, and the time limit applies to each round. Leave empty to play in one sitting.',
    ),
    problem,
    h('button', { type: 'submit', className: 'primary', id: 'host-create' }, 'Create the link'),
  );
  seed.setAttribute('aria-describedby', 'host-seed-hint');
  form.addEventListener('input', markStale);
  form.addEventListener('change', markStale);

  const el = h(
    'section',
    { className: 'screen host-screen', 'aria-labelledby': 'host-heading' },
    screenHead('host-heading', 'Host a competition', { label: 'Back', to: 'title' }),
    h('div', { className: 'host-grid' }, form, output),
  );
  fill(output, lastHosted());
  return { el, destroy: () => undefined };
}

/** The stops typed in the form ("8, 16", "8 16"), [] for none, or null when something is not a whole number. */
function readStops(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  return parts.every((p) => /^\d{1,3}$/.test(p)) ? parts.map(Number) : null;
}
