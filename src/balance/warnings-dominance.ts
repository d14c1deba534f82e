/**
 * The dominant-strategy warning, specific to the file: how often the bot wins head to head against each other
 * bot and by how much, what in THIS scenario favours it (objectives it meets far more often, the habits of
 * the base bot its lead rests on, events the bots meet differently), and concrete edits with the current
 * values. Pure.
 */
import type { Scenario } from '../engine/index.ts';
import { isStrategyBot } from './config.ts';
import { num, pct, signed } from './format.ts';
import type { BalanceReport, BotReport } from './report.ts';
import { niceNumber } from './stats.ts';
import { DECISION_VARIANTS } from './variants.ts';
import type { BalanceWarning } from './warnings.ts';

/** A bot wins "whatever the world does" when it beats every other bot on this share of seeds. */
export const DOMINANCE_SHARE = 0.9;
/** A difference in met share (or median attainment) this large makes an objective favour one bot. */
const FAVOUR_GAP = 0.15;
/** A difference in the share of games an event fires in this large is worth naming. */
const EVENT_GAP = 0.3;

/** What each style is meant to teach, for the one line about the briefing. */
const STYLE: Record<string, string> = { steady: 'care', 'move-fast': 'speed', frugal: 'thrift' };

interface Leaning {
  text: string;
  gap: number;
  objective: number;
}

/** Objectives on which the dominant bot does much better (favour) or worse (against) than the best other bot. */
function leanings(
  report: BalanceReport,
  scenario: Scenario,
  d: string,
): { favour: Leaning[]; against: Leaning[] } {
  const favour: Leaning[] = [];
  const against: Leaning[] = [];
  report.objectives.forEach((o, i) => {
    const mine = o.perBot.find((p) => p.bot === d);
    const others = o.perBot.filter((p) => p.bot !== d);
    if (!mine || others.length === 0) return;
    const weight = scenario.objectives[i]!.weight;
    const name = `'${o.id}' (${o.text}, weight ${num(weight)})`;
    const bestMet = Math.max(...others.map((p) => p.metShare));
    const bestAtt = Math.max(...others.map((p) => p.medianAttainment));
    const rest = [...others];
    const met = `${name}: ${d} meets it in ${pct(mine.metShare)} of games, ${rest
      .sort((a, b) => b.metShare - a.metShare)
      .map((p) => `${p.bot} ${pct(p.metShare)}`)
      .join(', ')}`;
    const att = `${name}: ${d}'s median game reaches ${pct(mine.medianAttainment)} of it, ${rest
      .sort((a, b) => b.medianAttainment - a.medianAttainment)
      .map((p) => `${p.bot}'s ${pct(p.medianAttainment)}`)
      .join(', ')}`;
    if (mine.metShare - bestMet >= FAVOUR_GAP)
      favour.push({ text: met, gap: mine.metShare - bestMet, objective: i });
    else if (mine.medianAttainment - bestAtt >= FAVOUR_GAP)
      favour.push({ text: att, gap: mine.medianAttainment - bestAtt, objective: i });
    else if (bestMet - mine.metShare >= FAVOUR_GAP)
      against.push({ text: met, gap: bestMet - mine.metShare, objective: i });
    else if (bestAtt - mine.medianAttainment >= FAVOUR_GAP)
      against.push({ text: att, gap: bestAtt - mine.medianAttainment, objective: i });
  });
  const byGap = (a: Leaning, b: Leaning): number => b.gap - a.gap;
  return { favour: favour.sort(byGap).slice(0, 2), against: against.sort(byGap).slice(0, 2) };
}

/** What the paired decision variants say about the dominant bot's edge. */
function decisionNotes(report: BalanceReport, d: string): string[] {
  const base = report.baseBot;
  if (d === base) {
    const seen = new Set<string>();
    return report.decisions
      .filter((x) => x.high < 0)
      .sort((a, b) => a.meanDiff - b.meanDiff)
      .flatMap((x) => {
        const habit = DECISION_VARIANTS.find((v) => v.id === x.id)?.habit;
        if (!habit || seen.has(habit)) return [];
        seen.add(habit);
        return [
          `without ${habit} it scores ${num(-x.meanDiff)} points less ("${x.label}": ${signed(x.meanDiff)}, 95% interval ${signed(x.low)} to ${signed(x.high)})`,
        ];
      })
      .slice(0, 2);
  }
  return report.decisions
    .filter((x) => x.low > 0)
    .sort((a, b) => b.meanDiff - a.meanDiff)
    .slice(0, 2)
    .map((x) => `${base} itself gains ${num(x.meanDiff)} points from "${x.label}"`);
}

/** Events whose share of games differs most between the dominant bot and the others. */
function eventNotes(report: BalanceReport, d: string): string[] {
  return report.events
    .filter((e) => !e.scheduled)
    .map((e) => {
      const mine = e.perBot.find((p) => p.bot === d)?.share ?? 0;
      const others = e.perBot.filter((p) => p.bot !== d);
      const gap = Math.max(0, ...others.map((p) => Math.abs(p.share - mine)));
      const text = `'${e.id}' fires in ${pct(mine)} of ${d}'s games (${others.map((p) => `${p.bot} ${pct(p.share)}`).join(', ')})`;
      return { text, gap };
    })
    .filter((x) => x.gap >= EVENT_GAP)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, 2)
    .map((x) => x.text);
}

/**
 * The objective edit: lower its weight, or move its target to where the median game of the closest other
 * strategy (random only when nothing else was compared) ends.
 */
function objectiveEdit(scenario: Scenario, report: BalanceReport, l: Leaning, d: string): string {
  const def = scenario.objectives[l.objective]!;
  const o = report.objectives[l.objective]!;
  const others = o.perBot.filter((p) => p.bot !== d);
  const strategies = others.filter((p) => isStrategyBot(p.bot));
  const closest = (strategies.length > 0 ? strategies : others)
    .filter((p) => p.medianAttainment > 0 && p.medianAttainment < 1)
    .sort((a, b) => b.medianAttainment - a.medianAttainment)[0];
  const att = closest?.medianAttainment ?? 0;
  const reach = closest ? niceNumber(def.op === '>=' ? att * def.target : def.target / att) : null;
  const target =
    closest && reach !== null
      ? ` or loosen its \`target\` (now ${num(def.target)}; ${closest.bot}'s median game ends near ${num(reach)}, so \`target: ${reach}\` would be met in about half of its games)`
      : '';
  return `lower the \`weight\` of '${def.id}' (now ${num(def.weight)})${target}`;
}

const tryValue = (now: number, factor: number): string =>
  `now ${num(now)}; try ${num(niceNumber(now * factor))}`;

/** The scenario's parameters that make the style pay, with their current values. */
function styleEdit(scenario: Scenario, d: string): string {
  const p = scenario.params;
  switch (d) {
    case 'steady':
      return `reward speed: fewer \`turns\` (now ${scenario.turns}; try ${Math.max(1, Math.round(scenario.turns * 0.75))}), a higher \`parameters.market.viralRate\` (${tryValue(p.market.viralRate, 1.5)}) so early features pay off, a growth objective the careful bot misses, or a real upside for the bold options of your events`;
    case 'move-fast':
      return `make unpaid debt bite: \`parameters.debt.interest.scaling\` (${tryValue(p.debt.interest.scaling, 2)}) and \`parameters.hazards.perDebt\` (${tryValue(p.hazards.perDebt, 2)}), a risky outcome for bold event options (an \`outcomes\` list with a bad branch), or a weighted risk or debt objective`;
    case 'frugal':
      return `make investment pay: \`parameters.money.arpu\` (${tryValue(p.money.arpuCents / 100, 1.5)}) so growth earns its cost, \`parameters.money.salary.engineer\` (${tryValue(p.money.salaryCents.engineer / 100, 0.75)}), or a growth objective a team of one cannot reach`;
    default:
      return `raise the stakes of the levers: \`parameters.debt.drag\` (${tryValue(p.debt.drag, 2)}), \`parameters.hazards.perDebt\` (${tryValue(p.hazards.perDebt, 2)}), and objectives on what decisions change (users, debt, incidents, DORA)`;
  }
}

const median = (b: BotReport): number => b.score.p50 ?? 0;

function warningFor(scenario: Scenario, report: BalanceReport, d: number, share: number): BalanceWarning {
  const bot = report.bots[d]!;
  const others = report.bots.filter((_, i) => i !== d);
  const h2h = report.bots
    .map((b, i) => ({ bot: b.bot, share: report.headToHead.wins[d]![i]! }))
    .filter((_, i) => i !== d)
    .sort((a, b) => a.share - b.share)
    .map((x) => `${x.bot} on ${pct(x.share)}`);
  const runnerUp = others.reduce((a, b) => (median(b) > median(a) ? b : a), others[0]!);
  const gap = median(bot) - median(runnerUp);
  const message = `${bot.bot} scores higher than every other bot on ${pct(share)} of seeds (head to head it beats ${h2h.join(', ')}); its median score is ${num(bot.score.p50)} against ${num(runnerUp.score.p50)} for ${runnerUp.bot}, the next best, ${gap} points apart: one strategy wins whatever the world does, so there is no trade-off to weigh.`;

  const { favour, against } = leanings(report, scenario, bot.bot);
  const why = [
    ...favour.map((l) => l.text),
    ...decisionNotes(report, bot.bot),
    ...eventNotes(report, bot.bot),
  ];
  const edits = [
    ...favour.slice(0, 1).map((l) => objectiveEdit(scenario, report, l, bot.bot)),
    ...against
      .slice(0, 1)
      .map(
        (l) =>
          `raise the \`weight\` of '${scenario.objectives[l.objective]!.id}' (now ${num(scenario.objectives[l.objective]!.weight)}), where the others do better`,
      ),
    styleEdit(scenario, bot.bot),
  ];
  const style = STYLE[bot.bot];
  const fix = [
    why.length > 0 ? `What favours ${bot.bot} here: ${why.join('; ')}.` : '',
    `To make the others competitive: ${edits.join('; or ')}.`,
    style ? `If this scenario is meant to reward ${style}, say so in the briefing.` : '',
  ].filter((x) => x.length > 0);
  return { kind: 'dominant-strategy', severity: 'warning', subject: bot.bot, message, fix: fix.join(' ') };
}

export function dominance(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  if (report.bots.length < 2) return [];
  return report.headToHead.beatsAll.flatMap((b, i) =>
    b.share >= DOMINANCE_SHARE ? [warningFor(scenario, report, i, b.share)] : [],
  );
}
