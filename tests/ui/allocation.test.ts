/** The capacity sliders: moving one keeps the total at 100 in whole percentages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOCATION_KEYS, type Allocation } from '../../src/engine/index.ts';
import { rebalance } from '../../src/ui/allocation.ts';

const base: Allocation = { features: 70, debt: 10, evals: 5, reliability: 10, data: 5, migration: 0 };
const total = (a: Allocation): number => ALLOCATION_KEYS.reduce((s, k) => s + a[k], 0);

describe('rebalance', () => {
  it('gives the moved part its value and takes the rest proportionally from the others', () => {
    const a = rebalance(base, 'reliability', 30);
    expect(a.reliability).toBe(30);
    expect(total(a)).toBe(100);
    expect(a.features).toBeGreaterThan(a.debt);
    expect(a.migration).toBe(0);
  });

  it('shares out evenly when the others are all zero', () => {
    const a = rebalance(
      { features: 100, debt: 0, evals: 0, reliability: 0, data: 0, migration: 0 },
      'features',
      50,
    );
    expect(a).toEqual({ features: 50, debt: 10, evals: 10, reliability: 10, data: 10, migration: 10 });
  });

  it('always sums to 100 with whole, non-negative parts', () => {
    const alloc = fc
      .array(fc.nat(100), { minLength: 6, maxLength: 6 })
      .filter((xs) => xs.reduce((a, b) => a + b, 0) > 0)
      .map((xs) => {
        const sum = xs.reduce((a, b) => a + b, 0);
        const parts = xs.map((x) => Math.floor((x / sum) * 100));
        parts[0]! += 100 - parts.reduce((a, b) => a + b, 0);
        return Object.fromEntries(ALLOCATION_KEYS.map((k, i) => [k, parts[i]!])) as Allocation;
      });
    fc.assert(
      fc.property(
        alloc,
        fc.constantFrom(...ALLOCATION_KEYS),
        fc.integer({ min: -20, max: 130 }),
        (a, key, v) => {
          const next = rebalance(a, key, v);
          expect(total(next)).toBe(100);
          for (const k of ALLOCATION_KEYS) {
            expect(Number.isInteger(next[k])).toBe(true);
            expect(next[k]).toBeGreaterThanOrEqual(0);
          }
          expect(next[key]).toBe(Math.max(0, Math.min(100, v)));
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});
