/**
 * The rule that judges every competition game at the scenario's end. When a player stops before the game is
 * over (the time ran out), the company runs on with their last plan: each remaining turn is played with no new
 * decisions, pending events take their default option at their deadline, until the engine ends the game (at
 * the scenario's last turn at the latest). That final state is what a run claims and what verification
 * re-simulates, so stopping early can never beat pressing End turn with the same plan. Pure.
 */
import type { GameState, Scenario } from '../engine/index.ts';
import { advance, step } from '../engine/index.ts';
import { snapshot, type TurnRecord } from './history.ts';

/** More turns than any game can have left: the loop's guard (the engine ends a game at the last turn). */
const bound = (state: GameState, scenario: Scenario): number => Math.max(0, scenario.turns - state.turn) + 1;

/**
 * Plays `state` on with empty decisions to the end of the game (or, in a round of a competition played in
 * rounds, to the turn `until`: the round's stop); `state` is left as it was. The history has one record per turn
 * played this way (what the debrief shows). A game already over comes back unchanged.
 */
export function autopilot(
  state: GameState,
  scenario: Scenario,
  until = Infinity,
): { state: GameState; history: TurnRecord[] } {
  let s = state;
  const history: TurnRecord[] = [];
  for (let i = bound(state, scenario); s.status === 'playing' && s.turn < until && i > 0; i--) {
    const r = step(s, [], scenario);
    if (!r.ok) throw new Error(`the game cannot run on: ${r.rejection.reason}`);
    history.push({ snapshot: snapshot(r.state, s), decisions: [], events: r.events });
    s = r.state;
  }
  return { state: s, history };
}

/**
 * The same continuation played in place on a state the caller owns (verification), calling `onTurn` after
 * each turn, to the game's end or the turn `until`; returns how many turns it played.
 */
export function autopilotInPlace(
  state: GameState,
  scenario: Scenario,
  onTurn?: (state: GameState) => void,
  until = Infinity,
): number {
  let turns = 0;
  for (let i = bound(state, scenario); state.status === 'playing' && state.turn < until && i > 0; i--) {
    const r = advance(state, [], scenario);
    if (!r.ok) throw new Error(`the game cannot run on: ${r.rejection.reason}`);
    turns++;
    onTurn?.(state);
  }
  return turns;
}
