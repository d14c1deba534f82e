/**
 * The stages of a search, in order: explore (random policies, then cross-entropy generations), climb (local
 * improvement of the best), select (the finalists on fresh seeds) and measure (the chosen strategy, every bot,
 * the probes and the sensitivity moves on the held-out seeds). Each plays its games through the Search's runners.
 */
import { heldOutSeeds, selectionSeeds, sensitivitySeeds } from './config.ts';
import type { Scored } from './optimise.ts';
import { combinations, elite, neighbours, ranked, sample, uniformTables, updateTables } from './optimise.ts';
import type { SearchResult } from './result.ts';
import { RESULT_VERSION } from './result.ts';
import type { Search } from './search.ts';
import { sensitivityMoves, sensitivityTable } from './sensitivity.ts';
import { gamesOf } from './stats.ts';
import { readVerified, verifyPlan } from './verify.ts';
import { searchWarnings } from './warnings.ts';

/** Random policies, then generations of the cross-entropy method, while `another()` says so. */
export async function explore(s: Search): Promise<void> {
  let tables = uniformTables(s.space);
  let size = s.config.firstGeneration;
  s.generation = 1;
  do {
    const genomes = Array.from({ length: size }, () => sample(tables, s.rng));
    const scored = await s.train(genomes);
    s.archive.add(scored);
    // The best policy seen so far joins each elite, so one generation of bad luck cannot lose it.
    tables = updateTables(tables, [...elite(scored), s.archive.best.genome]);
    size = s.config.generationSize;
    s.generation++;
  } while (s.another());
  s.generation--;
}

/** Local improvement: every single-lever change of the best, the improving ones also combined, repeated. */
export async function climb(s: Search): Promise<void> {
  let current = s.archive.best;
  for (let round = 0; round < s.config.climbRounds; round++) {
    if (s.opts.stopped?.()) return void (s.stop = 'user');
    const moves = neighbours(s.space, current.genome);
    const scored = await s.train(moves.map((m) => m.genome));
    const improving = moves
      .map((m, i) => ({ m, mean: scored[i]!.mean, i }))
      .filter((x) => x.mean > current.mean)
      .sort((a, b) => b.mean - a.mean || a.i - b.i)
      .map((x) => x.m);
    const combined = await s.train(combinations(current.genome, improving));
    s.archive.add([...scored, ...combined]);
    const top = ranked([...scored, ...combined])[0];
    if (!top || top.mean <= current.mean) return;
    current = top;
  }
}

export interface Chosen extends Scored {
  selectionMean: number;
}

/** The finalists on the selection seeds: the best mean there is the strategy measured (ties: the earlier). */
export async function select(s: Search): Promise<Chosen> {
  const finalists = s.archive.top;
  const seeds = selectionSeeds(s.config);
  const r = await s.play(
    finalists.map((f) => ({ genome: f.genome })),
    seeds,
    false,
  );
  const means = finalists.map((_, p) => {
    const xs = gamesOf(r, p, seeds.count).scores;
    return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  });
  const at = means.reduce((best, m, i) => (m > means[best]! ? i : best), 0);
  return { ...finalists[at]!, selectionMean: Math.round(means[at]! * 10) / 10 };
}

/** The chosen strategy beside every bot and the probes on the held-out seeds, then its one-lever changes. */
export async function measure(s: Search, chosen: Chosen): Promise<SearchResult> {
  const c = s.config;
  const held = heldOutSeeds(c);
  const plan = verifyPlan(s.space, chosen.genome);
  const batch = await s.play(plan.players, held, true);
  const sens = sensitivitySeeds(c);
  const moves = sensitivityMoves(s.space, chosen.genome);
  const movesBatch = await s.play(
    moves.map((m) => ({ genome: m.genome })),
    sens,
    true,
  );
  const base = gamesOf(batch, 0, held.count, sens.count);
  const sensitivity = sensitivityTable(s.space, chosen.genome, moves, movesBatch, sens.count, base);
  const verified = readVerified(s.space, chosen.genome, plan, batch, held.count, sensitivity, {
    trainingMean: Math.round(chosen.mean * 10) / 10,
    selectionMean: chosen.selectionMean,
  });
  const { seed, ...config } = c;
  const sc = s.space.ctx.scenario;
  return {
    version: RESULT_VERSION,
    scenario: { id: sc.id, title: sc.title, turns: sc.turns },
    seed,
    games: s.games,
    policies: s.policies,
    generations: s.generation,
    stopped: s.stop,
    levers: s.space.levers.length,
    config,
    seeds: {
      training: c.trainingSeeds,
      selection: c.selectionSeeds,
      heldOut: c.heldOutSeeds,
      sensitivity: sens.count,
    },
    ...verified,
    sensitivity,
    warnings: searchWarnings(sc, verified, sensitivity),
  };
}
