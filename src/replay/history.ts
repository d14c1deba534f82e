/**
 * What the player sees of a turn after it is played: a snapshot of the numbers for charts and the events with
 * their causes. Hidden quantities (a model's true quality) are left out on purpose. Pure.
 */
import type { Decision, GameEvent, GameState, Phase } from '../engine/index.ts';
import { headcountOf, runwayTurns } from '../engine/index.ts';

export interface TurnSnapshot {
  turn: number;
  phase: Phase;
  users: number;
  gained: number;
  lost: number;
  /** Dollars. */
  cash: number;
  revenue: number;
  costs: number;
  salaries: number;
  infra: number;
  inference: number;
  runwayTurns: number;
  debt: number;
  incidents: number;
  deploys: number;
  failures: number;
  leadTimeDays: number;
  recoveryHours: number;
  slo: number;
  latencyMs: number;
  utilisation: number;
  satisfaction: number;
  trust: number;
  board: number;
  morale: number;
  burnout: number;
  headcount: number;
  agents: number;
  evalScore: number;
  coordinationLoss: number;
}

export interface TurnRecord {
  snapshot: TurnSnapshot;
  decisions: Decision[];
  events: GameEvent[];
}

export function snapshot(s: GameState, previous: GameState | null): TurnSnapshot {
  return {
    turn: s.turn,
    phase: s.phase,
    users: s.market.users,
    gained: s.market.gained,
    lost: s.market.lost,
    cash: s.money.cash / 100,
    revenue: s.money.revenue / 100,
    costs: s.money.costs / 100,
    salaries: s.money.salaries / 100,
    infra: s.money.infra / 100,
    inference: s.money.inference / 100,
    runwayTurns: runwayTurns(s),
    debt: s.debt,
    incidents: s.incidents.total - (previous ? previous.incidents.total : 0),
    deploys: s.delivery.deploys,
    failures: s.delivery.failures,
    leadTimeDays: s.delivery.leadTimeDays,
    recoveryHours: s.delivery.recoveryHours,
    slo: s.load.slo,
    latencyMs: s.load.latencyMs,
    utilisation: s.load.utilisation,
    satisfaction: s.market.satisfaction,
    trust: s.market.trust,
    board: s.stakeholders.board,
    morale: s.team.morale,
    burnout: s.team.burnout,
    headcount: headcountOf(s.team),
    agents: s.team.agents,
    evalScore: s.model.evalScore,
    coordinationLoss: s.team.coordinationLoss,
  };
}
