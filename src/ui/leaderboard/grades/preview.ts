/** Every roster student's grade before it is downloaded: the run they are graded on, its basis and the grade. */
import type { GradeRow } from '../../../grading/index.ts';
import { studentLabel } from '../../../grading/index.ts';
import { h } from '../../dom.ts';

export function previewTable(rows: readonly GradeRow[]): HTMLElement {
  return h(
    'details',
    { className: 'grade-preview', open: true },
    h('summary', {}, `Preview (${rows.length} student${rows.length === 1 ? '' : 's'})`),
    h(
      'div',
      {
        className: 'table-scroll preview-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': 'Grades preview',
      },
      h(
        'table',
        { className: 'ranking', id: 'grade-preview' },
        h('caption', { className: 'visually-hidden' }, 'Grade of each student on the roster'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Student'),
            h('th', { scope: 'col' }, 'Run'),
            h('th', { scope: 'col', className: 'num' }, 'Graded on'),
            h('th', { scope: 'col', className: 'num' }, 'Grade'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row', className: 'name' }, h('bdi', {}, studentLabel(r.student))),
              h('td', {}, r.run ? h('bdi', {}, r.run.name) : h('span', { className: 'hint' }, 'no run')),
              h('td', { className: 'num' }, r.basis === null ? '' : String(r.basis)),
              h('td', { className: 'num score' }, String(r.grade)),
            ),
          ),
        ),
      ),
    ),
  );
}
