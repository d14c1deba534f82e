/**
 * Exactly-specified numeric helpers: only + - * /, min/max, floor/round — identical bits in every JS engine.
 * Pure; no Math.pow/exp/log (see ARCHITECTURE.md, the engine's contract).
 */

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Saturating curve x/(1+x): 0 at 0, 0.5 at 1, approaches 1; a rational stand-in for 1-exp(-x). */
export function saturate(x: number): number {
  return x <= 0 ? 0 : x / (1 + x);
}

/** Moves `from` toward `to` by `rate` of the gap (exponential smoothing, one step). */
export function approach(from: number, to: number, rate: number): number {
  return from + (to - from) * clamp01(rate);
}

/** Square by multiplication (never Math.pow). */
export function sq(x: number): number {
  return x * x;
}

/** Rounds to whole cents (money is an integer count of cents). */
export function cents(x: number): number {
  return Math.round(x);
}

/** Stochastic rounding: floor(x + u) with u uniform in [0,1): unbiased integer draw from an expectation. */
export function stochasticRound(x: number, u: number): number {
  return x <= 0 ? 0 : Math.floor(x + u);
}
