/**
 * The runway: one definition for every place that shows it (the world, the dashboard tile, the forecast and the
 * board-and-money panel), read from the same forecast as the dashboard's charts: how many whole turns the cash
 * lasts in the median simulated future under the drafted plan (and in the pessimistic p10 one). Within the
 * forecast's horizon it is the first turn whose cash is below zero; beyond it, the horizon plus the runway left
 * at its end (cash ÷ that turn's burn). One-off costs (a hiring fee this week) are therefore spent once, not
 * extrapolated as if paid every week. Past two years it reads "2 years+": a runway that long is no constraint,
 * and a precise "533 weeks" claims more than a forecast knows.
 */
import type { Forecast } from '../engine/index.ts';
import { forecast } from '../engine/index.ts';
import { store, type Game } from '../store/index.ts';
import { afterPaint } from './after-paint.ts';
import { turnWords } from './format.ts';

/** Whole turns of cash left; null when that future is profitable (cash never runs out at its burn). */
export type RunwayTurns = number | null;

/** The engine's "profitable" runway (runwayTurns caps at 999). */
const PROFITABLE = 999;

function at(f: Forecast, q: 'p10' | 'p50'): RunwayTurns | undefined {
  if (f.turns.length === 0) return undefined;
  const broke = f.turns.findIndex((t) => (t.bands.cash?.[q] ?? 0) < 0);
  if (broke >= 0) return broke;
  const end = f.turns[f.turns.length - 1]!.bands.runwayTurns?.[q];
  if (end === undefined) return undefined;
  return end >= PROFITABLE ? null : f.turns.length + Math.max(0, end);
}

export interface ForecastRunway {
  /** Median future. */
  p50: RunwayTurns;
  /** The pessimistic future: one in ten does worse. */
  p10: RunwayTurns;
}

/** The runway of a forecast with cash and runwayTurns bands; null when it has no turns (the game is over). */
export function forecastRunway(f: Forecast): ForecastRunway | null {
  const p50 = at(f, 'p50');
  const p10 = at(f, 'p10');
  if (p50 === undefined || p10 === undefined) return null;
  return { p50, p10 };
}

/** The forecast's length in turns (fewer near the end of a game) and its number of simulated futures. */
export const FORECAST_HORIZON = 8;
export const FORECAST_SAMPLES = 40;

interface Computed {
  state: unknown;
  draft: unknown;
  value: Forecast;
  /** The forecast of the same turn under the plan drafted before (for the ghost band), or null. */
  before: Forecast | null;
}

let shown: Computed | null = null;
let scheduled = false;
const listeners = new Set<() => void>();

function compute(game: Game): Computed {
  const value = forecast(game.state, game.loaded.scenario, {
    horizon: FORECAST_HORIZON,
    samples: FORECAST_SAMPLES,
    metrics: ['users', 'cash', 'runwayTurns'],
    decisions: game.draft,
  });
  const before = shown && shown.state === game.state ? shown.value : null;
  return { state: game.state, draft: game.draft, value, before };
}

const current = (game: Game): boolean =>
  shown !== null && shown.state === game.state && shown.draft === game.draft;

/**
 * Computes the forecast for the store's game after the next paint, so End turn and a moved slider show their
 * result at once and the forecast follows a moment later (it simulates 40 futures of 8 turns: the costliest work
 * of a turn on a slow laptop), then tells the listeners.
 */
function scheduleForecast(): void {
  if (scheduled) return;
  scheduled = true;
  afterPaint(() => {
    scheduled = false;
    const game = store.getState().game;
    if (!game || current(game) || game.state.status !== 'playing') return;
    shown = compute(game);
    for (const listener of listeners) listener();
  });
}

/** Calls `listener` whenever a newer forecast is ready; returns the function that stops. */
export function onForecast(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The forecast under the drafted plan, shared by every place that shows it (the dashboard, the runway in the
 * world and the money panel), with `fresh` false while a newer one is being computed (the last one is shown
 * meanwhile, marked as updating) and `before`, the forecast under the previous draft of this same turn.
 * Null before the first forecast of a game is ready.
 */
export function planForecast(
  game: Game,
): { value: Forecast; fresh: boolean; before: Forecast | null } | null {
  if (current(game)) return { value: shown!.value, fresh: true, before: shown!.before };
  if (game.state.status === 'playing') scheduleForecast();
  return shown && shown.state === game.state
    ? { value: shown.value, fresh: false, before: shown.before }
    : null;
}

/** Weeks from which a runway reads "2 years+". */
const LONG_WEEKS = 104;

/** A runway in words: "12 weeks", "3 months", or "2 years+" (also for a future that never runs out). */
export function runwayWords(
  turns: RunwayTurns,
  scenario: { turns: number; params: { weeksPerTurn: number } },
): string {
  if (turns === null || turns * scenario.params.weeksPerTurn >= LONG_WEEKS) return '2 years+';
  return turnWords(scenario).count(turns);
}

/**
 * The game's runway in words (median future under the drafted plan), "…" while the first forecast of this turn
 * is computed; null once the game is over.
 */
export function runwayText(game: Game): string | null {
  const f = planForecast(game);
  if (!f) return game.state.status === 'playing' ? '\u2026' : null;
  const r = forecastRunway(f.value);
  return r ? runwayWords(r.p50, game.loaded.scenario) : null;
}
