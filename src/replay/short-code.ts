/**
 * Short competition codes, to read out or write on a board: `TR1-2-K7M2QX-045-9WZP`
 *   TR1     format and version
 *   2       the built-in scenario's position in the game's list (one base-32 digit)
 *   K7M2QX  the seed: six characters of Crockford's base 32 (no I, L, O or U)
 *   045     the time limit in minutes (000 = none)
 *   9WZP    check: 20 bits of a hash of all of the above and the scenario's content hash, so a typo, or a
 *           code made by another version of the game, is refused instead of opening another world.
 * Case, spaces and hyphens do not matter, and O, I and L are read as 0, 1 and 1. Custom scenarios do not fit in
 * a short code: they need the link. Pure.
 */
import { canonicalJson, hashString } from '../lib/hash.ts';

/** Crockford's base 32: digits and letters without I, L, O and U. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_SEED_LENGTH = 6;
const PREFIX = 'TR1';
const CHECK_LENGTH = 4;
const CODE_LENGTH = PREFIX.length + 1 + SHORT_SEED_LENGTH + 3 + CHECK_LENGTH;

export interface ScenarioRef {
  id: string;
  hash: string;
}

export type ShortCodeProblem = 'truncated' | 'corrupt' | 'checksum' | 'version';

export type DecodedShortCode =
  | { ok: true; scenario: ScenarioRef; seed: string; timeLimitMinutes: number }
  | { ok: false; problem: ShortCodeProblem; message: string };

/** A seed that fits in a short code: six characters of Crockford's base 32, upper case. */
export function isShortSeed(seed: string): boolean {
  return seed.length === SHORT_SEED_LENGTH && [...seed].every((c) => CROCKFORD.includes(c));
}

/** Draws a short seed from `random` (uniform in [0, 1)): the UI passes its own randomness, never the engine's. */
export function drawShortSeed(random: () => number): string {
  let seed = '';
  for (let i = 0; i < SHORT_SEED_LENGTH; i++) seed += CROCKFORD[Math.floor(random() * 32) % 32];
  return seed;
}

/** Four characters of Crockford's base 32 from the first 20 bits of a hash of `value` (a typo check). */
export function crockfordCheck(value: unknown): string {
  const bits = parseInt(hashString(canonicalJson(value)).slice(0, 5), 16);
  let out = '';
  for (let i = CHECK_LENGTH - 1; i >= 0; i--) out += CROCKFORD[(bits >> (5 * i)) & 31];
  return out;
}

function check(scenario: ScenarioRef, index: number, seed: string, minutes: number): string {
  return crockfordCheck({ v: 1, index, id: scenario.id, hash: scenario.hash, seed, minutes });
}

export type ShortCodeResult = { ok: true; code: string } | { ok: false; reason: string };

/** The short code of a competition on a built-in scenario, or why it has none (then only the link works). */
export function shortCodeFor(
  scenarioHash: string,
  seed: string,
  timeLimitMinutes: number,
  builtIns: readonly ScenarioRef[],
  isCustom: boolean,
): ShortCodeResult {
  const index = builtIns.findIndex((s) => s.hash === scenarioHash);
  if (isCustom || index < 0)
    return { ok: false, reason: 'A custom scenario travels only inside the link: share the link.' };
  if (index >= 32) return { ok: false, reason: 'This scenario is beyond the first 32: share the link.' };
  if (!isShortSeed(seed))
    return {
      ok: false,
      reason: 'Short codes need a drawn seed (six letters and digits); this seed works with the link only.',
    };
  if (timeLimitMinutes > 999) return { ok: false, reason: 'The time limit is too long for a short code.' };
  const scenario = builtIns[index]!;
  const minutes = String(timeLimitMinutes).padStart(3, '0');
  const code = [PREFIX, CROCKFORD[index], seed, minutes, check(scenario, index, seed, timeLimitMinutes)];
  return { ok: true, code: code.join('-') };
}

/** Upper case, no spaces or hyphens, O read as 0 and I or L as 1. */
export function normaliseShortCode(text: string): string {
  return text
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Whether pasted text is meant as a short code rather than a link. */
export function looksLikeShortCode(text: string): boolean {
  return /^TR\d/.test(normaliseShortCode(text.slice(0, 12)));
}

const MESSAGES: Record<ShortCodeProblem, string> = {
  truncated: 'This code is too short: a competition code has 17 letters and digits (TR1-…). Check it again.',
  corrupt: 'This is not a competition code: it has characters that codes never use, or too many.',
  checksum: 'This code has a typo, or was made by another version of the game. Check every character again.',
  version: 'This code was made by a newer version of Tradeoffs. Reload the page to get the newest version.',
};

function fail(problem: ShortCodeProblem): DecodedShortCode {
  return { ok: false, problem, message: MESSAGES[problem] };
}

export function decodeShortCode(text: string, builtIns: readonly ScenarioRef[]): DecodedShortCode {
  const code = normaliseShortCode(text);
  if (!code.startsWith(PREFIX)) return fail(/^TR\d/.test(code) ? 'version' : 'corrupt');
  if (![...code.slice(PREFIX.length)].every((c) => CROCKFORD.includes(c))) return fail('corrupt');
  if (code.length < CODE_LENGTH) return fail('truncated');
  if (code.length > CODE_LENGTH) return fail('corrupt');
  const index = CROCKFORD.indexOf(code[PREFIX.length]!);
  const seedAt = PREFIX.length + 1;
  const seed = code.slice(seedAt, seedAt + SHORT_SEED_LENGTH);
  const minutesText = code.slice(seedAt + SHORT_SEED_LENGTH, seedAt + SHORT_SEED_LENGTH + 3);
  const given = code.slice(CODE_LENGTH - CHECK_LENGTH);
  if (!/^\d{3}$/.test(minutesText)) return fail('checksum');
  const timeLimitMinutes = Number(minutesText);
  const scenario = builtIns[index];
  if (!scenario || check(scenario, index, seed, timeLimitMinutes) !== given) return fail('checksum');
  return { ok: true, scenario: { id: scenario.id, hash: scenario.hash }, seed, timeLimitMinutes };
}
