/** The strategy search as plain text for a terminal: the strongest strategy, bots, probes, sensitivity, warnings. Pure. */
import { formatWarnings, num, pct, signed, textTable, wrapText } from '../balance/index.ts';
import { howFound } from './document.ts';
import type { SearchResult } from './result.ts';

function bestSection(r: SearchResult): string[] {
  const b = r.best;
  const row = (
    who: string,
    s: { meanScore: number; low: number; high: number; winRate: number },
  ): string[] => [who, num(s.meanScore), `${num(s.low)}\u2013${num(s.high)}`, pct(s.winRate)];
  return [
    'Strongest strategy found',
    ...b.description.flatMap((line) =>
      wrapText(`- ${line}`, '  ').map((l, i) => (i === 0 ? `  ${l.trim()}` : l)),
    ),
    '',
    ...textTable(
      ['player', 'mean', '95%', 'win'],
      [row('strongest', b), ...r.bots.map((x) => row(x.bot, x))],
    ),
    ...wrapText(
      `Beats ${r.bestBot} (the best bot) on ${pct(b.beatsBestBotShare)} of seeds by ${signed(b.marginOverBestBot.mean)} (${signed(b.marginOverBestBot.low)} to ${signed(b.marginOverBestBot.high)}); every bot on ${pct(b.beatsEveryBotShare)}. Against each: ${b.beatsBot.map((x) => `${x.bot} ${pct(x.share)}`).join(', ')}.`,
      '',
    ),
    ...(b.keyLevers.length > 0 ? wrapText(`Leans on: ${b.keyLevers.join('; ')}.`, '') : []),
    ...wrapText(
      b.extremes.length > 0
        ? `At an extreme: ${b.extremes.map((e) => e.text).join('; ')}.`
        : 'No lever at a degenerate extreme.',
      '',
    ),
  ];
}

function probeSection(r: SearchResult): string[] {
  return [
    'Degenerate probes (one lever at its extreme all game): alone, and on the strongest strategy',
    ...textTable(
      ['probe', 'alone', 'win', `>${r.bestBot}`, 'on best', 'change'],
      r.probes.map((x) => [
        x.label,
        x.alone ? num(x.alone.meanScore) : 'not offered',
        x.alone ? pct(x.alone.winRate) : '',
        x.alone ? pct(x.alone.beatsBestBotShare) : '',
        x.onBest ? num(x.onBest.meanScore) : 'not offered',
        x.onBest ? signed(x.onBest.change.mean) : '',
      ]),
    ),
  ];
}

function sensitivitySection(r: SearchResult): string[] {
  const rows = r.sensitivity.rows.map((row) => {
    const worst = row.moves.reduce((a, m) => (m.meanDiff < a.meanDiff ? m : a), row.moves[0]!);
    return [
      row.label.length > 56 ? `${row.label.slice(0, 55)}\u2026` : row.label,
      row.value.length > 24 ? `${row.value.slice(0, 23)}\u2026` : row.value,
      worst ? `${signed(worst.meanDiff)} (${signed(worst.low)}..${signed(worst.high)})` : '',
      row.gain > 0 ? signed(row.gain) : '',
      row.verdict === 'matters' ? '' : row.verdict.replace(/-/g, ' '),
    ];
  });
  return [
    `Lever sensitivity (each lever moved alone from the strongest, on ${r.seeds.sensitivity} seeds)`,
    ...textTable(['lever', 'strongest', 'largest fall (95%)', 'rise', ''], rows),
  ];
}

export function formatSearch(r: SearchResult): string {
  const sections = [
    [
      `Strategy search: ${r.scenario.title} (${r.scenario.id}, ${r.scenario.turns} turns)`,
      ...wrapText(howFound(r), ''),
    ],
    bestSection(r),
    probeSection(r),
    sensitivitySection(r),
    formatWarnings(r.warnings, 'Search warnings'),
  ];
  return sections.map((s) => s.join('\n')).join('\n\n');
}
