/** How objectives and metrics read to a player. Pure. */
import type { MetricName, ObjectiveDef } from '../engine/index.ts';
import { count, money, pct } from './format.ts';

const SHARE_METRICS = new Set<MetricName>([
  'marketShare',
  'morale',
  'burnout',
  'satisfaction',
  'trust',
  'board',
  'pressure',
  'modelQuality',
  'evalScore',
  'evalCoverage',
  'observability',
  'testAutomation',
  'dataPipeline',
  'utilisation',
  'slo',
  'avgSlo',
  'changeFailureRate',
]);
const MONEY_METRICS = new Set<MetricName>(['cash', 'revenue', 'costs', 'burn']);

export function metricValue(metric: MetricName, value: number): string {
  if (SHARE_METRICS.has(metric)) return pct(value);
  if (MONEY_METRICS.has(metric)) return money(value);
  if (metric === 'debt') return value.toFixed(0);
  return count(Math.round(value * 100) / 100);
}

/** "Reach 100,000 users" is the label; the target is shown alongside when the label does not say it. */
export function objectiveText(o: ObjectiveDef): string {
  return o.label;
}

export function objectiveTarget(o: ObjectiveDef): string {
  return `${o.op === '>=' ? '\u2265' : '\u2264'} ${metricValue(o.metric, o.target)}`;
}
