/**
 * The columns of the rosters LMSs export, by header, and which LMS wrote a file. What each exports (checked
 * against their sources and help pages):
 *  - Canvas, Grades → Export: `Student, ID, SIS User ID, SIS Login ID, [Integration ID, Root Account,] Section,
 *    <assignments "Title (id)">, <totals>`, the student as "Last, First" (or `LastName, FirstName` columns), a
 *    "    Points Possible" row under the header and sometimes a "Manual Posting" row; comma or semicolon
 *    separated, with or without a byte order mark; the Test Student last, as "Student, Test".
 *  - Moodle, Participants → select all → Download table data as CSV: `First name, Last name` and the site's
 *    identity fields (`Email address` by default; `ID number`, `Username`, …), UTF-8 with a byte order mark,
 *    cells with spaces quoted. Its grade export (Grades → Export → Plain text) has the same name and identity
 *    columns, then `<Type>: <Item> (Real)` columns and `Last downloaded from this course`.
 *  - Blackboard Learn, Grade Center → Work Offline → Download: `Last Name, First Name, Username, Student ID,
 *    [Last Access, Availability,] <columns "Name [Total Pts: 100 Score] |123">`, either comma separated with
 *    every cell quoted (UTF-8 with a mark) or tab separated in UTF-16 (the ".xls" download).
 * Pure.
 */

export type Lms = 'canvas' | 'moodle' | 'blackboard' | 'other';

export const LMS_NAMES: Record<Lms, string> = {
  canvas: 'Canvas',
  moodle: 'Moodle',
  blackboard: 'Blackboard',
  other: 'a spreadsheet',
};

/** What a roster column holds. */
export type Field =
  | 'sortable' // "Last, First" (Canvas's Student column)
  | 'full' // "First Last"
  | 'first'
  | 'last'
  | 'lmsId' // the LMS's own user number (Canvas's ID)
  | 'studentId' // the institution's id (Canvas's SIS User ID, Moodle's ID number, Blackboard's Student ID)
  | 'username' // the login (Canvas's SIS Login ID, Moodle's and Blackboard's Username)
  | 'email'
  | 'section';

/** Headers of each field, lower case. Later entries of a field are read only when an earlier one is absent. */
const HEADERS: Record<Field, readonly string[]> = {
  sortable: ['student', 'student name (last, first)', 'sortable name'],
  full: ['name', 'full name', 'student name', 'fullname'],
  first: ['first name', 'firstname', 'given name', 'first', 'forename'],
  last: ['last name', 'lastname', 'surname', 'family name', 'last'],
  lmsId: ['id'],
  studentId: ['sis user id', 'id number', 'idnumber', 'student id', 'student number', 'matriculation number'],
  username: ['sis login id', 'username', 'user name', 'login id', 'login', 'netid'],
  email: ['email address', 'email', 'e-mail', 'e-mail address', 'mail'],
  section: ['section', 'sections', 'group', 'groups'],
};

/** Columns that hold no student field and no gradebook item (calculated or informational columns). */
const NOT_ITEMS = [
  /(?:^|\s)(unposted )?(current|final|override) (score|points|grade|status)\b/i, // Canvas totals
  /^integration id$/i,
  /^root account$/i,
  /^(last access|availability|child course id)$/i, // Blackboard
  /\[total pts: up to\b/i, // Blackboard's calculated columns
  /^course total\b/i, // Moodle
  /^last downloaded from this course$/i,
  /^(institution|department|roles|status|city|country|phone|last access to course)\b/i,
];

export const headerKey = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Which column holds each field (the first header of the field's list that is present wins). */
export function fieldColumns(headers: readonly string[]): Partial<Record<Field, number>> {
  const keys = headers.map(headerKey);
  const out: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADERS) as Field[]) {
    for (const name of HEADERS[field]) {
      const at = keys.indexOf(name);
      if (at >= 0) {
        out[field] = at;
        break;
      }
    }
  }
  return out;
}

/** The columns after the student columns that are gradebook items (assignments, Grade Center columns). */
export function itemColumns(headers: readonly string[], fields: Partial<Record<Field, number>>): string[] {
  const used = new Set(Object.values(fields));
  return headers
    .map((h, i) => ({ h: h.trim(), i }))
    .filter(({ h, i }) => h !== '' && !used.has(i) && !NOT_ITEMS.some((re) => re.test(h)))
    .map(({ h }) => h);
}

/** The LMS that wrote a roster, from its headers (exact case matters: Moodle writes "Last name", Blackboard "Last Name"). */
export function guessLms(headers: readonly string[]): Lms {
  const raw = headers.map((h) => h.replace(/^\uFEFF/, '').trim());
  const keys = raw.map(headerKey);
  if ((keys[0] === 'student' || keys[0] === 'lastname') && keys.includes('id') && keys.includes('section'))
    return 'canvas';
  if (
    raw[0] === 'Last Name' &&
    raw[1] === 'First Name' &&
    (keys.includes('username') || raw.some((h) => /\[Total Pts:/.test(h)))
  )
    return 'blackboard';
  if (raw[0] === 'First name' && raw[1] === 'Last name') return 'moodle';
  return 'other';
}
