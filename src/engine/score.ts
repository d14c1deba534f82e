/**
 * Scoring: the scenario's objectives, a health measure for each of the chapter's five domains, the final score
 * (one number) and the outcome of a turn (won, lost and why, or still playing). Pure.
 */
import { clamp01 } from '../lib/num.ts';
import type { Dora, DoraCluster } from './metrics.ts';
import { doraCluster, doraOverall, metric } from './metrics.ts';
import { headcountOf } from './state.ts';
import type { Domain, GameState, ObjectiveDef, OutcomeReason, OutcomeStatus, Scenario } from './types.ts';
import { DOMAINS } from './types.ts';

export interface ObjectiveResult {
  id: string;
  label: string;
  domain: Domain;
  value: number;
  target: number;
  /** 0..1 partial credit. */
  attainment: number;
  met: boolean;
}

export interface Scorecard {
  score: number;
  objectives: ObjectiveResult[];
  /** 0..100 per domain. */
  domains: Record<Domain, number>;
  dora: Dora;
  cluster: DoraCluster;
}

/** Penalty on the score of a game that ended in failure (bankrupt, ousted, collapsed). */
export const LOSS_FACTOR = 0.6;

export function objectiveResult(s: GameState, o: ObjectiveDef): ObjectiveResult {
  const value = metric(s, o.metric);
  const met = objectiveMet(s, o);
  let attainment: number;
  if (met) attainment = 1;
  else if (o.op === '>=') attainment = o.target > 0 ? clamp01(value / o.target) : 0;
  else attainment = value > 0 && o.target > 0 ? clamp01(o.target / value) : 0;
  return { id: o.id, label: o.label, domain: o.domain, value, target: o.target, attainment, met };
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
    debt: clamp01(0.7 / (1 + s.debt / 80) + 0.3 * s.practices.testAutomation),
    risk: clamp01(0.4 * stability + 0.3 * (1 - incidentRate) + 0.3 * s.practices.observability),
    stakeholders: clamp01(
      0.5 * s.stakeholders.board + 0.3 * s.market.trust + 0.2 * s.stakeholders.credibility,
    ),
  };
}

export function scorecard(s: GameState, scenario: Scenario): Scorecard {
  const objectives = scenario.objectives.map((o) => objectiveResult(s, o));
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
  const raw = share * objectiveScore + (1 - share) * (healthSum / DOMAINS.length);
  const lost = s.status === 'lost';
  const domains = {} as Record<Domain, number>;
  for (const dom of DOMAINS) {
    const mine = objectives.filter((o) => o.domain === dom);
    const att = mine.length > 0 ? mine.reduce((a, o) => a + o.attainment, 0) / mine.length : health[dom];
    domains[dom] = Math.round(100 * (0.5 * health[dom] + 0.5 * att));
  }
  const dora = doraOverall(s);
  return {
    score: Math.round(1000 * raw * (lost ? LOSS_FACTOR : 1)),
    objectives,
    domains,
    dora,
    cluster: doraCluster(dora),
  };
}

export function requiredMet(s: GameState, scenario: Scenario): boolean {
  let any = false;
  for (const o of scenario.objectives) {
    if (!o.required) continue;
    any = true;
    if (!objectiveMet(s, o)) return false;
  }
  return any;
}

function objectiveMet(s: GameState, o: ObjectiveDef): boolean {
  const value = metric(s, o.metric);
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
  const met = requiredMet(s, scenario);
  if (met && scenario.winEarly) return { status: 'won', reason: 'objectives-met' };
  if (s.turn >= scenario.turns) {
    return met ? { status: 'won', reason: 'objectives-met' } : { status: 'ended', reason: 'out-of-turns' };
  }
  return { status: 'playing', reason: 'in-progress' };
}
