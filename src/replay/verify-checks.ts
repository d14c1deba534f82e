/**
 * The checks of a run that need no replay and concern the classroom rather than the game: its rounds (they fit
 * the competition's stops, and every round after the first was opened by a release the instructor gave), its
 * extended time (a code for this competition and this student, signed with the competition key) and its clock
 * (every round's turns ended within the round's limit). Each returns the problem as a (kind, detail) pair for
 * verify.ts to turn into a rejection, or the facts verification goes on with. Pure.
 */
import type { Scenario } from '../engine/index.ts';
import {
  accommodationMismatch,
  factorText,
  readAccommodation,
  signedWith,
  type HostKey,
} from './accommodation.ts';
import { stopsOf, type Competition } from './competition.ts';
import { decodeRelease } from './release.ts';
import type { RunFile } from './run.ts';

export interface Problem {
  kind: 'tampered' | 'competition' | 'release' | 'accommodation' | 'over-time';
  detail: string;
}

/** Slack on the time limit for a slow last click or a clock that jumped: two minutes. */
export const TIME_GRACE_MS = 2 * 60_000;

export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const s = total % 60;
  return `${Math.floor(total / 60)}:${String(s).padStart(2, '0')}`;
}

const same = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The rounds of `run` against the competition's stops and the instructor's releases (round 2 first; undefined
 * when they are not known): the inject of each round after the first, or the problem.
 */
export function roundInjects(
  run: RunFile,
  c: Competition,
  scenario: Scenario,
  releases: readonly string[] | undefined,
): { ok: true; injects: (string | null)[] } | { ok: false; problem: Problem } {
  const stops = stopsOf(c);
  const rounds = run.rounds ?? [];
  const fail = (kind: Problem['kind'], detail: string) => ({ ok: false as const, problem: { kind, detail } });
  if (!same(run.stops ?? [], stops))
    return fail('competition', 'its stops differ from the competition\u2019s');
  if (stops.length === 0 && (run.rounds !== undefined || run.checkpoint !== undefined))
    return fail('tampered', 'it has rounds, but the competition is played in one sitting');
  if (stops.length > 0 && run.rounds === undefined) return fail('tampered', 'it has no record of its rounds');
  if (rounds.length > stops.length) return fail('tampered', `it has ${rounds.length + 1} rounds`);
  if (run.checkpoint !== undefined && run.checkpoint !== stops[rounds.length])
    return fail(
      'tampered',
      `its checkpoint at turn ${run.checkpoint} is not the stop of round ${rounds.length + 1}`,
    );
  const injects: (string | null)[] = [];
  for (const [i, r] of rounds.entries()) {
    const decoded = decodeRelease(r.release, c, scenario);
    if (!decoded.ok || decoded.release.round !== i + 2)
      return fail(
        'release',
        `round ${i + 2} was opened with ${r.release}, which is not a release of round ${i + 2} of this competition`,
      );
    const given = releases?.[i];
    if (given === undefined)
      return fail(
        'release',
        `round ${i + 2} was opened with ${decoded.release.code}; add the release codes you gave the class to check it`,
      );
    if (given !== decoded.release.code)
      return fail(
        'release',
        `round ${i + 2} was opened with ${decoded.release.code}, not with your ${given}`,
      );
    injects.push(decoded.release.inject);
  }
  return { ok: true, injects };
}

export interface ExtendedTime {
  /** Percent of the time limit granted (100: none). */
  factor: number;
  /** The factor the run's code asks for (100: no code). */
  claimed: number;
  /** Whether the code's tag was checked with the competition key. */
  checked: boolean;
}

/** The extended time a run may use: its code's factor when the competition key signed it. */
export function extendedTime(
  run: RunFile,
  c: Competition,
  hostKey: HostKey | null | undefined,
): { ok: true; time: ExtendedTime } | { ok: false; problem: Problem } {
  if (run.accommodation === undefined)
    return { ok: true, time: { factor: 100, claimed: 100, checked: false } };
  const read = readAccommodation(run.accommodation);
  const fail = (detail: string) => ({
    ok: false as const,
    problem: { kind: 'accommodation' as const, detail },
  });
  if (!read.ok) return fail(`its extended-time code cannot be read (${read.message})`);
  const a = read.value;
  const mismatch = accommodationMismatch(a, c, run.name);
  if (mismatch) return fail(`its extended-time code is not valid here: ${mismatch}`);
  if (!hostKey) return { ok: true, time: { factor: 100, claimed: a.factor, checked: false } };
  if (!signedWith(a, hostKey))
    return fail(
      `its extended-time code (${factorText(a.factor)}) was not made with this competition\u2019s key: a forged or edited code, or one from another class`,
    );
  return { ok: true, time: { factor: a.factor, claimed: a.factor, checked: true } };
}

/** Where each round's turns begin and when the round started. */
function roundWindows(run: RunFile): { from: number; to: number; startedAt: number }[] {
  const rounds = run.rounds ?? [];
  const starts = [{ afterTurns: 0, startedAt: run.startedAt }, ...rounds];
  return starts.map((s, i) => ({
    from: s.afterTurns,
    to: i + 1 < starts.length ? starts[i + 1]!.afterTurns : run.turns.length,
    startedAt: s.startedAt,
  }));
}

/**
 * The turn times of a run: in order, each round's turns ended within its limit (the competition's, times the
 * extended-time factor) from the round's start. The minutes the player used, or the problem.
 */
export function timeUsed(
  run: RunFile,
  c: Competition,
  time: ExtendedTime,
): { ok: true; minutes: number } | { ok: false; problem: Problem } {
  const windows = roundWindows(run);
  const rounded = windows.length > 1;
  const limit = (c.timeLimitMinutes * 60_000 * time.factor) / 100;
  let last = run.startedAt;
  let used = 0;
  for (const [r, w] of windows.entries()) {
    const what = rounded ? `round ${r + 1}` : 'Start';
    if (w.startedAt < last)
      return {
        ok: false,
        problem: { kind: 'tampered', detail: `round ${r + 1} began before round ${r} ended` },
      };
    last = w.startedAt;
    for (let i = w.from; i < w.to; i++) {
      const at = run.turns[i]!.at;
      if (at < last)
        return {
          ok: false,
          problem: { kind: 'tampered', detail: `turn ${i + 1} ended before the turn or ${what} before it` },
        };
      last = at;
    }
    const span = last - w.startedAt;
    used += span;
    if (c.timeLimitMinutes > 0 && span > limit + TIME_GRACE_MS)
      return {
        ok: false,
        problem: { kind: 'over-time', detail: overTime(span, limit, rounded ? r + 1 : 0, time) },
      };
  }
  return { ok: true, minutes: used / 60_000 };
}

function overTime(span: number, limit: number, round: number, time: ExtendedTime): string {
  const where =
    round > 0
      ? `in round ${round}, the last turn ended ${clock(span)} after the round began`
      : `the last turn ended ${clock(span)} after Start`;
  const extended = time.factor !== 100 ? ` (with ${factorText(time.factor)} extended time)` : '';
  const unchecked =
    time.claimed !== 100 && !time.checked
      ? `; it carries an extended-time code (${factorText(time.claimed)}), which only the competition key can check: add the key from the Host screen`
      : '';
  return `${where}; the limit is ${clock(limit)}${extended}${unchecked}`;
}
