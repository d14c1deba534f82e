/**
 * What a strategy search is: a scenario, a root seed and its budget. Training seeds (`<seed>-train-<i>`) score
 * the policies while searching, selection seeds (`<seed>-select-<i>`) pick the best of the finalists, and the
 * held-out seeds (`<seed>-<i>`, the very worlds the balance report's bots play) measure it against every bot,
 * the probes and its own one-lever changes. Plain data (it travels to workers). Pure.
 */
import type { Scenario } from '../engine/index.ts';

export interface SearchConfig {
  /** Root seed (any text). */
  seed: string;
  trainingSeeds: number;
  /** Random policies sampled before the search narrows down. */
  firstGeneration: number;
  generationSize: number;
  /** Generations after the first (without `seconds`, exactly this many). */
  generations: number;
  /** Rounds of local improvement (single-lever changes of the best) after the generations. */
  climbRounds: number;
  /** Best distinct policies re-played on the selection seeds. */
  finalists: number;
  selectionSeeds: number;
  heldOutSeeds: number;
  /** Held-out seeds the sensitivity table pairs each one-lever change on (the first ones). */
  sensitivitySeeds: number;
  /** A time budget in seconds: generations go on while it lasts (the result then depends on the machine). */
  seconds: number | null;
}

export interface SearchJob {
  scenario: Scenario;
  config: SearchConfig;
}

export const DEFAULT_SEARCH: Omit<SearchConfig, 'seed'> = {
  trainingSeeds: 20,
  firstGeneration: 200,
  generationSize: 60,
  generations: 6,
  climbRounds: 3,
  finalists: 6,
  selectionSeeds: 100,
  heldOutSeeds: 200,
  sensitivitySeeds: 100,
  seconds: null,
};

export const MAX_SEARCH_SECONDS = 3600;

export function searchConfig(seed: string, over: Partial<Omit<SearchConfig, 'seed'>> = {}): SearchConfig {
  const c = { ...DEFAULT_SEARCH, ...over, seed };
  return { ...c, sensitivitySeeds: Math.min(c.sensitivitySeeds, c.heldOutSeeds) };
}

export interface SeedSet {
  prefix: string;
  count: number;
}

export const trainingSeeds = (c: SearchConfig): SeedSet => ({
  prefix: `${c.seed}-train-`,
  count: c.trainingSeeds,
});
export const selectionSeeds = (c: SearchConfig): SeedSet => ({
  prefix: `${c.seed}-select-`,
  count: c.selectionSeeds,
});
/** The balance report's seeds: run i plays `${seed}-${i}`. */
export const heldOutSeeds = (c: SearchConfig): SeedSet => ({ prefix: `${c.seed}-`, count: c.heldOutSeeds });
export const sensitivitySeeds = (c: SearchConfig): SeedSet => ({
  prefix: `${c.seed}-`,
  count: c.sensitivitySeeds,
});
