/** "Why did this happen?": an event's causes as labelled bars, inside a native disclosure. */
import type { Cause } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { pct } from '../format.ts';

export function causesList(causes: readonly Cause[]): HTMLElement {
  const sorted = [...causes].sort((a, b) => b.weight - a.weight);
  return h(
    'ul',
    { className: 'causes' },
    ...sorted.map((c) =>
      h(
        'li',
        {},
        h('span', { className: 'cause-label' }, c.label),
        h(
          'span',
          { className: 'cause-bar', 'aria-hidden': 'true' },
          h('span', { className: 'cause-fill', style: null, 'data-w': Math.round(c.weight * 100) }),
        ),
        h('span', { className: 'cause-weight' }, pct(c.weight)),
      ),
    ),
  );
}

/** A <details> "Why?" that lists causes; nothing when the engine gave none. */
export function why(causes: readonly Cause[], summary = 'Why did this happen?'): HTMLElement | null {
  if (causes.length === 0) return null;
  const d = h('details', { className: 'why' }, h('summary', {}, summary), causesList(causes));
  // Widths are set through the CSSOM (allowed by a strict CSP), never as inline style attributes.
  for (const fillEl of Array.from(d.querySelectorAll<HTMLElement>('.cause-fill'))) {
    fillEl.style.width = `${fillEl.dataset['w'] ?? 0}%`;
  }
  return d;
}
