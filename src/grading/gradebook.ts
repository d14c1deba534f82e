/**
 * The gradebook to import into the LMS: one row per roster student, with the columns the LMS's import reads
 * (checked against their importers and help pages):
 *  - Canvas (Grades → Import): `Student, ID, SIS User ID, SIS Login ID, Section, <assignment>` and a
 *    "    Points Possible" row; it finds the student by ID, then SIS User ID, then SIS Login ID, then name. A new
 *    column name makes a new assignment; "Name (12345)" (an assignment column of its export) fills that one.
 *  - Moodle (Grades → Import → CSV file): names, then the identity columns the roster has (`ID number`,
 *    `Email address`, `Username`) and the grade column; its import page maps one identity column and the grade
 *    column to a grade item.
 *  - Blackboard (Grade Center → Work Offline → Upload): `Last Name, First Name, Username, Student ID,
 *    "<column> [Total Pts: 100 Score]"`, every cell quoted; students are found by Username, and a header that
 *    ends in "|<column id>" (from its own download) fills that column instead of making a text column.
 * UTF-8 with a byte order mark, CRLF line ends, every cell formula-safe (lib/csv.ts). A student with no run gets
 * a blank cell (the LMS leaves the grade as it is) or 0, as the instructor chooses. Pure.
 */
import { csvText } from '../lib/csv.ts';
import type { Ranking, RankedRun } from '../replay/index.ts';
import type { Matching } from './match.ts';
import type { Roster, Student } from './roster.ts';
import { basisOf, classSpread, givesLetters, gradeOf, type GradeScheme } from './scheme.ts';

export const GRADEBOOK_FORMATS = ['canvas', 'moodle', 'blackboard'] as const;
export type GradebookFormat = (typeof GRADEBOOK_FORMATS)[number];

export interface GradeRow {
  student: Student;
  run: RankedRun | null;
  /** The run's basis (score or rubric, 0–1000); null without a run. */
  basis: number | null;
  grade: number | string;
}

/** Each roster student's grade. The curve's mean and spread are the whole ranking's (every verified run). */
export function gradeRows(matching: Matching, ranking: Ranking, scheme: GradeScheme): GradeRow[] {
  const spread = classSpread(ranking.ranked.map((r) => basisOf(r, scheme.basis)));
  const lowest = scheme.mapping.kind === 'thresholds' ? scheme.mapping.steps.at(-1)!.grade : 0;
  return matching.students.map(({ student, run }) => {
    if (!run) return { student, run, basis: null, grade: scheme.missing === 'zero' ? lowest : '' };
    const basis = basisOf(run, scheme.basis);
    return { student, run, basis, grade: gradeOf(basis, scheme, spread) };
  });
}

export type Gradebook = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

type Rows = (string | number)[][];

function canvas(rows: readonly GradeRow[], column: string, scheme: GradeScheme): Rows {
  const out: Rows = [['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', column]];
  out.push(['    Points Possible', '', '', '', '', scheme.points]);
  for (const { student: s, grade } of rows)
    out.push([s.sortable, s.lmsId, s.studentId, s.username || s.email, s.section, grade]);
  return out;
}

function moodle(rows: readonly GradeRow[], column: string, roster: Roster): Rows | string {
  const has = (f: 'studentId' | 'email' | 'username'): boolean => roster.students.some((s) => s[f] !== '');
  const ids = [
    ['ID number', 'studentId'],
    ['Email address', 'email'],
    ['Username', 'username'],
  ] as const;
  const kept = ids.filter(([, f]) => has(f));
  if (kept.length === 0)
    return 'Moodle finds students by e-mail address, ID number or username, and this roster has none of them: load the roster Moodle exports (Participants \u2192 Download table data as CSV).';
  const out: Rows = [['First name', 'Last name', ...kept.map(([h]) => h), column]];
  for (const { student: s, grade } of rows)
    out.push([s.first || s.name, s.last, ...kept.map(([, f]) => s[f]), grade]);
  return out;
}

function blackboard(
  rows: readonly GradeRow[],
  column: string,
  scheme: GradeScheme,
  roster: Roster,
): Rows | string {
  if (!roster.students.some((s) => s.username))
    return 'Blackboard finds students by Username, and this roster has no Username column: load the roster Blackboard exports (Grade Center \u2192 Work Offline \u2192 Download).';
  const header = /\[Total Pts:/.test(column)
    ? column
    : `${column} [Total Pts: ${scheme.points} ${givesLetters(scheme) ? 'Letter' : 'Score'}]`;
  const out: Rows = [['Last Name', 'First Name', 'Username', 'Student ID', header]];
  for (const { student: s, grade } of rows)
    out.push([s.last || s.name, s.first, s.username, s.studentId, grade]);
  return out;
}

/** What the instructor should know about this file before importing it. */
function notesFor(
  format: GradebookFormat,
  rows: readonly GradeRow[],
  scheme: GradeScheme,
  roster: Roster,
): string[] {
  const notes: string[] = [];
  const graded = rows.filter((r) => r.run).length;
  notes.push(`${graded} of ${rows.length} students graded.`);
  if (format === 'canvas' && roster.students.some((s) => !s.username && s.email))
    notes.push('SIS Login ID is filled from the e-mail address where the roster has no login.');
  if (format === 'blackboard' && roster.students.some((s) => !s.username))
    notes.push('Students with no Username in the roster cannot be found by Blackboard.');
  if (givesLetters(scheme))
    notes.push('The grades are letters: import them into a column graded by letter grade.');
  return notes;
}

export function gradebookCsv(
  format: GradebookFormat,
  roster: Roster,
  rows: readonly GradeRow[],
  scheme: GradeScheme,
  column: string,
): Gradebook {
  const name = column.trim();
  if (name === '') return { ok: false, message: 'Name the gradebook column.' };
  const table =
    format === 'canvas'
      ? canvas(rows, name, scheme)
      : format === 'moodle'
        ? moodle(rows, name, roster)
        : blackboard(rows, name, scheme, roster);
  if (typeof table === 'string') return { ok: false, message: table };
  const text = `\uFEFF${csvText(table, { quoteAll: format === 'blackboard' })}`;
  return { ok: true, text, notes: notesFor(format, rows, scheme, roster) };
}
