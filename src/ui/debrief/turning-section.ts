/**
 * The debrief's turning points: each decision (or answer, or release) with the later events its causes trace
 * back to it, each event with when it came and why it follows; or, when nothing traces back, that it was a
 * steady game.
 */
import type { Scenario } from '../../engine/index.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import type { Consequence, TurningPoint } from '../turning-points/turning-points.ts';
import { debriefItem } from './event-item.ts';

const LEAD: Record<TurningPoint['kind'], string> = {
  decision: 'you decided',
  answer: 'you answered',
  release: 'under your release setting',
};

function consequenceItem(c: Consequence, scenario: Scenario, words: TurnWords): HTMLElement {
  const item = debriefItem(c.event, scenario, words);
  item.lastElementChild?.prepend(h('p', { className: 'tp-when' }, `Then, in ${words.nth(c.turn)}:`));
  item.lastElementChild?.append(h('p', { className: 'tp-why' }, c.why));
  return item;
}

function pointItem(p: TurningPoint, scenario: Scenario, words: TurnWords): HTMLElement {
  return h(
    'li',
    { className: 'tp-item' },
    h(
      'p',
      { className: 'tp-head' },
      `${words.nth(p.turn, true)} \u2014 ${LEAD[p.kind]}: `,
      h('strong', {}, p.decision),
    ),
    h('ul', { className: 'log' }, ...p.consequences.map((c) => consequenceItem(c, scenario, words))),
  );
}

export function turningSection(
  points: readonly TurningPoint[],
  scenario: Scenario,
  words: TurnWords,
): HTMLElement {
  return h(
    'section',
    { className: 'turning-points', 'aria-labelledby': 'tp-h' },
    h('h2', { id: 'tp-h' }, 'Turning points'),
    h(
      'p',
      { className: 'hint' },
      'Decisions you made and what the engine\u2019s causes trace back to them: a card an answer brought back, incidents during a migration, a regression after a release, debt that piled up under a plan.',
    ),
    points.length === 0
      ? h(
          'p',
          {},
          'No decision of yours can be traced, through the causes of what happened, to a later event: a steady game. The charts show how it went.',
        )
      : h('ol', {}, ...points.map((p) => pointItem(p, scenario, words))),
  );
}
