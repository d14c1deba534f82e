/** Number formatting for the balance report's text, HTML and browser views (no Intl: same text everywhere). Pure. */
import { BOT_SUMMARY, isBotName } from '../bots/index.ts';
import { groupThousands } from '../lib/format.ts';

/** 0.9432 → "94.3%", 1 → "100%", 0 → "0%", 0.0004 → "<0.1%". */
export function pct(x: number): string {
  if (x <= 0) return '0%';
  if (x >= 1) return '100%';
  if (x < 0.001) return '<0.1%';
  if (x > 0.999) return '>99.9%';
  const p = Math.round(x * 1000) / 10;
  return `${p % 1 === 0 ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** A value as an author would write it: 23410 → "23,410", 0.98731 → "0.987", 12.5 → "12.5". */
export function num(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  if (abs >= 1000) return groupThousands(x);
  if (Number.isInteger(x)) return String(x);
  if (abs >= 10) return String(Math.round(x * 10) / 10);
  return String(Math.round(x * 1000) / 1000);
}

/** A signed score difference: +12.3, −4.0. */
export function signed(x: number): string {
  const t = Math.abs(x).toFixed(1);
  return x > 0 ? `+${t}` : x < 0 ? `\u2212${t}` : `\u00b1${t}`;
}

/** The note naming the decision variants that never changed a game: a heading and its detail (text and HTML). */
export function unchangedNote(r: {
  baseBot: string;
  unchangedDecisions: readonly { label: string; runs: number }[];
}): { heading: string; detail: string } {
  const n = r.unchangedDecisions[0]?.runs ?? 0;
  const seeds = n === 1 ? 'its one paired seed' : `every one of its ${plural(n, 'paired seed')}`;
  return {
    heading: 'Made no difference in this scenario',
    detail: ` (${r.baseBot} with the change made the very same decisions on ${seeds}, so it never came into play): ${r.unchangedDecisions.map((d) => d.label).join('; ')}.`,
  };
}

/** The compared bots with what each does: "steady (foundations, gated releases), idle (…)". */
export function botList(bots: readonly { bot: string }[]): string {
  return bots.map(({ bot }) => (isBotName(bot) ? `${bot} (${BOT_SUMMARY[bot]})` : bot)).join(', ');
}

/** "1 game", "3 games". */
export function plural(n: number, word: string): string {
  return `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** How a game ended, in a player's words. */
export const OUTCOME_LABELS: Record<string, string> = {
  'objectives-met': 'won',
  bankrupt: 'bankrupt',
  'board-ousted': 'ousted',
  'team-collapsed': 'collapsed',
  'out-of-turns': 'out of turns',
  'in-progress': 'unfinished',
};

/** Splits text at backticks: odd parts are code (`parameters.market.viralRate`), even parts are prose. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text.length > 0);
}
