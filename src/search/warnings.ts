/**
 * What the strategy search warns a scenario author about, each with the change to make: a strategy that beats
 * every bot on most seeds, a lever held at its extreme that wins, and levers that change nothing. Pure.
 */
import type { ReportWarning } from '../balance/index.ts';
import { num, pct, signed } from '../balance/index.ts';
import type { Scenario } from '../engine/index.ts';
import { FAMILIES } from './families/index.ts';
import { leverFix } from './fixes.ts';
import type { Sensitivity, SensitivityRow } from './sensitivity.ts';
import type { Verified } from './verify.ts';

export interface SearchWarning extends ReportWarning {
  kind: 'strategy-beats-bots' | 'extreme-wins' | 'lever-changes-nothing';
}

/** Beating every bot on this share of held-out seeds, with a margin clear of zero, is a warning. */
export const BEATS_EVERY_BOT = 0.75;
/** A move away from an extreme that costs at least this much (every move, clear of zero) means it carries the strategy. */
const EXTREME_COST = 5;

function beatsBots(sc: Scenario, v: Verified, sens: Sensitivity): SearchWarning[] {
  const b = v.best;
  if (b.beatsEveryBotShare < BEATS_EVERY_BOT || b.marginOverBestBot.low <= 0) return [];
  const bot = v.bots.find((x) => x.bot === v.bestBot)!;
  const does =
    b.keyLevers.length > 0
      ? `leans on ${b.keyLevers.map((k) => `\u201c${k}\u201d`).join(', ')}`
      : `does this: ${b.description.join(' ')}`;
  const nobody = v.bots.every((x) => x.winRate === 0) && b.winRate > 0;
  const top = sens.rows.find((r) => `${r.label}: ${r.value}` === b.keyLevers[0]);
  return [
    {
      kind: 'strategy-beats-bots',
      severity: 'warning',
      subject: top?.lever ?? null,
      message: `A strategy that ${does} beats every bot (random aside) on ${pct(b.beatsEveryBotShare)} of the held-out seeds: mean score ${num(b.meanScore)} against ${v.bestBot}'s ${num(bot.meanScore)} (${signed(b.marginOverBestBot.mean)}, 95% interval ${signed(b.marginOverBestBot.low)} to ${signed(b.marginOverBestBot.high)}), won ${pct(b.winRate)} of its games against ${pct(bot.winRate)}.${nobody ? ' No bot won a single game.' : ''}`,
      fix: `If this is the play your scenario teaches, say so in the briefing and keep it. If not, change what it leans on most${top ? `: ${leverFix(sc, top.family, top.lever)}` : ' (see the sensitivity table)'}. The whole strategy is under "Strongest strategy found".`,
    },
  ];
}

function probeWins(sc: Scenario, v: Verified): SearchWarning[] {
  const bot = v.bots.find((x) => x.bot === v.bestBot)!;
  return v.probes.flatMap((p): SearchWarning[] => {
    const a = p.alone;
    if (!a) return [];
    const wins = a.winRate >= 0.5 && a.winRate >= bot.winRate;
    const beats = a.beatsBestBotShare >= BEATS_EVERY_BOT && a.meanScore > bot.meanScore;
    if (!wins && !beats) return [];
    return [
      {
        kind: 'extreme-wins',
        severity: 'warning',
        subject: p.id,
        message: `Holding one lever at its extreme wins: "${p.label}", with every other lever left as the scenario starts, wins ${pct(a.winRate)} of its games and scores more than ${v.bestBot} on ${pct(a.beatsBestBotShare)} of the seeds (mean ${num(a.meanScore)} against ${num(bot.meanScore)}).`,
        fix: `Unless that extreme is the lesson, make holding it cost something through ${leverFix(sc, PROBE_FAMILY[p.id] ?? '')}.`,
      },
    ];
  });
}

/** The family each probe pushes (for its fix). */
const PROBE_FAMILY: Record<string, string> = {
  'max-agents': 'agents',
  'board-every-turn': 'board',
  'spin-every-turn': 'board',
  'raise-always': 'raise',
  'never-release': 'release',
  'crunch-forever': 'policy',
  'all-features': 'split',
  'never-hire': 'team',
};

function extremeCarries(sc: Scenario, v: Verified, sens: Sensitivity): SearchWarning[] {
  return v.best.extremes.flatMap((e): SearchWarning[] => {
    const rows = sens.rows.filter((r) => r.lever === e.lever || r.lever.startsWith(`${e.lever}.`));
    const carrying = rows.filter(
      (r) =>
        r.verdict === 'matters' &&
        r.moves.length > 0 &&
        r.moves.every((m) => m.high < 0 && m.meanDiff <= -EXTREME_COST),
    );
    if (carrying.length === 0) return [];
    const worst = Math.min(...carrying.map((r) => r.drop));
    return [
      {
        kind: 'extreme-wins',
        severity: 'warning',
        subject: e.lever,
        message: `The strongest strategy holds a lever at its extreme (${e.text}), and every move away from it costs points: up to ${num(-worst)} of the mean score on the same seeds.`,
        fix: `Unless that extreme is the lesson, give it a price that grows as it is pushed, through ${leverFix(sc, carrying[0]!.family, carrying[0]!.lever)}.`,
      },
    ];
  });
}

/** How to take a family's decisions away from the player: drop the card, or its decision types from `levers`. */
function leaveOut(sc: Scenario, family: string): string {
  if (family === 'event') return 'drop the card';
  const types = FAMILIES.find((f) => f.id === family)?.uses.filter((t) => sc.levers.includes(t)) ?? [];
  return `take ${types.map((t) => `\`${t}\``).join(' and ')} out of \`levers\``;
}

function deadLevers(sc: Scenario, sens: Sensitivity): SearchWarning[] {
  const byFamily = new Map<string, SensitivityRow[]>();
  for (const r of sens.rows)
    if (r.verdict === 'changes-nothing') byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), r]);
  return [...byFamily.entries()].map(([family, rows]) => {
    const names = rows.slice(0, 4).map((r) => `"${r.label}"`);
    const more = rows.length > 4 ? ` and ${rows.length - 4} more` : '';
    const changed = Math.max(...rows.flatMap((r) => r.moves.map((m) => m.changed)));
    return {
      kind: 'lever-changes-nothing' as const,
      severity: 'warning' as const,
      subject: rows[0]!.lever,
      message: `${names.join(', ')}${more} ${rows.length === 1 ? 'changes' : 'change'} nothing: moved alone from the strongest strategy, ${rows.length === 1 ? 'it' : 'each'} changed the decisions on up to ${pct(changed)} of the seeds but the mean score by less than a point.`,
      fix: `A lever that changes nothing teaches nothing: make it bite through ${leverFix(sc, family, rows[0]!.lever)}, or ${leaveOut(sc, family)}.`,
    };
  });
}

export function searchWarnings(sc: Scenario, v: Verified, sens: Sensitivity): SearchWarning[] {
  return [
    ...beatsBots(sc, v, sens),
    ...probeWins(sc, v),
    ...extremeCarries(sc, v, sens),
    ...deadLevers(sc, sens),
  ];
}
