/**
 * Parameters that events change for the rest of a game (format 2's `{ parameter: …, multiply: 3 }`): the changed
 * values live in the state as `overrides` (path → value, in the engine's units), and each turn plays on the
 * scenario's parameters with them applied. Pure: the scenario's own parameters are never mutated.
 * A game with no such effect has no `overrides` and plays exactly as before (its hash is unchanged).
 */
import { clamp } from '../lib/num.ts';
import { DEFAULT_SERVING } from './params.ts';
import type { GameState, ParameterEffect, Params, Scenario, ServingParams } from './types.ts';

type Tree = Record<string, unknown>;

const pathKey = (path: readonly string[]): string => path.join('.');

/** Serving differences are absent from a scenario that does not set them: an override starts from the defaults. */
function complete(p: Params, path: readonly string[]): Params {
  return path[0] === 'serving' && !p.serving ? { ...p, serving: DEFAULT_SERVING } : p;
}

/** The value at a path of the parameters (the overridden one when an effect changed it). */
function readParam(p: Params, path: readonly string[]): number {
  let node: unknown = complete(p, path);
  for (const part of path) node = (node as Tree)[part];
  return typeof node === 'number' ? node : 0;
}

/** The parameters a game plays on now: the scenario's, with this game's overrides applied. */
export function paramsOf(s: GameState, scenario: Scenario): Params {
  return s.overrides ? withOverrides(scenario.params, s.overrides) : scenario.params;
}

/**
 * A shallow copy made key by key, not by spreading: it shares the hidden class of the scenario's own parameters,
 * which the loader builds the same way (lib/intern.ts), so the systems' reads of `turn.p` stay monomorphic. (V8
 * gave spread copies classes of their own once a field of them changed: see working-copy.ts.)
 */
function copyOf(node: Tree): Tree {
  const out: Tree = {};
  for (const key of Object.keys(node)) out[key] = node[key];
  return out;
}

/** A copy of `p` (only the branches an override touches are copied) with every override set. */
export function withOverrides(p: Params, overrides: Readonly<Record<string, number>>): Params {
  const out = copyOf(p as unknown as Tree);
  for (const key of Object.keys(overrides)) {
    const path = key.split('.');
    if (path[0] === 'serving' && !out.serving) out.serving = DEFAULT_SERVING;
    let node = out;
    for (let i = 0; i < path.length - 1; i++) {
      const child = copyOf(node[path[i]!] as Tree);
      node[path[i]!] = child;
      node = child;
    }
    node[path[path.length - 1]!] = overrides[key];
  }
  return out as unknown as Params;
}

/** Applies a parameter effect: the new value, kept in its range (whole where the parameter is). */
export function changeParameter(s: GameState, p: Params, e: ParameterEffect): number {
  const current = readParam(p, e.path);
  const raw = e.op === 'add' ? current + e.value : e.op === 'multiply' ? current * e.value : e.value;
  const value = clamp(e.whole ? Math.round(raw) : raw, e.min, e.max);
  s.overrides = { ...s.overrides, [pathKey(e.path)]: value };
  return value;
}

/** How serving modes differ beyond their bills: the scenario's, or the rules' defaults. */
export function servingOf(p: Params): ServingParams {
  return p.serving ?? DEFAULT_SERVING;
}
