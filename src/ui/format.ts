/** Formatting numbers for people: money, counts, percentages, durations. Pure. */
import { formatDollars, groupThousands } from '../lib/format.ts';

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

export function turnUnit(weeksPerTurn: number): string {
  return weeksPerTurn === 1 ? 'week' : weeksPerTurn === 2 ? 'sprint' : 'month';
}
