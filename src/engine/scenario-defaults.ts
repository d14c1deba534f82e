/**
 * Builds a complete engine `Scenario` from a partial one, filling every parameter from the defaults.
 * Used by the scenario-file loader (after validation) and by tests that build scenarios in code. Pure.
 */
import { DEFAULT_INITIAL, DEFAULT_PARAMS, DEFAULT_SERVING } from './params.ts';
import type { InitialState, Params, Scenario } from './types.ts';
import { DECISION_TYPES } from './types.ts';

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface ScenarioInput extends Partial<Omit<Scenario, 'params' | 'initial'>> {
  id: string;
  title: string;
  turns: number;
  params?: DeepPartial<Params>;
  initial?: DeepPartial<InitialState>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge of plain objects; arrays and scalars in `over` replace those in `base`. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    const v = over[key];
    if (v === undefined) continue;
    out[key] = deepMerge(out[key], v);
  }
  return out as T;
}

export function buildScenario(input: ScenarioInput): Scenario {
  const params = deepMerge(DEFAULT_PARAMS, input.params);
  // Serving differences are only part of a scenario that sets them (the defaults apply otherwise).
  if (params.serving) params.serving = deepMerge(DEFAULT_SERVING, params.serving);
  return {
    id: input.id,
    title: input.title,
    turns: input.turns,
    initial: deepMerge(DEFAULT_INITIAL, input.initial),
    params,
    levers: input.levers ? [...input.levers] : [...DECISION_TYPES],
    events: input.events ?? [],
    objectives: input.objectives ?? [],
    objectiveShare: input.objectiveShare ?? 0.7,
    winEarly: input.winEarly ?? false,
  };
}
