/**
 * CSV as spreadsheets and LMSs write and read it: formula-safe cells, quotes doubled, separators detected,
 * quoted line breaks, byte order marks and Excel's sep= line; a cut-off file says where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, parseCsv } from '../../src/lib/csv.ts';

describe('csvCell', () => {
  it('keeps formulas from running: = + - @ tab and CR at the start (after blanks) get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a\tb', { separator: '\t' })).toBe('"a\tb"');
    expect(csvCell('Ada = engineer')).toBe('Ada = engineer');
  });

  it('quotes what needs quotes for its separator, or everything when asked', () => {
    expect(csvCell('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvCell('Lovelace, Ada', { separator: ';' })).toBe('Lovelace, Ada');
    expect(csvCell('a;b', { separator: ';' })).toBe('"a;b"');
    expect(csvCell('Ada', { quoteAll: true })).toBe('"Ada"');
    expect(csvCell(85.5, { quoteAll: true })).toBe('"85.5"');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes', () => {
    const r = parseCsv('Student,Section\r\n"Lovelace, Ada","BUS ""410""\nSection 01"\r\n');
    expect(r).toEqual({
      ok: true,
      separator: ',',
      rows: [
        ['Student', 'Section'],
        ['Lovelace, Ada', 'BUS "410"\nSection 01'],
      ],
    });
  });

  it('finds semicolons and tabs, drops a byte order mark, honours sep= and skips blank lines', () => {
    expect(parseCsv('\uFEFFa;b\n1;2\n\n')).toEqual({
      ok: true,
      separator: ';',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(parseCsv('a\tb, c\tz\r1\t2\t3\r')).toEqual({
      ok: true,
      separator: '\t',
      rows: [
        ['a', 'b, c', 'z'],
        ['1', '2', '3'],
      ],
    });
    expect(parseCsv('sep=;\na,b;c\n')).toEqual({ ok: true, separator: ';', rows: [['a,b', 'c']] });
  });

  it('says on which line a quoted cell is never closed', () => {
    expect(parseCsv('a,b\n1,2\n"cut off,3\n4')).toEqual({
      ok: false,
      message: 'line 3: a quoted cell is never closed (the file may be cut off)',
    });
  });

  it('reads back what it writes (every cell quoted, so no separator is guessed from a cell), for any cells', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => r.slice(0, width).concat(Array(width).fill('x')).slice(0, width));
          const back = parseCsv(csvText(table, { quoteAll: true }));
          const safe = table.map((r) => r.map((c) => (/^\s*[=+\-@]|^[\t\r]/.test(c) ? `'${c}` : c)));
          expect(back.ok && back.rows).toEqual(safe);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 350 kB line of doubled quotes and blanks', () => {
    const huge = `"${'x'.repeat(200_000)}${'"'.repeat(2).repeat(50_000)}",${' '.repeat(100_000)}\n`;
    const r = parseCsv(huge);
    expect(r.ok && r.rows[0]![0]!.length).toBe(250_000);
  });
});
