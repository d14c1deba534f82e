/**
 * The search's moves in the policy space: the cross-entropy method (sample policies from one probability table
 * per lever, keep the best share, move the tables toward what the best chose, repeat) and local improvement (try
 * every single-lever change of the best policy, keep what helps). Plus the archive of the best distinct policies
 * seen so far, which keeps a fixed size however long the search runs. Pure and deterministic for a given Random.
 */
import type { Random } from './random.ts';
import type { Genome, PolicySpace } from './space.ts';
import { genomeKey, inPlay } from './space.ts';

/** How far the tables move toward the elite each generation, and the least any value keeps (exploration). */
const LEARNING_RATE = 0.6;
const FLOOR_MASS = 0.1;
export const ELITE_SHARE = 0.15;

export type Tables = number[][];

export const uniformTables = (space: PolicySpace): Tables =>
  space.levers.map((l) => l.values.map(() => 1 / l.values.length));

export function sample(tables: Tables, rng: Random): number[] {
  return tables.map((t) => rng.pick(t));
}

/** Moves each lever's table toward the values the elite chose, keeping every value possible. */
export function updateTables(tables: Tables, elite: readonly Genome[]): Tables {
  return tables.map((t, i) => {
    const counts = t.map(() => 0);
    for (const g of elite) counts[g[i]!]!++;
    const floor = FLOOR_MASS / t.length;
    const moved = t.map((p, v) => (1 - LEARNING_RATE) * p + (LEARNING_RATE * counts[v]!) / elite.length);
    const kept = moved.map((p) => Math.max(p, floor));
    const sum = kept.reduce((a, b) => a + b, 0);
    return kept.map((p) => p / sum);
  });
}

export interface Scored {
  genome: Genome;
  /** Mean score on the training seeds. */
  mean: number;
}

/** Best first; ties keep the earlier policy first (a stable order, the same in every thread). */
export function ranked(list: readonly Scored[]): Scored[] {
  return list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.mean - a.s.mean || a.i - b.i)
    .map((x) => x.s);
}

export function elite(list: readonly Scored[]): Genome[] {
  const n = Math.max(2, Math.ceil(list.length * ELITE_SHARE));
  return ranked(list)
    .slice(0, n)
    .map((s) => s.genome);
}

/** Values lever `i` is moved to from `v`: both ends and one step either way (ordered), or up to 6 others. */
export function alternatives(space: PolicySpace, i: number, v: number): number[] {
  const l = space.levers[i]!;
  const n = l.values.length;
  const picks = l.ordered ? [0, n - 1, v - 1, v + 1] : Array.from({ length: n }, (_, x) => x);
  const out = picks.filter((x, k) => x >= 0 && x < n && x !== v && picks.indexOf(x) === k);
  return l.ordered ? out.sort((a, b) => a - b) : out.slice(0, 6);
}

export interface Neighbour {
  lever: number;
  value: number;
  genome: Genome;
}

/** Every policy one in-play lever away from `genome`. */
export function neighbours(space: PolicySpace, genome: Genome): Neighbour[] {
  return space.levers.flatMap((_, i) => {
    const v = genome[i]!;
    if (v < 0 || !inPlay(space, genome, i)) return [];
    return alternatives(space, i, v).map((value) => {
      const g = [...genome];
      g[i] = value;
      return { lever: i, value, genome: g };
    });
  });
}

/** The best of the improving moves combined: the first one, two, four, eight (each lever once). */
export function combinations(base: Genome, improving: readonly Neighbour[]): Genome[] {
  const seen = new Set<number>();
  const moves = improving.filter((n) => !seen.has(n.lever) && seen.add(n.lever));
  const out: Genome[] = [];
  for (const k of [2, 4, 8]) {
    if (moves.length < k) break;
    const g = [...base];
    for (const n of moves.slice(0, k)) g[n.lever] = n.value;
    out.push(g);
  }
  return out;
}

/** The best distinct policies seen so far (at most `size`), best first. */
export class Archive {
  private list: Scored[] = [];
  constructor(private readonly size: number) {}

  add(items: readonly Scored[]): void {
    const byKey = new Map(this.list.map((s) => [genomeKey(s.genome), s]));
    for (const s of items) {
      const key = genomeKey(s.genome);
      const had = byKey.get(key);
      if (!had || s.mean > had.mean) byKey.set(key, s);
    }
    this.list = ranked([...byKey.values()]).slice(0, this.size);
  }

  get best(): Scored {
    return this.list[0]!;
  }

  get top(): readonly Scored[] {
    return this.list;
  }
}
