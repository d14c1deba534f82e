/** Every roster student's grade before it is downloaded: the run they are graded on, its basis and the grade. */
import type { GradeRow } from '../../../grading/index.ts';
import { studentLabel } from '../../../grading/index.ts';
import { h } from '../../dom.ts';
import { col, scrollTable } from '../../table.ts';

export function previewTable(rows: readonly GradeRow[]): HTMLElement {
  return h(
    'details',
    { className: 'grade-preview', open: true },
    h('summary', {}, `Preview (${rows.length} student${rows.length === 1 ? '' : 's'})`),
    scrollTable({
      label: 'Grades preview',
      id: 'grade-preview',
      caption: 'Grade of each student on the roster',
      head: [col('Student'), col('Run'), col('Graded on', true), col('Grade', true)],
      rows: rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', className: 'name' }, h('bdi', {}, studentLabel(r.student))),
          h('td', {}, r.run ? h('bdi', {}, r.run.name) : h('span', { className: 'hint' }, 'no run')),
          h('td', { className: 'num' }, r.basis === null ? '' : String(r.basis)),
          h('td', { className: 'num score' }, String(r.grade)),
        ),
      ),
    }),
  );
}
