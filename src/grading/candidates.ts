/**
 * Who on a roster a name from a run may be, from surest to loosest:
 *  1. an id: the student id, login, LMS id or e-mail typed as the name (or chosen as the name's kind);
 *  2. the name, compared as the leaderboard compares names (replay nameKey: one run per name), first name first
 *     or last name first;
 *  3. the name without accents, case, punctuation, invisible characters or word order ("Jose Garcia" and
 *     "García, José"; "Zhang Wei" and "Wei Zhang");
 *  4. part of a name: every word of one is a word of the other ("María Pérez" and "María José Pérez López").
 * The first tier that finds anyone decides; one student found is a match, several are ambiguous. Tiers 1 and 2
 * are sure; 3, and 4 with at least two words, are close (counted, listed for the instructor to check); 4 with
 * a single word is only a suggestion. An alias is never matched: the instructor says whose it is. Pure.
 */
import { nameKey, type NameKind } from '../replay/index.ts';
import type { Student } from './roster.ts';

export type Found =
  | { status: 'exact' | 'close' | 'suggested'; student: Student; how: string }
  | { status: 'ambiguous'; candidates: Student[]; how: string }
  | { status: 'none' | 'alias' };

/** Most candidates a one-word name may suggest before it says nothing (a first name shared by many). */
const MAX_SUGGESTIONS = 5;

/** Letters that are not a base letter with an accent (so NFKD leaves them), as they are typed without one. */
const PLAIN: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** A name's words without accents, case, punctuation or invisible characters, sorted. */
export function looseWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}|\p{Default_Ignorable_Code_Point}/gu, '')
    .toLowerCase()
    .replace(/[łøđðħıßæœþ]/g, (ch) => PLAIN[ch]!)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort();
}

const idKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

const ID_FIELDS = [
  ['studentId', 'same student id'],
  ['username', 'same login'],
  ['email', 'same e-mail'],
  ['lmsId', 'same LMS id'],
] as const;

export interface RosterIndex {
  students: readonly Student[];
  words: Map<Student, string[]>;
}

export function indexRoster(students: readonly Student[]): RosterIndex {
  return { students, words: new Map(students.map((s) => [s, looseWords(s.name)])) };
}

function decide(hits: Student[], sure: 'exact' | 'close', how: string): Found | null {
  const unique = [...new Set(hits)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return { status: sure, student: unique[0]!, how };
  return { status: 'ambiguous', candidates: unique, how };
}

function byId(text: string, index: RosterIndex): Found | null {
  const key = idKey(text);
  if (key === '') return null;
  for (const [field, how] of ID_FIELDS) {
    const found = decide(
      index.students.filter((s) => s[field] !== '' && idKey(s[field]) === key),
      'exact',
      how,
    );
    if (found) return found;
  }
  return null;
}

function byName(text: string, index: RosterIndex): Found | null {
  const key = nameKey(text);
  const forwards = index.students.filter((s) => nameKey(s.name) === key || nameKey(s.sortable) === key);
  const backwards = index.students.filter(
    (s) => s.first && s.last && nameKey(`${s.last} ${s.first}`) === key,
  );
  return decide(forwards, 'exact', 'same name') ?? decide(backwards, 'exact', 'same name, last name first');
}

const isSubset = (small: readonly string[], big: readonly string[]): boolean => {
  const left = [...big];
  return small.every((w) => {
    const at = left.indexOf(w);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
};

function byLooseName(text: string, index: RosterIndex): Found | null {
  const words = looseWords(text);
  if (words.length === 0) return null;
  const joined = words.join(' ');
  const same = index.students.filter((s) => index.words.get(s)!.join(' ') === joined);
  const loose = decide(same, 'close', 'same name without accents, punctuation or word order');
  if (loose) return loose;
  const part = index.students.filter((s) => {
    const theirs = index.words.get(s)!;
    return theirs.length > 0 && (isSubset(words, theirs) || isSubset(theirs, words));
  });
  if (part.length === 0 || part.length > MAX_SUGGESTIONS) return null;
  const fewest = Math.min(words.length, ...part.map((s) => index.words.get(s)!.length));
  if (part.length > 1) return { status: 'ambiguous', candidates: part, how: 'part of the name' };
  const student = part[0]!;
  return fewest >= 2
    ? { status: 'close', student, how: `part of the name (${student.name})` }
    : { status: 'suggested', student, how: `one word of the name (${student.name})` };
}

/** Who `text` (a run's name, a team member, typed as `kind`) is on the roster. */
export function findStudent(text: string, kind: NameKind | 'name', index: RosterIndex): Found {
  if (kind === 'alias') return { status: 'alias' };
  const found =
    byId(text, index) ?? (kind === 'name' ? (byName(text, index) ?? byLooseName(text, index)) : null);
  return found ?? { status: 'none' };
}
