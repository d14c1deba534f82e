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

/**
 * The turns (the `turn` metric, checked after each turn but the last: 1 to turns − 1) an event's plain `turn`
 * conditions allow, as [first, last]; anything malformed or not about `turn` is ignored.
 */
export function rawTurnWindow(when: readonly unknown[], turns: number): [number, number] {
  let first = 1;
  let last = turns - 1;
  for (const v of when) {
    const c = rawCondition(v);
    if (!c || c.metric !== 'turn') continue;
    if (c.op === '>=' || c.op === '==') first = Math.max(first, Math.ceil(c.value));
    else if (c.op === '>') first = Math.max(first, Math.floor(c.value) + 1);
    if (c.op === '<=' || c.op === '==') last = Math.min(last, Math.floor(c.value));
    else if (c.op === '<') last = Math.min(last, Math.ceil(c.value) - 1);
  }
  return [Math.min(first, turns), last];
}

/** The conditions of a raw `{anyOf: [...]}` item, well formed ones only; null when the item is not one. */
export function rawAnyOf(v: unknown): Condition[] | null {
  if (!isRecord(v) || !Array.isArray(v.anyOf)) return null;
  return v.anyOf.map(rawCondition).filter((c): c is Condition => c !== undefined);
}
