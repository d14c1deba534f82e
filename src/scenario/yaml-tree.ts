/**
 * Reads prepared YAML (or strict JSON) text into plain data plus a table of source positions for every field.
 * Pure. Refuses what a scenario has no use for and a hostile file could abuse: several documents, directives,
 * anchors and aliases (alias bombs), explicit tags (`!!js/function`, `!!binary`, `!anything`), non-string
 * keys, duplicate keys, `__proto__`/`constructor`/`prototype` keys, and numbers that are not finite.
 * Objects are built with defineProperty, so no key can reach Object.prototype.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node, type YAMLError } from 'yaml';
import {
  formatPath,
  problemAt,
  quote,
  yamlQuoted,
  type LineIndex,
  type Path,
  type Problem,
} from './problems.ts';
import { damagedSections } from './yaml-damage.ts';
import { yamlErrorExplainer } from './yaml-errors.ts';

export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Offsets of a field's value and (for mapping entries) of its key. */
export interface Where {
  value: number;
  key?: number;
  /** The value is a mapping or a list: its problems read best at its key. */
  collection?: boolean;
}

export interface SourceTree {
  value: unknown;
  /** Keyed by JSON.stringify(path). */
  positions: Map<string, Where>;
  problems: Problem[];
  /**
   * Paths (keyed like positions) whose value was refused and left out of `value`: an alias, a tag, a number
   * that is not finite, a text cut to nothing by a comment, a section a syntax error damaged. Later checks skip
   * them, so a refused value is not also reported as missing. When `value` is undefined the file could not be
   * read at all.
   */
  refused: Set<string>;
  /** The text has syntax errors (`value`, when there is one, holds the sections they left readable). */
  syntax: boolean;
}

interface Reader {
  text: string;
  file: string;
  index: LineIndex;
  positions: Map<string, Where>;
  problems: Problem[];
  refused: Set<string>;
}

export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

export function readSourceTree(text: string, file: string, index: LineIndex): SourceTree {
  const r: Reader = { text, file, index, positions: new Map(), problems: [], refused: new Set() };
  const docs = withoutStackTraces(() =>
    parseAllDocuments(text, {
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      version: '1.2',
      schema: 'core',
    }),
  );
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0)
    return fail(r, 0, 'the file is empty; a scenario needs at least id, title and turns');
  if (list.length > 1)
    fail(
      r,
      list[1]!.range[0],
      'a file holds one scenario, but this one has several YAML documents (a second "---")',
    );
  const doc = list[0]!;
  const errors = [...doc.errors, ...doc.warnings];
  r.problems.push(...syntaxProblems(r, errors));
  if (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).some((k) => k !== '!!')) {
    return fail(r, text.search(/^%/m), 'YAML directives (%YAML, %TAG) are not allowed');
  }
  // A second document leaves the first one whole.
  if (r.problems.length <= (list.length > 1 ? 1 : 0)) {
    const value = toPlain(r, doc.contents as Node | null, [], 0);
    return { value, positions: r.positions, problems: r.problems, refused: r.refused, syntax: false };
  }
  // A syntax error: the sections it left readable are still checked, those it damaged are left out.
  const damaged = damagedSections(
    text,
    doc.contents,
    errors.map((e) => e.pos[0]),
  );
  if (!damaged || !isMap(doc.contents)) return unread(r);
  r.positions.set(pathKey([]), { value: start(doc.contents), collection: true });
  const value = mapping(r, doc.contents.items, [], damaged);
  return { value, positions: r.positions, problems: r.problems, refused: r.refused, syntax: true };
}

/**
 * Runs `read` with no stack traces captured: the parser makes an Error for each problem it meets (one per line
 * of a broken 1 MB file: 170,000), and capturing their stacks, which nobody reads, took half the time.
 */
function withoutStackTraces<T>(read: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return read();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function fail(r: Reader, offset: number, message: string): SourceTree {
  r.problems.push(problemAt(r.file, r.index, Math.max(0, offset), message));
  return unread(r);
}

function unread(r: Reader): SourceTree {
  return { value: undefined, positions: r.positions, problems: r.problems, refused: r.refused, syntax: true };
}

/**
 * The parser's errors in plain words, one per line: a mistake often makes the parser stumble several times on
 * the same line, and the first error is the one that explains it.
 */
function syntaxProblems(r: Reader, errors: readonly YAMLError[]): Problem[] {
  const byLine = new Map<number, Problem>();
  const sorted = errors
    .filter((e) => e.code !== 'TAG_RESOLVE_FAILED') // reported as a tag when the tree is read
    .sort((a, b) => a.pos[0] - b.pos[0]);
  const seen = new Set<number>();
  const explain = yamlErrorExplainer(r.text);
  let misaligned = false;
  for (const e of sorted) {
    const line = r.index.position(e.pos[0]).line;
    if (seen.has(line)) continue;
    seen.add(line);
    const advice = explain(e);
    // After a line out of line, the parser's stumbles on the lines below are its echo.
    if (misaligned && advice.kind !== undefined) continue;
    misaligned ||= advice.kind === 'indent';
    byLine.set(line, problemAt(r.file, r.index, advice.offset, advice.message));
  }
  return [...byLine.values()];
}

function start(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function toPlain(r: Reader, node: Node | null, path: Path, keyOffset: number | undefined): unknown {
  const at = node ? start(node) : (keyOffset ?? 0);
  const collection = isMap(node) || isSeq(node);
  r.positions.set(
    pathKey(path),
    keyOffset === undefined ? { value: at, collection } : { value: at, key: keyOffset, collection },
  );
  if (!node) return null;
  if (isAlias(node)) return refuse(r, at, 'aliases (*name) are not allowed; write the value out', path);
  if (node.anchor) {
    return refuse(
      r,
      propertyAt(r.text, at, `&${node.anchor}`),
      'anchors (&name) are not allowed; write the value out',
      path,
    );
  }
  if (node.tag) {
    const shown = node.tag.replace('tag:yaml.org,2002:', '!!');
    return refuse(
      r,
      propertyAt(r.text, at, shown),
      `tags like ${shown} are not allowed; a scenario is plain data`,
      path,
    );
  }
  if (isScalar(node)) {
    if (node.value === '' && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL'))
      return emptyBlock(r, at, path);
    const value = scalar(r, node.value, node.range ?? [at, at, at], path);
    return node.type === 'PLAIN' && isTextField(path)
      ? cutByComment(r, value, node.range ?? undefined, path)
      : value;
  }
  if (isSeq(node))
    return node.items.map((item, i) => toPlain(r, item as Node | null, [...path, i], undefined));
  if (isMap(node)) return mapping(r, node.items, path);
  return refuse(r, at, 'unsupported YAML node', path);
}

/** Fields whose value is free text for the player (where a ` #` is more likely a slip than a comment). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['title', 'summary', 'briefing', 'text', 'label']);

function isTextField(path: Path): boolean {
  const last = path[path.length - 1];
  if (typeof last === 'number') return path[path.length - 2] === 'learningObjectives';
  return last !== undefined && TEXT_FIELDS.has(last);
}

/**
 * `label: Decline #politely` is the text "Decline" and a comment: YAML silently drops the rest. In a text
 * field that is a problem, pointed at the `#`. A text that is nothing but a comment (`summary: #tag`) is
 * refused, so it is not also reported as missing.
 */
function cutByComment(r: Reader, value: unknown, range: readonly number[] | undefined, path: Path): unknown {
  if (!range) return value;
  const end = range[1]!;
  const lineEnd = r.text.indexOf('\n', end);
  const rest = r.text.slice(end, lineEnd < 0 ? r.text.length : lineEnd);
  const field = formatPath(path);
  if (value === null && rest.startsWith('#')) {
    return refuse(
      r,
      end,
      `${field}: "#" starts a comment in YAML, so this text is empty; put it in quotes (${yamlQuoted(rest.trimEnd())})`,
      path,
    );
  }
  const comment = /^[ \t]+#/.exec(rest);
  if (typeof value !== 'string' || !comment) return value;
  const whole = r.text.slice(range[0], end) + rest.trimEnd();
  r.problems.push(
    problemAt(
      r.file,
      r.index,
      end + comment[0].length - 1,
      `${field}: " #" starts a comment in YAML, so this text stops at ${quote(value)}; put the whole text in quotes (${yamlQuoted(whole)}), or move the comment to a line of its own`,
    ),
  );
  return value;
}

/**
 * `op: >` (or `|`) alone is no operator to YAML: it begins a block of text, here an empty one, and the field reads
 * as "". Said as what it is, where the `>` is.
 */
function emptyBlock(r: Reader, at: number, path: Path): undefined {
  const mark = r.text[at] === '|' ? '|' : '>';
  const field = path[path.length - 1];
  const name = typeof field === 'string' ? field : 'the value';
  return refuse(
    r,
    at,
    `put this value in quotes: '${mark}' (unquoted, "${mark}" alone begins a block of text in YAML, here an empty one, so ${name} was read as "")`,
    path,
  );
}

/** Where an anchor or tag written before a value starts (the node's own range starts at the value). */
function propertyAt(text: string, valueAt: number, written: string): number {
  const found = text.lastIndexOf(written, valueAt);
  return found >= 0 && valueAt - found <= written.length + 200 ? found : valueAt;
}

/** A section with a syntax error: left out (already reported), its key's place kept for what points at it. */
function skipDamaged(r: Reader, keyNode: Node | null, keyAt: number, path: Path): void {
  if (!isScalar(keyNode) || typeof keyNode.value !== 'string') return;
  const at = [...path, keyNode.value];
  r.positions.set(pathKey(at), { value: keyAt, key: keyAt });
  r.refused.add(pathKey(at));
}

/** Reports a problem; with a path, its value is left out of the tree (and out of later checks). */
function refuse(r: Reader, offset: number, message: string, path?: Path): undefined {
  r.problems.push(problemAt(r.file, r.index, offset, message));
  if (path) r.refused.add(pathKey(path));
  return undefined;
}

function scalar(r: Reader, value: unknown, range: readonly number[], path: Path): unknown {
  const at = range[0]!;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    const source = r.text.slice(at, Math.min(range[1]!, at + 40));
    return refuse(
      r,
      at,
      `${formatPath(path) || 'value'}: ${source} is not a finite number; numbers must be finite`,
      path,
    );
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  return refuse(r, at, 'unsupported value', path);
}

/** A mapping's plain data; the entries at `damaged` (indices) hold syntax errors and are left out. */
function mapping(
  r: Reader,
  items: readonly unknown[],
  path: Path,
  damaged?: ReadonlySet<number>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const firstAt = new Map<string, number>();
  for (const [i, pair] of items.entries()) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const keyAt = start(keyNode);
    if (damaged?.has(i)) {
      skipDamaged(r, keyNode, keyAt, path);
      continue;
    }
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string' || keyNode.tag || keyNode.anchor) {
      refuse(r, keyAt, 'keys must be plain names (text), not numbers, lists or mappings');
      continue;
    }
    const key = keyNode.value;
    if (FORBIDDEN_KEYS.includes(key)) {
      refuse(r, keyAt, `the key ${quote(key)} is not allowed`);
      continue;
    }
    const earlier = firstAt.get(key);
    if (earlier !== undefined) {
      const first = r.index.position(earlier);
      refuse(r, keyAt, `duplicate key ${quote(key)} (first defined at line ${first.line}:${first.col})`);
      continue;
    }
    firstAt.set(key, keyAt);
    const value = toPlain(r, pair.value as Node | null, [...path, key], keyAt);
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
