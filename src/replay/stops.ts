/**
 * The stops of a competition played in rounds: the turns after which every game pauses (competition.ts,
 * rounds.ts). Pure.
 */

/** At most this many stops (ten rounds). */
export const MAX_STOPS = 9;
/** The latest turn a stop can name when the scenario is not known yet (as a link is read). */
const MAX_STOP_TURN = 999;

/** Why `stops` cannot be a competition's stops (in a game of `turns` turns, when known), or null. */
export function stopsProblem(stops: readonly number[], turns?: number): string | null {
  if (stops.length > MAX_STOPS) return `At most ${MAX_STOPS} stops (ten rounds).`;
  const last = turns === undefined ? MAX_STOP_TURN : turns - 1;
  for (const [i, t] of stops.entries()) {
    if (!Number.isSafeInteger(t) || t < 1 || t > last)
      return turns === undefined
        ? `A stop is a whole turn number from 1 to ${MAX_STOP_TURN}.`
        : `A stop is a turn from 1 to ${last}: the game has ${turns} turns, and a round after the last stop.`;
    if (i > 0 && t <= stops[i - 1]!) return 'Stops must be in increasing order, each once.';
  }
  return null;
}

/** The stops of a competition (empty when it is played in one sitting). */
export function stopsOf(c: { stops?: readonly number[] }): readonly number[] {
  return c.stops ?? [];
}
