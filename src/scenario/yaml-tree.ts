/**
 * Reads prepared YAML (or strict JSON) text into plain data plus a table of source positions for every field.
 * Pure. Refuses what a scenario has no use for and a hostile file could abuse: several documents, directives,
 * anchors and aliases (alias bombs), explicit tags (`!!js/function`, `!!binary`, `!anything`), non-string
 * keys, duplicate keys, `__proto__`/`constructor`/`prototype` keys, and numbers that are not finite.
 * Objects are built with defineProperty, so no key can reach Object.prototype.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { formatPath, problemAt, quote, type LineIndex, type Path, type Problem } from './problems.ts';

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
}

interface Reader {
  text: string;
  file: string;
  index: LineIndex;
  positions: Map<string, Where>;
  problems: Problem[];
}

export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

export function readSourceTree(text: string, file: string, index: LineIndex): SourceTree {
  const r: Reader = { text, file, index, positions: new Map(), problems: [] };
  const docs = parseAllDocuments(text, {
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    version: '1.2',
    schema: 'core',
  });
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
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (e.code === 'TAG_RESOLVE_FAILED') continue; // reported below as a tag
    r.problems.push(problemAt(file, index, e.pos[0], `YAML syntax: ${firstLine(e.message)}`));
  }
  if (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).some((k) => k !== '!!')) {
    fail(r, text.search(/^%/m), 'YAML directives (%YAML, %TAG) are not allowed');
  }
  if (r.problems.length > 0) return { value: undefined, positions: r.positions, problems: r.problems };
  const value = toPlain(r, doc.contents as Node | null, [], 0);
  return { value, positions: r.positions, problems: r.problems };
}

function fail(r: Reader, offset: number, message: string): SourceTree {
  r.problems.push(problemAt(r.file, r.index, Math.max(0, offset), message));
  return { value: undefined, positions: r.positions, problems: r.problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
  if (isAlias(node)) return refuse(r, at, 'aliases (*name) are not allowed; write the value out');
  if (node.anchor) {
    return refuse(
      r,
      propertyAt(r.text, at, `&${node.anchor}`),
      'anchors (&name) are not allowed; write the value out',
    );
  }
  if (node.tag) {
    const shown = node.tag.replace('tag:yaml.org,2002:', '!!');
    return refuse(
      r,
      propertyAt(r.text, at, shown),
      `tags like ${shown} are not allowed; a scenario is plain data`,
    );
  }
  if (isScalar(node)) return scalar(r, node.value, node.range ?? [at, at, at], path);
  if (isSeq(node))
    return node.items.map((item, i) => toPlain(r, item as Node | null, [...path, i], undefined));
  if (isMap(node)) return mapping(r, node.items, path);
  return refuse(r, at, 'unsupported YAML node');
}

/** Where an anchor or tag written before a value starts (the node's own range starts at the value). */
function propertyAt(text: string, valueAt: number, written: string): number {
  const found = text.lastIndexOf(written, valueAt);
  return found >= 0 && valueAt - found <= written.length + 200 ? found : valueAt;
}

function refuse(r: Reader, offset: number, message: string): undefined {
  r.problems.push(problemAt(r.file, r.index, offset, message));
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
    );
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  return refuse(r, at, 'unsupported value');
}

function mapping(r: Reader, items: readonly unknown[], path: Path): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const firstAt = new Map<string, number>();
  for (const pair of items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as Node | null;
    const keyAt = start(keyNode);
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
