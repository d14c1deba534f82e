/** Briefing: the story, the objectives, what is at stake, the seed — then start. */
import type { LoadedScenario } from '../../scenario/index.ts';
import { goTo, startGame, store } from '../../store/index.ts';
import { h, uid } from '../dom.ts';
import { count, money, paragraphTexts, turnWords } from '../format.ts';
import { objectiveText } from '../objectives.ts';
import { screenHead, type View } from '../view.ts';

/** A seed people can read out to a friend: two words and a number (the UI's randomness, not the engine's). */
export function newSeed(): string {
  const a = [
    'amber',
    'brisk',
    'cobalt',
    'dusty',
    'early',
    'fable',
    'grand',
    'hazel',
    'ivory',
    'jolly',
    'keen',
    'lunar',
  ];
  const b = [
    'otter',
    'falcon',
    'maple',
    'harbor',
    'comet',
    'willow',
    'canyon',
    'ember',
    'meadow',
    'summit',
    'river',
    'quartz',
  ];
  const pick = (xs: string[]): string => xs[Math.floor(Math.random() * xs.length)]!;
  return `${pick(a)}-${pick(b)}-${Math.floor(Math.random() * 90 + 10)}`;
}

function paragraphs(text: string): HTMLElement[] {
  return paragraphTexts(text).map((p) => h('p', {}, p));
}

function companyFacts(loaded: LoadedScenario): HTMLElement {
  const i = loaded.scenario.initial;
  const team = Object.entries(i.team)
    .filter(([, n]) => n > 0)
    .map(
      ([role, n]) =>
        `${n} ${role === 'ml' ? 'ML engineer' : role === 'sre' ? 'SRE' : role === 'product' ? 'product manager' : 'engineer'}${n === 1 ? '' : 's'}`,
    )
    .join(', ');
  const rows: [string, string][] = [
    ['Cash', money(i.cash / 100)],
    ['Users', count(i.users)],
    ['Team', team + (i.agents > 0 ? `, ${i.agents} agent seats` : '')],
    [
      'Architecture',
      `${i.arch.hosting}, ${i.arch.processing}, ${i.arch.structure}, ${i.arch.placement}; model: ${i.arch.serving}`,
    ],
    ['Length', turnWords(loaded.scenario).count(loaded.scenario.turns)],
  ];
  return h('dl', { className: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** The story, objectives, company and lessons of a scenario: shared by the briefing and the competition join screen. */
export function briefingGrid(loaded: LoadedScenario): HTMLElement {
  const sc = loaded.scenario;
  return h(
    'div',
    { className: 'briefing-grid' },
    h(
      'article',
      { className: 'story' },
      h('h2', {}, 'Briefing'),
      ...paragraphs(loaded.meta.briefing || loaded.meta.summary),
    ),
    h(
      'aside',
      { className: 'stakes' },
      h('h2', {}, 'Objectives'),
      h(
        'ul',
        { className: 'objectives' },
        ...sc.objectives.map((o) =>
          h(
            'li',
            {},
            objectiveText(o),
            o.required ? h('strong', { className: 'required' }, ' required') : null,
          ),
        ),
      ),
      h('h2', {}, 'Your company'),
      companyFacts(loaded),
      loaded.meta.learningObjectives.length
        ? h(
            'div',
            {},
            h('h2', {}, 'What this scenario teaches'),
            h('ul', {}, ...loaded.meta.learningObjectives.map((t) => h('li', {}, t))),
          )
        : null,
    ),
  );
}

export function briefingScreen(): View {
  const loaded = store.getState().chosen;
  if (!loaded) {
    goTo('scenarios');
    return { el: h('section'), destroy: () => undefined };
  }
  const seedId = uid('seed');
  const seed = h('input', {
    id: seedId,
    type: 'text',
    value: newSeed(),
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 64,
  });
  const start = (): void => {
    const value = seed.value.trim();
    startGame(loaded, value.length > 0 ? value : newSeed(), 'practice');
  };
  const sc = loaded.scenario;
  const el = h(
    'section',
    { className: 'screen briefing-screen', 'aria-labelledby': 'briefing-heading' },
    screenHead('briefing-heading', sc.title, { label: 'Scenarios', to: 'scenarios' }),
    briefingGrid(loaded),
    h(
      'div',
      { className: 'start-row' },
      h('label', { for: seedId }, 'World seed '),
      seed,
      h('button', { type: 'button', onclick: () => (seed.value = newSeed()) }, 'New seed'),
      h('button', { type: 'button', className: 'primary', onclick: start }, 'Start'),
    ),
    h(
      'p',
      { className: 'hint' },
      'The same seed gives the same world: the same market, incidents and events for the same decisions.',
    ),
  );
  return { el, destroy: () => undefined };
}
