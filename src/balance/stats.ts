/**
 * Statistics read from streaming aggregates: exact quantiles from fine histograms, mean and spread from sums,
 * the two-way variance decomposition (seeds × bots, no replication) and paired-difference confidence intervals.
 * Pure.
 */

/** The nearest-rank q-quantile (0 < q ≤ 1) of values 0..bins.length-1 counted in `bins`; null when empty. */
export function histogramQuantile(bins: readonly number[], q: number): number | null {
  let n = 0;
  for (const c of bins) n += c;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let acc = 0;
  for (let v = 0; v < bins.length; v++) {
    acc += bins[v]!;
    if (acc >= rank) return v;
  }
  return bins.length - 1;
}

export function histogramMin(bins: readonly number[]): number | null {
  const i = bins.findIndex((c) => c > 0);
  return i < 0 ? null : i;
}

export function histogramMax(bins: readonly number[]): number | null {
  for (let i = bins.length - 1; i >= 0; i--) if (bins[i]! > 0) return i;
  return null;
}

/** Sums fine bins into `width`-wide bins (the last bin also takes the remainder, e.g. score 1000). */
export function coarseBins(bins: readonly number[], width: number): number[] {
  const count = Math.floor((bins.length - 1) / width);
  const out = new Array<number>(count).fill(0);
  bins.forEach((c, v) => {
    out[Math.min(count - 1, Math.floor(v / width))]! += c;
  });
  return out;
}

export function mean(sum: number, n: number): number | null {
  return n > 0 ? sum / n : null;
}

/** Sample standard deviation from the sum and the sum of squares. */
export function sd(sum: number, sumSq: number, n: number): number | null {
  if (n < 2) return null;
  return Math.sqrt(Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)));
}

export interface VarianceShares {
  /** Share of the total sum of squares explained by the seed (luck). */
  seed: number;
  /** … by the bot (strategy, skill). */
  bot: number;
  /** The rest: how much a strategy's result depends on the particular world (interaction and noise). */
  interaction: number;
  /** Total variance of a single game's score around the grand mean. */
  totalVariance: number;
}

/**
 * Two-way ANOVA without replication over a seeds × bots table of scores, from streamed sums: the sum and sum of
 * squares of all scores, each bot's score sum (over `seeds` seeds) and Σ over seeds of (seed's score sum)².
 * Null when there is nothing to decompose (no seeds, or every score equal).
 */
export function varianceShares(
  seeds: number,
  botSums: readonly number[],
  sumSq: number,
  seedSumSq: number,
): VarianceShares | null {
  const k = botSums.length;
  const n = seeds * k;
  if (seeds === 0 || k === 0) return null;
  const sum = botSums.reduce((a, b) => a + b, 0);
  const correction = (sum * sum) / n;
  const total = sumSq - correction;
  if (!(total > 0)) return null;
  const bot = botSums.reduce((a, s) => a + (s * s) / seeds, 0) - correction;
  const seed = seedSumSq / k - correction;
  const clamp = (x: number): number => Math.max(0, Math.min(1, x));
  const botShare = clamp(bot / total);
  const seedShare = clamp(seed / total);
  return {
    seed: seedShare,
    bot: botShare,
    interaction: clamp(1 - botShare - seedShare),
    totalVariance: n > 1 ? total / (n - 1) : 0,
  };
}

/** Mean paired difference and its normal-approximation 95% confidence interval. */
export function pairedInterval(
  n: number,
  sumDiff: number,
  sumDiffSq: number,
): { mean: number; low: number; high: number } | null {
  if (n === 0) return null;
  const m = sumDiff / n;
  const s = sd(sumDiff, sumDiffSq, n);
  const half = s === null ? 0 : (1.96 * s) / Math.sqrt(n);
  return { mean: m, low: m - half, high: m + half };
}

/** Rounds to `places` decimals (the report's numbers stay short and identical everywhere). */
export function round(x: number, places = 4): number {
  let f = 1;
  for (let i = 0; i < places; i++) f *= 10;
  return Math.round(x * f) / f;
}

/** A number with two significant digits, for suggested thresholds: 23,410 → 23,000; 0.9873 → 0.99. */
export function niceNumber(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(2)) : x;
}
