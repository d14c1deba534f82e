/**
 * One poisoned run never stops the others: a run holding a number beyond a double's range or lists nested
 * 400,000 deep is refused with a reason before anything recursive (the checksum, the engine) reads it, and a
 * batch judges every run alone.
 */
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRunCode, encodeRunFile, rankRuns, verifyRun } from '../../src/replay/index.ts';
import { botRun, competition, target } from './helpers.ts';
import { codeAround, HUGE_NUMBER, nested, runTextWith } from './hostile.ts';

const c = competition();
const t = target(c);
const ada = botRun(c, 'Ada', 'steady', { turns: 6 });
const eve = botRun(c, 'Eve', 'frugal', { turns: 6 });

const DAMAGED = 'the code or file is damaged and cannot be read';

describe('decodeRun refuses what it cannot safely read, never throwing', () => {
  it('a number beyond the range of a double (1e400), in a file or a code', () => {
    const text = runTextWith(eve, HUGE_NUMBER);
    for (const input of [text, codeAround(text)]) {
      expect(decodeRun(input)).toEqual({
        ok: false,
        problem: 'corrupt',
        message: `${DAMAGED} (it holds a number out of range, such as 1e400)`,
        name: 'Eve',
      });
    }
  });

  it('lists nested 400,000 deep, and anything deeper than 32 levels', () => {
    for (const depth of [400_000, 40]) {
      const text = runTextWith(eve, nested(depth));
      for (const input of [text, codeAround(text)]) {
        expect(decodeRun(input)).toMatchObject({
          ok: false,
          problem: 'corrupt',
          message: `${DAMAGED} (nested more than 32 levels deep)`,
        });
      }
    }
  });

  it('a real run still decodes unchanged', () => {
    expect(decodeRun(encodeRunFile(ada))).toEqual({ ok: true, run: ada });
    expect(decodeRun(encodeRunCode(ada))).toEqual({ ok: true, run: ada });
  });
});

describe('a batch judges every run alone', () => {
  it('ranks the good runs and rejects each poisoned one with its reason', () => {
    const inputs = [
      encodeRunCode(ada),
      runTextWith(eve, HUGE_NUMBER),
      codeAround(runTextWith(eve, nested(400_000))),
      encodeRunFile(eve),
    ];
    const results = inputs.map((input) => verifyRun(input, t));
    const { ranked, rejected } = rankRuns(results.map((result, i) => ({ source: `run ${i + 1}`, result })));
    expect(ranked.map((r) => r.name).sort()).toEqual(['Ada', 'Eve']);
    expect(rejected.map((r) => [r.source, r.name, r.reason])).toEqual([
      ['run 2', 'Eve', `truncated or corrupt: ${DAMAGED} (it holds a number out of range, such as 1e400)`],
      ['run 3', undefined, `truncated or corrupt: ${DAMAGED} (nested more than 32 levels deep)`],
    ]);
  });

  it('a run that makes verification itself fail is rejected as such, not thrown', () => {
    // A run object handed over already decoded (the worker's path) whose decisions cannot even be hashed.
    const poisoned = {
      ...ada,
      turns: [{ decisions: [{ type: 'plan/allocate', n: Infinity }], at: ada.startedAt }],
    };
    const result = verifyRun(poisoned as never, t);
    expect(result).toMatchObject({ ok: false, kind: 'unchecked', name: 'Ada' });
    if (!result.ok) expect(result.reason).toMatch(/^could not be checked: .*non-finite/);
  });
});
