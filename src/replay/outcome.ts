/**
 * How a run ended, in the words the leaderboard and its CSV use: "won", "bankrupt in week 9", "time ran out
 * after week 10, finished on autopilot (won)". Pure.
 */
import type { GameState, OutcomeReason, OutcomeStatus, Scenario } from '../engine/index.ts';
import { turnUnit } from '../lib/format.ts';

export interface RunOutcome {
  status: OutcomeStatus;
  reason: OutcomeReason;
  /** Turns the player ended. */
  playedTurns: number;
  /** Turns the company then ran on with the player's last plan (see autopilot.ts). */
  autopilotTurns: number;
  /** The turn the game ended in. */
  lastTurn: number;
  totalTurns: number;
  /** What a turn is called in the scenario: week, sprint or month. */
  unit: string;
  /** Whether the competition had a time limit (then stopping early means the time ran out). */
  timeLimited: boolean;
}

export function runOutcome(
  state: GameState,
  scenario: Scenario,
  playedTurns: number,
  autopilotTurns: number,
  timeLimited: boolean,
): RunOutcome {
  return {
    status: state.status,
    reason: state.reason,
    playedTurns,
    autopilotTurns,
    lastTurn: state.turn,
    totalTurns: scenario.turns,
    unit: turnUnit(scenario.params.weeksPerTurn),
    timeLimited,
  };
}

function ending(o: RunOutcome): string {
  const when = `${o.unit} ${o.lastTurn}`;
  switch (o.reason) {
    case 'objectives-met':
      return o.lastTurn < o.totalTurns ? `won in ${when}` : 'won';
    case 'bankrupt':
      return `bankrupt in ${when}`;
    case 'board-ousted':
      return `replaced by the board in ${when}`;
    case 'team-collapsed':
      return `the team left in ${when}`;
    case 'out-of-turns':
      return 'ended, objectives not met';
    case 'in-progress':
      return `still playing after ${when}`;
  }
}

export function outcomeText(o: RunOutcome): string {
  if (o.autopilotTurns === 0) return ending(o);
  const stopped = o.timeLimited ? 'time ran out' : 'stopped';
  const after = o.playedTurns === 0 ? `before the first ${o.unit} ended` : `after ${o.unit} ${o.playedTurns}`;
  return `${stopped} ${after}, finished on autopilot (${ending(o)})`;
}
