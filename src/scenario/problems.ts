/**
 * Problems found in a scenario file, with 1-based line:col positions, and the helpers that place them.
 * Pure. A Problem always has line >= 1 and col >= 1 (the start of the file when nothing better is known).
 */
import { hasUnprintable, printable } from '../lib/printable.ts';

export interface Problem {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units from the start of the line. */
  col: number;
  message: string;
}

/** Problems listed per file: a file with 90,000 unknown keys must not print 90,000 lines. */
export const MAX_PROBLEMS = 200;

/** A field path inside the file's data: object keys and array indices. */
export type Path = readonly (string | number)[];

/** A problem before it is placed: it names a path (placed at the value, or at the key for unknown fields). */
export interface PathProblem {
  path: Path;
  message: string;
  /** Place the problem at the key of the path rather than its value. */
  atKey?: boolean;
  /** The message is complete as is: do not prefix it with the field path. */
  standalone?: boolean;
}

/** `events[2].options[0].outcomes` */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * `file:line:col: message` — the format editors and CI annotate: always one line, with control, format and
 * line-separator characters (from a file name or quoted text) escaped as \uXXXX.
 */
export function formatProblem(p: Problem): string {
  return printable(`${p.file}:${p.line}:${p.col}: ${p.message}`);
}

/** Joins a path and a message: `turns: must be at least 1`, or the bare message at the top level. */
export function pathMessage(path: Path, message: string): string {
  const where = formatPath(path);
  return where === '' ? message : `${where}: ${message}`;
}

/** Sorted by position, exact duplicates removed. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const key = formatProblem(p);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Maps offsets in a text to 1-based line:col (text already normalised to `\n` line ends). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; col: number } {
    const at = Number.isFinite(offset) && offset > 0 ? offset : 0;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - this.starts[lo]! + 1 };
  }
}

/** A problem at an offset of the (normalised) text. */
export function problemAt(file: string, index: LineIndex, offset: number, message: string): Problem {
  const { line, col } = index.position(offset);
  return { file, line, col, message };
}

/** Short, quoted description of a value for messages: `the string "5"`, `7.5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (an empty value)';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/**
 * JSON-quoted and cut to 40 characters, so a 10,000-character value never floods the output; invisible and
 * line-breaking characters (U+2028, U+0085, a bidi override…) are escaped, so a message stays one readable line.
 */
export function quote(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return printable(JSON.stringify(cut));
}

/**
 * A value as YAML single-quoted text (the form an author can paste), cut to 40 characters like quote(); a value
 * holding invisible or line-breaking characters is written double-quoted with them escaped (also valid YAML).
 */
export function yamlQuoted(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return hasUnprintable(cut) ? quote(cut) : `'${cut.replace(/'/g, "''")}'`;
}

/** The closest candidate within a small edit distance, for "did you mean …?" hints. */
export function closest(word: string, candidates: readonly string[]): string | null {
  if (word.length > 64) return null;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The `count` candidates nearest to `word` by edit distance, nearest first (ties in the candidates' order). */
export function nearest(word: string, candidates: readonly string[], count: number): string[] {
  const w = word.slice(0, 64).toLowerCase();
  return candidates
    .map((c, i) => ({ c, i, d: editDistance(w, c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.c);
}

/** " (did you mean users?)" or "". */
export function hint(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best && best !== word ? ` (did you mean ${best}?)` : '';
}
