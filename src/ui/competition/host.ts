/**
 * "Host a competition": pick a built-in scenario or load a file, choose or draw a seed, set a time limit and an
 * optional title → the link to share (everything is in its fragment; a custom scenario travels inside it) and,
 * for built-in scenarios with a drawn seed, a short code to write on the board (which cannot carry the title:
 * the screen says so). Changing the form afterwards takes the old link and code off the screen, so a link for
 * the old settings cannot be shared by mistake.
 */
import type { Competition } from '../../replay/index.ts';
import {
  MAX_SEED_CHARS,
  MAX_TIME_LIMIT_MINUTES,
  MAX_TITLE_CHARS,
  competitionInputProblem,
  createCompetition,
  drawShortSeed,
  shortCodeFor,
} from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { formatProblem, parseScenarioBytes } from '../../scenario/index.ts';
import { goTo, store } from '../../store/index.ts';
import { fill, h, uid } from '../dom.ts';
import { screenHead, type View } from '../view.ts';
import { copyButton, linkOf, minutesText, rememberHosted } from './common.ts';
import { guideBlock } from './host-guide.ts';
import { lmsPackageBlock } from './host-lms.ts';
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

function result(c: Competition, scenarioTitle: string, custom: boolean): HTMLElement {
  const link = linkOf(c);
  rememberHosted(link);
  const linkBox = h('textarea', {
    id: 'host-link',
    readonly: true,
    rows: custom ? 5 : 3,
    spellcheck: 'false',
  });
  linkBox.value = link;
  const linkStatus = h('p', { className: 'hint', role: 'status' });
  const builtIns = store.getState().catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash }));
  const short = shortCodeFor(c.scenario.hash, c.seed, c.timeLimitMinutes, builtIns, custom);
  const codeStatus = h('p', { className: 'hint', role: 'status' });
  const codeBox = h('input', {
    id: 'host-code',
    readonly: true,
    className: 'short-code',
    'aria-label': 'Short code',
  });
  if (short.ok) codeBox.value = short.code;
  return h(
    'section',
    { className: 'host-result', 'aria-labelledby': 'host-result-h' },
    h('h2', { id: 'host-result-h', tabindex: '-1' }, 'Share with your class'),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Competition'),
      h('dd', {}, c.title || `${scenarioTitle} \u00b7 seed ${c.seed}`),
      h('dt', {}, 'Scenario'),
      h('dd', {}, scenarioTitle),
      h('dt', {}, 'Seed'),
      h('dd', {}, h('code', {}, c.seed)),
      h('dt', {}, 'Time limit'),
      h('dd', {}, minutesText(c.timeLimitMinutes)),
      h('dt', {}, 'Competition id'),
      h('dd', {}, h('code', { id: 'host-id' }, c.id)),
    ),
    h('h3', {}, h('label', { for: 'host-link' }, 'Link')),
    linkBox,
    h('div', { className: 'row' }, copyButton('Copy the link', linkBox, linkStatus, 'copy-link'), linkStatus),
    h('h3', {}, 'Short code'),
    short.ok
      ? h(
          'div',
          {},
          codeBox,
          h('div', { className: 'row' }, copyButton('Copy the code', codeBox, codeStatus), codeStatus),
          h(
            'p',
            { className: 'hint' },
            'Students type it on the title screen under \u201cJoin a competition\u201d. Case, spaces and hyphens do not matter.',
          ),
          c.title
            ? h(
                'p',
                { className: 'hint host-code-title', id: 'host-code-title' },
                `The short code does not carry the title \u201c${c.title}\u201d: students who join with it see \u201c${scenarioTitle} \u00b7 seed ${c.seed}\u201d. The link carries everything.`,
              )
            : null,
        )
      : h('p', { className: 'hint', id: 'host-no-code' }, short.reason),
    h(
      'div',
      { className: 'row' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => goTo('leaderboard') },
        'Open the leaderboard',
      ),
      h('a', { href: link, target: '_blank', rel: 'noopener' }, 'Try it as a student (new tab)'),
    ),
    lmsPackageBlock(c, scenarioTitle),
    h(
      'p',
      { className: 'hint' },
      'Everything is in the link: no server, no accounts. Students send you a run code or a run file at the end; the leaderboard re-plays every run before ranking it.',
    ),
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
    void file.arrayBuffer().then((buf) => {
      const bytes = new Uint8Array(buf);
      const r = parseScenarioBytes(bytes, file.name);
      if (!r.ok) {
        fill(
          fileReport,
          h('p', {}, `${file.name} has ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}:`),
          h(
            'ul',
            { className: 'problems' },
            ...r.problems.slice(0, 10).map((p) => h('li', {}, h('code', {}, formatProblem(p)))),
          ),
        );
        return;
      }
      custom = { loaded: r.loaded, source: { fileName: file.name, text: new TextDecoder().decode(bytes) } };
      fill(fileReport, h('p', { className: 'hint' }, `Loaded \u201c${r.loaded.scenario.title}\u201d.`));
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
  const problem = h('p', { className: 'error', role: 'alert', id: 'host-problem' });
  const output = h('div', { className: 'host-output' });

  let shownFor = '';
  const settings = (): string =>
    JSON.stringify([scenario.value, custom?.source.text ?? '', seed.value, minutes.value, title.value]);
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
    const input = {
      seed: seed.value.trim(),
      timeLimitMinutes: Number(minutes.value === '' ? 'x' : minutes.value),
      title: title.value.trim(),
      source: usingFile && custom ? custom.source : null,
    };
    const wrong = competitionInputProblem(input);
    if (wrong) {
      problem.textContent = wrong;
      return;
    }
    const c = createCompetition({ ...input, loaded, createdAt: Date.now() });
    fill(output, result(c, loaded.scenario.title, usingFile));
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
  return { el, destroy: () => undefined };
}
