/**
 * The lines the play screen marks in red, each defined once so the dashboard's tiles, the world's headline, the
 * turn's log and "Advance until something needs me" agree on them. The SLO target is the scenario's own
 * (`load.sloTarget`), the share of a week within the SLO below which the week counts as a miss. Pure.
 */
import type { GameState } from '../engine/index.ts';

export const BOARD_LOW = 0.35;
export const DEBT_HIGH = 80;
export const MORALE_LOW = 0.4;
export const BURNOUT_HIGH = 0.5;

/** The scenario's SLO target, 0..1. */
export function sloTarget(scenario: { params: { load: { sloTarget: number } } }): number {
  return scenario.params.load.sloTarget;
}

/** The week just played missed the SLO target (never before the first week: nothing was measured yet). */
export function sloMissed(state: GameState, target: number): boolean {
  return state.turn > 0 && state.load.slo < target;
}
