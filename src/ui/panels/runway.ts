/**
 * The runway the dashboard shows, read from the same forecast as the charts, so the tile and the forecast
 * always agree: how many whole turns the cash lasts in the median simulated future under the drafted plan
 * (and in the pessimistic p10 one). Within the forecast's horizon it is the first turn whose cash is below
 * zero; beyond it, the horizon plus the runway left at its end (cash ÷ that turn's burn). One-off costs (a hiring
 * fee this week) are therefore spent once, not extrapolated as if paid every week. Pure.
 */
import type { Forecast } from '../../engine/index.ts';

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
