/**
 * What a balance run is: a scenario, a root seed, how many seeds each bot plays and which bots, and how many of
 * those seeds also play the decision variants. The seeds are `${seed}-${i}` for run i, shared by every bot
 * (paired runs on common random numbers). Runs are cut into fixed chunks that any worker can play. Pure.
 */
import type { BotName } from '../bots/index.ts';
import { BOT_NAMES } from '../bots/index.ts';
import type { Scenario } from '../engine/index.ts';
import { availableVariants, BASE_BOT, type DecisionVariant } from './variants.ts';

export interface BalanceConfig {
  /** Root seed (any text); run i plays the world `${seed}-${i}`. */
  seed: string;
  /** Seeds each bot plays. */
  runs: number;
  bots: BotName[];
  /** The first `variantRuns` seeds also play every decision variant of the base bot (0 = none). */
  variantRuns: number;
}

/** The bot that decides nothing: the baseline every strategy is measured against. */
export const IDLE_BOT = 'idle';
/** Bots that stand for no strategy (random moves; doing nothing): warnings judge a scenario by the others. */
export const BASELINE_BOTS: readonly string[] = ['random', IDLE_BOT];
export const isStrategyBot = (name: string): boolean => !BASELINE_BOTS.includes(name);

/** Seeds per chunk: the unit of work a worker plays and returns as one partial aggregate. */
export const CHUNK_SIZE = 20;
export const MAX_RUNS = 1_000_000;
export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = '1';
/** Paired runs are precise with far fewer seeds than the bot comparison needs. */
export const DEFAULT_VARIANT_RUNS = 300;

/**
 * The one definition of a balance run's defaults, for the command line and the browser screen alike: 1,000
 * seeds from seed "1", every bot, and the first min(runs, 300) seeds also play the decision variants (never
 * more paired seeds than seeds).
 */
export function defaultConfig(over: Partial<BalanceConfig> = {}): BalanceConfig {
  const runs = over.runs ?? DEFAULT_RUNS;
  return {
    seed: over.seed ?? DEFAULT_SEED,
    runs,
    bots: over.bots ?? [...BOT_NAMES],
    variantRuns: Math.min(runs, over.variantRuns ?? DEFAULT_VARIANT_RUNS),
  };
}

export function seedOf(config: BalanceConfig, run: number): string {
  return `${config.seed}-${run}`;
}

/** A config with a scenario: everything a worker needs to play any chunk. Plain data (structured-cloneable). */
export interface BalanceJob {
  scenario: Scenario;
  config: BalanceConfig;
}

export interface ChunkRange {
  index: number;
  /** First and one-past-last run index. */
  from: number;
  to: number;
}

export function chunkCount(config: BalanceConfig): number {
  return Math.ceil(config.runs / CHUNK_SIZE);
}

export function chunkRange(config: BalanceConfig, index: number): ChunkRange {
  const from = index * CHUNK_SIZE;
  return { index, from, to: Math.min(config.runs, from + CHUNK_SIZE) };
}

/** Index of the base bot among the compared bots, or -1 when it has to be played separately for variants. */
export function baseBotIndex(config: BalanceConfig): number {
  return config.bots.indexOf(BASE_BOT);
}

/** Games a chunk plays (for progress bars). */
export function gamesInChunk(job: BalanceJob, index: number): number {
  const { from, to } = chunkRange(job.config, index);
  const variants = jobVariants(job).length;
  const paired = Math.max(0, Math.min(to, job.config.variantRuns) - from);
  const extraBase = variants > 0 && baseBotIndex(job.config) < 0 ? 1 : 0;
  return (to - from) * job.config.bots.length + (variants > 0 ? paired * (variants + extraBase) : 0);
}

export function totalGames(job: BalanceJob): number {
  let n = 0;
  for (let i = 0; i < chunkCount(job.config); i++) n += gamesInChunk(job, i);
  return n;
}

/** The decision variants this job plays: those whose levers the scenario offers, none when variantRuns is 0. */
export function jobVariants(job: BalanceJob): DecisionVariant[] {
  return job.config.variantRuns > 0 ? availableVariants(job.scenario) : [];
}
