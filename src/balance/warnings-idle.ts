/**
 * The doing-nothing baseline: the `idle` bot keeps the starting plan and lets every event take its default. When
 * it wins as often as the strategies, or scores nearly as much, the scenario does not reward deciding. Pure.
 */
import type { Scenario } from '../engine/index.ts';
import { IDLE_BOT, isStrategyBot } from './config.ts';
import { num, pct } from './format.ts';
import type { BalanceReport, BotReport } from './report.ts';
import type { BalanceWarning } from './warnings.ts';

/** A mean score at least this share of the best strategy's: a note that decisions are worth little. */
export const IDLE_CLOSE_SHARE = 0.975;

const DOING_NOTHING =
  'Doing nothing (the `idle` bot: the starting plan all game, every event left to its default)';

/** An objective that is not required, that idle seldom meets and the best strategy usually does. */
function separating(report: BalanceReport, best: BotReport): string {
  const candidates = report.objectives
    .filter((o) => !o.required)
    .map((o) => ({
      o,
      idle: o.perBot.find((p) => p.bot === IDLE_BOT)?.metShare ?? 1,
      best: o.perBot.find((p) => p.bot === best.bot)?.metShare ?? 0,
    }))
    .filter((c) => c.best - c.idle >= 0.3)
    .sort((a, b) => b.best - b.idle - (a.best - a.idle));
  const c = candidates[0];
  if (!c) return '';
  return ` For instance \`required: true\` on '${c.o.id}' (${c.o.text}): ${best.bot} meets it in ${pct(c.best)} of its games, idle in ${pct(c.idle)}.`;
}

function knobs(scenario: Scenario): string {
  const p = scenario.params;
  return `Or make the starting company drift unless it is managed: more \`initial.debt\` (now ${num(scenario.initial.debt)}), a stronger \`parameters.debt.drag\` (now ${num(p.debt.drag)}) or \`parameters.hazards.perDebt\` (now ${num(p.hazards.perDebt)}), or events whose \`defaultOption\` costs something.`;
}

function winsWarning(
  scenario: Scenario,
  report: BalanceReport,
  idle: BotReport,
  best: BotReport,
): BalanceWarning {
  return {
    kind: 'doing-nothing-wins',
    severity: 'warning',
    subject: IDLE_BOT,
    message: `Doing nothing wins ${pct(idle.winRate)} of games, at least as often as the best strategy (${best.bot}, ${pct(best.winRate)}): a student who never touches the plan wins the scenario.`,
    fix: `Make winning take decisions: a required objective the starting company does not reach by itself.${separating(report, best)} ${knobs(scenario)} If everyone is meant to win (a tutorial, a warm-up), say so in the briefing.`,
  };
}

function closeNote(
  scenario: Scenario,
  report: BalanceReport,
  idle: BotReport,
  best: BotReport,
): BalanceWarning {
  const gap = (best.score.mean ?? 0) - (idle.score.mean ?? 0);
  return {
    kind: 'doing-nothing-scores-well',
    severity: 'info',
    subject: IDLE_BOT,
    message: `${DOING_NOTHING} scores ${num(idle.score.mean)} on average, only ${num(Math.round(gap * 10) / 10)} points below the best strategy (${best.bot}, ${num(best.score.mean)}): the decisions are worth little on the scoreboard.`,
    fix: `Give more \`weight\` to the objectives the decisions move, or raise their \`target\` beyond what the starting plan reaches.${separating(report, best)} ${knobs(scenario)}`,
  };
}

export function idleWarnings(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  const idle = report.bots.find((b) => b.bot === IDLE_BOT);
  const strategies = report.bots.filter((b) => isStrategyBot(b.bot) && b.games > 0);
  if (!idle || idle.games === 0 || strategies.length === 0) return [];
  const mostWins = strategies.reduce((a, b) => (b.winRate > a.winRate ? b : a));
  if (idle.winRate > 0 && idle.winRate >= mostWins.winRate) {
    return [winsWarning(scenario, report, idle, mostWins)];
  }
  const bestScore = strategies.reduce((a, b) => ((b.score.mean ?? 0) > (a.score.mean ?? 0) ? b : a));
  const best = bestScore.score.mean ?? 0;
  return best > 0 && (idle.score.mean ?? 0) >= IDLE_CLOSE_SHARE * best
    ? [closeNote(scenario, report, idle, bestScore)]
    : [];
}
