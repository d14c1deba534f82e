/**
 * What the debrief charts: the DORA four keys over the game (the running values the cluster is judged on), the
 * lines an objective or a DORA cluster draws on a chart, and running totals. Pure.
 */
import type { DoraCluster, MetricName, ObjectiveDef } from '../../engine/index.ts';
import { DORA_LIMITS } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Guide } from './line.ts';

export interface DoraSeries {
  deploysPerWeek: number[];
  /** Null until the first deploy. */
  leadTimeDays: (number | null)[];
  changeFailureRate: (number | null)[];
  /** Null until the first failed deploy. */
  recoveryHours: (number | null)[];
}

/**
 * The four keys as they stood after each turn, over the game so far, weighted as the engine weighs them
 * (deploys per week over all weeks; lead time per deploy; recovery per failed deploy): the last values are the
 * ones the DORA cluster is read from.
 */
export function doraOverTime(snapshots: readonly TurnSnapshot[], weeksPerTurn: number): DoraSeries {
  const out: DoraSeries = { deploysPerWeek: [], leadTimeDays: [], changeFailureRate: [], recoveryHours: [] };
  let deploys = 0;
  let failures = 0;
  let lead = 0;
  let recovery = 0;
  snapshots.forEach((sn, i) => {
    deploys += sn.deploys;
    failures += sn.failures;
    lead += sn.leadTimeDays * sn.deploys;
    recovery += sn.recoveryHours * sn.failures;
    out.deploysPerWeek.push(deploys / ((i + 1) * weeksPerTurn));
    out.leadTimeDays.push(deploys > 0 ? lead / deploys : null);
    out.changeFailureRate.push(deploys > 0 ? failures / deploys : null);
    out.recoveryHours.push(failures > 0 ? recovery / failures : null);
  });
  return out;
}

export function runningTotal(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

export function runningMean(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v, i) => (sum += v) / (i + 1));
}

export type DoraKey = keyof DoraSeries;

/** The thresholds of the DORA 2024 clusters: the engine's own (engine/metrics.ts). */
export const CLUSTER_LIMITS: Record<Exclude<DoraCluster, 'low'>, Record<DoraKey, number>> = DORA_LIMITS;

/** The cluster lines worth drawing: the one the game matched and the next one up (or the top two). */
export function clusterGuides(key: DoraKey, cluster: DoraCluster): Guide[] {
  const tiers: Exclude<DoraCluster, 'low'>[] =
    cluster === 'elite' || cluster === 'high' ? ['elite', 'high'] : ['high', 'medium'];
  const seen = new Set<number>();
  const out: Guide[] = [];
  for (const t of tiers) {
    const value = CLUSTER_LIMITS[t][key];
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ value, label: t, kind: 'threshold' });
  }
  return out;
}

/** Target lines of the objectives on `metrics`, labelled as in the objectives table ("target: at least 600"). */
export function objectiveGuides(
  objectives: readonly ObjectiveDef[],
  metrics: readonly MetricName[],
  format: (x: number) => string,
): Guide[] {
  return objectives
    .filter((o) => metrics.includes(o.metric))
    .map((o) => ({
      value: o.target,
      label: `${o.required ? 'required' : 'target'} ${o.op === '>=' ? '\u2265' : '\u2264'} ${format(o.target)}`,
      kind: 'target' as const,
    }));
}
