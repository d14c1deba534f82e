/**
 * What a competition game played in rounds or with extended time adds to its save and to this browser's record
 * of it (store CompetitionSession, CompetitionRecord): the rounds it started and the extended-time code with its
 * factor, read field by field; each is present only when it was written, so the saves and records of other
 * games stay as they were. Pure.
 */
import type { RoundStart } from '../replay/index.ts';
import type { Accommodation } from '../store/index.ts';

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function asRound(v: unknown, turns: number): RoundStart | null {
  if (!isRecord(v) || typeof v.release !== 'string' || !isCount(v.startedAt) || !isCount(v.afterTurns))
    return null;
  if (v.afterTurns > turns) return null;
  return { release: v.release, startedAt: v.startedAt, afterTurns: v.afterTurns };
}

function asAccommodation(v: unknown): Accommodation | null {
  if (!isRecord(v) || typeof v.code !== 'string' || !isCount(v.factor)) return null;
  return { code: v.code, factor: v.factor };
}

/** The `rounds` and `accommodation` of a session or record holding `turns` turns; null when one is wrong. */
export function roundsFields(
  v: Rec,
  turns: number,
): { rounds?: RoundStart[]; accommodation?: Accommodation } | null {
  const out: { rounds?: RoundStart[]; accommodation?: Accommodation } = {};
  if (v.rounds !== undefined) {
    if (!Array.isArray(v.rounds)) return null;
    const rounds = v.rounds.map((r) => asRound(r, turns));
    if (rounds.some((r) => r === null)) return null;
    out.rounds = rounds as RoundStart[];
  }
  if (v.accommodation !== undefined) {
    const a = asAccommodation(v.accommodation);
    if (!a) return null;
    out.accommodation = a;
  }
  return out;
}
