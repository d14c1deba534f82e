/**
 * An event as the debrief lists it: the turn log's item, with its causes written out again for paper (a closed
 * "Why?" disclosure prints as nothing).
 */
import type { GameEvent } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { causesList } from '../panels/causes.ts';
import { eventItem } from '../panels/turn-log.ts';

export function debriefItem(e: GameEvent): HTMLElement {
  const item = eventItem(e);
  if (e.causes.length === 0) return item;
  const list = causesList(e.causes);
  // As in the turn log's "Why?": widths go through the CSSOM (a strict CSP allows it), never inline styles.
  for (const fill of Array.from(list.querySelectorAll<HTMLElement>('.cause-fill'))) {
    fill.style.width = `${fill.dataset['w'] ?? 0}%`;
  }
  item.lastElementChild?.append(
    h('div', { className: 'print-only why-print' }, h('p', {}, 'Why did this happen?'), list),
  );
  return item;
}
