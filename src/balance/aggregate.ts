/**
 * Streaming aggregates of many games: fixed-size counts, integer sums and extremes, never a list of games, so
 * memory does not grow with the number of runs. Scores are whole numbers 0..1000, so every sum is an exact
 * integer (below 2^53 up to a million runs) and merging partial aggregates is exact in any order: workers can
 * each aggregate a slice of seeds and the results add up to the one-pass aggregate, bit for bit. Pure.
 */
import type { DoraCluster, OutcomeReason, Scenario } from '../engine/index.ts';

export const SCORE_MAX = 1000;
/** Attainment of an objective in 1% bins (0..100). */
export const ATTAINMENT_BINS = 101;
export const OUTCOME_REASONS: readonly OutcomeReason[] = [
  'objectives-met',
  'bankrupt',
  'board-ousted',
  'team-collapsed',
  'out-of-turns',
  'in-progress',
];
export const DORA_CLUSTERS: readonly DoraCluster[] = ['elite', 'high', 'medium', 'low'];

/** One bot's games. Arrays by event index, condition index (events flattened) and objective index. */
export interface BotAggregate {
  games: number;
  wins: number;
  turns: number;
  /** scoreHist[s] = games that scored s (fine 1-point bins: exact quantiles). */
  scoreHist: number[];
  scoreSum: number;
  scoreSumSq: number;
  /** By OUTCOME_REASONS. */
  outcomes: number[];
  /** By DORA_CLUSTERS. */
  dora: number[];
  objectiveMet: number[];
  /** Per objective, ATTAINMENT_BINS counts of floor(100 × attainment). */
  objectiveAttainment: number[][];
  /** Per objective, the best final value of any game (highest for >=, lowest for <=). */
  objectiveBest: number[];
  /** Games in which the event fired at least once. */
  eventGames: number[];
  eventFires: number[];
  /** Games in which all the event's conditions held at once at some turn. */
  eventEligibleGames: number[];
  /** Turns (summed over games) in which all the event's conditions held. */
  eventEligibleTurns: number[];
  /** Per event, per option: times the event was answered with it. */
  optionChosen: number[][];
  /**
   * Per event, as a follow-up: times an answer scheduled it, times it came due while the game was still on,
   * and times it fired then (its own `when` held on the due turn).
   */
  followUpScheduled: number[];
  followUpDue: number[];
  followUpFired: number[];
  /** Per flattened condition: games in which it held at some turn, and the lowest and highest value seen. */
  conditionGames: number[];
  conditionMin: number[];
  conditionMax: number[];
  /** Per flattened condition: due turns of its event as a follow-up on which it did not hold. */
  conditionFailedDue: number[];
}

export interface VariantAggregate {
  runs: number;
  /** Sums of (variant score − base score) over paired seeds, and of its square. */
  sumDiff: number;
  sumDiffSq: number;
  better: number;
  worse: number;
  wins: number;
  /** Seeds on which the variant made every decision the base bot made: the very same game. */
  identical: number;
}

export interface Aggregate {
  /** Seeds played by every bot. */
  seeds: number;
  bots: BotAggregate[];
  /** Seeds on which each bot scored strictly more than every other bot. */
  beatsAll: number[];
  /** pairWins[a * k + b] = seeds on which bot a scored strictly more than bot b. */
  pairWins: number[];
  /** Σ over seeds of (Σ over bots of the score)²: the seed factor of the variance decomposition. */
  seedSumSq: number;
  /** The base bot on the paired seeds (its score sum, square sum and wins), and each variant against it. */
  base: { runs: number; sum: number; sumSq: number; wins: number };
  variants: VariantAggregate[];
}

/** The sizes of an aggregate, from the scenario: they never depend on the number of runs. */
export interface Shape {
  bots: number;
  variants: number;
  objectives: number;
  /** Options per event. */
  options: number[];
  /** Conditions per event, and the flattened total. */
  conditions: number[];
  conditionTotal: number;
}

export function shapeOf(scenario: Scenario, bots: number, variants: number): Shape {
  const conditions = scenario.events.map((e) => e.when.length);
  return {
    bots,
    variants,
    objectives: scenario.objectives.length,
    options: scenario.events.map((e) => e.options.length),
    conditions,
    conditionTotal: conditions.reduce((a, b) => a + b, 0),
  };
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

function emptyBot(shape: Shape): BotAggregate {
  const events = shape.conditions.length;
  return {
    games: 0,
    wins: 0,
    turns: 0,
    scoreHist: zeros(SCORE_MAX + 1),
    scoreSum: 0,
    scoreSumSq: 0,
    outcomes: zeros(OUTCOME_REASONS.length),
    dora: zeros(DORA_CLUSTERS.length),
    objectiveMet: zeros(shape.objectives),
    objectiveAttainment: Array.from({ length: shape.objectives }, () => zeros(ATTAINMENT_BINS)),
    objectiveBest: new Array<number>(shape.objectives).fill(Number.NaN),
    eventGames: zeros(events),
    eventFires: zeros(events),
    eventEligibleGames: zeros(events),
    eventEligibleTurns: zeros(events),
    optionChosen: shape.options.map(zeros),
    followUpScheduled: zeros(events),
    followUpDue: zeros(events),
    followUpFired: zeros(events),
    conditionGames: zeros(shape.conditionTotal),
    conditionMin: new Array<number>(shape.conditionTotal).fill(Number.POSITIVE_INFINITY),
    conditionMax: new Array<number>(shape.conditionTotal).fill(Number.NEGATIVE_INFINITY),
    conditionFailedDue: zeros(shape.conditionTotal),
  };
}

export function emptyAggregate(shape: Shape): Aggregate {
  return {
    seeds: 0,
    bots: Array.from({ length: shape.bots }, () => emptyBot(shape)),
    beatsAll: zeros(shape.bots),
    pairWins: zeros(shape.bots * shape.bots),
    seedSumSq: 0,
    base: { runs: 0, sum: 0, sumSq: 0, wins: 0 },
    variants: Array.from({ length: shape.variants }, () => ({
      runs: 0,
      sumDiff: 0,
      sumDiffSq: 0,
      better: 0,
      worse: 0,
      wins: 0,
      identical: 0,
    })),
  };
}

const addInto = (into: number[], from: readonly number[]): void => {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
};

/** Best of two objective values (NaN = no game yet): higher for >=, lower for <=. */
export function betterValue(a: number, b: number, higher: boolean): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return higher ? Math.max(a, b) : Math.min(a, b);
}

function mergeBot(into: BotAggregate, from: BotAggregate, higherIsBetter: readonly boolean[]): void {
  into.games += from.games;
  into.wins += from.wins;
  into.turns += from.turns;
  into.scoreSum += from.scoreSum;
  into.scoreSumSq += from.scoreSumSq;
  addInto(into.scoreHist, from.scoreHist);
  addInto(into.outcomes, from.outcomes);
  addInto(into.dora, from.dora);
  addInto(into.objectiveMet, from.objectiveMet);
  into.objectiveAttainment.forEach((bins, i) => addInto(bins, from.objectiveAttainment[i]!));
  into.objectiveBest = into.objectiveBest.map((v, i) =>
    betterValue(v, from.objectiveBest[i]!, higherIsBetter[i]!),
  );
  addInto(into.eventGames, from.eventGames);
  addInto(into.eventFires, from.eventFires);
  addInto(into.eventEligibleGames, from.eventEligibleGames);
  addInto(into.eventEligibleTurns, from.eventEligibleTurns);
  into.optionChosen.forEach((counts, i) => addInto(counts, from.optionChosen[i]!));
  addInto(into.followUpScheduled, from.followUpScheduled);
  addInto(into.followUpDue, from.followUpDue);
  addInto(into.followUpFired, from.followUpFired);
  addInto(into.conditionFailedDue, from.conditionFailedDue);
  addInto(into.conditionGames, from.conditionGames);
  into.conditionMin = into.conditionMin.map((v, i) => Math.min(v, from.conditionMin[i]!));
  into.conditionMax = into.conditionMax.map((v, i) => Math.max(v, from.conditionMax[i]!));
}

/** Adds `from` into `into` (mutating `into`); exact, so the order of merges never changes the result. */
export function mergeInto(into: Aggregate, from: Aggregate, scenario: Scenario): Aggregate {
  const higher = scenario.objectives.map((o) => o.op === '>=');
  into.seeds += from.seeds;
  into.bots.forEach((b, i) => mergeBot(b, from.bots[i]!, higher));
  addInto(into.beatsAll, from.beatsAll);
  addInto(into.pairWins, from.pairWins);
  into.seedSumSq += from.seedSumSq;
  into.base.runs += from.base.runs;
  into.base.sum += from.base.sum;
  into.base.sumSq += from.base.sumSq;
  into.base.wins += from.base.wins;
  into.variants.forEach((v, i) => {
    const f = from.variants[i]!;
    v.runs += f.runs;
    v.sumDiff += f.sumDiff;
    v.sumDiffSq += f.sumDiffSq;
    v.better += f.better;
    v.worse += f.worse;
    v.wins += f.wins;
    v.identical += f.identical;
  });
  return into;
}

/** How many numbers an aggregate holds (the memory test: it must not grow with runs). */
export function countNumbers(value: unknown): number {
  if (typeof value === 'number') return 1;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countNumbers(v), 0);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).reduce((n: number, v) => n + countNumbers(v), 0);
  return 0;
}
