/** Formatting numbers for people: money, counts, percentages, durations, and what a turn is called. Pure. */
import { formatDollars, groupThousands, turnUnit } from '../lib/format.ts';

export { turnUnit };

export { formatDollars, groupThousands };

/** Dollars (not cents) in compact form: $1.2M, $350k, $9,800. */
export function money(dollars: number): string {
  return formatDollars(Math.round(dollars * 100), true);
}

export function count(n: number): string {
  if (Math.abs(n) >= 1_000_000) return `${(Math.round(n / 100_000) / 10).toFixed(1)}M`;
  if (Math.abs(n) >= 10_000) return `${Math.round(n / 1000)}k`;
  return groupThousands(n);
}

/**
 * Requests, given in thousands (the engine's load unit): 34 → "34k", 1,000 → "1.0M". The unit is part of the
 * result, so a caller never appends its own "k".
 */
export function requests(thousands: number): string {
  return count(thousands * 1000);
}

export function pct(x: number, digits = 0): string {
  return `${(x * 100).toFixed(digits)}%`;
}

export function signed(n: number, format: (x: number) => string = count): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `\u2212${format(-n)}` : format(0);
}

export function hours(h: number): string {
  if (h <= 0) return '\u2014';
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${h.toFixed(h < 10 ? 1 : 0)} h`;
  return `${(h / 24).toFixed(1)} days`;
}

export function days(d: number): string {
  if (d <= 0) return '\u2014';
  if (d < 1) return `${Math.round(d * 24)} h`;
  return `${d.toFixed(d < 10 ? 1 : 0)} days`;
}

export function runway(turns: number, unit: string): string {
  return turns >= 999 ? 'profitable' : `${turns} ${unit}${turns === 1 ? '' : 's'}`;
}

/**
 * What the scenario calls a turn (week, sprint or month, from its turnLength) and how turns are numbered, for
 * every screen: the turn being planned is number `turnsPlayed + 1` ("Week 3" once two weeks are played), and a
 * played turn keeps its number ("What happened in week 2"). One helper, so no screen says "turn 2" where the
 * HUD says "Week 3".
 */
export interface TurnWords {
  /** "week", "sprint" or "month". */
  unit: string;
  /** "weeks", … */
  units: string;
  /** "Week", … (a sentence's or a label's first word). */
  Unit: string;
  /** "1 week", "3 weeks". */
  count(n: number): string;
  /** Turn number `n`, counted from 1: "week 3" (or "Week 3" when `capital`). */
  nth(n: number, capital?: boolean): string;
  /** "Week 3 of 12": turn `n` of the scenario's length. */
  of(n: number): string;
  /** The number of the turn being planned after `turnsPlayed` turns (the last turn once the game is over). */
  planning(turnsPlayed: number): number;
}

export function turnWords(scenario: { turns: number; params: { weeksPerTurn: number } }): TurnWords {
  const unit = turnUnit(scenario.params.weeksPerTurn);
  const Unit = `${unit[0]!.toUpperCase()}${unit.slice(1)}`;
  const total = scenario.turns;
  return {
    unit,
    units: `${unit}s`,
    Unit,
    count: (n) => `${groupThousands(n)} ${unit}${n === 1 ? '' : 's'}`,
    nth: (n, capital = false) => `${capital ? Unit : unit} ${n}`,
    of: (n) => `${Unit} ${n} of ${total}`,
    planning: (turnsPlayed) => Math.max(1, Math.min(turnsPlayed + 1, total)),
  };
}
