/**
 * Extended time: competition keys and extended-time codes, and verification with them. A code counts only when
 * the competition's key signed it: one a student makes, edits or brings from another class is refused, saying
 * why; without the key the leaderboard judges by the normal limit and says what it would need.
 */
import { describe, expect, it } from 'vitest';
import {
  factorText,
  hostKeyText,
  makeAccommodation,
  readAccommodation,
  readHostKey,
  signedWith,
  verifyRun,
  type HostKey,
} from '../../src/replay/index.ts';
import { base64urlDecode, base64urlEncode, transportCheck } from '../../src/replay/codec.ts';
import { botRun, competition, target } from './helpers.ts';

const c = competition({ scenario: 'ship-it', minutes: 30 });
/** A fixed key (the Host screen draws one from crypto.getRandomValues). */
const keyOf = (byte: number, competitionId = c.id): HostKey => ({
  competitionId,
  key: new Uint8Array(32).fill(byte),
});
const key = keyOf(7);
const ada = makeAccommodation(c, 'Ada Lovelace', 200, key);

/** A 26-turn run at 2 minutes a turn, as the game writes it: 52 minutes, over 30 but within 2 x 30. */
function written(accommodation?: string, name = 'Ada Lovelace') {
  return botRun(c, name, 'steady', { secondsPerTurn: 120, ...(accommodation ? { accommodation } : {}) });
}

describe('competition keys', () => {
  it('round-trip as text, also inside a key file with comments', () => {
    const text = hostKeyText(key);
    expect(text).toMatch(/^TRK1\.[0-9a-f]{16}\.[A-Za-z0-9_-]{43}\.[0-9a-f]{8}$/);
    expect(readHostKey(`# Tradeoffs competition key\n${text}\n`)).toEqual({ ok: true, value: key });
  });

  it('refuse a damaged key and text that is no key', () => {
    const text = hostKeyText(key);
    const damaged = text.slice(0, 30) + (text[30] === 'A' ? 'B' : 'A') + text.slice(31);
    expect(readHostKey(damaged)).toMatchObject({ ok: false, message: /damaged/ });
    expect(readHostKey('hello')).toMatchObject({ ok: false, message: /not a competition key/ });
  });
});

describe('extended-time codes', () => {
  it('name the competition, the student and the factor, readable without the key', () => {
    expect(ada).toMatch(/^TRX1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}\.[0-9a-f]{8}$/);
    const wrapped = `${ada.slice(0, 30)}\n  ${ada.slice(30)} `;
    expect(readAccommodation(wrapped)).toEqual({
      ok: true,
      value: { competitionId: c.id, name: 'Ada Lovelace', factor: 200, code: ada },
    });
    expect(factorText(150)).toBe('1.5\u00d7');
    expect(signedWith({ competitionId: c.id, name: 'Ada Lovelace', factor: 200, code: ada }, key)).toBe(true);
  });

  it('refuse a damaged or cut code where it is typed', () => {
    expect(readAccommodation(ada.slice(0, -3))).toMatchObject({ ok: false, message: /incomplete/ });
    const at = 12;
    const damaged = ada.slice(0, at) + (ada[at] === 'A' ? 'B' : 'A') + ada.slice(at + 1);
    expect(readAccommodation(damaged)).toMatchObject({ ok: false, message: /damaged/ });
    expect(readAccommodation('TR1-1-K7M2QX-030-ABCD')).toMatchObject({
      ok: false,
      message: /not an extended-time/,
    });
  });

  it('are only made for a real name, a factor on offer and this competition\u2019s key', () => {
    expect(() => makeAccommodation(c, '  ', 200, key)).toThrow(/Enter your name/);
    expect(() => makeAccommodation(c, 'Ada', 300, key)).toThrow(/no 300%/);
    expect(() => makeAccommodation(c, 'Ada', 150, keyOf(7, 'ffffffffffffffff'))).toThrow(
      /another competition/,
    );
  });
});

/** A code a student made from the public format: the factor changed, the transport check made again. */
function forged(code: string, factor: number): string {
  const [, payload, tag] = code.split('.') as [string, string, string];
  const json = JSON.parse(new TextDecoder().decode(base64urlDecode(payload)!)) as Record<string, unknown>;
  const edited = base64urlEncode(new TextEncoder().encode(JSON.stringify({ ...json, f: factor })));
  const body = `TRX1.${edited}.${tag}`;
  return `${body}.${transportCheck(body)}`;
}

describe('verification with extended time', () => {
  it('accepts a 2\u00d7 student whose turns ran past the normal limit, when the key signed the code', () => {
    const r = verifyRun(written(ada), target(c, { hostKey: key }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.minutesUsed).toBeCloseTo(52, 6);
    expect(r.extendedTime).toEqual({ factor: 200, claimed: 200, checked: true });
  });

  it('judges by the normal limit without the key, and says what it needs', () => {
    const r = verifyRun(written(ada), target(c));
    expect(r).toMatchObject({
      ok: false,
      kind: 'over-time',
      reason:
        'over the time limit: the last turn ended 52:00 after Start; the limit is 30:00; it carries an extended-time code (2\u00d7), which only the competition key can check: add the key from the Host screen',
    });
  });

  it('refuses a forged code, one from another class, and one made for someone else, saying why', () => {
    const made = makeAccommodation(c, 'Ada Lovelace', 150, key);
    const selfMade = forged(made, 200);
    expect(readAccommodation(selfMade).ok).toBe(true);
    expect(verifyRun(written(selfMade), target(c, { hostKey: key }))).toMatchObject({
      ok: false,
      kind: 'accommodation',
      reason: expect.stringMatching(
        /^extended time refused: its extended-time code \(2\u00d7\) was not made with this competition\u2019s key/,
      ),
    });
    // Same settings, another instructor: the same competition id, another key.
    const otherClass = makeAccommodation(c, 'Ada Lovelace', 200, keyOf(9));
    expect(verifyRun(written(otherClass), target(c, { hostKey: key }))).toMatchObject({
      kind: 'accommodation',
    });
    const foreign = competition({ scenario: 'ship-it', minutes: 30, seed: 'OTHER1' });
    const fromElsewhere = makeAccommodation(foreign, 'Ada Lovelace', 200, keyOf(7, foreign.id));
    expect(verifyRun(written(fromElsewhere), target(c, { hostKey: key }))).toMatchObject({
      reason:
        'extended time refused: its extended-time code is not valid here: it was made for another competition',
    });
    expect(verifyRun(written(ada, 'Grace Hopper'), target(c, { hostKey: key }))).toMatchObject({
      reason:
        'extended time refused: its extended-time code is not valid here: it was made for \u201cAda Lovelace\u201d, not \u201cGrace Hopper\u201d',
    });
  });

  it('still holds a student to their own extended limit', () => {
    const onePointFive = makeAccommodation(c, 'Ada Lovelace', 150, key);
    expect(verifyRun(written(onePointFive), target(c, { hostKey: key }))).toMatchObject({
      kind: 'over-time',
      reason:
        'over the time limit: the last turn ended 52:00 after Start; the limit is 45:00 (with 1.5\u00d7 extended time)',
    });
  });
});
