/**
 * Named metrics of a state (used by conditions, objectives, forecasts and every shell) and the DORA four keys
 * with the 2024 cluster they match. Pure.
 */
import { assertNever } from '../lib/assert.ts';
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

/**
 * Burn per turn in cents: running costs (salaries, infrastructure, inference) minus revenue; negative when
 * profitable. One-off costs (recruiting fees, an event's bill) are left out: they do not recur, so they do not
 * shorten the runway.
 */
export function burn(s: GameState): number {
  const m = s.money;
  return m.salaries + m.infra + m.inference - m.revenue;
}

/** Turns of cash left at last turn's burn; 999 when profitable. */
export function runwayTurns(s: GameState): number {
  const b = burn(s);
  if (b <= 0) return 999;
  return Math.min(999, Math.floor(s.money.cash / b));
}

/**
 * The four keys over the whole game so far, in DORA's units: deploys per week over every week played (weeks
 * without a deploy count), lead time as the deploy-weighted age of changes when they shipped (or, before the first
 * deploy, the age of the work still waiting), failure rate per deploy, recovery hours per failed deploy.
 */
export function doraOverall(s: GameState): Dora {
  const t = s.totals;
  const weeks = t.weeks > 0 ? t.weeks : 1;
  return {
    deploysPerWeek: t.deploys / weeks,
    leadTimeDays: t.deploys > 0 ? t.leadTimeSum / t.deploys : Math.max(s.delivery.waitingAgeDays, weeks * 7),
    changeFailureRate: t.deploys > 0 ? t.failures / t.deploys : 0,
    recoveryHours: t.failures > 0 ? t.recoverySum / t.failures : 0,
  };
}

/** Deploys needed before the keys say anything (the first deploy alone is not a failure rate). */
export const DORA_MIN_DEPLOYS = 5;

/** Whether the keys rest on enough deploys to place a team in a cluster. */
export function doraHasData(s: GameState): boolean {
  return s.totals.deploys >= DORA_MIN_DEPLOYS;
}

const BANDS: DoraCluster[] = ['low', 'medium', 'high', 'elite'];

/**
 * What each cluster above low takes, key by key (DORA 2024): deploys per week at least (several a day, weekly,
 * monthly), lead time in days under, change failure rate at most, recovery in hours under.
 */
export const DORA_LIMITS: Readonly<Record<Exclude<DoraCluster, 'low'>, Dora>> = {
  elite: { deploysPerWeek: 5, leadTimeDays: 1, changeFailureRate: 0.15, recoveryHours: 1 },
  high: { deploysPerWeek: 1, leadTimeDays: 7, changeFailureRate: 0.25, recoveryHours: 24 },
  medium: { deploysPerWeek: 0.23, leadTimeDays: 31, changeFailureRate: 0.3, recoveryHours: 168 },
};

/** The highest band (3 elite … 0 low) one key reaches. */
function band(d: Dora, key: keyof Dora): number {
  for (let b = 3; b >= 1; b--) {
    const limit = DORA_LIMITS[BANDS[b] as Exclude<DoraCluster, 'low'>][key];
    const ok =
      key === 'deploysPerWeek'
        ? d[key] >= limit
        : key === 'changeFailureRate'
          ? d[key] <= limit
          : d[key] < limit;
    if (ok) return b;
  }
  return 0;
}

/**
 * DORA 2024 cluster: each key is placed in the band its value reaches, and a team is in the lowest band any of its
 * keys reaches — throughput and stability together.
 */
export function doraCluster(d: Dora): DoraCluster {
  const b = Math.min(
    band(d, 'deploysPerWeek'),
    band(d, 'leadTimeDays'),
    band(d, 'changeFailureRate'),
    band(d, 'recoveryHours'),
  );
  return BANDS[b]!;
}

export function totalHeadcount(s: GameState): number {
  return headcountOf(s.team);
}

/**
 * Metrics in the units authors write: money in currency units (not cents), shares as 0..1.
 * A switch rather than a table of getters: conditions are read every turn of every game, and this is about
 * twice as fast (measured).
 */
export function metric(s: GameState, name: MetricName): number {
  switch (name) {
    case 'turn':
      return s.turn;
    case 'users':
      return s.market.users;
    case 'addressable':
      return s.market.addressable;
    case 'marketShare':
      return s.market.addressable > 0 ? s.market.users / s.market.addressable : 0;
    case 'cash':
      return s.money.cash / 100;
    case 'revenue':
      return s.money.revenue / 100;
    case 'costs':
      return s.money.costs / 100;
    case 'burn':
      return burn(s) / 100;
    case 'runwayTurns':
      return runwayTurns(s);
    case 'debt':
      return s.debt;
    case 'morale':
      return s.team.morale;
    case 'burnout':
      return s.team.burnout;
    case 'headcount':
      return totalHeadcount(s);
    case 'engineers':
      return headcountOf(s.team, 'engineer');
    case 'agents':
      return s.team.agents;
    case 'satisfaction':
      return s.market.satisfaction;
    case 'trust':
      return s.market.trust;
    case 'board':
      return s.stakeholders.board;
    case 'pressure':
      return s.stakeholders.pressure;
    case 'modelQuality':
      return s.model.quality;
    case 'evalScore':
      return s.model.evalScore;
    case 'evalCoverage':
      return s.practices.evalCoverage;
    case 'observability':
      return s.practices.observability;
    case 'testAutomation':
      return s.practices.testAutomation;
    case 'dataPipeline':
      return s.practices.dataPipeline;
    case 'utilisation':
      return s.load.utilisation;
    case 'latencyMs':
      return s.load.latencyMs;
    case 'slo':
      return s.load.slo;
    case 'avgSlo':
      return s.turn > 0 ? s.sloSum / s.turn : 1;
    case 'incidents':
      return s.incidents.total;
    case 'featureLevel':
      return s.market.featureLevel;
    case 'deploysPerWeek':
      return doraOverall(s).deploysPerWeek;
    case 'leadTimeDays':
      return doraOverall(s).leadTimeDays;
    case 'changeFailureRate':
      return doraOverall(s).changeFailureRate;
    case 'recoveryHours':
      return doraOverall(s).recoveryHours;
    case 'phaseIndex':
      return PHASES.indexOf(s.phase);
    case 'migrating':
      return s.arch.migration ? 1 : 0;
    case 'onCall':
      return s.plan.policies.onCall ? 1 : 0;
    case 'migrationProgress':
      return s.arch.migration ? Math.min(1, s.arch.migration.progress / s.arch.migration.effort) : 0;
    case 'dedicated':
      return s.arch.hosting === 'dedicated' ? 1 : 0;
    case 'async':
      return s.arch.processing === 'async' ? 1 : 0;
    case 'microservices':
      return s.arch.structure === 'microservices' ? 1 : 0;
    case 'edge':
      return s.arch.placement === 'edge' ? 1 : 0;
    case 'hostedApi':
      return s.arch.serving === 'hosted-api' ? 1 : 0;
    case 'modelVersion':
      return s.model.version;
    case 'ownership':
      return s.money.ownership;
    case 'selfHosted':
      return s.arch.serving === 'self-hosted' ? 1 : 0;
    case 'fineTuned':
      return s.arch.serving === 'fine-tuned' ? 1 : 0;
    case 'inferenceCost':
      return s.money.inference / 100;
    case 'infraCost':
      return s.money.infra / 100;
    case 'salaries':
      return s.money.salaries / 100;
    default:
      return assertNever(name, 'metric');
  }
}
