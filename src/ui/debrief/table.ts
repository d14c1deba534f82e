/** The debrief's tables (objectives, other strategies): one look, column headings, then the rows given. */
import { h } from '../dom.ts';

export function debriefTable(headings: readonly string[], rows: readonly HTMLElement[]): HTMLElement {
  return h(
    'table',
    { className: 'objectives-table' },
    h('thead', {}, h('tr', {}, ...headings.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, ...rows),
  );
}
