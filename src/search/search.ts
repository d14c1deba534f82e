/**
 * The strategy search, start to finish: random policies, generations of the cross-entropy method, rounds of
 * local improvement (all on the training seeds), the finalists re-played on the selection seeds, and the chosen
 * strategy measured on the held-out seeds beside every bot, the probes and its one-lever changes. Every game is
 * played by the runners it is given; every choice depends only on the seed and results put back in order, so
 * the result is the same with one thread or many. Without a time budget it is the same on any machine.
 */
import type { SearchConfig, SearchJob, SeedSet } from './config.ts';
import { trainingSeeds } from './config.ts';
import type { Scored } from './optimise.ts';
import { Archive } from './optimise.ts';
import type { PlayerSpec, SliceResult } from './play.ts';
import { Random } from './random.ts';
import type { SearchResult } from './result.ts';
import type { SliceRunner } from './run.ts';
import { playBatch } from './run.ts';
import type { Genome, PolicySpace } from './space.ts';
import { policySpace } from './space.ts';
import { climb, explore, measure, select } from './stages.ts';
import { gamesOf } from './stats.ts';

export interface SearchProgress {
  stage: 'search' | 'verify';
  /** 0..1 of the whole run (an estimate while searching). */
  fraction: number;
  games: number;
  generation: number;
  policies: number;
}

export interface SearchOptions {
  onProgress?: (p: SearchProgress) => void;
  /** Polled between slices: a cancelled search rejects with SearchCancelled. */
  cancelled?: () => boolean;
  /** Polled between generations: a stopped search goes straight to measuring the best found so far. */
  stopped?: () => boolean;
  /** A clock in milliseconds, needed only with a time budget (config.seconds). */
  now?: () => number;
}

/** Generations the time budget may never exceed (memory stays flat anyway; this bounds a run left alone). */
const MAX_GENERATIONS = 10_000;

export class Search {
  readonly space: PolicySpace;
  readonly archive: Archive;
  readonly rng: Random;
  games = 0;
  policies = 0;
  generation = 0;
  stage: SearchProgress['stage'] = 'search';
  stop: SearchResult['stopped'] = 'budget';
  private readonly start: number;

  constructor(
    private readonly job: SearchJob,
    private readonly runners: readonly SliceRunner[],
    readonly opts: SearchOptions,
  ) {
    this.space = policySpace(job.scenario);
    this.archive = new Archive(job.config.finalists);
    this.rng = new Random(`${job.config.seed}:search`);
    this.start = opts.now?.() ?? 0;
  }

  get config(): SearchConfig {
    return this.job.config;
  }

  async play(players: readonly PlayerSpec[], seeds: SeedSet, prints: boolean): Promise<SliceResult> {
    const opts = {
      onGames: (n: number) => {
        this.games += n;
        this.progress();
      },
      ...(this.opts.cancelled ? { cancelled: this.opts.cancelled } : {}),
    };
    return playBatch(this.runners, players, seeds, prints, opts);
  }

  /** Mean training score of each policy. */
  async train(genomes: readonly Genome[]): Promise<Scored[]> {
    if (genomes.length === 0) return [];
    const seeds = trainingSeeds(this.config);
    const r = await this.play(
      genomes.map((genome) => ({ genome })),
      seeds,
      false,
    );
    this.policies += genomes.length;
    return genomes.map((genome, p) => ({ genome, mean: mean(gamesOf(r, p, seeds.count).scores) }));
  }

  progress(): void {
    this.opts.onProgress?.({
      stage: this.stage,
      fraction: this.fraction(),
      games: this.games,
      generation: this.generation,
      policies: this.policies,
    });
  }

  /** Games still to play after the generations (an upper bound of the local improvement's). */
  tailGames(): number {
    const c = this.config;
    const moves = this.space.levers.reduce((a, l) => a + Math.min(6, l.values.length - 1), 0);
    const climb = c.climbRounds * (moves + 3) * c.trainingSeeds;
    const verify = (6 + 16) * c.heldOutSeeds + moves * c.sensitivitySeeds;
    return climb + c.finalists * c.selectionSeeds + verify;
  }

  fraction(): number {
    const c = this.config;
    const elapsed = (this.opts.now?.() ?? 0) - this.start;
    if (c.seconds !== null && this.stage === 'search') return Math.min(0.95, elapsed / (c.seconds * 1000));
    const planned =
      (c.firstGeneration + c.generations * c.generationSize) * c.trainingSeeds + this.tailGames();
    return Math.min(0.99, this.games / Math.max(this.games, planned));
  }

  /** Whether to play another generation: the count, or the time budget with room left for the rest. */
  another(): boolean {
    if (this.opts.stopped?.()) {
      this.stop = 'user';
      return false;
    }
    const c = this.config;
    // `generation` is the next one's number: the first (random) one plus `generations` more.
    if (c.seconds === null) return this.generation <= c.generations + 1;
    if (this.generation > MAX_GENERATIONS) return false;
    const elapsed = (this.opts.now?.() ?? 0) - this.start;
    const perGame = elapsed / Math.max(1, this.games);
    const next = (c.generationSize * c.trainingSeeds + this.tailGames()) * perGame;
    if (elapsed + next <= c.seconds * 1000) return true;
    this.stop = 'time';
    return false;
  }
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Runs a whole search on `runners` (at least one) and returns its result. */
export async function runSearch(
  job: SearchJob,
  runners: readonly SliceRunner[],
  opts: SearchOptions = {},
): Promise<SearchResult> {
  const s = new Search(job, runners, opts);
  s.progress();
  await explore(s);
  await climb(s);
  const chosen = await select(s);
  s.stage = 'verify';
  const result = await measure(s, chosen);
  opts.onProgress?.({
    stage: 'verify',
    fraction: 1,
    games: s.games,
    generation: s.generation,
    policies: s.policies,
  });
  return result;
}
