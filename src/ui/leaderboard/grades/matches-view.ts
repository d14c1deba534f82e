/**
 * The matches the instructor should look at — close matches, suggestions, ambiguous names, aliases, names not on
 * the roster, and students claimed by two runs — each with what the matcher found and a choice of student
 * (the candidates first, then everyone on the roster, or "not in this class"); then the students with no run,
 * with the reason when their run was rejected. A choice is kept until the roster or the runs change.
 */
import type { Choices, ClaimMatch, Matching, Roster } from '../../../grading/index.ts';
import {
  claimKey,
  claimSummary,
  claimsToCheck,
  studentLabel,
  studentSummary,
} from '../../../grading/index.ts';
import { h } from '../../dom.ts';

const AUTOMATIC = '';

function choiceSelect(
  c: ClaimMatch,
  roster: Roster,
  choices: Choices,
  choose: (key: string, v: number | 'none' | null) => void,
  i: number,
): HTMLSelectElement {
  const key = claimKey(c.label);
  const current = choices[key];
  const candidates = c.status === 'ambiguous' ? c.candidates : 'student' in c ? [c.student] : [];
  const option = (value: string, text: string): HTMLOptionElement =>
    h('option', { value, selected: String(current ?? AUTOMATIC) === value }, text);
  const select = h(
    'select',
    { id: `match-choice-${i}`, 'data-claim': key, 'aria-label': `Student for ${c.label}` },
    option(AUTOMATIC, c.counted && current === undefined ? 'As matched' : 'Not graded yet: choose'),
    candidates.length > 0
      ? h('optgroup', { label: 'Could be' }, ...candidates.map((s) => option(String(s.row), studentLabel(s))))
      : null,
    h(
      'optgroup',
      { label: 'Everyone on the roster' },
      ...roster.students.map((s) => option(String(s.row), studentLabel(s))),
    ),
    option('none', 'Not in this class'),
  );
  select.addEventListener('change', () => {
    const v = select.value;
    choose(key, v === AUTOMATIC ? null : v === 'none' ? 'none' : Number(v));
  });
  return select;
}

export function matchesView(
  roster: Roster,
  matching: Matching,
  choices: Choices,
  choose: (key: string, value: number | 'none' | null) => void,
): HTMLElement {
  const check = claimsToCheck(matching);
  const graded = matching.students.filter((s) => s.run).length;
  const open = check.filter((c) => !c.counted && c.status !== 'not-in-roster').length;
  const missing = matching.students.filter((s) => !s.run);
  const conflicts = matching.students.filter((s) => s.runs.length > 1);
  return h(
    'div',
    { className: 'matches' },
    h(
      'p',
      { id: 'match-summary', role: 'status' },
      `${graded} of ${roster.students.length} students have a run. ${check.length === 0 ? 'Every run matched a student by id, e-mail or name.' : `${check.length} match${check.length === 1 ? '' : 'es'} to check${open > 0 ? `, ${open} not graded until you choose` : ''}.`}`,
    ),
    check.length === 0
      ? null
      : h(
          'ul',
          { className: 'match-list', id: 'matches', 'aria-label': 'Matches to check' },
          ...check.map((c, i) =>
            h(
              'li',
              { className: c.counted ? '' : 'open' },
              h('p', {}, h('strong', {}, h('bdi', {}, c.label)), ` \u2014 ${claimSummary(c)}`),
              choiceSelect(c, roster, choices, choose, i),
            ),
          ),
        ),
    conflicts.length === 0
      ? null
      : h('ul', { className: 'conflicts' }, ...conflicts.map((s) => h('li', {}, studentSummary(s)))),
    missing.length === 0
      ? null
      : h(
          'details',
          { className: 'no-run', id: 'no-run', open: missing.length <= 12 },
          h('summary', {}, `No run (${missing.length})`),
          h('ul', {}, ...missing.map((s) => h('li', {}, studentSummary(s)))),
        ),
  );
}
