/**
 * Whether a decision explains an event, and why: a link the engine states outright, or a lever of the decision
 * that one of the event's causes names, in the same direction, while the lever holds, and big enough to matter.
 * Pure.
 */
import type { Condition, GameEvent } from '../../engine/index.ts';
import type { GameHistory } from './history.ts';
import type { Anchor, CauseKey } from './types.ts';
import { causeWords } from './words.ts';

/** A change smaller than this share of the value an event saw is not its reason. */
const MATERIAL = 0.25;

/** An event (of record `at`) and the decision that explains it, with the reason and how strongly. */
export interface Link {
  anchor: Anchor;
  at: number;
  event: GameEvent;
  why: string;
  /** 2 for a stated link, 1 for a condition the event needed, else the cause's weight. */
  strength: number;
}

function holds(v: number, c: Condition): boolean {
  switch (c.op) {
    case '>=':
      return v >= c.value;
    case '<=':
      return v <= c.value;
    case '>':
      return v > c.value;
    case '<':
      return v < c.value;
    case '==':
      return v === c.value;
    case '!=':
      return v !== c.value;
  }
}

/**
 * Whether a change of `delta` is a reason for the event: for a condition, without it the condition would
 * not have held; for a share of the odds, it is at least a quarter of the value the event saw. Quantities the
 * history does not record are taken as the engine states them.
 */
function material(delta: number | null, seen: number | null, c: CauseKey): boolean {
  if (delta === null || seen === null) return true;
  if (c.gate && c.conds.length > 0)
    return c.conds.every((cond) => holds(seen, cond)) && c.conds.some((cond) => !holds(seen - delta, cond));
  return Math.abs(delta) >= MATERIAL * Math.abs(seen);
}

/** The strongest link from one anchor to one event, or null when the engine's causes do not connect them. */
export function linkOf(
  g: GameHistory,
  a: Anchor,
  e: GameEvent,
  at: number,
  keys: readonly CauseKey[],
): Link | null {
  const stated = a.direct(e, at);
  if (stated) return { anchor: a, at, event: e, why: stated, strength: 2 };
  let best: Link | null = null;
  for (const lever of a.levers) {
    if (at < lever.from || at > lever.until) continue;
    for (const c of keys) {
      if (c.key !== lever.key || (c.dir !== 0 && lever.dir !== 0 && c.dir !== lever.dir)) continue;
      const seen = g.value(at, c.key);
      if (!material(lever.delta, seen, c)) continue;
      const says = lever.says(at);
      if (!says) continue;
      const strength = c.gate ? 1 : c.weight;
      if (!best || strength > best.strength)
        best = { anchor: a, at, event: e, why: `${says}; ${causeWords(c, e, seen, g.words)}.`, strength };
    }
  }
  return best;
}
