/**
 * Release codes: how an instructor opens the next round of a competition played in rounds, short enough to write
 * on the board: `TRR-2-05-9WZP`
 *   TRR    a release code
 *   2      the round it opens (one base-32 digit; round 1 needs none)
 *   05     the inject: the scenario's event card that fires for everyone at the round's start, as its position
 *          in the scenario's list plus one (two base-32 digits); 00 for none
 *   9WZP   check: 20 bits of a hash of the competition id, the round and the card's id, so a typo, or the code
 *          of another competition, is refused instead of opening the round with another card.
 * Case, spaces and hyphens do not matter, and O, I and L are read as 0, 1 and 1 (as in short codes).
 *
 * The check is not a secret: a student who reads this file can make a code that their own game accepts. It does
 * not help them: the leaderboard compares the releases a run was played with against the ones the instructor
 * gave, and re-plays the injects (verify.ts). Pure.
 */
import type { EventDef, Scenario } from '../engine/index.ts';
import { stopsOf, type Competition } from './competition.ts';
import { CROCKFORD, crockfordCheck, normaliseShortCode } from './short-code.ts';

const PREFIX = 'TRR';
const CODE_LENGTH = PREFIX.length + 1 + 2 + 4;

export interface Release {
  /** The round it opens: 2 for the round after the first stop. */
  round: number;
  /** The event card fired for everyone at the round's start, or null. */
  inject: string | null;
  /** The code, written as the instructor gives it (TRR-2-05-9WZP). */
  code: string;
}

export type DecodedRelease = { ok: true; release: Release } | { ok: false; message: string };

/** The cards an instructor may inject: every event that can fire on its own (a follow-up needs its cause). */
export function injectableEvents(scenario: Scenario): EventDef[] {
  return scenario.events.filter((e, i) => !e.followUpOnly && i + 1 < 32 * 32);
}

function check(c: Competition, round: number, inject: string | null): string {
  return crockfordCheck({ v: 1, competition: c.id, round, inject: inject ?? '' });
}

/** The rounds a competition has: one more than its stops. */
export function roundCount(c: Competition): number {
  return stopsOf(c).length + 1;
}

/** The release code that opens `round` of `c`, with `inject` (an injectable event id) or none. */
export function releaseCode(
  c: Competition,
  scenario: Scenario,
  round: number,
  inject: string | null,
): string {
  if (!Number.isSafeInteger(round) || round < 2 || round > roundCount(c))
    throw new Error(`this competition has no round ${round} to release`);
  const index = inject === null ? -1 : scenario.events.findIndex((e) => e.id === inject);
  if (inject !== null && !injectableEvents(scenario).some((e) => e.id === inject))
    throw new Error(`the scenario has no event \u201c${inject}\u201d that can be injected`);
  const card = CROCKFORD[(index + 1) >> 5]! + CROCKFORD[(index + 1) & 31]!;
  return [PREFIX, CROCKFORD[round], card, check(c, round, inject)].join('-');
}

/** Whether typed text is meant as a release code (rather than a competition code or a run code). */
export function looksLikeRelease(text: string): boolean {
  return normaliseShortCode(text).startsWith(PREFIX);
}

const fail = (message: string): DecodedRelease => ({ ok: false, message });

/** Reads a release code of competition `c` on `scenario`, as typed. Never throws. */
export function decodeRelease(text: string, c: Competition, scenario: Scenario): DecodedRelease {
  const code = normaliseShortCode(text);
  if (!code.startsWith(PREFIX))
    return fail('This is not a release code: a release code starts with TRR (for example TRR-2-00-4KQ7).');
  if (![...code.slice(PREFIX.length)].every((ch) => CROCKFORD.includes(ch)))
    return fail('This release code has characters that release codes never use. Check it again.');
  if (code.length !== CODE_LENGTH)
    return fail(
      `A release code has ${CODE_LENGTH - PREFIX.length} letters and digits after TRR; this one has ${code.length - PREFIX.length}. Check it again.`,
    );
  const round = CROCKFORD.indexOf(code[PREFIX.length]!);
  const index =
    CROCKFORD.indexOf(code[PREFIX.length + 1]!) * 32 + CROCKFORD.indexOf(code[PREFIX.length + 2]!) - 1;
  const event = index >= 0 ? scenario.events[index] : undefined;
  const inject = event ? event.id : null;
  const typo =
    'This release code has a typo, or belongs to another competition. Check every character again.';
  if ((index >= 0 && !event) || check(c, round, inject) !== code.slice(CODE_LENGTH - 4)) return fail(typo);
  if (round < 2 || round > roundCount(c) || (event && event.followUpOnly)) return fail(typo);
  return { ok: true, release: { round, inject, code: releaseCode(c, scenario, round, inject) } };
}
