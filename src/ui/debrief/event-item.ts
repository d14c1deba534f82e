/**
 * An event as the debrief lists it: the turn log's item, with its causes written out again for paper (a closed
 * "Why?" disclosure prints as nothing).
 */
import type { GameEvent, Scenario } from '../../engine/index.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import { causesList } from '../panels/causes.ts';
import { eventItem } from '../panels/turn-log.ts';

export function debriefItem(e: GameEvent, scenario: Scenario, words: TurnWords): HTMLElement {
  const item = eventItem(e, scenario, words);
  if (e.causes.length === 0) return item;
  item.lastElementChild?.append(
    h(
      'div',
      { className: 'print-only why-print' },
      h('p', {}, 'Why did this happen?'),
      causesList(e, scenario, words),
    ),
  );
  return item;
}
