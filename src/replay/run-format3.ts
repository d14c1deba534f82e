/**
 * The fields format 3 adds to a run (run.ts): rounds and extended time, read from parsed JSON field by field so
 * nothing downstream meets a wrong type. Whether they make sense together is verify-checks.ts's job. Pure.
 */
import type { RoundStart } from './rounds.ts';
import type { RunFile } from './run.ts';

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = isCount;

const isRoundStart = (v: unknown): v is RoundStart =>
  isRecord(v) &&
  isString(v.release) &&
  v.release.length <= 40 &&
  isTime(v.startedAt) &&
  isCount(v.afterTurns);

/** The fields of format 3 in parsed JSON, each present only when given; null when one is of the wrong kind. */
export function format3Fields(
  v: Rec,
): Pick<RunFile, 'stops' | 'rounds' | 'checkpoint' | 'accommodation'> | null {
  const { stops, rounds, checkpoint, accommodation } = v;
  const ok =
    (stops === undefined || (Array.isArray(stops) && stops.length <= 99 && stops.every(isCount))) &&
    (rounds === undefined || (Array.isArray(rounds) && rounds.length <= 99 && rounds.every(isRoundStart))) &&
    (checkpoint === undefined || isCount(checkpoint)) &&
    (accommodation === undefined || (isString(accommodation) && accommodation.length <= 2000));
  if (!ok) return null;
  return {
    ...(stops !== undefined ? { stops: [...(stops as number[])] } : {}),
    ...(rounds !== undefined
      ? {
          rounds: (rounds as RoundStart[]).map((r) => ({
            release: r.release,
            startedAt: r.startedAt,
            afterTurns: r.afterTurns,
          })),
        }
      : {}),
    ...(checkpoint !== undefined ? { checkpoint: checkpoint as number } : {}),
    ...(accommodation !== undefined ? { accommodation: accommodation as string } : {}),
  };
}
