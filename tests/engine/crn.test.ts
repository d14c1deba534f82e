/**
 * Common random numbers (GAME-DESIGN.md "Fairness"): the dice of a turn depend only on (seed, turn, stream, slot),
 * never on what was decided before. Two students with the same seed who differ only in turn 3 face the same
 * market in turn 9, so a better result is their decision, not their luck.
 */
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  headcountOf,
  pipelineOf,
  stateHash,
  step,
  type Decision,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { marketShock } from '../../src/engine/market.ts';
import { draw, roll, rollNormal, Stream, turnDice } from '../../src/engine/rng.ts';
import { mix32 } from '../../src/lib/hash.ts';
import { newTurn } from '../../src/engine/turn.ts';
import { eventfulScenario, plainScenario } from '../fixtures/scenarios.ts';

/** Plays turns 1..`turns` (one-based, as the player counts them) with `decide(turnNumber)` each turn. */
function playTo(
  scenario: Scenario,
  seed: string,
  turns: number,
  decide: (turn: number) => Decision[],
): GameState {
  let state = createInitialState(scenario, seed);
  for (let n = 1; n <= turns; n++) {
    const result = step(state, decide(n), scenario);
    if (!result.ok) throw new Error(`turn ${n}: ${result.rejection.reason}`);
    state = result.state;
  }
  return state;
}

/** The market shock the player meets in turn `n` (one-based), seen from the state before that turn. */
function shockOfTurn(scenario: Scenario, state: GameState, n: number): number {
  expect(state.turn).toBe(n - 1);
  return marketShock(state, newTurn(scenario, state.key, state.turn));
}

const hireTwo: Decision = { type: 'team/hire', role: 'engineer', count: 2 };
const payDownDebt: Decision = {
  type: 'plan/allocate',
  allocation: { features: 30, debt: 40, evals: 10, reliability: 10, data: 10, migration: 0 },
};

describe.each([
  ['plain', plainScenario(52)],
  ['eventful', eventfulScenario(52)],
])('common random numbers (%s scenario)', (_name, scenario) => {
  for (const seed of ['crn-1', 'crn-2', 'crn-3']) {
    it(`${seed}: decision logs differing only in turn 3 see the identical market shock in turn 9`, () => {
      const hiring = playTo(scenario, seed, 8, (n) => (n === 3 ? [hireTwo] : []));
      const reallocating = playTo(scenario, seed, 8, (n) => (n === 3 ? [payDownDebt] : []));

      // The two companies really are different by turn 9...
      expect(stateHash(hiring)).not.toBe(stateHash(reallocating));
      expect(headcountOf(hiring.team, 'engineer') + pipelineOf(hiring.team, 'engineer')).toBeGreaterThan(
        headcountOf(reallocating.team, 'engineer') + pipelineOf(reallocating.team, 'engineer'),
      );
      expect(hiring.plan.allocation).not.toEqual(reallocating.plan.allocation);
      // ...yet the dice were not consumed by their choices: the same root key, the same market in turn 9.
      expect(hiring.key).toBe(reallocating.key);
      const shock = shockOfTurn(scenario, hiring, 9);
      expect(shockOfTurn(scenario, reallocating, 9)).toBe(shock);
      // And it is the market any player with this seed meets, whatever they did in turns 1-8.
      const idle = playTo(scenario, seed, 8, () => []);
      expect(shockOfTurn(scenario, idle, 9)).toBe(shock);
    });
  }
});

describe('the dice are not constant', () => {
  const scenario = plainScenario(52);
  const shocks = Array.from({ length: 50 }, (_, i) => {
    const state = playTo(scenario, `crn-seed-${i}`, 8, () => []);
    return shockOfTurn(scenario, state, 9);
  });

  it('50 seeds give 50 different turn-9 market shocks', () => {
    expect(new Set(shocks).size).toBe(50);
  });

  it('some seeds meet a boom and some a slump around a neutral market', () => {
    expect(shocks.filter((x) => x > 1).length).toBeGreaterThan(10);
    expect(shocks.filter((x) => x < 1).length).toBeGreaterThan(10);
    const mean = shocks.reduce((a, b) => a + b, 0) / shocks.length;
    expect(mean).toBeGreaterThan(0.95);
    expect(mean).toBeLessThan(1.05);
  });

  it('one seed meets different shocks in different turns', () => {
    const state = createInitialState(scenario, 'crn-turns');
    const byTurn = Array.from({ length: 20 }, (_, t) => marketShock(state, newTurn(scenario, state.key, t)));
    expect(new Set(byTurn).size).toBe(20);
  });
});

describe('the dice of a turn', () => {
  /** The documented formula, written out independently: three mixing rounds over (key, turn), stream, slot. */
  function reference(key: number, turn: number, stream: number, slot: number): number {
    let h = mix32(key ^ Math.imul(turn + 1, 0x9e3779b1));
    h = mix32(h ^ Math.imul(stream, 0x85ebca77));
    h = mix32(h ^ Math.imul(slot + 1, 0xc2b2ae3d));
    return h / 4294967296;
  }

  it('roll the same numbers as (seed, turn, stream, slot), so saves and run codes replay unchanged', () => {
    const key = createInitialState(plainScenario(), 'dice').key;
    let compared = 0;
    for (let turn = 0; turn < 60; turn += 7) {
      const dice = turnDice(key, turn);
      for (const stream of Object.values(Stream)) {
        for (let slot = 0; slot < 12; slot++) {
          const expected = reference(key, turn, stream, slot);
          expect(roll(dice, stream, slot)).toBe(expected);
          expect(draw(key, turn, stream, slot)).toBe(expected);
          compared++;
        }
        // A normal draw of slot 1 is the Irwin–Hall sum of uniform slots 4..7.
        const r = (slot: number): number => reference(key, turn, stream, slot);
        const irwinHall = (r(4) + r(5) + r(6) + r(7) - 2) * 1.7320508075688772;
        expect(rollNormal(dice, stream, 1)).toBe(irwinHall);
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
