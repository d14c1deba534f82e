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

/** The roster's keys, computed once, so a lookup costs the same for a class of 20 and of 2,000. */
export interface RosterIndex {
  students: readonly Student[];
  /** One map per ID_FIELDS entry: id key → students. */
  ids: Map<string, Student[]>[];
  /** nameKey of "First Last" and of "Last, First"; and of "Last First". */
  forwards: Map<string, Student[]>;
  backwards: Map<string, Student[]>;
  /** looseWords joined. */
  loose: Map<string, Student[]>;
  words: Map<Student, string[]>;
}

function add(map: Map<string, Student[]>, key: string, s: Student): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [s]);
  else if (!list.includes(s)) list.push(s);
}

export function indexRoster(students: readonly Student[]): RosterIndex {
  const index: RosterIndex = {
    students,
    ids: ID_FIELDS.map(() => new Map()),
    forwards: new Map(),
    backwards: new Map(),
    loose: new Map(),
    words: new Map(),
  };
  for (const s of students) {
    ID_FIELDS.forEach(([field], i) => add(index.ids[i]!, s[field] === '' ? '' : idKey(s[field]), s));
    add(index.forwards, nameKey(s.name), s);
    add(index.forwards, nameKey(s.sortable), s);
    if (s.first && s.last) add(index.backwards, nameKey(`${s.last} ${s.first}`), s);
    const words = looseWords(s.name);
    index.words.set(s, words);
    add(index.loose, words.join(' '), s);
  }
  return index;
}

function decide(hits: readonly Student[] | undefined, sure: 'exact' | 'close', how: string): Found | null {
  if (!hits || hits.length === 0) return null;
  if (hits.length === 1) return { status: sure, student: hits[0]!, how };
  return { status: 'ambiguous', candidates: [...hits], how };
}

function byId(text: string, index: RosterIndex): Found | null {
  const key = idKey(text);
  if (key === '') return null;
  for (const [i, [, how]] of ID_FIELDS.entries()) {
    const found = decide(index.ids[i]!.get(key), 'exact', how);
    if (found) return found;
  }
  return null;
}

function byName(text: string, index: RosterIndex): Found | null {
  const key = nameKey(text);
  return (
    decide(index.forwards.get(key), 'exact', 'same name') ??
    decide(index.backwards.get(key), 'exact', 'same name, last name first')
  );
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
  const loose = decide(
    index.loose.get(words.join(' ')),
    'close',
    'same name without accents, punctuation or word order',
  );
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
