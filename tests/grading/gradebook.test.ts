/**
 * Gradebooks in each LMS's import format, from real-looking rosters: the columns its importer reads, one row per
 * roster student (blank or 0 with no run), formula-safe cells (a student named like a formula stays text),
 * letters where thresholds give letters, and a clear refusal when the roster lacks what the LMS matches on.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEME,
  gradeRows,
  gradebookCsv,
  matchRoster,
  parseMapping,
  parseRoster,
  type GradeScheme,
  type GradebookFormat,
  type Roster,
} from '../../src/grading/index.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { rank, roster } from './helpers.ts';

const ranking = rank([
  { name: 'Ada Lovelace' },
  { name: 'Jose Garcia Marquez', bot: 'frugal' },
  { name: 'lwojcik' },
]);
const score = (name: string): number => ranking.ranked.find((r) => r.name === name)!.score;

function book(
  format: GradebookFormat,
  r: Roster,
  scheme: GradeScheme = DEFAULT_SCHEME,
  column = 'Tradeoffs',
) {
  const rows = gradeRows(matchRoster(r, ranking), ranking, scheme);
  return gradebookCsv(format, r, rows, scheme, column);
}

function table(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}

describe('Canvas', () => {
  const out = book('canvas', roster('canvas-gradebook.csv'));
  const rows = out.ok ? table(out.text) : [];

  it('has the columns Canvas\u2019s import reads, and the Points Possible row', () => {
    expect(rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Tradeoffs']);
    expect(rows[1]).toEqual(['    Points Possible', '', '', '', '', '100']);
  });

  it('one row per student, graded where a run matched and blank where none did', () => {
    expect(rows).toHaveLength(2 + 10);
    expect(rows[2]).toEqual([
      'Lovelace, Ada',
      '10234',
      's1000001',
      'alovelace',
      'BUS 410, Section 01',
      String(score('Ada Lovelace') / 10),
    ]);
    expect(rows[3]![5]).toBe(String(score('Jose Garcia Marquez') / 10));
    expect(rows.find((r) => r[0] === 'Zhang, Wei')![5]).toBe('');
  });

  it('a student whose name is a formula stays text', () => {
    expect(out.ok && out.text).toContain(`"'=2+5+cmd|' /C calc'!A0, Mallory"`);
  });

  it('reads back as a roster with the same students (a Canvas file Canvas can read)', () => {
    const again = parseRoster(out.ok ? out.text : '');
    expect(again.ok && again.roster.lms).toBe('canvas');
    expect(again.ok && again.roster.students.map((s) => s.studentId)).toEqual(
      roster('canvas-gradebook.csv').students.map((s) => s.studentId),
    );
  });

  it('fills an existing assignment column given as "Name (id)", and gives 0 with no run when asked', () => {
    const zero = book(
      'canvas',
      roster('canvas-gradebook.csv'),
      { ...DEFAULT_SCHEME, missing: 'zero' },
      'Tradeoffs simulation (48213)',
    );
    const t = zero.ok ? table(zero.text) : [];
    expect(t[0]![5]).toBe('Tradeoffs simulation (48213)');
    expect(t.find((r) => r[0] === 'Zhang, Wei')![5]).toBe('0');
  });
});

describe('Moodle', () => {
  it('names, then the identity columns the roster has, then the grade', () => {
    const out = book('moodle', roster('moodle-participants.csv'));
    const rows = out.ok ? table(out.text) : [];
    expect(rows[0]).toEqual(['First name', 'Last name', 'ID number', 'Email address', 'Tradeoffs']);
    expect(rows[1]).toEqual([
      'Ada',
      'Lovelace',
      's1000001',
      'ada.lovelace@uni.example',
      String(score('Ada Lovelace') / 10),
    ]);
    expect(rows[2]!.slice(0, 2)).toEqual(['José', 'García Márquez']);
  });

  it('is refused for a roster with no e-mail, ID number or username', () => {
    const bare = parseRoster('Name\nAda Lovelace\n');
    if (!bare.ok) throw new Error(bare.message);
    expect(book('moodle', bare.roster)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Moodle finds students by e-mail address, ID number or username/),
    });
  });
});

describe('Blackboard', () => {
  it('every cell quoted, students by Username, a new column with its points', () => {
    const out = book('blackboard', roster('blackboard-gradecenter.csv'));
    expect(out.ok && out.text.split('\r\n')[0]).toBe(
      '\uFEFF"Last Name","First Name","Username","Student ID","Tradeoffs [Total Pts: 100 Score]"',
    );
    const rows = out.ok ? table(out.text) : [];
    expect(rows.find((r) => r[2] === 'lwojcik')![4]).toBe(String(score('lwojcik') / 10));
    expect(rows.find((r) => r[2] === 'ghopper')![4]).toBe('');
  });

  it('fills an existing Grade Center column given with its id, and letters say Letter', () => {
    const m = parseMapping('thresholds:700=A,500=B,0=C');
    if (!m.ok) throw new Error(m.message);
    const letters = { ...DEFAULT_SCHEME, mapping: m.value };
    const existing = book(
      'blackboard',
      roster('blackboard-gradecenter.csv'),
      letters,
      'Tradeoffs simulation [Total Pts: 100 Score] |1234571',
    );
    expect(existing.ok && table(existing.text)[0]![4]).toBe(
      'Tradeoffs simulation [Total Pts: 100 Score] |1234571',
    );
    const fresh = book('blackboard', roster('blackboard-gradecenter.csv'), letters);
    expect(fresh.ok && table(fresh.text)[0]![4]).toBe('Tradeoffs [Total Pts: 100 Letter]');
    expect(fresh.ok && fresh.notes).toContain(
      'The grades are letters: import them into a column graded by letter grade.',
    );
  });

  it('is refused for a roster with no Username', () => {
    expect(book('blackboard', roster('moodle-participants.csv'))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Blackboard finds students by Username/),
    });
  });
});

describe('every format', () => {
  it('needs a column name', () => {
    expect(book('canvas', roster('canvas-gradebook.csv'), DEFAULT_SCHEME, '  ')).toEqual({
      ok: false,
      message: 'Name the gradebook column.',
    });
  });

  it('keeps a column name that looks like a formula from running', () => {
    for (const format of ['canvas', 'moodle', 'blackboard'] as const) {
      const out = book(
        format,
        roster(
          format === 'moodle'
            ? 'moodle-participants.csv'
            : format === 'canvas'
              ? 'canvas-gradebook.csv'
              : 'blackboard-gradecenter.csv',
        ),
        DEFAULT_SCHEME,
        '=HYPERLINK("x")',
      );
      expect(out.ok && table(out.text)[0]!.at(-1), format).toMatch(/^'=HYPERLINK/);
    }
  });
});
