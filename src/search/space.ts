/**
 * The policy space of a scenario and its policies. The space is every lever the scenario offers (its `levers`),
 * built by the lever families from the engine's decision types and options and from the scenario (its events,
 * its starting company). A policy is a genome: one value index per lever, -1 where it leaves the lever alone.
 * A policy plays as a bot that adds each decision through the engine's own check (bots/common Moves), so it
 * never sends an illegal move, and reads only what a player can see. Pure.
 */
import type { Bot } from '../bots/index.ts';
import { movesFor } from '../bots/common.ts';
import type { Scenario } from '../engine/index.ts';
import { FAMILIES } from './families/index.ts';
import type { Act, Extreme, Family, Getter, Lever, LeverValue, SpaceContext } from './lever.ts';
import { spaceContext, windowOf } from './lever.ts';

/** One value index per lever of the space (-1: left alone). Plain numbers, so it travels to workers as is. */
export type Genome = readonly number[];

export interface PolicySpace {
  ctx: SpaceContext;
  families: readonly Family[];
  levers: readonly Lever[];
  index: ReadonlyMap<string, number>;
}

export function policySpace(scenario: Scenario): PolicySpace {
  const ctx = spaceContext(scenario);
  const families = FAMILIES.filter((f) => f.uses.some((t) => scenario.levers.includes(t)));
  const levers = families.flatMap((f) => f.levers(ctx));
  return { ctx, families, levers, index: new Map(levers.map((l, i) => [l.id, i])) };
}

/** A genome that leaves every lever alone (probes start from it). */
export const emptyGenome = (space: PolicySpace): number[] => space.levers.map(() => -1);

export function getter(space: PolicySpace, genome: Genome): Getter {
  return (id) => {
    const i = space.index.get(id);
    if (i === undefined) return undefined;
    const v = genome[i]!;
    return v < 0 ? undefined : space.levers[i]!.values[v];
  };
}

/** Plays `genome`: a fresh bot per game (the families keep a little per-game memory). */
export function policyBot(space: PolicySpace, genome: Genome): () => Bot {
  const get = getter(space, genome);
  const acts: Act[] = space.families.flatMap((f) => f.compile(get, space.ctx) ?? []);
  const { ctx } = space;
  const windows = Array.from({ length: ctx.scenario.turns + 1 }, (_, t) => windowOf(ctx, t));
  return () => {
    const memory: Record<string, number> = {};
    return (s, sc, moves) => {
      const m = movesFor(s, sc, moves);
      const view = { s, sc, m, w: windows[s.turn] ?? 0, migrating: s.arch.migration !== null, memory };
      for (const act of acts) act(view);
      return m.list;
    };
  };
}

/** The policy in a player's words, one line per kind of decision. */
export function describePolicy(space: PolicySpace, genome: Genome): string[] {
  const get = getter(space, genome);
  return space.families.flatMap((f) => f.describe(get, space.ctx));
}

/** Where the policy holds a lever at a degenerate extreme (the most agent seats, spin, all features, …). */
export function policyExtremes(space: PolicySpace, genome: Genome): Extreme[] {
  const get = getter(space, genome);
  const own = space.levers.flatMap((l, i): Extreme[] => {
    const v = genome[i]!;
    if (v < 0 || !l.extremes.includes(v) || (l.inPlay && !l.inPlay(get))) return [];
    return [{ lever: l.id, text: `${l.label}: ${l.valueLabels[v]}` }];
  });
  return [...own, ...space.families.flatMap((f) => f.extremes?.(get, space.ctx) ?? [])];
}

export interface LeverSetting {
  lever: string;
  label: string;
  value: LeverValue;
  text: string;
}

/** Every lever the policy sets, with its value (the JSON form of a genome, readable and stable). */
export function settings(space: PolicySpace, genome: Genome): LeverSetting[] {
  return space.levers.flatMap((l, i) => {
    const v = genome[i]!;
    return v < 0 ? [] : [{ lever: l.id, label: l.label, value: l.values[v]!, text: l.valueLabels[v]! }];
  });
}

/** Whether lever `i`'s value can change anything in this policy. */
export function inPlay(space: PolicySpace, genome: Genome, i: number): boolean {
  const l = space.levers[i]!;
  return !l.inPlay || l.inPlay(getter(space, genome));
}

/** A stable text key of a genome (to tell policies apart). */
export const genomeKey = (genome: Genome): string => genome.join(',');
