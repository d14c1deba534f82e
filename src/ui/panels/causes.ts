/**
 * "Why did this happen?": an event's causes in the player's words (cause-words.ts), inside a native disclosure:
 * what let it come up, what made it likelier with the control that changes each, and luck, each weighed as a
 * share of its odds.
 */
import type { GameEvent, Scenario } from '../../engine/index.ts';
import { whyParts, type WhyLine } from '../cause-words.ts';
import { h } from '../dom.ts';
import { pct, type TurnWords } from '../format.ts';

type Caused = Pick<GameEvent, 'kind' | 'id' | 'causes'>;

function causeItem(c: WhyLine): HTMLElement {
  return h(
    'li',
    {},
    h('span', { className: 'cause-label' }, c.text),
    h(
      'span',
      { className: 'cause-bar', 'aria-hidden': 'true' },
      h('span', { className: 'cause-fill', 'data-w': Math.round((c.share ?? 0) * 100) }),
    ),
    h('span', { className: 'cause-weight' }, pct(c.share ?? 0)),
    c.lever ? h('span', { className: 'cause-lever' }, c.lever) : null,
  );
}

function group(title: string, lines: readonly WhyLine[], weighed: boolean): HTMLElement[] {
  if (lines.length === 0) return [];
  return [
    h('p', { className: 'causes-head' }, title),
    h(
      'ul',
      { className: weighed ? 'causes' : 'conditions' },
      ...lines.map((c) => (weighed ? causeItem(c) : h('li', {}, c.text))),
    ),
  ];
}

/** The causes of `e` as groups: conditions, what a decision can change, luck. Bars are sized by setWidths. */
export function causesList(e: Caused, scenario: Pick<Scenario, 'events'>, words: TurnWords): HTMLElement {
  const parts = whyParts(e, scenario, words);
  const el = h(
    'div',
    { className: 'why-body' },
    ...group('Because of:', parts.because, false),
    ...group('It can only come up when:', parts.conditions, false),
    ...group('What made it likelier, and what changes it (share of the odds):', parts.levers, true),
    ...group('Luck (share of the odds):', parts.luck, true),
  );
  // Widths are set through the CSSOM (allowed by a strict CSP), never as inline style attributes.
  for (const fill of Array.from(el.querySelectorAll<HTMLElement>('.cause-fill')))
    fill.style.width = `${fill.dataset['w'] ?? 0}%`;
  return el;
}

/** A <details> "Why?" with the causes; nothing when the engine gave none. */
export function why(
  e: Caused,
  scenario: Pick<Scenario, 'events'>,
  words: TurnWords,
  summary = 'Why did this happen?',
): HTMLElement | null {
  if (e.causes.length === 0) return null;
  return h('details', { className: 'why' }, h('summary', {}, summary), causesList(e, scenario, words));
}
