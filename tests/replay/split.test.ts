/**
 * Pasting run codes into the leaderboard: a code ends at its check, so the text around it (a greeting, a
 * signature, the next code) never damages it, while line breaks inside a code (e-mail wrapping) still do not
 * matter. Damage is still caught when the code travels inside text: every piece is rejected, or is the same run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRunCode, encodeRunFile, splitRunCodes, verifyRun } from '../../src/replay/index.ts';
import { botRun, competition, target } from './helpers.ts';

const c = competition();
const t = target(c);
const run = botRun(c, 'Ada', 'move-fast', { turns: 8 });
const code = encodeRunCode(run);
const other = encodeRunCode(botRun(c, 'Grace', 'steady', { turns: 5 }));

const verified = (text: string) => splitRunCodes(text).map((piece) => verifyRun(piece, t));

describe('a run code pasted with text around it', () => {
  it('ends at its check: a signature after it does not damage it', () => {
    expect(splitRunCodes(`${code}\nThanks, Ada`)).toEqual([code]);
    expect(verified(`${code}\nThanks, Ada`).map((r) => r.ok)).toEqual([true]);
    expect(splitRunCodes(`${code}Thanks`)).toEqual([code]);
    expect(splitRunCodes(`${code}. See you on Monday.`)).toEqual([code]);
  });

  it('a whole e-mail: greeting, code, signature, another code', () => {
    const mail = `Hi prof, here is my code:\n\n${code}\n\nThanks, Ada\n--\nSent from my phone\n${other}\nbye`;
    expect(splitRunCodes(mail)).toEqual([code, other]);
  });

  it('line breaks and spaces inside a code, even inside its check, still do not matter', () => {
    const wrapped = `${code.slice(0, -5)}\n${code.slice(-5)}`.match(/.{1,60}/gs)!.join('\n');
    const pieces = splitRunCodes(`Here:\n${wrapped}\nThanks, Ada`);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.replace(/\s+/g, '')).toBe(code);
    expect(verifyRun(pieces[0]!, t).ok).toBe(true);
  });

  it('a fragment that looks like part of a code is kept, so its rejection is shown', () => {
    const broken = `TRUN ${code.slice(4)}`; // the prefix was mangled
    expect(splitRunCodes(`Hi,\n${broken}\nThanks`)).toEqual([broken]);
    expect(splitRunCodes('hello\nTRUN2.abc.1234')).toEqual(['TRUN2.abc.1234']);
  });

  it('a pasted run file still comes back whole; blank text gives nothing', () => {
    expect(splitRunCodes(encodeRunFile(run))).toEqual([encodeRunFile(run).trim()]);
    expect(splitRunCodes(' \n ')).toEqual([]);
  });
});

const words = fc
  .array(
    fc.constantFrom('Thanks', 'Ada', 'hi', 'prof,', 'here', 'is', 'my', 'code:', '--', 'Best,', 'ok', '42.'),
    { maxLength: 8 },
  )
  .map((w) => w.join(' '));
const gap = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t');

describe('properties of codes inside text', () => {
  it('any prose before and after a code leaves exactly that code, which verifies', () => {
    fc.assert(
      fc.property(words, gap, words, gap, (before, g1, after, g2) => {
        const pieces = splitRunCodes(`${before}${g1}${code}${g2}${after}`);
        expect(pieces).toEqual([code]);
      }),
      { numRuns: 200, seed: 20250303 },
    );
  });

  it('a damaged code inside text is rejected or is the same run (never another score)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: code.length - 1 }),
        fc.constantFrom(...'AZaz09-_. \nfx'.split('')),
        words,
        (i, ch, after) => {
          const damaged = code.slice(0, i) + ch + code.slice(i + 1);
          for (const r of verified(`${damaged}\n${after}`)) {
            if (r.ok) expect(r.run).toEqual(run);
          }
        },
      ),
      { numRuns: 300, seed: 20250304 },
    );
  });
});
