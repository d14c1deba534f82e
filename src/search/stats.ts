/**
 * Reading a batch's games: score summaries with a 95% interval, outcome mixes, paired comparisons on shared
 * seeds. Numbers are rounded once here, so the JSON is the same short text everywhere. Pure.
 */
import { OUTCOME_REASONS, pairedInterval, round } from '../balance/index.ts';
import type { OutcomeReason } from '../engine/index.ts';
import type { SliceResult } from './play.ts';
import { WON } from './play.ts';

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

export interface ScoreStats {
  meanScore: number;
  /** 95% interval of the mean score. */
  low: number;
  high: number;
  winRate: number;
  /** Share of games ending for each reason. */
  outcomes: Record<OutcomeReason, number>;
}

/** One player's games (scores and how they ended) on a run of seeds. */
export interface Games {
  scores: readonly number[];
  reasons: readonly number[];
  prints: readonly number[];
}

/** Player `p`'s games in a player-major batch of `seeds` seeds (optionally only the first `take`). */
export function gamesOf(batch: SliceResult, p: number, seeds: number, take = seeds): Games {
  const from = p * seeds;
  return {
    scores: batch.scores.slice(from, from + take),
    reasons: batch.reasons.slice(from, from + take),
    prints: batch.prints.slice(from, from + take),
  };
}

export function interval(values: readonly number[]): Interval {
  let sum = 0;
  let sq = 0;
  for (const v of values) {
    sum += v;
    sq += v * v;
  }
  const ci = pairedInterval(values.length, sum, sq) ?? { mean: 0, low: 0, high: 0 };
  return { mean: round(ci.mean, 1), low: round(ci.low, 1), high: round(ci.high, 1) };
}

/** The paired difference a − b, seed by seed. */
export const paired = (a: readonly number[], b: readonly number[]): Interval =>
  interval(a.map((x, i) => x - b[i]!));

export const share = (n: number, d: number): number => (d > 0 ? round(n / d) : 0);

export function scoreStats(g: Games): ScoreStats {
  const ci = interval(g.scores);
  const outcomes = {} as Record<OutcomeReason, number>;
  OUTCOME_REASONS.forEach(
    (r, i) => (outcomes[r] = share(g.reasons.filter((x) => x === i).length, g.reasons.length)),
  );
  return {
    meanScore: ci.mean,
    low: ci.low,
    high: ci.high,
    winRate: share(g.reasons.filter((x) => x === WON).length, g.reasons.length),
    outcomes,
  };
}

/** Share of seeds on which `a` scores more than `b`. */
export const beats = (a: readonly number[], b: readonly number[]): number =>
  share(a.filter((x, i) => x > b[i]!).length, a.length);

/** Share of seeds on which `a` scores more than every one of `others`. */
export function beatsAll(a: readonly number[], others: readonly (readonly number[])[]): number {
  return share(a.filter((x, i) => others.every((o) => x > o[i]!)).length, a.length);
}
