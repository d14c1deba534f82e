/**
 * The balance report: what an aggregate means for the scenario's author, as plain data (the JSON output, and what
 * the text, HTML and browser views render). Same aggregate → same report. Pure.
 */
import type { Condition, DoraCluster, OutcomeReason, Scenario } from '../engine/index.ts';
import type { Aggregate, BotAggregate, VariantAggregate } from './aggregate.ts';
import { DORA_CLUSTERS, OUTCOME_REASONS } from './aggregate.ts';
import type { BalanceConfig } from './config.ts';
import { histogramMax, histogramMin, histogramQuantile, coarseBins, mean, pairedInterval } from './stats.ts';
import { round, sd, varianceShares, type VarianceShares } from './stats.ts';
import { BASE_BOT, DECISION_VARIANTS, isAvailable } from './variants.ts';
import { balanceWarnings, type BalanceWarning } from './warnings.ts';

export const REPORT_VERSION = 1;
/** Width of the report's histogram bins (score points). */
export const HISTOGRAM_BIN = 50;

export interface ScoreSummary {
  mean: number | null;
  sd: number | null;
  min: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  max: number | null;
  /** Games per HISTOGRAM_BIN-point bin from 0 (the last bin includes 1000). */
  histogram: number[];
}

export interface BotReport {
  bot: string;
  games: number;
  wins: number;
  winRate: number;
  meanTurns: number;
  score: ScoreSummary;
  /** Share of games ending for each reason. */
  outcomes: Record<OutcomeReason, number>;
  /** Share of games ending in each DORA cluster. */
  dora: Record<DoraCluster, number>;
}

export interface ConditionReport {
  /** As written in the file: "users >= 15000". */
  text: string;
  /** Share of games (all bots) in which it held at some turn. */
  heldShare: number;
  /** Lowest and highest value seen at any turn of any game (null when no turn was observed). */
  lowest: number | null;
  highest: number | null;
  /** The same, per bot. */
  perBot: { bot: string; heldShare: number; lowest: number | null; highest: number | null }[];
}

export interface EventReport {
  id: string;
  title: string;
  followUpOnly: boolean;
  /** Per-week chance in the file. */
  chance: number;
  /** Share of games, over all bots, in which it fired at least once. */
  share: number;
  /** Per bot: share of games it fired in, mean fires per game, share of games its conditions held together. */
  perBot: { bot: string; share: number; meanFires: number; eligibleShare: number }[];
  status: 'never' | 'always' | 'sometimes';
  /** Timed by the author: conditions only on `turn` and a chance of 1 a turn (a tutorial's scripted card). */
  scheduled: boolean;
  conditions: ConditionReport[];
  /** Share of games in which all conditions held together at some turn, and the mean such turns per game. */
  eligibleShare: number;
  eligibleTurns: number;
  /** How often each option was chosen, over all bots' games and per bot. */
  options: { id: string; label: string; chosen: number; perBot: { bot: string; chosen: number }[] }[];
  /**
   * As a follow-up (null when no option of the scenario schedules it), per bot: times an answer scheduled it,
   * times it came due before the game ended, times it fired then, and per condition of its `when` the due
   * turns on which that condition did not hold.
   */
  followUp: {
    perBot: { bot: string; scheduled: number; due: number; fired: number; failed: number[] }[];
  } | null;
}

export interface ObjectiveReport {
  id: string;
  label: string;
  /** "users >= 100000" */
  text: string;
  required: boolean;
  perBot: { bot: string; met: number; metShare: number; medianAttainment: number }[];
  /** Best final value any game reached. */
  best: number | null;
}

export interface DecisionReport {
  id: string;
  label: string;
  runs: number;
  /** Mean paired score difference (variant − base) and its 95% confidence interval. */
  meanDiff: number;
  low: number;
  high: number;
  /** Share of seeds where the change raised or lowered the score. */
  better: number;
  worse: number;
  baseWinRate: number;
  winRate: number;
}

export interface BalanceReport {
  version: number;
  scenario: { id: string; title: string; turns: number };
  seed: string;
  runs: number;
  variantRuns: number;
  baseBot: string;
  bots: BotReport[];
  /** Where score variance comes from: seeds (luck), bots (strategy) and their interaction. */
  luck: VarianceShares | null;
  headToHead: {
    /** Share of seeds on which each bot beat every other bot. */
    beatsAll: { bot: string; share: number }[];
    /** wins[a][b]: share of seeds on which bot a scored more than bot b. */
    wins: number[][];
  };
  events: EventReport[];
  objectives: ObjectiveReport[];
  /** Sorted by the size of the effect, largest first. */
  decisions: DecisionReport[];
  /** Variants that made no difference: on every paired seed the bot made the base bot's decisions, turn by turn. */
  unchangedDecisions: { id: string; label: string; runs: number }[];
  /** Variants the scenario cannot show (their levers are not offered). */
  unavailableDecisions: { id: string; label: string; levers: string[] }[];
  warnings: BalanceWarning[];
}

export const conditionText = (c: Condition): string => `${c.metric} ${c.op} ${c.value}`;
const share = (n: number, d: number): number => (d > 0 ? round(n / d) : 0);
const r1 = (x: number | null): number | null => (x === null ? null : round(x, 1));
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function scoreSummary(b: BotAggregate): ScoreSummary {
  return {
    mean: r1(mean(b.scoreSum, b.games)),
    sd: r1(sd(b.scoreSum, b.scoreSumSq, b.games)),
    min: histogramMin(b.scoreHist),
    p10: histogramQuantile(b.scoreHist, 0.1),
    p50: histogramQuantile(b.scoreHist, 0.5),
    p90: histogramQuantile(b.scoreHist, 0.9),
    max: histogramMax(b.scoreHist),
    histogram: coarseBins(b.scoreHist, HISTOGRAM_BIN),
  };
}

function byKeys<K extends string>(
  keys: readonly K[],
  counts: readonly number[],
  n: number,
): Record<K, number> {
  const out = {} as Record<K, number>;
  keys.forEach((k, i) => (out[k] = share(counts[i]!, n)));
  return out;
}

function botReport(name: string, b: BotAggregate): BotReport {
  return {
    bot: name,
    games: b.games,
    wins: b.wins,
    winRate: share(b.wins, b.games),
    meanTurns: round(b.turns / Math.max(1, b.games), 1),
    score: scoreSummary(b),
    outcomes: byKeys(OUTCOME_REASONS, b.outcomes, b.games),
    dora: byKeys(DORA_CLUSTERS, b.dora, b.games),
  };
}

const sumOver = (bots: readonly BotAggregate[], f: (b: BotAggregate) => number): number =>
  bots.reduce((a, b) => a + f(b), 0);

function eventReports(scenario: Scenario, agg: Aggregate, names: readonly string[]): EventReport[] {
  const games = sumOver(agg.bots, (b) => b.games);
  let c0 = 0;
  return scenario.events.map((def, e) => {
    const first = c0;
    const conditions = def.when.map((cond, j) => {
      const c = c0 + j;
      return {
        text: conditionText(cond),
        heldShare: share(
          sumOver(agg.bots, (b) => b.conditionGames[c]!),
          games,
        ),
        lowest: finite(Math.min(...agg.bots.map((b) => b.conditionMin[c]!))),
        highest: finite(Math.max(...agg.bots.map((b) => b.conditionMax[c]!))),
        perBot: agg.bots.map((b, i) => ({
          bot: names[i]!,
          heldShare: share(b.conditionGames[c]!, b.games),
          lowest: finite(b.conditionMin[c]!),
          highest: finite(b.conditionMax[c]!),
        })),
      };
    });
    c0 += def.when.length;
    const perBot = agg.bots.map((b, i) => ({
      bot: names[i]!,
      share: share(b.eventGames[e]!, b.games),
      meanFires: round(b.eventFires[e]! / Math.max(1, b.games), 3),
      eligibleShare: share(b.eventEligibleGames[e]!, b.games),
    }));
    const fired = sumOver(agg.bots, (b) => b.eventGames[e]!);
    const always = games > 0 && perBot.every((p) => p.share >= 0.99);
    return {
      id: def.id,
      title: def.title,
      followUpOnly: def.followUpOnly,
      chance: def.baseChance,
      share: share(fired, games),
      perBot,
      status: games > 0 && fired === 0 ? 'never' : always ? 'always' : 'sometimes',
      scheduled:
        !def.followUpOnly &&
        def.when.length > 0 &&
        def.when.every((c) => c.metric === 'turn') &&
        def.baseChance * scenario.params.weeksPerTurn >= 1,
      conditions,
      eligibleShare: share(
        sumOver(agg.bots, (b) => b.eventEligibleGames[e]!),
        games,
      ),
      eligibleTurns: round(sumOver(agg.bots, (b) => b.eventEligibleTurns[e]!) / Math.max(1, games), 1),
      options: def.options.map((o, j) => ({
        id: o.id,
        label: o.label,
        chosen: sumOver(agg.bots, (b) => b.optionChosen[e]![j]!),
        perBot: agg.bots.map((b, i) => ({ bot: names[i]!, chosen: b.optionChosen[e]![j]! })),
      })),
      followUp: scheduledBy(scenario, def.id)
        ? {
            perBot: agg.bots.map((b, i) => ({
              bot: names[i]!,
              scheduled: b.followUpScheduled[e]!,
              due: b.followUpDue[e]!,
              fired: b.followUpFired[e]!,
              failed: def.when.map((_, j) => b.conditionFailedDue[first + j]!),
            })),
          }
        : null,
    };
  });
}

/** Whether any outcome of any option of the scenario schedules the event as a follow-up. */
function scheduledBy(scenario: Scenario, id: string): boolean {
  return scenario.events.some((e) =>
    e.options.some((o) => o.outcomes.some((oc) => oc.followUp?.event === id)),
  );
}

function objectiveReports(scenario: Scenario, agg: Aggregate, names: readonly string[]): ObjectiveReport[] {
  return scenario.objectives.map((o, i) => {
    const values = agg.bots.map((b) => b.objectiveBest[i]!).filter((v) => !Number.isNaN(v));
    const best = values.length === 0 ? null : o.op === '>=' ? Math.max(...values) : Math.min(...values);
    return {
      id: o.id,
      label: o.label,
      text: `${o.metric} ${o.op} ${o.target}`,
      required: o.required,
      perBot: agg.bots.map((b, j) => ({
        bot: names[j]!,
        met: b.objectiveMet[i]!,
        metShare: share(b.objectiveMet[i]!, b.games),
        medianAttainment: (histogramQuantile(b.objectiveAttainment[i]!, 0.5) ?? 0) / 100,
      })),
      best: best === null ? null : round(best, 4),
    };
  });
}

/** A variant whose games were the base bot's own on every paired seed: its change never came into play. */
const unchanged = (a: VariantAggregate | undefined): boolean =>
  a !== undefined && a.runs > 0 && a.identical === a.runs;

function unchangedReports(scenario: Scenario, agg: Aggregate): BalanceReport['unchangedDecisions'] {
  return DECISION_VARIANTS.filter((v) => isAvailable(v, scenario)).flatMap((v, i) => {
    const a = agg.variants[i];
    return a && unchanged(a) ? [{ id: v.id, label: v.label, runs: a.runs }] : [];
  });
}

function decisionReports(scenario: Scenario, agg: Aggregate): DecisionReport[] {
  const available = DECISION_VARIANTS.filter((v) => isAvailable(v, scenario));
  const base = agg.base;
  const out = available.flatMap((v, i) => {
    const a = agg.variants[i];
    const ci = a ? pairedInterval(a.runs, a.sumDiff, a.sumDiffSq) : null;
    if (!a || !ci || unchanged(a)) return [];
    return [
      {
        id: v.id,
        label: v.label,
        runs: a.runs,
        meanDiff: round(ci.mean, 1),
        low: round(ci.low, 1),
        high: round(ci.high, 1),
        better: share(a.better, a.runs),
        worse: share(a.worse, a.runs),
        baseWinRate: share(base.wins, base.runs),
        winRate: share(a.wins, a.runs),
      },
    ];
  });
  // Largest effect first; ties keep the fixed variant order (sort is stable).
  return out.sort((x, y) => Math.abs(y.meanDiff) - Math.abs(x.meanDiff));
}

export function buildReport(scenario: Scenario, config: BalanceConfig, agg: Aggregate): BalanceReport {
  const names = config.bots;
  const k = names.length;
  const luck = varianceShares(
    agg.seeds,
    agg.bots.map((b) => b.scoreSum),
    sumOver(agg.bots, (b) => b.scoreSumSq),
    agg.seedSumSq,
  );
  const report: BalanceReport = {
    version: REPORT_VERSION,
    scenario: { id: scenario.id, title: scenario.title, turns: scenario.turns },
    seed: config.seed,
    runs: config.runs,
    variantRuns: agg.base.runs,
    baseBot: BASE_BOT,
    bots: agg.bots.map((b, i) => botReport(names[i]!, b)),
    luck: luck && {
      seed: round(luck.seed),
      bot: round(luck.bot),
      interaction: round(luck.interaction),
      totalVariance: round(luck.totalVariance, 1),
    },
    headToHead: {
      beatsAll: names.map((bot, i) => ({ bot, share: share(agg.beatsAll[i]!, agg.seeds) })),
      wins: names.map((_, a) => names.map((__, b) => share(agg.pairWins[a * k + b]!, agg.seeds))),
    },
    events: eventReports(scenario, agg, names),
    objectives: objectiveReports(scenario, agg, names),
    decisions: decisionReports(scenario, agg),
    unchangedDecisions: unchangedReports(scenario, agg),
    unavailableDecisions: DECISION_VARIANTS.filter((v) => !isAvailable(v, scenario)).map((v) => ({
      id: v.id,
      label: v.label,
      levers: [...v.levers],
    })),
    warnings: [],
  };
  report.warnings = balanceWarnings(scenario, report);
  return report;
}
