/**
 * Bulk play: whole games played in place, turn after turn, as the balance report and the strategy search play them
 * by the thousand. Every turn is `step`'s own turn (the same systems on the same numbers: the final states are bit
 * for bit those of `step`, tested over every built-in scenario and bot), without what only a screen or a replay
 * needs: no working copy (the game owns its state and nobody reads an earlier one), no event objects unless asked,
 * one turn scratchpad for the whole game, and a bot's moves, which the engine's own checker accepted one by one as
 * the bot made them, not checked a second time. Pure: a game's state and scratchpad belong to it alone.
 */
import { DecisionChecker } from './decisions.ts';
import { createInitialState } from './state.ts';
import { gameOver, play, refuse, type StepResult } from './step.ts';
import { newTurn, startTurn, type EventsWanted, type Turn } from './turn.ts';
import type { GameState, Scenario } from './types.ts';

export interface BulkGame {
  readonly scenario: Scenario;
  /** The state, updated in place by every turn (the object stays the same for the whole game). */
  readonly state: GameState;
  /** The turn scratchpad, started afresh at every turn. */
  readonly turn: Turn;
}

export function startBulkGame(scenario: Scenario, seed: string): BulkGame {
  const state = createInitialState(scenario, seed);
  return { scenario, state, turn: newTurn(scenario, state.key, 0, false) };
}

/**
 * Plays the game's next turn in place. Decisions a `DecisionChecker` accepted for this very state are played as
 * they are (each was checked as it was added, against the ones before it, exactly as `checkDecisions` checks a
 * list); any other list is checked first, as `step` does. Events are built only when asked for (all of them, or
 * only the scenario's cards).
 */
export function playBulkTurn(
  game: BulkGame,
  decisions: readonly unknown[] | DecisionChecker,
  withEvents: EventsWanted = false,
): StepResult {
  const s = game.state;
  let accepted: readonly unknown[];
  if (decisions instanceof DecisionChecker) {
    if (decisions.state !== s || decisions.scenario !== game.scenario)
      throw new Error('the decisions were checked for another state or scenario than this game’s');
    if (s.status !== 'playing') return gameOver(s);
    accepted = decisions.accepted;
  } else {
    const refusal = refuse(s, decisions, game.scenario);
    if (refusal) return refusal;
    accepted = decisions;
  }
  return play(s, accepted as never, startTurn(game.turn, s.key, s.turn, withEvents));
}
