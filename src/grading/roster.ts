/**
 * A course roster from an LMS's CSV export (columns.ts says what each LMS writes): one student per row, with
 * their names (first and last, or one name column), ids, login, e-mail and section. Rows that are not students
 * (Canvas's "Points Possible" and "Manual Posting" rows, its Test Student) are skipped, and a student listed
 * twice (the same id, login or e-mail: e.g. two sections' exports pasted together) counts once; each of these
 * is said in `notes`. A file that is not a roster gets an error naming the columns it needs. Pure.
 */
import { parseCsv, type CsvSeparator } from '../lib/csv.ts';
import { nameKey } from '../replay/index.ts';
import { LMS_NAMES, fieldColumns, guessLms, itemColumns, type Field, type Lms } from './columns.ts';

export const MAX_ROSTER_STUDENTS = 5000;

export interface Student {
  /** The student's row in the file (1 is the header): their key, and how messages point at them. */
  row: number;
  first: string;
  last: string;
  /** "First Last" (or the file's one name column). */
  name: string;
  /** "Last, First" (or `name`). */
  sortable: string;
  lmsId: string;
  studentId: string;
  username: string;
  email: string;
  section: string;
}

export interface Roster {
  lms: Lms;
  students: Student[];
  /** Gradebook columns the file already has (a gradebook export's assignments), to put grades into one. */
  items: string[];
  separator: CsvSeparator;
  /** What was skipped or merged, in words. */
  notes: string[];
}

export type RosterResult = { ok: true; roster: Roster } | { ok: false; message: string };

/** Canvas writes a name that starts with "=" as ="=…" so spreadsheets do not run it. */
const unwrapFormula = (cell: string): string => /^="(.*)"$/.exec(cell.trim())?.[1] ?? cell;

/** A cell as text: NFC, blanks made one space, trimmed (never cut short: ids and e-mails can be long). */
function cellOf(row: readonly string[], at: number | undefined): string {
  if (at === undefined) return '';
  return unwrapFormula(row[at] ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First and last name, from their columns or from "Last, First" (at the first comma: "King, Martin Luther, Jr."). */
function namesOf(row: readonly string[], f: Partial<Record<Field, number>>): Pick<Student, 'first' | 'last'> {
  let first = cellOf(row, f.first);
  let last = cellOf(row, f.last);
  if (!first && !last && f.sortable !== undefined) {
    const sortable = cellOf(row, f.sortable);
    const comma = sortable.indexOf(',');
    last = comma < 0 ? sortable : sortable.slice(0, comma).trim();
    first = comma < 0 ? '' : sortable.slice(comma + 1).trim();
  }
  return { first, last };
}

function studentOf(row: readonly string[], n: number, f: Partial<Record<Field, number>>): Student {
  const { first, last } = namesOf(row, f);
  const full = cellOf(row, f.full);
  const name = full || [first, last].filter(Boolean).join(' ');
  return {
    row: n,
    first,
    last,
    name,
    sortable: cellOf(row, f.sortable) || (first && last ? `${last}, ${first}` : name),
    lmsId: cellOf(row, f.lmsId),
    studentId: cellOf(row, f.studentId),
    username: cellOf(row, f.username),
    email: cellOf(row, f.email),
    section: cellOf(row, f.section),
  };
}

/** Why a row is not a student, or null. */
function notAStudent(row: readonly string[], s: Student, lms: Lms): string | null {
  if (/points possible/i.test(row[0] ?? '')) return 'the Points Possible row';
  if (row.every((c) => /^\s*(muted|manual posting.*)?\s*$/i.test(c))) return 'the Manual Posting row';
  if (lms === 'canvas' && s.sortable === 'Student, Test') return 'Canvas\u2019s Test Student';
  if (!s.name && !s.studentId && !s.username && !s.email) return 'a row with no name, id or e-mail';
  return null;
}

/** The ids that make two rows one student. */
const idsOf = (s: Student): string[] =>
  [
    s.lmsId && `lms:${s.lmsId}`,
    s.studentId && `id:${s.studentId.toLowerCase()}`,
    s.username && `user:${s.username.toLowerCase()}`,
    s.email && `mail:${s.email.toLowerCase()}`,
  ].filter((k): k is string => Boolean(k));

function missingColumns(f: Partial<Record<Field, number>>, headers: readonly string[]): string | null {
  const named = [f.full, f.sortable, f.first, f.last].some((c) => c !== undefined);
  const identified = [f.studentId, f.username, f.email, f.lmsId].some((c) => c !== undefined);
  if (named || identified) return null;
  const found = headers.slice(0, 8).map((h) => `\u201c${h.trim()}\u201d`);
  return `no column of names, ids or e-mails was found (its columns: ${found.join(', ')}${headers.length > 8 ? ', \u2026' : ''}). Export the roster from Canvas (Grades \u2192 Export), Moodle (Participants \u2192 Download table data as CSV) or Blackboard (Grade Center \u2192 Work Offline \u2192 Download), or give a CSV with a "First name", "Last name", "Name", "Student ID" or "Email address" column.`;
}

/** A generic roster's "ID" column is the student's id, not an LMS's user number. */
function adjustForLms(f: Partial<Record<Field, number>>, lms: Lms): Partial<Record<Field, number>> {
  if (lms === 'canvas' || f.lmsId === undefined || f.studentId !== undefined) return f;
  const { lmsId, ...rest } = f;
  return { ...rest, studentId: lmsId };
}

export function parseRoster(text: string): RosterResult {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, message: `This roster cannot be read: ${csv.message}.` };
  const [headers, ...rows] = csv.rows;
  if (!headers) return { ok: false, message: 'This roster file is empty.' };
  const lms = guessLms(headers);
  const fields = adjustForLms(fieldColumns(headers), lms);
  const missing = missingColumns(fields, headers);
  if (missing) return { ok: false, message: `This is not a roster: ${missing}` };
  if (rows.length > MAX_ROSTER_STUDENTS)
    return {
      ok: false,
      message: `This roster has ${rows.length} rows; at most ${MAX_ROSTER_STUDENTS} are read.`,
    };
  const notes: string[] = [];
  const students: Student[] = [];
  const byId = new Map<string, Student>();
  rows.forEach((row, i) => {
    const s = studentOf(row, i + 2, fields);
    const skip = notAStudent(row, s, lms);
    if (skip) {
      if (skip !== 'the Points Possible row' && skip !== 'the Manual Posting row')
        notes.push(`Row ${s.row} skipped: ${skip}.`);
      return;
    }
    const same = idsOf(s)
      .map((k) => byId.get(k))
      .find(Boolean);
    if (same) {
      notes.push(
        `Row ${s.row} is the same student as row ${same.row} (${same.name || same.studentId}): counted once.`,
      );
      return;
    }
    students.push(s);
    for (const k of idsOf(s)) byId.set(k, s);
  });
  notes.push(...sameNames(students));
  const items = itemColumns(headers, fields);
  return { ok: true, roster: { lms, students, items, separator: csv.separator, notes } };
}

/** Two different students with one name: a run under that name needs the instructor to say whose it is. */
function sameNames(students: readonly Student[]): string[] {
  const rows = new Map<string, Student[]>();
  for (const s of students) {
    const key = nameKey(s.name);
    if (key) rows.set(key, [...(rows.get(key) ?? []), s]);
  }
  return [...rows.values()]
    .filter((list) => list.length > 1)
    .map(
      (list) =>
        `${list.length} students are named ${list[0]!.name} (rows ${list.map((s) => s.row).join(', ')}): a run under that name is matched by hand.`,
    );
}

/** "Canvas gradebook export, 24 students" */
export function rosterSummary(r: Roster): string {
  const n = r.students.length;
  return `${LMS_NAMES[r.lms]} roster, ${n} student${n === 1 ? '' : 's'}`;
}
