/**
 * The parameters an event effect may change (format 2's `{ parameter: money.arpu, multiply: 0.8 }`): every number
 * of `parameters`, by the dotted path an author writes, with where it lives in the engine's Params, the unit
 * factor (money is written in dollars and kept in cents) and the range the file allows. Derived from the schema of
 * `parameters`, so it never lists a name the file could not set. Pure.
 */
import type { z } from 'zod';
import { ParamsSchema } from './schema/params.ts';

/** File names of money parameters and the engine's names for them (the engine keeps cents). */
export const MONEY_KEYS: Readonly<Record<string, string>> = {
  arpu: 'arpuCents',
  salary: 'salaryCents',
  agentSeat: 'agentSeatCents',
  serverlessPerKReq: 'serverlessPerKReqCents',
  dedicatedUnit: 'dedicatedUnitCents',
  dedicatedFixed: 'dedicatedFixedCents',
  inferencePerKReq: 'inferencePerKReqCents',
  servingFixed: 'servingFixedCents',
  hireCost: 'hireCostCents',
  raisePerUser: 'raisePerUserCents',
  raiseMin: 'raiseMinCents',
};

export interface ParameterPath {
  /** As written in a file: "money.inferencePerKReq.hosted-api". */
  name: string;
  /** In the engine's Params: ["money", "inferencePerKReqCents", "hosted-api"]. */
  engine: string[];
  /** Engine units per file unit: 100 for money (dollars → cents), else 1. */
  scale: number;
  /** The range the file allows, in file units. */
  min: number;
  max: number;
  whole: boolean;
  description: string;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  return def.innerType ? unwrap(def.innerType) : s;
}

function walk(schema: z.ZodType, path: string[], out: ParameterPath[]): void {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) walk(child, [...path, key], out);
    return;
  }
  if (def.type !== 'number') return;
  const n = s as unknown as z.ZodNumber;
  const money = path[0] === 'money' && MONEY_KEYS[path[1]!] !== undefined;
  out.push({
    name: path.join('.'),
    engine: money ? ['money', MONEY_KEYS[path[1]!]!, ...path.slice(2)] : path,
    scale: money ? 100 : 1,
    min: n.minValue ?? -Infinity,
    max: n.maxValue ?? Infinity,
    whole: n.isInt,
    description: s.description ?? '',
  });
}

/** Parameters the rules do not read (kept so files that set them load): an effect on them would change nothing. */
const UNREAD = new Set(['load.sloTarget']);

export const PARAMETER_PATHS: readonly ParameterPath[] = (() => {
  const out: ParameterPath[] = [];
  walk(ParamsSchema, [], out);
  return out.filter((p) => !UNREAD.has(p.name));
})();

export const PARAMETER_NAMES: readonly string[] = PARAMETER_PATHS.map((p) => p.name);

export function parameterPath(name: string): ParameterPath | undefined {
  return PARAMETER_PATHS.find((p) => p.name === name);
}
