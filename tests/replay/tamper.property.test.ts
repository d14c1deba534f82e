/**
 * Property tests of run codes and files against damage and tampering: every single-character change,
 * truncation, duplication or reordering of a valid code or file is rejected, or still decodes to the very same
 * run and is accepted unchanged; it is never accepted with another score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRunCode, encodeRunFile, verifyRun } from '../../src/replay/index.ts';
import { botRun, competition, target } from './helpers.ts';

const c = competition();
const t = target(c);
// A short game keeps each replay cheap; the codec and checks do not depend on the length.
const run = botRun(c, 'Ada', 'move-fast', { turns: 12 });
const original = verifyRun(run, t);
if (!original.ok) throw new Error(original.reason);

type Mutation = (text: string) => string;

/** Characters a mutation may put in: the code's own alphabet, JSON punctuation, digits, whitespace. */
const replacement = fc.constantFrom(...'AZaz09-_.{}[]",:0123456789 \n\teE+x'.split(''), '\u00e9');

const change = (text: string): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.nat({ max: text.length - 1 }), replacement).map(
    ([i, ch]) =>
      (s: string) =>
        s.slice(0, i) + ch + s.slice(i + 1),
  );

const truncate = (text: string): fc.Arbitrary<Mutation> =>
  fc.nat({ max: text.length - 1 }).map((n) => (s: string) => s.slice(0, n));

const duplicate = (text: string): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 40 })).map(
    ([i, len]) =>
      (s: string) =>
        s.slice(0, i + len) + s.slice(i, i + len) + s.slice(i + len),
  );

/** Swaps two adjacent pieces of the text. */
const reorder = (text: string): fc.Arbitrary<Mutation> =>
  fc
    .tuple(fc.nat({ max: text.length - 2 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
    .map(
      ([i, a, b]) =>
        (s: string) =>
          s.slice(0, i) + s.slice(i + a, i + a + b) + s.slice(i, i + a) + s.slice(i + a + b),
    );

function expectNeverAnotherScore(text: string, mutation: fc.Arbitrary<Mutation>, runs: number): void {
  fc.assert(
    fc.property(mutation, (mutate) => {
      const mutated = mutate(text);
      if (mutated === text) return;
      const r = verifyRun(mutated, t);
      if (!r.ok) {
        expect(r.reason.length).toBeGreaterThan(10);
        return;
      }
      // Still accepted: then it must be the very same run.
      expect(r.run).toEqual(run);
      expect(r.score).toBe(original.ok && original.score);
    }),
    { numRuns: runs, seed: 20250303 },
  );
}

describe.each([
  ['run code', encodeRunCode(run)],
  ['run file', encodeRunFile(run)],
])('a damaged or edited %s', (_kind, text) => {
  it('with one character changed is rejected or the same run', () =>
    expectNeverAnotherScore(text, change(text), 600));
  it('cut short is rejected or the same run', () => expectNeverAnotherScore(text, truncate(text), 300));
  it('with a piece duplicated is rejected or the same run', () =>
    expectNeverAnotherScore(text, duplicate(text), 400));
  it('with two pieces swapped is rejected or the same run', () =>
    expectNeverAnotherScore(text, reorder(text), 400));
});

describe('every single-character change of a run code', () => {
  it('is rejected (exhaustively, one changed character per position)', () => {
    const code = encodeRunCode(run);
    for (let i = 0; i < code.length; i++) {
      const ch = code[i] === 'A' ? 'B' : 'A';
      const r = verifyRun(code.slice(0, i) + ch + code.slice(i + 1), t);
      expect(r.ok, `position ${i}`).toBe(false);
    }
  });

  it('that is only whitespace is ignored', () => {
    const code = encodeRunCode(run);
    for (let i = 1; i < code.length; i += 7) {
      expect(verifyRun(`${code.slice(0, i)}\n ${code.slice(i)}`, t).ok).toBe(true);
    }
  });
});
