/**
 * Plays one chunk of seeds: every compared bot on each seed, then the decision variants of the base bot on the
 * paired seeds, folding each game into the chunk's aggregate and each seed's scores into the cross-bot sums
 * before moving on (nothing per game or per seed is kept). Pure and deterministic: the same job and chunk give
 * the same aggregate in any thread.
 */
import type { Bot } from '../bots/index.ts';
import { BOTS, playBot } from '../bots/index.ts';
import type { Decision, GameEvent, GameState, Scenario } from '../engine/index.ts';
import { scorecard } from '../engine/index.ts';
import type { Aggregate, BotAggregate } from './aggregate.ts';
import {
  betterValue,
  DORA_CLUSTERS,
  emptyAggregate,
  OUTCOME_REASONS,
  SCORE_MAX,
  shapeOf,
} from './aggregate.ts';
import type { BalanceJob } from './config.ts';
import { baseBotIndex, chunkRange, jobVariants, seedOf } from './config.ts';
import { ConditionTracker } from './tracking.ts';
import { BASE_BOT, variantBot } from './variants.ts';

interface FollowUp {
  /** Index of the event it schedules, and in how many turns. */
  event: number;
  inTurns: number;
}

interface Player {
  scenario: Scenario;
  tracker: ConditionTracker;
  eventIndex: Map<string, number>;
  optionIndex: Map<string, number>[];
  /** Per event, per option: the follow-up each outcome schedules, by outcome id (absent: none). */
  followUps: Map<string, FollowUp>[][];
}

function player(scenario: Scenario): Player {
  const eventIndex = new Map(scenario.events.map((e, i) => [e.id, i]));
  const followUps = scenario.events.map((e) =>
    e.options.map((o) => {
      const byOutcome = new Map<string, FollowUp>();
      for (const oc of o.outcomes) {
        const target = oc.followUp ? eventIndex.get(oc.followUp.event) : undefined;
        // The engine schedules it at least one turn ahead.
        if (target !== undefined)
          byOutcome.set(oc.id, { event: target, inTurns: Math.max(1, oc.followUp!.inTurns) });
      }
      return byOutcome;
    }),
  );
  return {
    scenario,
    tracker: new ConditionTracker(scenario),
    eventIndex,
    optionIndex: scenario.events.map((e) => new Map(e.options.map((o, i) => [o.id, i]))),
    followUps,
  };
}

interface GameResult {
  score: number;
  won: boolean;
  /** Every turn's decisions (the same seed and decisions make the same game). */
  log: Decision[][];
}

/** Plays one game and folds it into `agg` (when given); returns its score and whether it was won. */
function playInto(p: Player, seed: string, bot: Bot, agg: BotAggregate | null): GameResult {
  const { scenario, tracker } = p;
  if (!agg) {
    const { state, log } = playBot(scenario, seed, bot);
    return { score: clampScore(scorecard(state, scenario).score), won: state.status === 'won', log };
  }
  tracker.reset();
  const { state, log } = playBot(scenario, seed, bot, {
    cardsOnly: true,
    onTurn: (s, events) => {
      countEvents(p, events, agg);
      // The state after a turn is the one the engine drew this turn's events on (only while still playing).
      if (s.status === 'playing') {
        if (tracker.waiting.length > 0) tracker.followUpsDue(s, agg);
        tracker.observe(s);
      }
    },
  });
  return foldGame(p, state, agg, log);
}

/** Plain data equality (decisions are plain objects of strings, numbers and booleans). */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Counts the answers given this turn, the follow-ups they schedule, and the follow-ups that fired. */
function countEvents(p: Player, events: readonly GameEvent[], agg: BotAggregate): void {
  for (const ev of events) {
    if (ev.kind !== 'scenario') continue;
    const e = p.eventIndex.get(ev.id);
    if (e === undefined) continue;
    if (ev.option === undefined) {
      if (ev.causes[0]?.factor === 'follow-up') agg.followUpFired[e]!++;
      continue;
    }
    const o = p.optionIndex[e]!.get(ev.option);
    if (o === undefined) continue;
    agg.optionChosen[e]![o]!++;
    const next = ev.outcome === undefined ? undefined : p.followUps[e]![o]!.get(ev.outcome);
    if (next) {
      agg.followUpScheduled[next.event]!++;
      p.tracker.waiting.push(next.event, ev.turn + next.inTurns);
    }
  }
}

export const clampScore = (x: number): number => Math.max(0, Math.min(SCORE_MAX, Math.round(x)));

function foldGame(p: Player, state: GameState, agg: BotAggregate, log: Decision[][]): GameResult {
  const { scenario, tracker } = p;
  const card = scorecard(state, scenario);
  const score = clampScore(card.score);
  const won = state.status === 'won';
  agg.games++;
  if (won) agg.wins++;
  agg.turns += state.turn;
  agg.scoreHist[score]!++;
  agg.scoreSum += score;
  agg.scoreSumSq += score * score;
  agg.outcomes[OUTCOME_REASONS.indexOf(state.reason)]!++;
  agg.dora[DORA_CLUSTERS.indexOf(card.cluster)]!++;
  card.objectives.forEach((o, i) => {
    if (o.met) agg.objectiveMet[i]!++;
    agg.objectiveAttainment[i]![Math.min(100, Math.floor(o.attainment * 100))]!++;
    agg.objectiveBest[i] = betterValue(agg.objectiveBest[i]!, o.value, scenario.objectives[i]!.op === '>=');
  });
  for (let e = 0; e < scenario.events.length; e++) {
    const fired = state.eventCounts[e] ?? 0;
    if (fired > 0) agg.eventGames[e]!++;
    agg.eventFires[e]! += fired;
    agg.eventEligibleGames[e]! += tracker.eligible[e]!;
    agg.eventEligibleTurns[e]! += tracker.eligibleTurns[e]!;
  }
  for (let c = 0; c < tracker.held.length; c++) {
    const m = tracker.condMetric[c]!;
    agg.conditionGames[c]! += tracker.held[c]!;
    agg.conditionMin[c] = Math.min(agg.conditionMin[c]!, tracker.min[m]!);
    agg.conditionMax[c] = Math.max(agg.conditionMax[c]!, tracker.max[m]!);
  }
  return { score, won, log };
}

/** Folds one seed's scores (one per bot) into the cross-bot sums: variance decomposition and head to head. */
function foldSeed(agg: Aggregate, results: readonly GameResult[]): void {
  const k = results.length;
  let sum = 0;
  for (let a = 0; a < k; a++) {
    const ya = results[a]!.score;
    sum += ya;
    let beatsAll = k > 1;
    for (let b = 0; b < k; b++) {
      if (a === b) continue;
      if (ya > results[b]!.score) agg.pairWins[a * k + b]!++;
      else beatsAll = false;
    }
    if (beatsAll) agg.beatsAll[a]!++;
  }
  agg.seeds++;
  agg.seedSumSq += sum * sum;
}

/** Plays the decision variants on one seed against the base bot's result there. */
function foldVariants(p: Player, agg: Aggregate, seed: string, base: GameResult, variants: Bot[]): void {
  agg.base.runs++;
  agg.base.sum += base.score;
  agg.base.sumSq += base.score * base.score;
  if (base.won) agg.base.wins++;
  variants.forEach((bot, v) => {
    const r = playInto(p, seed, bot, null);
    const d = r.score - base.score;
    const va = agg.variants[v]!;
    va.runs++;
    va.sumDiff += d;
    va.sumDiffSq += d * d;
    if (d > 0) va.better++;
    if (d < 0) va.worse++;
    if (r.won) va.wins++;
    if (samePlain(r.log, base.log)) va.identical++;
  });
}

/** Plays chunk `index` of the job and returns its partial aggregate. */
export function simulateChunk(job: BalanceJob, index: number): Aggregate {
  const { scenario, config } = job;
  const variants = jobVariants(job);
  const agg = emptyAggregate(shapeOf(scenario, config.bots.length, variants.length));
  const p = player(scenario);
  const bots = config.bots.map((name) => BOTS[name]);
  const variantBots = variants.map(variantBot);
  const baseIndex = baseBotIndex(config);
  const { from, to } = chunkRange(config, index);
  for (let run = from; run < to; run++) {
    const seed = seedOf(config, run);
    const results = bots.map((bot, b) => playInto(p, seed, bot, agg.bots[b]!));
    foldSeed(agg, results);
    if (run < config.variantRuns && variantBots.length > 0) {
      const base = baseIndex >= 0 ? results[baseIndex]! : playInto(p, seed, BOTS[BASE_BOT], null);
      foldVariants(p, agg, seed, base, variantBots);
    }
  }
  return agg;
}
