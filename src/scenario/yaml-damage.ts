/**
 * Which top-level sections of a YAML file a syntax error damaged, so the sections it left readable can still be
 * checked (every problem at once, not the syntax error alone). Pure.
 *
 * The parser recovers from an error inside one section (`summary: 'it's broken'`, a `: ` inside an event's
 * title) and reads the sections after it as written. But some errors run on: an unclosed quote, or a `: ` that
 * makes the rest of a line a nested mapping, swallows the lines below into the broken value. That shows as a
 * line at the top level's indentation (`turns: 10`) inside the broken section. Then nothing after the error can
 * be trusted, and the answer is null: only the syntax problems are reported.
 */
import { isMap, isPair, type Node } from 'yaml';

interface Span {
  start: number;
  end: number;
}

/** The indices of the top-level entries holding an error, or null when the file cannot be read around them. */
export function damagedSections(
  text: string,
  contents: unknown,
  errorsAt: readonly number[],
): Set<number> | null {
  if (!isMap(contents)) return null;
  const spans = sectionSpans(contents.items, text.length);
  if (spans.length === 0) return null;
  const damaged = new Set<number>();
  for (const at of errorsAt) {
    const i = spanAt(spans, at);
    if (i < 0) return null;
    damaged.add(i);
  }
  const column = columnOf(text, spans[0]!.start);
  // A top-level field out of line is the parser's guess at a mis-indented line: nothing around it is sure.
  if (spans.some((s) => columnOf(text, s.start) !== column)) return null;
  for (const i of damaged) if (swallows(text, spans[i]!, column)) return null;
  return damaged;
}

/** Each top-level entry from its key to the next entry's key (the last one to the end of its value). */
function sectionSpans(items: readonly unknown[], textLength: number): Span[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const pair of items) {
    if (!isPair(pair)) return [];
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const start = key?.range?.[0];
    if (start === undefined) return [];
    starts.push(start);
    ends.push(value?.range?.[2] ?? key?.range?.[2] ?? start);
  }
  return starts.map((start, i) => ({
    start,
    end: i + 1 < starts.length ? starts[i + 1]! : Math.max(ends[i]!, textLength),
  }));
}

/** The span holding `at` (spans are in order and touch), by binary search: a hostile file has many errors. */
function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = spans[lo]!;
  return at >= s.start && at < s.end ? lo : -1;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** `name:` at the start of a line (not a list item `- …`, nor a comment). */
const TOP_LEVEL_FIELD = /^[^\s#-][^:\n]*:(\s|$)/;

/** Whether a line of the section, after its first, is written like a top-level field (`turns: 10`). */
function swallows(text: string, span: Span, column: number): boolean {
  let lineEnd = text.indexOf('\n', span.start);
  while (lineEnd >= 0 && lineEnd + 1 < span.end) {
    const next = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, next < 0 ? span.end : Math.min(next, span.end));
    const indent = line.length - line.trimStart().length;
    if (indent === column && TOP_LEVEL_FIELD.test(line.slice(indent, indent + 200))) return true;
    lineEnd = next;
  }
  return false;
}
