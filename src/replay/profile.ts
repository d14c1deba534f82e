/**
 * How a run played, counted as verification re-plays it, for the class charts (ranking.ts). Pure.
 */
import type { Allocation, Decision, GameState, ReleaseMode } from '../engine/index.ts';
import { ALLOCATION_KEYS, RELEASE_MODES } from '../engine/index.ts';

/**
 * How a run played, for the class charts, turn by turn over the whole game: the turns the player ended and
 * those the company ran on with their last plan (the plan it really worked with); hires, let-gos and
 * migrations come from the player's decisions.
 */
export interface DecisionProfile {
  turns: number;
  /** Mean percent of capacity per kind of work over the turns of the game. */
  allocation: Allocation;
  /** Turns played with each release mode. */
  release: Record<ReleaseMode, number>;
  /** People hired (all roles), let go, and architecture migrations started. */
  hires: number;
  letGo: number;
  migrations: number;
}

export function emptyProfile(): DecisionProfile {
  const allocation = Object.fromEntries(ALLOCATION_KEYS.map((k) => [k, 0])) as Allocation;
  const release = Object.fromEntries(RELEASE_MODES.map((m) => [m, 0])) as Record<ReleaseMode, number>;
  return { turns: 0, allocation, release, hires: 0, letGo: 0, migrations: 0 };
}

export function countTurn(profile: DecisionProfile, state: GameState): void {
  profile.turns += 1;
  for (const k of ALLOCATION_KEYS) profile.allocation[k] += state.plan.allocation[k];
  profile.release[state.plan.release] += 1;
}

export function countDecisions(profile: DecisionProfile, decisions: readonly Decision[]): void {
  for (const d of decisions) {
    if (d.type === 'team/hire') profile.hires += d.count;
    else if (d.type === 'team/let-go') profile.letGo += d.count;
    else if (d.type === 'arch/migrate') profile.migrations += 1;
  }
}
