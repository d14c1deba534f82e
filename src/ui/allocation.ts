/**
 * Moving one part of the capacity split: the other parts give or take proportionally so the total stays 100,
 * in whole percentages (largest remainder). Pure.
 */
import type { Allocation, AllocationKey } from '../engine/index.ts';
import { ALLOCATION_KEYS } from '../engine/index.ts';

export function rebalance(
  current: Allocation,
  key: AllocationKey,
  value: number,
  locked: readonly AllocationKey[] = [],
): Allocation {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  const others = ALLOCATION_KEYS.filter((k) => k !== key && !locked.includes(k));
  const fixed = ALLOCATION_KEYS.filter((k) => k !== key && locked.includes(k)).reduce(
    (a, k) => a + current[k],
    0,
  );
  const target = Math.max(0, 100 - fixed - v);
  const next = { ...current, [key]: Math.min(v, 100 - fixed) };
  const pool = others.reduce((a, k) => a + current[k], 0);
  // Share the remainder in proportion to the others' current sizes (evenly when they are all zero).
  const raw = others.map((k) =>
    pool > 0 ? (current[k] / pool) * target : target / Math.max(1, others.length),
  );
  const floors = raw.map(Math.floor);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  others.forEach((k, i) => (next[k] = floors[i]!));
  const sum = ALLOCATION_KEYS.reduce((a, k) => a + next[k], 0);
  if (sum !== 100) next[key] += 100 - sum; // only when every other part is locked
  return next;
}
