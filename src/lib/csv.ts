/**
 * CSV in and out, for the leaderboard's exports and the LMS rosters it reads. Writing: every text cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return, after any blanks) gets
 * a leading apostrophe, so a student named `=HYPERLINK(…)` stays text. Reading: RFC 4180 with what real exports
 * add — a byte order mark, Excel's `sep=;` line, comma, semicolon or tab separators, CRLF, LF or CR line ends,
 * quoted cells holding separators, quotes and line breaks. One pass over the text, no backtracking. Pure.
 */

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvWriteOptions {
  separator?: CsvSeparator;
  /** Quote every cell (Blackboard's own exports do), not only those that need it. */
  quoteAll?: boolean;
}

const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/** One cell, safe to open in a spreadsheet. Numbers are written as they are (a non-finite number as ''). */
export function csvCell(value: string | number, options: CsvWriteOptions = {}): string {
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return options.quoteAll ? `"${text}"` : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const separator = options.separator ?? ',';
  const needsQuotes =
    options.quoteAll ||
    text.includes('"') ||
    text.includes(separator) ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends (RFC 4180), each cell through csvCell. */
export function csvText(
  rows: readonly (readonly (string | number)[])[],
  options: CsvWriteOptions = {},
): string {
  const sep = options.separator ?? ',';
  return rows.map((row) => row.map((cell) => csvCell(cell, options)).join(sep)).join('\r\n') + '\r\n';
}

export type ParsedCsv =
  { ok: true; rows: string[][]; separator: CsvSeparator } | { ok: false; message: string };

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/** The first line's separators outside quotes, counted; the most frequent wins (a comma on a tie or none). */
function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && SEPARATORS.includes(ch as CsvSeparator)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvSeparator = ',';
  for (const sep of SEPARATORS) if ((counts.get(sep) ?? 0) > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** Excel writes `sep=;` as the first line of a CSV to name its separator. */
function excelSeparatorLine(text: string): { separator: CsvSeparator; rest: string } | null {
  const m = /^sep=([,;\t])\r?\n/.exec(text.slice(0, 8));
  return m ? { separator: m[1] as CsvSeparator, rest: text.slice(m[0].length) } : null;
}

/**
 * Reads CSV text into rows of cells (a leading byte order mark dropped, blank lines skipped). The separator is
 * the one Excel's `sep=` line names, or the most frequent of comma, semicolon and tab on the first line.
 */
export function parseCsv(input: string): ParsedCsv {
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const declared = excelSeparatorLine(text);
  if (declared) text = declared.rest;
  const separator = declared?.separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  const endRow = (): void => {
    row.push(cell);
    cell = '';
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else cell += ch;
  }
  if (quoted)
    return {
      ok: false,
      message: `line ${quoteLine}: a quoted cell is never closed (the file may be cut off)`,
    };
  if (cell !== '' || row.length > 0) endRow();
  return { ok: true, rows, separator };
}
