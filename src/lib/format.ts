/**
 * Number formatting without Intl (shell engines may lack it, and output must be identical everywhere).
 * Pure.
 */

/** 1234567 → "1,234,567" (rounded to a whole number). */
export function groupThousands(x: number): string {
  const n = Math.round(x);
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Whole cents → "$1,234" (or "$1.2M" / "$350k" when compact). */
export function formatDollars(centsValue: number, compact = false): string {
  const dollars = centsValue / 100;
  const sign = dollars < 0 ? '-' : '';
  const abs = Math.abs(dollars);
  if (compact && abs >= 1_000_000) return `${sign}$${(Math.round(abs / 100_000) / 10).toFixed(1)}M`;
  if (compact && abs >= 10_000) return `${sign}$${Math.round(abs / 1000)}k`;
  return `${sign}$${groupThousands(abs)}`;
}

/** What a turn of `weeksPerTurn` weeks is called: week, sprint or month (the same word on every screen and report). */
export function turnUnit(weeksPerTurn: number): string {
  return weeksPerTurn === 1 ? 'week' : weeksPerTurn === 2 ? 'sprint' : 'month';
}
