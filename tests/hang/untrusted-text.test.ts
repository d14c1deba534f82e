/**
 * Every regular expression that reads untrusted text, fed the pathological input of the largest size its entry
 * point accepts: scenario files (1 MB), competition links (1,000,000 characters), run codes and files and pasted
 * batches (2,000,000), names, save files (2 MB). Each answers with its usual verdict, in a worker stopped after
 * 60 s (a backtracking pattern takes minutes to hours on these); `npm run bench:hostile` prints how long the
 * largest cases take. Every pattern used on such text matches in one pass: no nested or overlapping repetition
 * (`[ \t]+#.*$` over a line of blanks was the kind that was not).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { HangGuard } from './guard.ts';

const guard = new HangGuard(new URL('./tasks.ts', import.meta.url).href);
afterAll(() => guard.close());

const MB = 1_000_000;
const fill = (unit: string, size: number): string => unit.repeat(Math.floor(size / unit.length));
const head = 'id: tiny\ntitle: Tiny\nturns: 10\n';

async function scenario(text: string, name = 'evil.yaml'): Promise<string[] | null> {
  return guard.call<string[] | null>('scenarioProblems', text, name);
}

describe('scenario files of 1 MB', () => {
  it('a block-text header after a line of blanks (layout scan)', async () => {
    const found = await scenario(`${head}summary: a${fill(' >', MB - 100)}\n`);
    expect(found![0]).toMatch(/^evil\.yaml:4:10: summary: too long/);
  });

  it('a condition with a run of blanks inside', async () => {
    const found = await scenario(`${head}events:\n  - when: ["users >= 1${fill(' ', MB - 100)}x"]\n`);
    expect(found!.some((p) => /when\[0\]: .*too long: \d+ characters \(at most 200\)/.test(p))).toBe(true);
  });

  it('a number written as 1 MB of digits inside quotes', async () => {
    const found = await scenario(`id: tiny\ntitle: Tiny\nturns: "${fill('1', MB - 100)}.x"\n`);
    expect(found).toEqual([
      'evil.yaml:3:8: turns: expected a number, got the string "1111111111111111111111111111111111111111…"',
    ]);
  });

  it('JSON: a number of 1 MB of digits, and 1 MB of blanks inside an object', async () => {
    expect(await scenario(`{"id": ${fill('1', MB - 100)}}`, 'evil.json')).toEqual([
      'evil.json:1:8: JSON syntax: a number longer than 400 characters',
    ]);
    expect(await scenario(`{"id":${fill(' ', MB - 100)}`, 'evil.json')).toEqual([
      expect.stringMatching(/^evil\.json:1:\d+: JSON syntax: unexpected end of file; expected a value$/),
    ]);
  });
});

describe('competition links and codes of 1,000,000 characters', () => {
  const cases: [string, string, string][] = [
    ['blanks', fill(' ', MB), 'truncated'],
    [
      'a link whose payload is one letter repeated',
      `https://x/#c=1.${fill('A', MB - 30)}.0123abcd`,
      'checksum',
    ],
    ['dots', fill('.', MB), 'corrupt'],
    ['hashes', fill('#', MB), 'corrupt'],
    ['a short code of hyphens', `TR1${fill('-', MB - 3)}`, 'truncated'],
    ['one character too many', fill('c', MB + 1), 'too-large'],
  ];
  it.each(cases)('%s', async (_name, text, verdict) => {
    expect(await guard.call('competitionVerdict', text)).toBe(verdict);
  });
});

describe('run codes and files of 2,000,000 characters', () => {
  const cases: [string, string, RegExp][] = [
    ['blanks', fill(' ', 2 * MB), /^truncated/],
    ['a code of one letter repeated', `TRUN2.${fill('A', 2 * MB - 20)}.0123abcd`, /^corrupt/],
    ['a code whose blanks are everywhere', `TRUN2.${fill('A \n', 2 * MB - 20)}`, /^truncated/],
    ['a file of blanks between braces', `{${fill(' ', 2 * MB - 2)}}`, /^not-a-run/],
    [
      'a file of 1,000,000 nested lists',
      `{"a":${fill('[', MB - 10)}${fill(']', MB - 10)}}`,
      /^corrupt: .*nested more than 32/,
    ],
    ['a file of quotes', `{${fill('"', 2 * MB - 1)}`, /^truncated/],
  ];
  it.each(cases)('%s', async (_name, text, verdict) => {
    expect(await guard.call<string>('runVerdict', text)).toMatch(verdict);
  });

  const pasted: [string, string, [number, number]][] = [
    ['a prefix then blanks', `TRUN1.${fill(' ', 2 * MB - 6)}`, [1, 6]],
    ['prefixes end to end', fill('TRUN', 2 * MB), [1, 2 * MB]],
    ['23-letter tokens (just short of looking like a code)', fill(`${'aB3'.repeat(7)}aB `, 2 * MB), [0, 0]],
    ['a code cut by dots and blanks', `TRUN2.${fill('. ', 2 * MB - 6)}`, [1, 7]],
  ];
  it.each(pasted)('pasted: %s', async (_name, text, pieces) => {
    expect(await guard.call('pastedPieces', text)).toEqual(pieces);
  });
});

describe('names', () => {
  const cases: [string, string, string | null][] = [
    ['1,000,000 blanks', fill(' ', MB), 'Use at most 40 characters.'],
    ['1,000,000 zero-width spaces', fill('\u200b', MB), 'Use at most 40 characters.'],
    ['combining accents', fill('a\u0301', MB), 'Use at most 40 characters.'],
    ['mixed alphabets', fill('\u0410a', MB), 'Use at most 40 characters.'],
  ];
  it.each(cases)('%s', async (_name, name, problem) => {
    const [found] = await guard.call<[string | null]>('nameChecks', name);
    expect(found).toBe(problem);
  });
});

describe('save files of 2 MB', () => {
  const cases: [string, string, string][] = [
    ['blanks', fill(' ', 2 * MB), 'truncated'],
    ['1,000,000 nested lists', `${fill('[', MB)}${fill(']', MB)}`, 'corrupt'],
    ['a number out of range', `{"format":"tradeoffs-save","formatVersion":3,"n":1e400}`, 'corrupt'],
    ['an unclosed string of quotes', `{"format":"${fill('\\"', 2 * MB)}`, 'truncated'],
  ];
  it.each(cases)('%s', async (_name, text, verdict) => {
    expect(await guard.call('saveVerdict', text)).toBe(verdict);
  });
});

describe('text for spreadsheets, terminals and the briefing (2,000,000 characters)', () => {
  it('blanks before a formula, quotes, bidi overrides', async () => {
    expect(await guard.call('textLengths', `${fill(' ', 2 * MB)}=1`)).toEqual([2 * MB + 3, 2 * MB + 2, 1]);
    expect(await guard.call('textLengths', fill('"', 2 * MB))).toEqual([4 * MB + 2, 2 * MB, 1]);
    expect(await guard.call('textLengths', fill('\u202e', 2 * MB))).toEqual([2 * MB, 12 * MB, 1]);
  });
});
