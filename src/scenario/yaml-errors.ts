/**
 * Plain advice for the YAML mistakes authors make, in place of the parser's jargon: "Nested mappings are not
 * allowed in compact mappings" becomes "put this text in quotes: it contains ': '", at the place where the
 * fix goes (the start of the text, the `>` of `op: >=`, the quote that is never closed). Anything not
 * recognised keeps the parser's own message. Pure; reads the error, the text and, for unclosed quotes, the
 * parser's concrete syntax tree.
 */
import { Parser, type YAMLError } from 'yaml';
import { yamlQuoted } from './problems.ts';

export interface Advice {
  offset: number;
  message: string;
  /**
   * indent: a line out of line; the parser's errors on the lines after it usually follow from it.
   * generic: the parser's own words (nothing here recognised the mistake).
   */
  kind?: 'indent' | 'generic';
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  text: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Where the value of a `key: value` or `- value` line starts (an index in the line), or -1. */
function valueStart(line: string): number {
  let i = indentOf(line);
  while (line.startsWith('- ', i)) i = skipSpaces(line, i + 2);
  const key = /^[^\s#'"{}[\],&*!|>%@`][^:#]*?:(?=[ \t]|$)/.exec(line.slice(i));
  if (key) i = skipSpaces(line, i + key[0].length);
  return i < line.length ? i : -1;
}

function skipSpaces(line: string, i: number): number {
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/**
 * The rest of a line as written, without a trailing comment. Found with a search for a blank then `#`, never a
 * pattern like /[ \t]+#.*$/, which backtracks over every run of blanks: minutes on a line of 80,000 blanks.
 */
function written(rest: string): string {
  const comment = rest.search(/[ \t]#/);
  return (comment < 0 ? rest : rest.slice(0, comment)).trim();
}

const QUOTE_IT = 'put this text in quotes:';

/**
 * The explainer of one text's errors. What needs the whole text (the syntax tree, the brackets open at a point)
 * is worked out once for all its errors, never once per error: a file with an error on each of 100,000 lines
 * must not be read 100,000 times.
 */
export function yamlErrorExplainer(text: string): (e: YAMLError) => Advice {
  const file = new WholeText(text);
  return (e) => {
    const at = e.pos[0];
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const generic: Advice = { offset: at, message: `YAML syntax: ${message}`, kind: 'generic' };
    const line = lineAt(text, at);
    const rule = RULES.find(([pattern]) => pattern.test(message));
    return (rule && rule[1]({ at, message, line, text, file })) ?? generic;
  };
}

interface Context {
  at: number;
  message: string;
  line: Line;
  text: string;
  file: WholeText;
}

/** Facts about the whole text, each found on first use and kept for the text's other errors. */
class WholeText {
  private unclosed: Record<'"' | "'", number | null> | null = null;
  private readonly open = { '{': new OpenBrackets('{', '}'), '[': new OpenBrackets('[', ']') };

  constructor(private readonly text: string) {}

  /** The first quoted text (of that quote) that is never closed, if it starts at or before `before`. */
  unclosedQuoteBefore(mark: '"' | "'", before: number): number | null {
    this.unclosed ??= firstUnclosedQuotes(this.text);
    const found = this.unclosed[mark];
    return found !== null && found <= before ? found : null;
  }

  /** The innermost bracket still open at `at` (not closed before it), or null. */
  openBracketAt(open: '{' | '[', at: number): number | null {
    return this.open[open].at(this.text, at);
  }
}

/**
 * The innermost open bracket at a point, by one pass forward that stops at each asked point: the explainer asks
 * in order of position, so the whole file is walked once. (A point before the last one starts the walk again.)
 */
class OpenBrackets {
  private pos = 0;
  private stack: number[] = [];

  constructor(
    private readonly open: string,
    private readonly close: string,
  ) {}

  at(text: string, at: number): number | null {
    if (at < this.pos) {
      this.pos = 0;
      this.stack = [];
    }
    for (; this.pos < at && this.pos < text.length; this.pos++) {
      const ch = text[this.pos];
      if (ch === this.open) this.stack.push(this.pos);
      else if (ch === this.close) this.stack.pop();
    }
    return this.stack.length > 0 ? this.stack[this.stack.length - 1]! : null;
  }
}

type Rule = [RegExp, (c: Context) => Advice | null];

const RULES: Rule[] = [
  [/^Missing closing ("|')quote/, unclosedQuote],
  [/^Block scalar header includes extra characters|^Not a YAML token/, blockHeader],
  [
    /^Nested mappings are not allowed in compact mappings|^Block collections are not allowed within flow/,
    colonInText,
  ],
  [/^Plain value cannot start with|^Anchor cannot be an empty string/, reservedStart],
  [/^Unexpected block-seq-ind on same line with key/, dashStart],
  [/^Unexpected scalar at node end/, leftOver],
  [/^Implicit map keys need to be followed by map values/, missingColon],
  [/^All mapping items must start at the same column/, misaligned],
  [
    /^A block sequence may not be used as an implicit map key|^Implicit keys need to be on a single line/,
    misalignedEntry,
  ],
  [/^Flow (map|sequence) in block collection must be sufficiently indented and end with a/, unclosedBracket],
];

/** The quote that opens a text never closed: found in the syntax tree, where the parser's error is at its end. */
function unclosedQuote(c: Context): Advice {
  const mark = c.message.includes('"quote') ? '"' : "'";
  const opened = c.file.unclosedQuoteBefore(mark, c.at);
  const tail = mark === "'" ? " (an apostrophe inside '…' is written '')" : '';
  return {
    offset: opened ?? c.at,
    message: `this ${mark} opens a text that is never closed; add the closing ${mark} where the text ends${tail}`,
  };
}

/** Where the first double- and single-quoted texts that are never closed start, from the syntax tree. */
function firstUnclosedQuotes(text: string): Record<'"' | "'", number | null> {
  const found: Record<'"' | "'", number | null> = { '"': null, "'": null };
  const visit = (token: unknown, depth: number): void => {
    if (depth > 200 || typeof token !== 'object' || token === null) return;
    if (Array.isArray(token)) {
      for (const t of token) visit(t, depth + 1);
      return;
    }
    const t = token as { type?: unknown; offset?: unknown; source?: unknown };
    const mark = t.type === 'double-quoted-scalar' ? '"' : t.type === 'single-quoted-scalar' ? "'" : null;
    if (mark && typeof t.offset === 'number' && typeof t.source === 'string') {
      if (found[mark] === null && !isClosed(t.source, mark)) found[mark] = t.offset;
      return;
    }
    for (const [key, value] of Object.entries(token)) if (key !== 'source') visit(value, depth + 1);
  };
  for (const token of new Parser().parse(text)) visit(token, 0);
  return found;
}

function isClosed(source: string, mark: string): boolean {
  if (mark === "'") return /^'(?:[^']|'')*'$/.test(source);
  return /^"(?:[^"\\]|\\[\s\S])*"$/.test(source);
}

/** `op: >=`: an unquoted value starting with > or | is a block-text header. Pointed at the > or |. */
function blockHeader(c: Context): Advice | null {
  const start = valueStart(c.line.text);
  const indicator = start >= 0 ? c.line.text[start] : undefined;
  if (indicator !== '>' && indicator !== '|') return null;
  const value = written(c.line.text.slice(start));
  return {
    offset: c.line.start + start,
    message: `put this value in quotes: ${yamlQuoted(value)} (unquoted, text starting with "${indicator}" begins a block of text in YAML)`,
  };
}

/** `text: Warning: the custom…`: ": " inside a text starts another field. */
function colonInText(c: Context): Advice | null {
  const rest = c.text.slice(c.at, c.line.start + c.line.text.length);
  const inFlow = /^Block collections/.test(c.message);
  const value = inFlow ? rest.split(/[,}\]]/)[0]!.trim() : written(rest);
  if (/:[ \t]|:$/.test(value)) {
    return {
      offset: c.at,
      message: `${QUOTE_IT} it contains ": ", which YAML reads as the start of another field (write ${yamlQuoted(value)})`,
    };
  }
  const next = nextContentLine(c.text, c.line);
  if (next && indentOf(next.text) > indentOf(c.line.text)) {
    return {
      offset: next.start + indentOf(next.text),
      message:
        'this line is indented more than the field above it, so YAML reads it as part of that value; line it up with the field above',
      kind: 'indent',
    };
  }
  return null;
}

function nextContentLine(text: string, line: Line): Line | null {
  let start = line.start + line.text.length + 1;
  while (start < text.length) {
    const next = lineAt(text, start);
    if (!/^[ \t]*(#.*)?$/.test(next.text)) return next;
    start += next.text.length + 1;
  }
  return null;
}

/** `summary: @mention`, `` `code` ``, `%50`, `& more`: characters YAML reserves. */
function reservedStart(c: Context): Advice | null {
  const rest = c.text.slice(c.at, c.line.start + c.line.text.length);
  const value = written(rest);
  if (value === '') return null;
  return {
    offset: c.at,
    message: `${QUOTE_IT} text starting with "${value[0]}" is YAML syntax (write ${yamlQuoted(value)})`,
  };
}

/** `summary: - item`. */
function dashStart(c: Context): Advice | null {
  const value = written(c.text.slice(c.at, c.line.start + c.line.text.length));
  if (!value.startsWith('-')) return null;
  return {
    offset: c.at,
    message: `${QUOTE_IT} text starting with "- " is read as a list (write ${yamlQuoted(value)})`,
  };
}

/** Text left over after a value: a quote closed early (`'it's'`), or `[draft] the thing`, `*bold* text`. */
function leftOver(c: Context): Advice | null {
  const start = valueStart(c.line.text);
  if (start < 0 || c.line.start + start >= c.at) return null;
  const first = c.line.text[start]!;
  const value = written(c.line.text.slice(start));
  if (first === "'" || first === '"') {
    const closing = c.text.lastIndexOf(first, c.at - 1);
    if (closing <= c.line.start + start) return null;
    const inner = value.slice(1, value.endsWith(first) ? -1 : undefined);
    const message =
      first === "'"
        ? `the text in '…' ends at this ', so the rest of the line is left over; write an apostrophe inside '…' twice (${yamlQuoted(inner)}), or put the whole text in "…"`
        : `the text in "…" ends at this ", so the rest of the line is left over; write \\" for a quote inside "…", or put the whole text in '…'`;
    return { offset: closing, message };
  }
  if (!'[{*&!'.includes(first)) return null;
  return {
    offset: c.line.start + start,
    message: `${QUOTE_IT} text starting with "${first}" is YAML syntax (write ${yamlQuoted(value)})`,
  };
}

/** `difficulty:3` or `debt 15`: a field without ": ". */
function missingColon(c: Context): Advice | null {
  if (c.line.start + indentOf(c.line.text) !== c.at) return null;
  const content = written(c.line.text.slice(indentOf(c.line.text)));
  const tight = /^[A-Za-z$][\w$-]*:(?=\S)/.exec(content);
  if (tight)
    return {
      offset: c.at + tight[0].length - 1,
      message: 'put a space after the colon: a field is written "name: value"',
    };
  // `s`: the rest may hold a line separator (U+2028), which `.` would not match, and the blanks before it would
  // then be retried one by one from every start.
  const words = /^([A-Za-z$][\w$-]*)\s+(\S.*)$/s.exec(content);
  if (words && !content.includes(':'))
    return { offset: c.at, message: `a field needs ": " after its name: write "${words[1]}: ${words[2]}"` };
  return null;
}

function misaligned(c: Context): Advice {
  return {
    offset: c.line.start + indentOf(c.line.text),
    message:
      'this line is indented differently from the fields above it; the fields of one mapping start in the same column',
    kind: 'indent',
  };
}

function misalignedEntry(c: Context): Advice {
  return {
    offset: c.line.start + indentOf(c.line.text),
    message: 'this line is not lined up with the lines above it; check its indentation',
    kind: 'indent',
  };
}

/** `{ id: a, label: b` with no `}`: pointed at the bracket that is never closed. */
function unclosedBracket(c: Context): Advice | null {
  const [open, close] = /^Flow map/.test(c.message) ? (['{', '}'] as const) : (['[', ']'] as const);
  const at = c.file.openBracketAt(open, c.at);
  return at === null
    ? null
    : { offset: at, message: `this ${open} is never closed; add the ${close} that ends it` };
}
