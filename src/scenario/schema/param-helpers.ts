/**
 * Helpers of the `parameters` schemas: one optional number per key (a role, a phase, an axis…), money written in
 * dollars with the engine's default (kept in cents) shown. Pure.
 */
import { z } from './zod.ts';
import { DEFAULT_PARAMS } from '../../engine/params.ts';
import { range, withDefault } from './common.ts';

export const P = DEFAULT_PARAMS;
export const dollars = (cents: number): number => cents / 100;
export const MAX_MONEY = 1e9;

/** A mapping with one optional number per key (a role, a phase, an axis…). */
export function perKey<K extends string>(
  keys: readonly K[],
  defaults: Record<K, number>,
  field: (key: K) => z.ZodNumber,
  description: string,
): z.ZodOptional<z.ZodObject<Record<K, z.ZodOptional<z.ZodNumber>>>> {
  const shape = Object.fromEntries(keys.map((k) => [k, withDefault(field(k), defaults[k])])) as Record<
    K,
    z.ZodOptional<z.ZodNumber>
  >;
  return z.strictObject(shape).describe(description).optional();
}

export function money(description: string, cents: number): z.ZodOptional<z.ZodNumber> {
  return withDefault(range(0, MAX_MONEY, `${description} In dollars.`), dollars(cents));
}

export function mapValues<K extends string>(
  record: Record<K, number>,
  f: (v: number) => number,
): Record<K, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as number)])) as Record<K, number>;
}
