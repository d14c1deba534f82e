/**
 * Playing a slice of a batch: some players (policies or named bots) on some seeds, one game each, reduced at
 * once to what the search reads (score, how the game ended, and on request a fingerprint of every decision made).
 * The same slice gives the same numbers in any thread: this is what the workers run. Pure.
 */
import { clampScore, OUTCOME_REASONS } from '../balance/index.ts';
import type { Bot, BotName } from '../bots/index.ts';
import { BOTS, playBot } from '../bots/index.ts';
import type { Scenario } from '../engine/index.ts';
import { scorecard } from '../engine/index.ts';
import { hash32 } from '../lib/hash.ts';
import type { Genome, PolicySpace } from './space.ts';
import { policyBot, policySpace } from './space.ts';

/** A policy of the space, or one of the named bots. Plain data (it travels to workers). */
export type PlayerSpec = { genome: Genome } | { bot: BotName };

/** Seeds `${prefix}${i}` for i in [from, to). */
export interface SeedRange {
  prefix: string;
  from: number;
  to: number;
}

export interface Slice {
  players: PlayerSpec[];
  seeds: SeedRange;
  /** Also fingerprint each game's decisions (to tell a lever that never came into play). */
  prints: boolean;
}

/** Per game of the slice, player-major (game = player × seeds + seed). */
export interface SliceResult {
  scores: number[];
  /** Index in OUTCOME_REASONS. */
  reasons: number[];
  /** Hash of the game's decisions (0 when not asked for). */
  prints: number[];
}

export const WON = OUTCOME_REASONS.indexOf('objectives-met');

/** What a worker keeps between slices: the scenario and its policy space, built once. */
export interface Player {
  scenario: Scenario;
  space: PolicySpace;
}

export const player = (scenario: Scenario): Player => ({ scenario, space: policySpace(scenario) });

function botFor(p: Player, spec: PlayerSpec): () => Bot {
  if ('bot' in spec) {
    const bot = BOTS[spec.bot];
    if (!bot) throw new Error(`unknown bot "${spec.bot}"`);
    return () => bot;
  }
  if (spec.genome.length !== p.space.levers.length)
    throw new Error(`a policy has ${spec.genome.length} values for ${p.space.levers.length} levers`);
  return policyBot(p.space, spec.genome);
}

export function playSlice(p: Player, slice: Slice): SliceResult {
  const out: SliceResult = { scores: [], reasons: [], prints: [] };
  const { prefix, from, to } = slice.seeds;
  for (const spec of slice.players) {
    const make = botFor(p, spec);
    for (let i = from; i < to; i++) {
      const { state, log } = playBot(p.scenario, `${prefix}${i}`, make());
      out.scores.push(clampScore(scorecard(state, p.scenario).score));
      out.reasons.push(OUTCOME_REASONS.indexOf(state.reason));
      out.prints.push(slice.prints ? hash32(JSON.stringify(log)) : 0);
    }
  }
  return out;
}
