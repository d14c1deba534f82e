/**
 * A data table that scrolls sideways on a narrow screen, as a labelled region keyboard users can reach, with a
 * caption for screen readers; and its column headings.
 */
import { h } from './dom.ts';

/** A column heading; `num` right-aligns a column of numbers. */
export function col(text: string | (HTMLElement | string)[], num = false): HTMLTableCellElement {
  return h('th', { scope: 'col', className: num ? 'num' : null }, ...(Array.isArray(text) ? text : [text]));
}

export function scrollTable(o: {
  /** The region's name (what a screen reader announces when it is reached). */
  label: string;
  id: string;
  caption: string;
  className?: string;
  head: HTMLTableCellElement[];
  rows: HTMLElement[];
}): HTMLElement {
  return h(
    'div',
    { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': o.label },
    h(
      'table',
      { className: o.className ?? 'ranking', id: o.id },
      h('caption', { className: 'visually-hidden' }, o.caption),
      h('thead', {}, h('tr', {}, ...o.head)),
      h('tbody', {}, ...o.rows),
    ),
  );
}
