/**
 * A quick, linear scan of YAML layout that runs before the parser: finds tabs used for indentation and
 * measures nesting depth (indentation levels + compact `- ` entries + open flow brackets), so a file nested
 * 100,000 levels deep is refused before any recursive code sees it. Pure.
 *
 * It is deliberately approximate in the safe direction: it may count a level a real parser would not, but the
 * limit is far above what a scenario needs, so only hostile or broken files reach it.
 */
import { problemAt, type LineIndex, type Problem } from './problems.ts';

interface ScanState {
  indents: number[];
  flow: number;
  /** For each open flow bracket: where it opened (offset in the text) and the entries counted so far. */
  brackets: { at: number; entries: number }[];
  /** Most entries a bracket may hold, and where the first one with more opened (or null). */
  maxEntries: number;
  crowded: number | null;
  quote: '"' | "'" | null;
  /** Inside a block scalar (`|` or `>`): lines indented more than this are text. */
  blockAbove: number | null;
}

export interface Layout {
  /** Nesting beyond the limit: the file must not be parsed. */
  tooDeep: Problem | null;
  /** Offsets of lines indented with a tab: where their leading tabs start. */
  tabs: number[];
  /** Where a [ … ] or { … } with more than `maxEntries` entries opens (it must not be parsed), or null. */
  crowded: number | null;
}

export function scanYamlLayout(
  text: string,
  index: LineIndex,
  file: string,
  maxNesting: number,
  maxEntries: number,
): Layout {
  const tabs: number[] = [];
  const st: ScanState = {
    indents: [],
    flow: 0,
    brackets: [],
    maxEntries,
    crowded: null,
    quote: null,
    blockAbove: null,
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const depth = scanLine(line, st, offset, (col) => tabs.push(offset + col));
    if (depth > maxNesting) {
      const message = `nesting is deeper than ${maxNesting} levels; a scenario never needs that`;
      return { tooDeep: problemAt(file, index, offset, message), tabs, crowded: null };
    }
    if (st.crowded !== null) return { tooDeep: null, tabs, crowded: st.crowded };
    offset += line.length + 1;
  }
  return { tooDeep: null, tabs, crowded: null };
}

/** Updates the state with one line and returns its nesting depth. */
function scanLine(line: string, st: ScanState, offset: number, onTab: (col: number) => void): number {
  let indent = 0;
  while (line[indent] === ' ') indent++;
  const blank = /^[ \t]*(#.*)?$/.test(line);
  if (st.blockAbove !== null && !st.quote) {
    if (blank || indent > st.blockAbove) return 0;
    st.blockAbove = null;
  }
  if (st.quote) return st.indents.length + scanContent(line, 0, offset, st);
  if (blank) return 0;
  if (line[indent] === '\t' && st.flow === 0) onTab(indent);
  if (st.flow === 0) {
    while (st.indents.length > 0 && st.indents[st.indents.length - 1]! > indent) st.indents.pop();
    if (st.indents.length === 0 || st.indents[st.indents.length - 1]! < indent) st.indents.push(indent);
  }
  let pos = indent;
  let compact = 0;
  while (st.flow === 0 && /^[-?:][ \t]/.test(line.slice(pos, pos + 2))) {
    compact++;
    pos += 2;
    while (line[pos] === ' ') pos++;
  }
  const depth = st.indents.length + compact + scanContent(line, pos, offset, st);
  if (st.flow === 0 && !st.quote && opensBlockScalar(line))
    st.blockAbove = ownerColumn(line, indent, pos, compact);
  return depth;
}

/**
 * Walks the characters of a line: quotes, comments, flow brackets and their entries. Returns the deepest flow
 * level reached.
 */
function scanContent(line: string, start: number, offset: number, st: ScanState): number {
  let deepest = st.flow;
  let prev = ' ';
  for (let i = start; i < line.length; i++) {
    const c = line[i]!;
    if (st.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') st.quote = null;
    } else if (st.quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") st.quote = null;
    } else {
      const tokenStart = prev === ' ' || prev === '\t' || '[{,:'.includes(prev);
      if (c === '#' && (prev === ' ' || prev === '\t')) break;
      if (tokenStart && (c === '"' || c === "'")) st.quote = c;
      else if ((c === '[' || c === '{') && (tokenStart || st.flow > 0)) {
        deepest = Math.max(deepest, ++st.flow);
        st.brackets.push({ at: offset + i, entries: 1 });
      } else if ((c === ']' || c === '}') && st.flow > 0) {
        st.flow--;
        st.brackets.pop();
      } else if (c === ',' && st.flow > 0) {
        const open = st.brackets[st.brackets.length - 1]!;
        if (++open.entries > st.maxEntries) st.crowded ??= open.at;
      }
    }
    prev = c;
  }
  return deepest;
}

function opensBlockScalar(line: string): boolean {
  const code = line.replace(/(^|[ \t])#.*$/, '');
  return /(^|[ \t])[|>][1-9+-]{0,2}[ \t]*$/.test(code);
}

/** The column a block scalar's text must be indented beyond: its key, or its `-` entry. */
function ownerColumn(line: string, indent: number, contentStart: number, compact: number): number {
  const rest = line.slice(contentStart);
  if (/^[^#|>][^#]*?:[ \t]/.test(rest)) return contentStart;
  return compact > 0 ? contentStart - 2 : indent;
}
