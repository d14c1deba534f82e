/**
 * Matching a class's runs to the roster: sure matches (id, e-mail, the name either way round), close ones
 * (accents, word order, part of a long name) counted but listed to check, suggestions and ambiguous names
 * counted only once the instructor chooses, aliases never matched on their own, teams matched member by member,
 * a student claimed by two runs graded on the earlier one, and students with no run listed with the reason
 * their run was rejected.
 */
import { describe, expect, it } from 'vitest';
import {
  claimKey,
  claimsToCheck,
  matchRoster,
  type ClaimMatch,
  type Matching,
} from '../../src/grading/index.ts';
import { encodeRunCode } from '../../src/replay/index.ts';
import { T0, botRun } from '../replay/helpers.ts';
import { comp, rank, roster } from './helpers.ts';

const canvas = roster('canvas-gradebook.csv');
const moodle = roster('moodle-participants.csv');

const CLASS = [
  { name: 'Ada Lovelace' },
  { name: 'Jose Garcia Marquez' },
  { name: 's1000003', nameKind: 'student-id' as const },
  { name: 'Wei Zhang' },
  { name: 'Blue Falcon', nameKind: 'alias' as const },
  { name: 'The Optimists', members: ['Søren Øyelaran', "Siobhan O'Brien", 'Lukasz Wojcik'] },
  { name: 'Grace' },
  { name: 'Linus Torvalds' },
];
const ranking = rank(CLASS);

function claim(m: Matching, label: string): ClaimMatch {
  const found = m.claims.find((c) => c.label === label);
  if (!found) throw new Error(`no claim ${label}`);
  return found;
}

const studentOf = (c: ClaimMatch): string | null => ('student' in c ? c.student.name : null);

describe('matching a class to a Canvas roster', () => {
  const m = matchRoster(canvas, ranking);

  it('a full name is a sure match; a student id typed as the name, by its kind, too', () => {
    expect(claim(m, 'Ada Lovelace')).toMatchObject({ status: 'exact', how: 'same name', counted: true });
    expect(claim(m, 's1000003')).toMatchObject({ status: 'exact', how: 'same student id', counted: true });
    expect(studentOf(claim(m, 's1000003'))).toBe('Grace Hopper');
  });

  it('a name typed without accents is a close match, counted and listed to check', () => {
    const c = claim(m, 'Jose Garcia Marquez');
    expect(c).toMatchObject({ status: 'close', counted: true });
    expect(studentOf(c)).toBe('José García Márquez');
    expect(claimsToCheck(m)).toContain(c);
  });

  it('a name two students share is ambiguous and grades no one until the instructor chooses', () => {
    const c = claim(m, 'Wei Zhang');
    expect(c.status).toBe('ambiguous');
    expect(c.counted).toBe(false);
    expect('candidates' in c && c.candidates.map((s) => s.studentId)).toEqual(['s1000004', 's1000005']);
    const chosen = matchRoster(canvas, ranking, { [claimKey('Wei Zhang')]: 7 });
    expect(claim(chosen, 'Wei Zhang')).toMatchObject({ status: 'chosen', counted: true });
    expect(chosen.students.find((s) => s.student.row === 7)!.run?.name).toBe('Wei Zhang');
    expect(chosen.students.find((s) => s.student.row === 6)!.run).toBeNull();
  });

  it('an alias is never matched on its own; the instructor gives it to a student', () => {
    expect(claim(m, 'Blue Falcon')).toMatchObject({ status: 'alias', counted: false });
    const given = matchRoster(canvas, ranking, { [claimKey('Blue Falcon')]: 11 });
    expect(given.students.find((s) => s.student.row === 11)!.run?.name).toBe('Blue Falcon');
  });

  it('a team is matched member by member, each graded on the team\u2019s run', () => {
    for (const member of ['Søren Øyelaran', "Siobhan O'Brien", 'Lukasz Wojcik']) {
      const c = claim(m, `The Optimists / ${member}`);
      expect(c.counted, member).toBe(true);
    }
    const graded = m.students.filter((s) => s.run?.name === 'The Optimists').map((s) => s.student.name);
    expect(graded).toEqual([
      'Søren Øyelaran',
      'Siobhán O\u2019Brien'.replace('\u2019', "'"),
      'Łukasz Wójcik',
    ]);
  });

  it('one word of a name is only a suggestion; a name not on the roster matches no one', () => {
    expect(claim(m, 'Grace')).toMatchObject({ status: 'suggested', counted: false });
    expect(studentOf(claim(m, 'Grace'))).toBe('Grace Hopper');
    expect(claim(m, 'Linus Torvalds')).toMatchObject({ status: 'none', counted: false });
    const out = matchRoster(canvas, ranking, { [claimKey('Linus Torvalds')]: 'none' });
    expect(claim(out, 'Linus Torvalds').status).toBe('not-in-roster');
  });

  it('lists the students with no run', () => {
    const none = m.students.filter((s) => !s.run).map((s) => s.student.name);
    expect(none).toEqual([
      'Wei Zhang',
      'Wei Zhang',
      'Thị Minh Khai Nguyễn',
      "Mallory =2+5+cmd|' /C calc'!A0",
    ]);
  });
});

describe('matching to a Moodle roster', () => {
  it('part of a long name (two of its words) is a close match', () => {
    const m = matchRoster(moodle, rank([{ name: 'María Pérez' }]));
    const c = claim(m, 'María Pérez');
    expect(c).toMatchObject({ status: 'close', how: 'part of the name (María José Pérez López)' });
  });

  it('the name last name first is a sure match', () => {
    const m = matchRoster(moodle, rank([{ name: 'Hopper Grace' }]));
    expect(claim(m, 'Hopper Grace')).toMatchObject({ status: 'exact', how: 'same name, last name first' });
  });

  it('a student claimed by two runs (their name, and their e-mail typed as a name) is graded on the earlier', () => {
    const m = matchRoster(
      moodle,
      rank([
        { name: 'Ada Lovelace', startedAfter: 30, bot: 'frugal' },
        { name: 'ada.lovelace@uni.example', startedAfter: 0 },
      ]),
    );
    const ada = m.students.find((s) => s.student.name === 'Ada Lovelace')!;
    expect(ada.runs.map((r) => r.name)).toEqual(['ada.lovelace@uni.example', 'Ada Lovelace']);
    expect(ada.run?.name).toBe('ada.lovelace@uni.example');
    expect(
      claimsToCheck(m)
        .map((c) => c.label)
        .sort(),
    ).toEqual(['Ada Lovelace', 'ada.lovelace@uni.example']);
  });

  it('a student whose run was rejected is listed with the reason', () => {
    const late = botRun(comp, 'Grace Hopper', 'steady', { turns: 4, startedAt: T0, secondsPerTurn: 1200 });
    const m = matchRoster(moodle, rank([{ name: 'Ada Lovelace' }], [encodeRunCode(late)]));
    const grace = m.students.find((s) => s.student.name === 'Grace Hopper')!;
    expect(grace.run).toBeNull();
    expect(grace.rejected).toMatch(/^over the time limit: /);
  });
});
