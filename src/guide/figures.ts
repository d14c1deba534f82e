/**
 * The facilitator guide's expected outcomes, read from a balance report of the current rules (never typed in:
 * the rules change, the figures follow), and the seam for the strategy search's figures. Pure.
 */
import type { BalanceConfig, BalanceReport } from '../balance/index.ts';
import { defaultConfig } from '../balance/index.ts';
import { BOT_SUMMARY, isBotName } from '../bots/index.ts';
import type { OutcomeReason } from '../engine/index.ts';

/** Games per strategy behind a guide's figures: enough for stable quartiles, quick enough to print a guide. */
export const GUIDE_RUNS = 200;
/** The balance seed of a guide's figures: the same guide for the same rules. */
export const GUIDE_SEED = 'guide';

/** The balance run a guide's figures come from: every bot, no decision variants (the guide does not show them). */
export function guideConfig(runs: number = GUIDE_RUNS): BalanceConfig {
  return defaultConfig({ runs, seed: GUIDE_SEED, variantRuns: 0 });
}

export interface StrategyOutcome {
  bot: string;
  /** What the strategy does, in a player's words. */
  summary: string;
  winRate: number;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** How most of its games end. */
  usualEnding: OutcomeReason;
  usualEndingShare: number;
}

export interface ObjectiveOutcome {
  label: string;
  required: boolean;
  /** Share of games meeting it, per strategy, in the order of `strategies`. */
  metShare: number[];
}

export interface OutcomeFigures {
  runs: number;
  seed: string;
  strategies: StrategyOutcome[];
  objectives: ObjectiveOutcome[];
}

/**
 * What the strategy search (CALIBRATION.md §3: the strongest strategy found over every lever, and degenerate
 * strategies probed) will add to a guide once it exists; guides print it when given.
 */
export interface SearchFigures {
  /** The strongest strategy found, in plain words, and its scores. */
  best: { description: string; winRate: number; p50: number };
  /** Degenerate strategies tried (one lever held at an extreme), each with whether it wins. */
  degenerate: { description: string; winRate: number; p50: number }[];
}

export function outcomeFigures(report: BalanceReport): OutcomeFigures {
  const strategies = report.bots.map((b): StrategyOutcome => {
    const [usualEnding, usualEndingShare] = (Object.entries(b.outcomes) as [OutcomeReason, number][]).reduce(
      (best, entry) => (entry[1] > best[1] ? entry : best),
    );
    return {
      bot: b.bot,
      summary: isBotName(b.bot) ? BOT_SUMMARY[b.bot] : b.bot,
      winRate: b.winRate,
      p10: b.score.p10,
      p50: b.score.p50,
      p90: b.score.p90,
      usualEnding,
      usualEndingShare,
    };
  });
  const objectives = report.objectives.map((o) => ({
    label: o.label,
    required: o.required,
    metShare: strategies.map((s) => o.perBot.find((p) => p.bot === s.bot)?.metShare ?? 0),
  }));
  return { runs: report.runs, seed: report.seed, strategies, objectives };
}
