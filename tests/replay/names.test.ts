/**
 * One run per name, whatever the name is made of: invisible characters, compatibility forms and case never make
 * a second person; a name with no visible letter is refused; names that only look alike, and runs with the very
 * same decisions under two names, are flagged for the instructor (ranked, not rejected).
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  cleanName,
  encodeRunCode,
  flagText,
  mixedScripts,
  nameProblem,
  nameSkeleton,
  rankRuns,
  rankingCsv,
  sealRun,
  verifyRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { botRun, competition, T0, target } from './helpers.ts';

/** The look-alikes of "Ada": invisible characters around or inside it, full-width letters, upper case. */
const SAME_AS_ADA = [
  'Ada\u200b',
  '\u200bAda',
  'A\u200dda',
  'Ada\u2060',
  'Ａｄａ',
  'ADA',
  ' Ada ',
  'A\u00adda',
];
const INVISIBLE = ['\u200b', '\u2800', '\u3164', '\u200b \u2800\u3164', '\u115f\u1160', '\ufe0f'];

describe('canonicalName', () => {
  it('makes every invisible, compatibility or case variant of a name the same name', () => {
    for (const name of SAME_AS_ADA) expect(canonicalName(name), JSON.stringify(name)).toBe('ada');
    expect(canonicalName('𝐀𝐝𝐚 Lovelace')).toBe('ada lovelace');
  });

  it('keeps different names apart, accents and other alphabets included', () => {
    expect(canonicalName('José')).not.toBe(canonicalName('Jose'));
    expect(canonicalName('\u0410da')).not.toBe('ada'); // Cyrillic А: a different name that looks the same
  });
});

describe('nameProblem', () => {
  it('refuses names with no visible letter', () => {
    for (const name of INVISIBLE)
      expect(nameProblem(name), JSON.stringify(name)).toBe('Your name needs at least one letter.');
    expect(nameProblem('007')).toBe('Your name needs at least one letter.');
  });

  it('refuses controls, line separators and bidi controls; accepts names in any script', () => {
    for (const name of ['Ada\u202eecalevoL', 'Ada\u2028', 'Eve\u009b2J', 'A\u200fda', 'A\u2067da'])
      expect(nameProblem(name), JSON.stringify(name)).toBe('Use letters, digits and spaces.');
    for (const name of ['Ada', 'José Núñez', '李雷', 'Ада', 'عليّ', 'Zoë 2', '=HYPERLINK("x")'])
      expect(nameProblem(name), name).toBeNull();
  });

  it('cleanName never cuts a character in two', () => {
    const name = `${'x'.repeat(39)}😀`;
    expect(cleanName(name)).toBe('x'.repeat(39));
    expect(nameProblem(cleanName(name))).toBeNull();
  });
});

describe('look-alikes', () => {
  it('a Cyrillic or Greek letter in a Latin name shares its skeleton and is named as mixed', () => {
    expect(nameSkeleton('\u0410da')).toBe(nameSkeleton('Ada'));
    expect(nameSkeleton('\u0391\u03b4a')).not.toBe(nameSkeleton('Ada')); // δ does not look like d
    expect(nameSkeleton('B\u03bfb')).toBe(nameSkeleton('Bob'));
    expect(mixedScripts('\u0410da')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScripts('Ада')).toEqual([]);
    expect(mixedScripts('山田 はなこ')).toEqual([]);
  });
});

describe('the ranking', () => {
  const c = competition();
  const t = target(c);
  const ada = botRun(c, 'Ada', 'steady', { turns: 8 });
  const grace = botRun(c, 'Grace', 'move-fast', { turns: 8 });
  const as = (run: RunFile, name: string, minutesLater: number): RunFile =>
    sealRun({
      ...run,
      name,
      startedAt: T0 + minutesLater * 60_000,
      turns: run.turns.map((x) => ({ ...x, at: x.at + minutesLater * 60_000 })),
    });
  const rank = (runs: RunFile[]) =>
    rankRuns(runs.map((r, i) => ({ source: `code ${i + 1}`, result: verifyRun(encodeRunCode(r), t) })));

  it('keeps one run for Ada and her invisible, full-width and upper-case variants', () => {
    const variants = SAME_AS_ADA.map((name, i) => as(grace, name, i + 1));
    const { ranked, rejected } = rank([ada, ...variants]);
    expect(ranked.map((r) => r.name)).toEqual(['Ada']);
    expect(rejected.map((r) => r.reason)).toEqual(
      SAME_AS_ADA.map(() => 'duplicate name: Ada already has a run started earlier'),
    );
  });

  it('refuses runs under a name with no visible letter', () => {
    const { ranked, rejected } = rank([ada, ...INVISIBLE.map((name, i) => as(grace, name, i + 1))]);
    expect(ranked.map((r) => r.name)).toEqual(['Ada']);
    expect(new Set(rejected.map((r) => r.reason))).toEqual(
      new Set(['truncated or corrupt: the player name is empty, too long, unreadable or without a letter']),
    );
  });

  it('ranks a look-alike name but flags both, in the CSV too', () => {
    const { ranked } = rank([ada, as(grace, '\u0410da', 1)]);
    const flags = Object.fromEntries(ranked.map((r) => [r.name, r.flags.map(flagText)]));
    expect(flags).toEqual({
      Ada: ['looks like \u0410da'],
      '\u0410da': ['looks like Ada (Latin and Cyrillic letters)'],
    });
    const csv = rankingCsv({ ranked, rejected: [] }).split('\r\n');
    expect(csv[0]!.endsWith(',verdict,flags')).toBe(true);
    expect(
      csv.slice(1, 3).some((line) => line.endsWith(',accepted,looks like Ada (Latin and Cyrillic letters)')),
    ).toBe(true);
  });

  it('flags a mixed-script name alone, and the same decisions under two names', () => {
    const { ranked } = rank([ada, as(ada, 'B\u03bfb', 1), grace]);
    const flags = Object.fromEntries(ranked.map((r) => [r.name, r.flags.map(flagText)]));
    expect(flags).toEqual({
      Ada: ['same decisions as B\u03bfb, turn by turn'],
      'B\u03bfb': ['mixes Latin and Greek letters', 'same decisions as Ada, turn by turn'],
      Grace: [],
    });
  });

  it('does not flag runs that made no decision at all as the same', () => {
    const idle = [botRun(c, 'Ann', 'idle', { turns: 8 }), botRun(c, 'Ben', 'idle', { turns: 8 })];
    expect(idle.every((r) => r.turns.every((x) => x.decisions.length === 0))).toBe(true);
    const { ranked } = rank(idle);
    expect(ranked.map((r) => r.flags)).toEqual([[], []]);
  });
});
