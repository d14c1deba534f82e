/**
 * Rosters as Canvas, Moodle and Blackboard really export them (fixtures in tests/fixtures/rosters: byte order
 * marks, semicolons, every cell quoted, UTF-16, Windows-1252 from Excel, the Points Possible row, the Test
 * Student, duplicates, non-ASCII names, a name that is a formula), and files that are not rosters.
 */
import { describe, expect, it } from 'vitest';
import { decodeText, parseRoster } from '../../src/grading/index.ts';
import { roster, rosterFile } from './helpers.ts';

const names = (file: string): string[] => roster(file).students.map((s) => s.name);

describe('a Canvas gradebook export', () => {
  const r = roster('canvas-gradebook.csv');

  it('is recognised, with its students as "Last, First" split into first and last names', () => {
    expect(r.lms).toBe('canvas');
    expect(r.students[0]).toMatchObject({
      first: 'Ada',
      last: 'Lovelace',
      name: 'Ada Lovelace',
      sortable: 'Lovelace, Ada',
      lmsId: '10234',
      studentId: 's1000001',
      username: 'alovelace',
      section: 'BUS 410, Section 01',
    });
    expect(names('canvas-gradebook.csv')).toContain('Thị Minh Khai Nguyễn');
    expect(names('canvas-gradebook.csv')).toContain('José García Márquez');
  });

  it('skips the Points Possible row and the Test Student, saying so for the Test Student', () => {
    expect(r.students).toHaveLength(10);
    expect(r.students.some((s) => /Points Possible|Test/.test(s.name))).toBe(false);
    expect(r.notes).toContain('Row 13 skipped: Canvas\u2019s Test Student.');
  });

  it('keeps two students of one name apart and says their runs are matched by hand', () => {
    expect(r.students.filter((s) => s.name === 'Wei Zhang').map((s) => s.studentId)).toEqual([
      's1000004',
      's1000005',
    ]);
    expect(r.notes).toContain(
      '2 students are named Wei Zhang (rows 6, 7): a run under that name is matched by hand.',
    );
  });

  it('reads a name Canvas wrapped as ="=…" (so spreadsheets do not run it) back as the name', () => {
    expect(r.students.find((s) => s.lmsId === '10243')!.sortable).toBe("=2+5+cmd|' /C calc'!A0, Mallory");
  });

  it('lists its assignment columns, not its totals, as gradebook columns to fill', () => {
    expect(r.items).toEqual(['Week 3 Quiz (48211)', 'Tradeoffs simulation (48213)']);
  });

  it('with semicolons and LastName/FirstName columns (a comma-decimal locale)', () => {
    const sc = roster('canvas-gradebook-semicolon.csv');
    expect([sc.lms, sc.separator]).toEqual(['canvas', ';']);
    expect(sc.students.map((s) => s.name)).toEqual([
      'Ada Lovelace',
      'Jürgen Müller-Lüdenscheidt',
      'João Pedro Ferreira',
    ]);
    expect(sc.items).toEqual(['Tradeoffs simulation (48213)']);
  });
});

describe('a Moodle participants download', () => {
  const r = roster('moodle-participants.csv');

  it('is recognised, with first and last names, ID number and e-mail', () => {
    expect(r.lms).toBe('moodle');
    expect(r.students[1]).toMatchObject({
      name: 'José García Márquez',
      studentId: 's1000002',
      email: 'jose.garcia@uni.example',
    });
  });

  it('counts a student listed twice (same e-mail) once, saying which rows', () => {
    expect(r.students.filter((s) => s.name === 'Grace Hopper')).toHaveLength(1);
    expect(r.notes).toContain('Row 11 is the same student as row 4 (Grace Hopper): counted once.');
  });
});

describe('a Blackboard Grade Center download', () => {
  it('comma separated, every cell quoted, or tab separated in UTF-16: the same students', () => {
    const csv = roster('blackboard-gradecenter.csv');
    const xls = parseRoster(decodeText(rosterFile('blackboard-gradecenter.xls')).text);
    expect(decodeText(rosterFile('blackboard-gradecenter.xls')).encoding).toBe('utf-16le');
    expect(xls.ok && xls.roster.students).toEqual(csv.students);
    expect(csv.lms).toBe('blackboard');
    expect(csv.students[4]).toMatchObject({
      name: 'Łukasz Wójcik',
      username: 'lwojcik',
      studentId: 's1000008',
    });
  });

  it('lists its columns to fill, not the calculated totals', () => {
    expect(roster('blackboard-gradecenter.csv').items).toEqual([
      'Quiz 1 [Total Pts: 10 Score] |1234565',
      'Tradeoffs simulation [Total Pts: 100 Score] |1234571',
    ]);
  });
});

describe('other rosters', () => {
  it('a roster Excel saved on Windows (Windows-1252, semicolons) keeps its accents', () => {
    expect(decodeText(rosterFile('excel-windows-1252.csv')).encoding).toBe('windows-1252');
    expect(names('excel-windows-1252.csv')).toEqual([
      'Ada Lovelace',
      'Jürgen Müller-Lüdenscheidt',
      'José García Márquez',
    ]);
  });

  it('a file with no name, id or e-mail column is refused, naming its columns', () => {
    const r = parseRoster('Date,Amount\n2025-03-01,12\n');
    expect(r.ok || r.message).toMatch(
      /^This is not a roster: no column of names, ids or e-mails was found \(its columns: “Date”, “Amount”\)/,
    );
  });

  it('an empty file, or one cut inside a quoted cell, says so', () => {
    expect(parseRoster('')).toEqual({ ok: false, message: 'This roster file is empty.' });
    expect(parseRoster('Name,Email\n"Ada, ada@x\n')).toEqual({
      ok: false,
      message: 'This roster cannot be read: line 2: a quoted cell is never closed (the file may be cut off).',
    });
  });

  it('a generic roster\u2019s ID column is the student id', () => {
    const r = parseRoster('Name,ID\nAda Lovelace,s1000001\n');
    expect(r.ok && r.roster.students[0]).toMatchObject({
      name: 'Ada Lovelace',
      studentId: 's1000001',
      lmsId: '',
    });
  });
});
