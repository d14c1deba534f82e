/**
 * Replaying a decision log: the same scenario, seed and decisions rebuild the same game, turn by turn.
 * Saves, resumes, classroom verification and the debrief all stand on this. Pure.
 */
import type { Decision, GameState, Rejection, Scenario } from '../engine/index.ts';
import { createInitialState, step } from '../engine/index.ts';
import { snapshot, type TurnRecord } from './history.ts';
import { playRounds, type Course } from './rounds.ts';

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

/**
 * Plays the course of a competition game played in rounds from the start (rounds.ts): the player's turns, the
 * turns earlier rounds ran on with the last plan to their stops, and the rounds' injects (shown with the events
 * of the turn before the round began). Stops after the player's last turn.
 */
export function replayRounds(
  course: Omit<Course, 'play'>,
): { ok: true; state: GameState; history: TurnRecord[] } | { ok: false; reason: string } {
  const history: TurnRecord[] = [];
  const r = playRounds(
    { ...course, play: step },
    {
      onTurn: (before, after, events, decisions) =>
        history.push({ snapshot: snapshot(after, before), decisions, events }),
      onInject: (_state, event) => {
        const last = history[history.length - 1];
        if (last) history[history.length - 1] = { ...last, events: [...last.events, event] };
      },
    },
  );
  return r.ok ? { ok: true, state: r.state, history } : { ok: false, reason: r.reason };
}
