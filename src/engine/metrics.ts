/**
 * Named metrics of a state (used by conditions, objectives, forecasts and every shell) and the DORA four keys
 * with the 2024 cluster they match. Pure.
 */
import { headcountOf } from './state.ts';
import type { GameState, MetricName } from './types.ts';
import { PHASES } from './types.ts';

export interface Dora {
  deploysPerWeek: number;
  leadTimeDays: number;
  changeFailureRate: number;
  recoveryHours: number;
}

export type DoraCluster = 'elite' | 'high' | 'medium' | 'low';

/** Burn per turn in cents (costs minus revenue; negative when profitable). */
export function burn(s: GameState): number {
  return s.money.costs - s.money.revenue;
}

/** Turns of cash left at last turn's burn; 999 when profitable. */
export function runwayTurns(s: GameState): number {
  const b = burn(s);
  if (b <= 0) return 999;
  return Math.min(999, Math.floor(s.money.cash / b));
}

/** The four keys over the whole game so far (deploy-weighted). */
export function doraOverall(s: GameState): Dora {
  const t = s.totals;
  const weeks = t.weeks > 0 ? t.weeks : 1;
  return {
    deploysPerWeek: t.deploys / weeks,
    leadTimeDays: t.deploys > 0 ? t.leadTimeSum / t.deploys : weeks * 7,
    changeFailureRate: t.deploys > 0 ? t.failures / t.deploys : 0,
    recoveryHours: t.failures > 0 ? t.recoverySum / t.failures : 0,
  };
}

/**
 * Closest DORA 2024 cluster. Throughput decides the band first (deploys and lead time), then stability can only
 * pull a team down: a high failure rate or slow recovery is not elite, whatever the deploy count.
 */
export function doraCluster(d: Dora): DoraCluster {
  const daily = d.deploysPerWeek >= 5;
  const weekly = d.deploysPerWeek >= 0.9;
  const monthly = d.deploysPerWeek >= 0.22;
  if (daily && d.leadTimeDays < 1 && d.changeFailureRate <= 0.15 && d.recoveryHours < 1.5) return 'elite';
  if (weekly && d.leadTimeDays <= 7 && d.changeFailureRate <= 0.3 && d.recoveryHours < 24) return 'high';
  if (monthly && d.leadTimeDays <= 31 && d.changeFailureRate <= 0.3 && d.recoveryHours < 24 * 7)
    return 'medium';
  return 'low';
}

export function totalHeadcount(s: GameState): number {
  return headcountOf(s.team);
}

const GETTERS: Record<MetricName, (s: GameState) => number> = {
  turn: (s) => s.turn,
  users: (s) => s.market.users,
  addressable: (s) => s.market.addressable,
  marketShare: (s) => (s.market.addressable > 0 ? s.market.users / s.market.addressable : 0),
  cash: (s) => s.money.cash / 100,
  revenue: (s) => s.money.revenue / 100,
  costs: (s) => s.money.costs / 100,
  burn: (s) => burn(s) / 100,
  runwayTurns,
  debt: (s) => s.debt,
  morale: (s) => s.team.morale,
  burnout: (s) => s.team.burnout,
  headcount: totalHeadcount,
  engineers: (s) => headcountOf(s.team, 'engineer'),
  agents: (s) => s.team.agents,
  satisfaction: (s) => s.market.satisfaction,
  trust: (s) => s.market.trust,
  board: (s) => s.stakeholders.board,
  pressure: (s) => s.stakeholders.pressure,
  modelQuality: (s) => s.model.quality,
  evalScore: (s) => s.model.evalScore,
  evalCoverage: (s) => s.practices.evalCoverage,
  observability: (s) => s.practices.observability,
  testAutomation: (s) => s.practices.testAutomation,
  dataPipeline: (s) => s.practices.dataPipeline,
  utilisation: (s) => s.load.utilisation,
  latencyMs: (s) => s.load.latencyMs,
  slo: (s) => s.load.slo,
  avgSlo: (s) => (s.turn > 0 ? s.sloSum / s.turn : 1),
  incidents: (s) => s.incidents.total,
  featureLevel: (s) => s.market.featureLevel,
  deploysPerWeek: (s) => doraOverall(s).deploysPerWeek,
  leadTimeDays: (s) => doraOverall(s).leadTimeDays,
  changeFailureRate: (s) => doraOverall(s).changeFailureRate,
  recoveryHours: (s) => doraOverall(s).recoveryHours,
  phaseIndex: (s) => PHASES.indexOf(s.phase),
  migrating: (s) => (s.arch.migration ? 1 : 0),
  dedicated: (s) => (s.arch.hosting === 'dedicated' ? 1 : 0),
  async: (s) => (s.arch.processing === 'async' ? 1 : 0),
  microservices: (s) => (s.arch.structure === 'microservices' ? 1 : 0),
  edge: (s) => (s.arch.placement === 'edge' ? 1 : 0),
  hostedApi: (s) => (s.arch.serving === 'hosted-api' ? 1 : 0),
  modelVersion: (s) => s.model.version,
};

export const METRIC_NAMES = Object.keys(GETTERS) as MetricName[];

/** Metrics in the units authors write: money in currency units (not cents), shares as 0..1. */
export function metric(s: GameState, name: MetricName): number {
  return GETTERS[name](s);
}
