/**
 * Defensive readers over raw (not yet validated) file data, so cross-reference checks can run even when some
 * fields are malformed: anything of the wrong shape reads as absent and is reported by the schema instead.
 * Pure.
 */
import type { Comparison, Condition, MetricName } from '../engine/types.ts';
import { parseConditionText } from './conditions.ts';
import { METRICS } from './schema/common.ts';

export type Raw = Record<string, unknown>;

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function record(v: unknown): Raw {
  return isRecord(v) ? v : {};
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

const OPS: readonly Comparison[] = ['>=', '<=', '>', '<', '==', '!='];

/** A condition in either form, when it is well formed; otherwise undefined (the schema reports why). */
export function rawCondition(v: unknown): Condition | undefined {
  const parsed =
    typeof v === 'string'
      ? parseConditionText(v)
      : isRecord(v)
        ? { metric: v.metric, op: v.op, value: v.value }
        : null;
  if (!parsed) return undefined;
  const { metric, op, value } = parsed;
  if (typeof metric !== 'string' || !(METRICS as readonly string[]).includes(metric)) return undefined;
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) return undefined;
  if (finite(value) === undefined) return undefined;
  return { metric: metric as MetricName, op: op as Comparison, value: value as number };
}

/** The outcomes of a raw option: its `outcomes`, or the shorthand as one outcome. */
export function rawOutcomes(option: unknown): Raw[] {
  const o = record(option);
  if (Array.isArray(o.outcomes)) return o.outcomes.map(record);
  return [{ followUp: o.followUp }];
}
