/**
 * Scoring: the scenario's objectives, a health measure for each of the chapter's five domains, the final score
 * (one number) and the outcome of a turn (won, lost and why, or still playing). Pure.
 *
 * The score agrees with the game: the outcome comes first, then how well it was played. A won game scores
 * 600–1000, a game that reached the end with a required objective missed 300–590, a lost game (bankrupt, ousted,
 * collapsed) 0–290. Within its band a game is placed by its quality: the objectives' credit (progress from where
 * the scenario started toward each target, so doing nothing earns little) and the five domains' health.
 */
import { clamp01 } from '../lib/num.ts';
import type { Dora, DoraCluster } from './metrics.ts';
import { doraCluster, doraOverall, metric } from './metrics.ts';
import { createInitialState, headcountOf } from './state.ts';
import type { Domain, GameState, ObjectiveDef, OutcomeReason, OutcomeStatus, Scenario } from './types.ts';
import { DOMAINS } from './types.ts';
import { debtDensity } from './work.ts';
import { objectiveDecided, objectiveValue } from './objectives.ts';

export interface ObjectiveResult {
  id: string;
  label: string;
  domain: Domain;
  value: number;
  target: number;
  /** Where the scenario started on this metric (credit is progress from here toward the target). */
  start: number;
  /** 0..1 partial credit. */
  attainment: number;
  met: boolean;
}

export interface Scorecard {
  score: number;
  /** 0..1 how well the game was played within its outcome's band. */
  quality: number;
  objectives: ObjectiveResult[];
  /** 0..100 per domain. */
  domains: Record<Domain, number>;
  dora: Dora;
  cluster: DoraCluster;
}

/** The score bands by outcome: [lowest, highest]. A won game always outranks one that was not. */
export const SCORE_BANDS: Readonly<Record<'won' | 'ended' | 'lost', readonly [number, number]>> = {
  won: [600, 1000],
  ended: [300, 590],
  lost: [0, 290],
};

/**
 * Partial credit of a missed objective: for a target above where the game started, the share of the way from the
 * start to the target; for one the game started inside (keep debt under 60, keep the board above 0.5), how far
 * inside it stayed, squared so that drifting out costs quickly.
 */
export function credit(op: '>=' | '<=', value: number, target: number, start: number): number {
  if (op === '>=' ? value >= target : value <= target) return 1;
  if (op === '>=') {
    if (start < target) return clamp01((value - start) / (target - start));
    const r = target > 0 ? clamp01(value / target) : 0;
    return r * r;
  }
  if (start > target) return clamp01((start - value) / (start - target));
  const r = value > 0 ? clamp01(target / value) : 0;
  return r * r;
}

export function objectiveResult(
  s: GameState,
  o: ObjectiveDef,
  start: GameState,
  index: number,
): ObjectiveResult {
  const value = objectiveValue(s, o, index);
  const from = metric(start, o.metric);
  const met = o.op === '>=' ? value >= o.target : value <= o.target;
  const attainment = credit(o.op, value, o.target, from);
  return {
    id: o.id,
    label: o.label,
    domain: o.domain,
    value,
    target: o.target,
    start: from,
    attainment,
    met,
  };
}

/** 0..1 health of each domain, read from the state (independent of the scenario's objectives). */
export function domainHealth(s: GameState): Record<Domain, number> {
  const d = doraOverall(s);
  const runCost = s.money.infra + s.money.inference;
  const costEfficiency =
    s.money.revenue > 0 ? clamp01(1 - runCost / s.money.revenue) : runCost > 0 ? 0.3 : 0.5;
  const speed = clamp01(1 - (s.load.latencyMs - 400) / 1600);
  const weeks = Math.max(1, s.totals.weeks);
  const stability = (1 - d.changeFailureRate) / (1 + d.recoveryHours / 24);
  const incidentRate = clamp01(s.incidents.total / weeks / 0.5);
  return {
    architecture: clamp01(0.5 * metric(s, 'avgSlo') + 0.3 * costEfficiency + 0.2 * speed),
    coordination: clamp01(
      0.4 * (1 - s.team.coordinationLoss) + 0.3 * s.team.morale + 0.3 * (1 - s.team.burnout),
    ),
    debt: clamp01(0.7 / (1 + debtDensity(s) / 0.3) + 0.3 * s.practices.testAutomation),
    risk: clamp01(0.4 * stability + 0.3 * (1 - incidentRate) + 0.3 * s.practices.observability),
    stakeholders: clamp01(
      0.4 * s.stakeholders.board +
        0.2 * s.market.trust +
        0.2 * s.stakeholders.credibility +
        0.2 * s.money.ownership,
    ),
  };
}

/** The band a game's outcome puts its score in. */
function bandOf(s: GameState): readonly [number, number] {
  if (s.status === 'won') return SCORE_BANDS.won;
  if (s.status === 'lost') return SCORE_BANDS.lost;
  return SCORE_BANDS.ended;
}

export function scorecard(s: GameState, scenario: Scenario): Scorecard {
  const start = createInitialState(scenario, s.seed);
  const objectives = scenario.objectives.map((o, i) => objectiveResult(s, o, start, i));
  const health = domainHealth(s);
  let weight = 0;
  let earned = 0;
  for (let i = 0; i < objectives.length; i++) {
    const w = scenario.objectives[i]!.weight;
    weight += w;
    earned += w * objectives[i]!.attainment;
  }
  const objectiveScore = weight > 0 ? earned / weight : 0;
  let healthSum = 0;
  for (const dom of DOMAINS) healthSum += health[dom];
  const share = weight > 0 ? scenario.objectiveShare : 0;
  const quality = clamp01(share * objectiveScore + (1 - share) * (healthSum / DOMAINS.length));
  const domains = {} as Record<Domain, number>;
  for (const dom of DOMAINS) {
    const mine = objectives.filter((o) => o.domain === dom);
    const att = mine.length > 0 ? mine.reduce((a, o) => a + o.attainment, 0) / mine.length : health[dom];
    domains[dom] = Math.round(100 * (0.5 * health[dom] + 0.5 * att));
  }
  const [lo, hi] = bandOf(s);
  const dora = doraOverall(s);
  return {
    score: Math.round(lo + (hi - lo) * quality),
    quality,
    objectives,
    domains,
    dora,
    cluster: doraCluster(dora),
  };
}

/** Whether every required objective is met (none settled yet, before the end, for one measured over time). */
export function requiredMet(s: GameState, scenario: Scenario, atEnd: boolean): boolean {
  let any = false;
  const objectives = scenario.objectives;
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i]!;
    if (!o.required) continue;
    any = true;
    if (!objectiveMet(s, o, i) || !objectiveDecided(s, o, atEnd)) return false;
  }
  return any;
}

function objectiveMet(s: GameState, o: ObjectiveDef, index: number): boolean {
  const value = objectiveValue(s, o, index);
  return o.op === '>=' ? value >= o.target : value <= o.target;
}

/** Whether the game ends after the turn just played, and why. */
export function outcomeOf(
  s: GameState,
  scenario: Scenario,
): { status: OutcomeStatus; reason: OutcomeReason } {
  if (s.money.cash < 0) return { status: 'lost', reason: 'bankrupt' };
  if (s.stakeholders.board < scenario.params.stakeholders.ousterBelow)
    return { status: 'lost', reason: 'board-ousted' };
  if (headcountOf(s.team) === 0 && s.team.agents === 0) return { status: 'lost', reason: 'team-collapsed' };
  const atEnd = s.turn >= scenario.turns;
  const met = requiredMet(s, scenario, atEnd);
  if (met && scenario.winEarly) return { status: 'won', reason: 'objectives-met' };
  if (atEnd) {
    return met ? { status: 'won', reason: 'objectives-met' } : { status: 'ended', reason: 'out-of-turns' };
  }
  return { status: 'playing', reason: 'in-progress' };
}
