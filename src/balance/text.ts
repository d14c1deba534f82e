/** The balance report as plain text for a terminal: aligned tables, histograms as bars, then the warnings. Pure. */
import { DORA_CLUSTERS, OUTCOME_REASONS } from './aggregate.ts';
import { botList, num, OUTCOME_LABELS, pct, plural, signed, unchangedNote } from './format.ts';
import type { BalanceReport } from './report.ts';
import type { ReportWarning } from './warnings.ts';
import { HISTOGRAM_BIN } from './report.ts';

const WIDTH = 100;
const BLOCKS = ' \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';

/** Aligned columns: the first left-aligned, the rest right-aligned. */
export function textTable(head: string[], rows: string[][]): string[] {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** Words wrapped at the report's width, each line starting with `indent`. */
export function wrapText(text: string, indent: string): string[] {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > WIDTH && line.trim().length > 0) {
      out.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim().length > 0 ? ' ' : '') + word;
  }
  if (line.trim().length > 0) out.push(line.trimEnd());
  return out;
}

/** One character per histogram bin, its height relative to the tallest bin. */
export function sparkBars(counts: readonly number[]): string {
  const max = Math.max(1, ...counts);
  return counts.map((c) => BLOCKS[c === 0 ? 0 : Math.max(1, Math.round((c / max) * 8))]).join('');
}

function botSection(r: BalanceReport): string[] {
  const bins = r.bots[0]?.score.histogram.length ?? 0;
  return [
    ...textTable(
      ['bot', 'win', 'p10', 'p50', 'p90', 'mean', 'sd', 'turns'],
      r.bots.map((b) => [
        b.bot,
        pct(b.winRate),
        num(b.score.p10),
        num(b.score.p50),
        num(b.score.p90),
        num(b.score.mean),
        num(b.score.sd),
        num(b.meanTurns),
      ]),
    ),
    '',
    `Score distribution (0 to 1000, ${HISTOGRAM_BIN}-point bins)`,
    ...textTable(
      ['', `0${' '.repeat(Math.max(0, bins - 5))}1000`],
      r.bots.map((b) => [b.bot, `|${sparkBars(b.score.histogram)}|`]),
    ),
    '',
    'Outcomes',
    ...textTable(
      ['bot', ...OUTCOME_REASONS.slice(0, 5).map((k) => OUTCOME_LABELS[k]!)],
      r.bots.map((b) => [b.bot, ...OUTCOME_REASONS.slice(0, 5).map((k) => pct(b.outcomes[k]))]),
    ),
    '',
    'DORA cluster at the end',
    ...textTable(
      ['bot', ...DORA_CLUSTERS],
      r.bots.map((b) => [b.bot, ...DORA_CLUSTERS.map((k) => pct(b.dora[k]))]),
    ),
  ];
}

function crossSection(r: BalanceReport): string[] {
  const out: string[] = [];
  if (r.luck) {
    out.push(
      `Luck vs skill (share of score variance): seed (luck) ${pct(r.luck.seed)} \u00b7 strategy (skill) ${pct(r.luck.bot)} \u00b7 interaction ${pct(r.luck.interaction)}`,
    );
  }
  if (r.bots.length > 1) {
    out.push('', 'Head to head (share of seeds on which the row bot scores more than the column bot)');
    out.push(
      ...textTable(
        ['', ...r.bots.map((b) => b.bot), 'beats all'],
        r.bots.map((b, a) => [
          b.bot,
          ...r.bots.map((_, c) => (a === c ? '\u2013' : pct(r.headToHead.wins[a]![c]!))),
          pct(r.headToHead.beatsAll[a]!.share),
        ]),
      ),
    );
  }
  return out;
}

function eventSection(r: BalanceReport): string[] {
  if (r.events.length === 0) return ['Events: none in this scenario'];
  return [
    'Events (share of games in which each fired)',
    ...textTable(
      ['event', ...r.bots.map((b) => b.bot), 'all', ''],
      r.events.map((e) => [
        e.id,
        ...e.perBot.map((p) => pct(p.share)),
        pct(e.share),
        e.scheduled ? 'scheduled' : e.status === 'sometimes' ? '' : e.status.toUpperCase(),
      ]),
    ),
  ];
}

function objectiveSection(r: BalanceReport): string[] {
  if (r.objectives.length === 0) return ['Objectives: none in this scenario'];
  return [
    'Objectives (share of games that met each at the end)',
    ...textTable(
      ['objective', 'condition', ...r.bots.map((b) => b.bot), 'best game'],
      r.objectives.map((o) => [
        `${o.id}${o.required ? '*' : ''}`,
        o.text,
        ...o.perBot.map((p) => pct(p.metShare)),
        num(o.best),
      ]),
    ),
    '* required to win',
  ];
}

function decisionSection(r: BalanceReport): string[] {
  if (r.decisions.length === 0 && r.unchangedDecisions.length === 0) return [];
  const out = [
    `Decisions that matter (${r.baseBot} with one change, ${plural(r.variantRuns, 'paired seed')}; mean score change, 95% interval)`,
    ...textTable(
      ['change', 'effect', '95% interval', 'win rate'],
      r.decisions.map((d) => [
        d.label,
        signed(d.meanDiff),
        `${signed(d.low)} to ${signed(d.high)}`,
        `${pct(d.baseWinRate)} \u2192 ${pct(d.winRate)}`,
      ]),
    ),
  ];
  if (r.unchangedDecisions.length > 0) {
    const note = unchangedNote(r);
    out.push(...wrapText(`${note.heading}${note.detail}`, ''));
  }
  if (r.unavailableDecisions.length > 0) {
    out.push(`Not offered by this scenario: ${r.unavailableDecisions.map((d) => d.label).join('; ')}`);
  }
  return out;
}

/** Warnings as text: each with its kind and its fix indented below. */
export function formatWarnings(warnings: readonly ReportWarning[], heading = 'Warnings'): string[] {
  if (warnings.length === 0) return [`No ${heading.toLowerCase()}.`];
  const out = [`${heading} (${warnings.length})`];
  for (const w of warnings) {
    out.push(...wrapText(`${w.severity === 'warning' ? '!' : 'i'} [${w.kind}] ${w.message}`, ''));
    out.push(...wrapText(`fix: ${w.fix}`, '    '));
  }
  return out;
}

export function formatReport(r: BalanceReport): string {
  const sections = [
    [
      `Balance report: ${r.scenario.title} (${r.scenario.id}, ${r.scenario.turns} turns)`,
      `${plural(r.runs, 'seed')} per bot from seed "${r.seed}"; bots: ${botList(r.bots)}`,
    ],
    botSection(r),
    crossSection(r),
    eventSection(r),
    objectiveSection(r),
    decisionSection(r),
    formatWarnings(r.warnings),
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
