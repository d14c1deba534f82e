/** Streaming aggregates: merging partial results is exact, quantiles are exact, the variance split is right. */
import { describe, expect, it } from 'vitest';
import {
  chunkCount,
  countNumbers,
  defaultConfig,
  emptyAggregate,
  histogramQuantile,
  mergeInto,
  pairedInterval,
  shapeOf,
  simulateAll,
  simulateChunk,
  varianceShares,
  type Aggregate,
  type BalanceJob,
} from '../../src/balance/index.ts';
import { draw } from '../../src/engine/index.ts';
import { eventfulScenario } from '../fixtures/scenarios.ts';

const scenario = eventfulScenario(10);
const job: BalanceJob = {
  scenario,
  config: defaultConfig({ runs: 70, bots: ['steady', 'frugal'], variantRuns: 25, seed: 'agg' }),
};

function mergeAll(parts: Aggregate[]): Aggregate {
  const into = emptyAggregate(shapeOf(scenario, job.config.bots.length, parts[0]!.variants.length));
  for (const p of parts) mergeInto(into, p, scenario);
  return into;
}

describe('merging partial aggregates', () => {
  const chunks = Array.from({ length: chunkCount(job.config) }, (_, i) => simulateChunk(job, i));

  it('gives the one-pass aggregate, in seed order or any other', () => {
    const onePass = simulateAll(job);
    expect(chunks.length).toBeGreaterThan(2);
    expect(mergeAll(chunks)).toEqual(onePass);
    expect(mergeAll([...chunks].reverse())).toEqual(onePass);
    const shuffled = [chunks[2]!, chunks[0]!, ...chunks.slice(3), chunks[1]!];
    expect(mergeAll(shuffled)).toEqual(onePass);
  });

  it('counts every game once', () => {
    const all = mergeAll(chunks);
    expect(all.seeds).toBe(70);
    for (const b of all.bots) {
      expect(b.games).toBe(70);
      expect(b.scoreHist.reduce((a, c) => a + c, 0)).toBe(70);
      expect(b.outcomes.reduce((a, c) => a + c, 0)).toBe(70);
      expect(b.dora.reduce((a, c) => a + c, 0)).toBe(70);
    }
    expect(all.base.runs).toBe(25);
    for (const v of all.variants) expect(v.runs).toBe(25);
  });
});

describe('quantiles from fine bins', () => {
  it('are the nearest-rank quantiles of the values', () => {
    const values = Array.from({ length: 997 }, (_, i) => Math.floor(draw(7, 0, 1, i) * 1001));
    const bins = new Array<number>(1001).fill(0);
    for (const v of values) bins[v]!++;
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.1, 0.5, 0.9, 1]) {
      expect(histogramQuantile(bins, q)).toBe(sorted[Math.ceil(q * sorted.length) - 1]);
    }
  });

  it('handle tiny and empty histograms', () => {
    const bins = [0, 0, 0, 3, 0, 1];
    expect(histogramQuantile(bins, 0.1)).toBe(3);
    expect(histogramQuantile(bins, 0.75)).toBe(3);
    expect(histogramQuantile(bins, 0.9)).toBe(5);
    expect(histogramQuantile([0, 0], 0.5)).toBeNull();
  });
});

describe('luck vs skill: two-way variance decomposition', () => {
  /** Classical two-way ANOVA without replication, from the whole table. */
  function anova(table: number[][]): { seed: number; bot: number; interaction: number } {
    const n = table.length;
    const k = table[0]!.length;
    const all = table.flat();
    const grand = all.reduce((a, b) => a + b, 0) / all.length;
    const total = all.reduce((a, y) => a + (y - grand) ** 2, 0);
    const seedMeans = table.map((row) => row.reduce((a, b) => a + b, 0) / k);
    const botMeans = table[0]!.map((_, b) => table.reduce((a, row) => a + row[b]!, 0) / n);
    const ssSeed = k * seedMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
    const ssBot = n * botMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
    return { seed: ssSeed / total, bot: ssBot / total, interaction: 1 - ssSeed / total - ssBot / total };
  }

  function streamed(table: number[][]) {
    const k = table[0]!.length;
    const botSums = table[0]!.map((_, b) => table.reduce((a, row) => a + row[b]!, 0));
    const sumSq = table.flat().reduce((a, y) => a + y * y, 0);
    const seedSumSq = table.reduce((a, row) => a + row.reduce((s, y) => s + y, 0) ** 2, 0);
    expect(botSums).toHaveLength(k);
    return varianceShares(table.length, botSums, sumSq, seedSumSq)!;
  }

  it('finds no interaction in an additive table, and the exact shares', () => {
    // score = 500 + seed effect + bot effect: seed effects -30..30, bot effects -100, 0, 100.
    const seedFx = [-30, -10, 0, 10, 30];
    const botFx = [-100, 0, 100];
    const table = seedFx.map((s) => botFx.map((b) => 500 + s + b));
    const shares = streamed(table);
    // SS seed = 3 * (900+100+0+100+900) = 6000; SS bot = 5 * 20000 = 100000.
    expect(shares.seed).toBeCloseTo(6000 / 106000, 10);
    expect(shares.bot).toBeCloseTo(100000 / 106000, 10);
    expect(shares.interaction).toBeCloseTo(0, 10);
  });

  it('matches the classical computation on a table with interaction', () => {
    const table = Array.from({ length: 40 }, (_, s) =>
      [0, 1, 2, 3].map((b) => Math.floor(draw(11, s, 2, b) * 300) + b * 40 + (s % 5) * 20),
    );
    const expected = anova(table);
    const shares = streamed(table);
    expect(shares.seed).toBeCloseTo(expected.seed, 10);
    expect(shares.bot).toBeCloseTo(expected.bot, 10);
    expect(shares.interaction).toBeCloseTo(expected.interaction, 10);
  });

  it('is null when every score is equal', () => {
    expect(varianceShares(2, [10, 10], 100, 200)).toBeNull();
  });
});

describe('paired differences', () => {
  it('give the mean and a 95% interval', () => {
    const diffs = [2, 4, 4, 4, 5, 5, 7, 9];
    const sum = diffs.reduce((a, b) => a + b, 0);
    const sumSq = diffs.reduce((a, b) => a + b * b, 0);
    const ci = pairedInterval(diffs.length, sum, sumSq)!;
    const sd = Math.sqrt(32 / 7);
    expect(ci.mean).toBe(5);
    expect(ci.high - ci.mean).toBeCloseTo((1.96 * sd) / Math.sqrt(8), 10);
    expect(ci.mean - ci.low).toBeCloseTo(ci.high - ci.mean, 10);
  });
});

describe('memory', () => {
  it('an aggregate holds as many numbers after 1,000 runs as after 100', () => {
    const sizeAfter = (runs: number): number =>
      countNumbers(
        simulateAll({
          scenario,
          config: defaultConfig({ runs, bots: ['frugal'], variantRuns: 0, seed: 'm' }),
        }),
      );
    const small = sizeAfter(100);
    expect(small).toBeGreaterThan(1000);
    expect(sizeAfter(1000)).toBe(small);
  });
});
