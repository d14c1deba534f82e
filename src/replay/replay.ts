/**
 * Replaying a decision log: the same scenario, seed and decisions rebuild the same game, turn by turn.
 * Saves, resumes, classroom verification and the debrief all stand on this. Pure.
 */
import type { Decision, GameState, Rejection, Scenario } from '../engine/index.ts';
import { createInitialState, step } from '../engine/index.ts';
import { snapshot, type TurnRecord } from './history.ts';

export type ReplayResult =
  | { ok: true; state: GameState; history: TurnRecord[] }
  | { ok: false; turn: number; rejection: Rejection; state: GameState; history: TurnRecord[] };

/** Plays `log` (one list of decisions per turn) from the start; stops at the first turn the engine rejects. */
export function replay(
  scenario: Scenario,
  seed: string,
  log: readonly (readonly Decision[])[],
): ReplayResult {
  let state = createInitialState(scenario, seed);
  const history: TurnRecord[] = [];
  for (let i = 0; i < log.length; i++) {
    const decisions = log[i]!;
    const r = step(state, decisions, scenario);
    if (!r.ok) return { ok: false, turn: i + 1, rejection: r.rejection, state, history };
    history.push({ snapshot: snapshot(r.state, state), decisions: [...decisions], events: r.events });
    state = r.state;
  }
  return { ok: true, state, history };
}
