/**
 * First line of defence for untrusted scenario text, before any parser sees it: size limit, byte-order mark,
 * line ends, control characters (C0, DEL, C1), and (for YAML) tab indentation and nesting depth. Pure; linear time.
 * A file that fails here is never parsed, so a hostile file cannot exhaust the stack or the CPU.
 */
import { LineIndex, problemAt, type Problem } from './problems.ts';
import { scanYamlLayout } from './yaml-scan.ts';

export type SourceFormat = 'yaml' | 'json';

/** Largest accepted file, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 1_000_000;
/** Deepest accepted nesting of mappings and lists (a real scenario needs about ten). */
export const MAX_NESTING = 64;
/**
 * Most entries in one [ … ] or { … } (the longest list a scenario may have holds 500): the YAML parser takes
 * about 20 s on a 1 MB one, so a longer one is refused before it is parsed.
 */
export const MAX_FLOW_ENTRIES = 10_000;
/** The problem of a [ … ] or { … } with more than MAX_FLOW_ENTRIES entries. */
export const CROWDED = `a [ … ] or { … } with more than ${MAX_FLOW_ENTRIES.toLocaleString('en-US')} entries; a scenario never needs more than 500`;
/** At most this many problems of one kind are listed (a binary file would otherwise list thousands). */
const MAX_LISTED = 20;

export interface PreparedText {
  /** BOM stripped, every line end turned into `\n`; tabs that indent YAML lines read as spaces (see tabs). */
  text: string;
  index: LineIndex;
  /** Problems that stop the reading. */
  problems: Problem[];
  /**
   * Tabs used for indentation: problems, but the text is still read, each such tab as one space (so every
   * offset stays the same), and checked further when that reads cleanly.
   */
  tabs: Problem[];
}

/** `.json` → json, `.yaml`/`.yml` → yaml, anything else → null. */
export function formatOfFile(fileName: string): SourceFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return null;
}

/** UTF-8 length without encoding the string (stops counting once over the limit). */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      bytes += 4;
    } else bytes += 3;
  }
  return bytes;
}

export function sizeProblem(file: string, bytes: number): Problem {
  return {
    file,
    line: 1,
    col: 1,
    message: `the file is ${bytes > MAX_FILE_BYTES * 10 ? 'over 10 MB' : `${bytes} bytes`}; the limit is ${MAX_FILE_BYTES} bytes (1 MB)`,
  };
}

export function prepareText(raw: string, file: string, format: SourceFormat): PreparedText {
  const empty = new LineIndex('');
  if (raw.length > MAX_FILE_BYTES || utf8Length(raw, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
    const problems = [sizeProblem(file, utf8Length(raw, MAX_FILE_BYTES * 10))];
    return { text: '', index: empty, problems, tabs: [] };
  }
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const index = new LineIndex(text);
  const problems = controlCharacterProblems(text, index, file);
  if (problems.length > 0 || format !== 'yaml') return { text, index, problems, tabs: [] };
  const layout = scanYamlLayout(text, index, file, MAX_NESTING, MAX_FLOW_ENTRIES);
  if (layout.tooDeep) return { text, index, problems: [layout.tooDeep], tabs: [] };
  if (layout.crowded !== null)
    return { text, index, problems: [problemAt(file, index, layout.crowded, CROWDED)], tabs: [] };
  const tabs = layout.tabs
    .slice(0, MAX_LISTED)
    .map((at) => problemAt(file, index, at, 'tab used for indentation; YAML indents with spaces only'));
  if (layout.tabs.length > MAX_LISTED) return { text, index, problems: tabs, tabs: [] };
  return { text: tabsAsSpaces(text, layout.tabs), index, problems: [], tabs };
}

/** The leading tabs at each offset as spaces, one for one. */
function tabsAsSpaces(text: string, offsets: readonly number[]): string {
  if (offsets.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of offsets) {
    let end = at;
    while (text[end] === '\t' || text[end] === ' ') end++;
    out += text.slice(from, at) + text.slice(at, end).replace(/\t/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/**
 * NUL and the other control characters, C0 (tab and line feed excepted), DEL and C1 (U+0080–U+009F, such as a
 * terminal's CSI U+009B or the line break U+0085), have no place in a text file.
 */
function controlCharacterProblems(text: string, index: LineIndex, file: string): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 0x09 || c === 0x0a) {
      if (c < 0x7f || (c > 0x9f && c !== 0xfeff)) continue;
    }
    count++;
    if (count > MAX_LISTED) continue;
    problems.push(problemAt(file, index, i, controlMessage(c)));
  }
  if (count > MAX_LISTED) {
    const last = problems[problems.length - 1]!;
    problems.push({ ...last, message: `… and ${count - MAX_LISTED} more control characters` });
  }
  return problems;
}

function controlMessage(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return 'NUL byte (U+0000) in the file; is it a binary file? Scenario files are plain text';
  if (code === 0xfeff) return 'byte-order mark (U+FEFF) in the middle of the file; remove it';
  return `control character ${hex} is not allowed in a scenario file`;
}
