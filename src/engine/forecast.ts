/**
 * Forecast: p10/p50/p90 of key numbers N turns ahead under a plan, by simulating many alternative futures.
 * Each sample runs on a key derived from the game's key, so a forecast never reveals the real dice of the turns
 * ahead (that would let a player peek at the future), yet the same state and plan always give the same forecast.
 * Pure.
 */
import { metric } from './metrics.ts';
import { deriveKey } from './rng.ts';
import { advance, step } from './step.ts';
import type { Decision, GameState, MetricName, Scenario } from './types.ts';

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export interface ForecastTurn {
  turn: number;
  bands: Partial<Record<MetricName, Band>>;
  /** Share of samples the company survives to this turn (not bankrupt, ousted or collapsed). */
  alive: number;
}

export interface Forecast {
  horizon: number;
  samples: number;
  turns: ForecastTurn[];
}

export interface ForecastOptions {
  horizon: number;
  samples: number;
  metrics: MetricName[];
  /** Decisions of the turn about to be played; later turns keep the resulting plan. */
  decisions: readonly Decision[];
}

export const DEFAULT_FORECAST: ForecastOptions = {
  horizon: 8,
  samples: 40,
  metrics: ['users', 'cash', 'runwayTurns', 'debt'],
  decisions: [],
};

/** Quantile by nearest rank on a sorted copy (exact arithmetic only). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i]!;
}

export function forecast(
  state: GameState,
  scenario: Scenario,
  options: Partial<ForecastOptions> = {},
): Forecast {
  const o = { ...DEFAULT_FORECAST, ...options };
  const horizon = Math.max(0, Math.min(o.horizon, scenario.turns - state.turn));
  // values[t][m][sample]
  const values: number[][][] = [];
  const alive: number[] = [];
  for (let t = 0; t < horizon; t++) {
    values.push(o.metrics.map(() => []));
    alive.push(0);
  }
  for (let i = 0; i < o.samples; i++) {
    let s: GameState = { ...state, key: deriveKey(state.key, 'forecast', i) };
    for (let t = 0; t < horizon; t++) {
      if (s.status === 'playing') {
        // After the first turn the sample's state is its own: later turns are played in place.
        const r = t === 0 ? step(s, o.decisions, scenario) : advance(s, [], scenario);
        if (!r.ok) throw new Error(`forecast plan rejected: ${r.rejection.reason}`);
        s = r.state;
        // Reaching the scenario's last turn (won or ended) is surviving; only a loss is not.
        if (s.status !== 'lost') alive[t]! += 1;
      }
      const row = values[t]!;
      for (let m = 0; m < o.metrics.length; m++) row[m]!.push(metric(s, o.metrics[m]!));
    }
  }
  const turns: ForecastTurn[] = [];
  for (let t = 0; t < horizon; t++) {
    const bands: Partial<Record<MetricName, Band>> = {};
    for (let m = 0; m < o.metrics.length; m++) {
      const sorted = values[t]![m]!.slice().sort((a, b) => a - b);
      bands[o.metrics[m]!] = {
        p10: quantile(sorted, 0.1),
        p50: quantile(sorted, 0.5),
        p90: quantile(sorted, 0.9),
      };
    }
    turns.push({ turn: state.turn + t + 1, bands, alive: o.samples > 0 ? alive[t]! / o.samples : 0 });
  }
  return { horizon, samples: o.samples, turns };
}
