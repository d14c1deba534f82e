/**
 * What a lever of the policy space is, and what a lever family (the levers of one kind of decision) provides:
 * its levers for a scenario, and how a policy's values for them become legal decisions each turn. Pure types
 * and small helpers shared by the families.
 */
import type { Moves } from '../bots/common.ts';
import type { DecisionType, GameState, Scenario } from '../engine/index.ts';
import { turnUnit } from '../lib/format.ts';

export type LeverValue = number | string;

/** A policy's value for a lever by id; undefined when the policy leaves the lever alone. */
export type Getter = (id: string) => LeverValue | undefined;

export interface Lever {
  /** Stable id: "split.0.features", "agents", "event.big-customer". */
  id: string;
  /** The family it belongs to (what warnings and fixes speak about). */
  family: string;
  /** In a player's words: "Agent seats", "Release, weeks 1–13". */
  label: string;
  values: readonly LeverValue[];
  valueLabels: readonly string[];
  /** Values are in order (a share, a count): sensitivity moves one step and to both ends. */
  ordered: boolean;
  /** Value indices that hold the lever at a degenerate extreme (the most agent seats, crunch all game, …). */
  extremes: readonly number[];
  /** Whether its value can change anything, given the rest of the policy (the eval threshold only when gating). */
  inPlay?: (get: Getter) => boolean;
}

/** The scenario as the policy space sees it: its windows of turns and how to name them. */
export interface SpaceContext {
  scenario: Scenario;
  /** First turn (0-based) of each window; the capacity split, releases and timings are set per window. */
  windows: readonly number[];
  /** "weeks 1–13" */
  windowLabel: (w: number) => string;
  /** "week 14" (1-based turn number of a window's first turn) */
  startLabel: (w: number) => string;
  unit: string;
}

/** One turn of one game, as the families see it while they add their decisions. */
export interface TurnView {
  s: GameState;
  sc: Scenario;
  m: Moves;
  /** Window of this turn. */
  w: number;
  /** A migration runs or was started by an earlier family this turn. */
  migrating: boolean;
  /** Per-game memory of the families (e.g. the incidents counted when the board last heard from us). */
  memory: Record<string, number>;
}

export type Act = (t: TurnView) => void;

export interface Family {
  id: string;
  /** The family is part of the space when the scenario offers any of these decision types. */
  uses: readonly DecisionType[];
  levers(ctx: SpaceContext): Lever[];
  /** This family's part of a policy: what it adds each turn (null when the policy leaves all its levers alone). */
  compile(get: Getter, ctx: SpaceContext): Act | null;
  /** Plain-language lines describing the policy's values for this family (empty when it leaves them alone). */
  describe(get: Getter, ctx: SpaceContext): string[];
  /** Where the policy holds this family at a degenerate extreme that no single lever shows (all features). */
  extremes?(get: Getter, ctx: SpaceContext): Extreme[];
}

/** A lever (or family) held at a degenerate extreme, in a player's words. */
export interface Extreme {
  lever: string;
  text: string;
}

export const offers = (sc: Scenario, type: DecisionType): boolean => sc.levers.includes(type);

/** Windows of the game: 2 to 4 (about 8 turns each), never more than there are turns. */
export function windowStarts(turns: number): number[] {
  const count = Math.max(1, Math.min(turns, Math.max(2, Math.min(4, Math.round(turns / 8)))));
  return Array.from({ length: count }, (_, w) => Math.floor((w * turns) / count));
}

export function spaceContext(scenario: Scenario): SpaceContext {
  const windows = windowStarts(scenario.turns);
  const unit = turnUnit(scenario.params.weeksPerTurn);
  const last = (w: number): number => (w + 1 < windows.length ? windows[w + 1]! : scenario.turns);
  return {
    scenario,
    windows,
    unit,
    windowLabel: (w) => {
      const a = windows[w]! + 1;
      const b = last(w);
      return a === b ? `${unit} ${a}` : `${unit}s ${a}\u2013${b}`;
    },
    startLabel: (w) => `${unit} ${windows[w]! + 1}`,
  };
}

/** The window a turn (0-based) falls in. */
export function windowOf(ctx: SpaceContext, turn: number): number {
  let w = 0;
  while (w + 1 < ctx.windows.length && turn >= ctx.windows[w + 1]!) w++;
  return w;
}

/** A "from when" lever: one value per window, labelled by its first turn. */
export function timingLever(ctx: SpaceContext, id: string, family: string, label: string): Lever {
  return {
    id,
    family,
    label,
    values: ctx.windows.map((_, w) => w),
    valueLabels: ctx.windows.map((_, w) => `from ${ctx.startLabel(w)}`),
    ordered: true,
    extremes: [],
  };
}

/** An unordered choice among `values`, labelled by `label(value)`. */
export function choiceLever(
  id: string,
  family: string,
  label: string,
  values: readonly LeverValue[],
  valueLabel: (v: LeverValue) => string,
  extra: Partial<Pick<Lever, 'extremes' | 'inPlay' | 'ordered'>> = {},
): Lever {
  return {
    id,
    family,
    label,
    values,
    valueLabels: values.map(valueLabel),
    ordered: false,
    extremes: [],
    ...extra,
  };
}

/** "ml" → "ml", "timeOff" → "time off": a readable fallback for an option the labels below do not know yet. */
export function humanise(id: string): string {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
}

/** A label from a partial table, falling back to the humanised id (new engine options need no code here). */
export function labelOf(table: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(table, id) ? table[id]! : humanise(id);
}

/** Consecutive windows with the same value, merged: [{ from: 0, to: 1, value }, …] (to inclusive). */
export function spans<T>(values: readonly T[]): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  values.forEach((value, w) => {
    const last = out.at(-1);
    if (last && last.value === value) last.to = w;
    else out.push({ from: w, to: w, value });
  });
  return out;
}

/** "all game", "weeks 1–26", "from week 27": the turns a span of windows covers. */
export function spanLabel(ctx: SpaceContext, from: number, to: number): string {
  const last = ctx.windows.length - 1;
  if (from === 0 && to === last) return 'all game';
  if (to === last) return `from ${ctx.startLabel(from)}`;
  const a = ctx.windows[from]! + 1;
  const b = ctx.windows[to + 1]!;
  return a === b ? `in ${ctx.unit} ${a}` : `in ${ctx.unit}s ${a}\u2013${b}`;
}

/** "Weeks 1–26: x; from week 27: y" or "x all game", for per-window values that `say` words (null: unset). */
export function describeSpans<T>(
  ctx: SpaceContext,
  values: readonly T[],
  say: (v: T) => string | null,
): string | null {
  const parts = spans(values).flatMap((sp) => {
    const text = say(sp.value);
    return text === null ? [] : [{ ...sp, text }];
  });
  if (parts.length === 0) return null;
  if (parts.length === 1 && parts[0]!.from === 0 && parts[0]!.to === ctx.windows.length - 1)
    return `${parts[0]!.text} all game`;
  return parts.map((p) => `${p.text} ${spanLabel(ctx, p.from, p.to)}`).join('; ');
}

/** "Hello" → "Hello.", first letter capitalised. */
export function sentence(text: string): string {
  const t = text.trim();
  return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}
