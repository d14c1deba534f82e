/**
 * Modifiers never pile up: a valid scenario whose cards add 4,000 long-lived modifiers a turn keeps a small
 * state (the file held 600,000 modifiers, 38 MB, by turn 150), because past a count no ordinary game
 * reaches, those with one target and one last turn are folded into one with the same product. Ordinary games
 * never fold (their golden hashes are unchanged: golden.test.ts and cross-engine.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { BOTS, BOT_NAMES } from '../../src/bots/index.ts';
import {
  advance,
  createInitialState,
  MODIFIER_TARGETS,
  type ActiveModifier,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { MAX_MODIFIER } from '../../src/engine/limits.ts';
import { FOLD_MODIFIERS_ABOVE, foldModifiers } from '../../src/engine/modifiers.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { modifierFlood } from '../fixtures/hostile-scenarios.ts';

/** Plays a game; its final state and the most modifiers it held alive between two turns. */
function play(
  scenario: Scenario,
  turns: number,
  bot = BOTS.idle,
  seed = '1',
): { last: GameState; most: number } {
  let s = createInitialState(scenario, seed);
  let most = 0;
  while (s.status === 'playing' && s.turn < turns) {
    const r = advance(s, bot(s, scenario), scenario);
    if (!r.ok) throw new Error(r.rejection.reason);
    s = r.state;
    most = Math.max(most, s.modifiers.length);
  }
  return { last: s, most };
}

/** The product of the live factors on each target, as a turn applies them. */
function products(mods: readonly ActiveModifier[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of mods) out[m.target] = Math.min(MAX_MODIFIER, (out[m.target] ?? 1) * m.factor);
  return out;
}

describe('the issue’s modifier flood', () => {
  const r = parseScenarioText(modifierFlood(), 'flood.yaml');
  if (!r.ok) throw new Error(r.problems[0]!.message);
  const scenario = r.loaded.scenario;

  it('is a valid scenario whose state stays small: at most 7 targets × 520 last turns, plus one turn’s new ones', () => {
    // Played by steady, which keeps the board informed: the flood's incidents oust a silent founder by turn 16.
    const { last, most } = play(scenario, 150, BOTS.steady);
    expect(last.turn).toBe(150);
    expect(most).toBeLessThanOrEqual(MODIFIER_TARGETS.length * 520 + 200 * 20);
    expect(JSON.stringify(last).length).toBeLessThan(1_000_000);
  });
});

describe('foldModifiers', () => {
  const m = (target: ActiveModifier['target'], factor: number, untilTurn: number): ActiveModifier => ({
    target,
    factor,
    untilTurn,
    source: 'x',
  });

  it('keeps the product on every target and when each part ends', () => {
    const live = Array.from({ length: 300 }, (_, i) =>
      m(MODIFIER_TARGETS[i % 7]!, 0.9 + (i % 5) * 0.05, 10 + (i % 4)),
    );
    const folded = foldModifiers(live);
    expect(folded).toHaveLength(7 * 4);
    for (let t = 9; t <= 13; t++) {
      const alive = (xs: ActiveModifier[]): ActiveModifier[] => xs.filter((x) => x.untilTurn >= t);
      const want = products(alive(live));
      const got = products(alive(folded));
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const k of Object.keys(want)) expect(got[k]).toBeCloseTo(want[k]!, 12);
    }
  });

  it('never makes a factor beyond the cap or out of numbers, and leaves shared objects untouched', () => {
    const live = [...Array.from({ length: 400 }, () => m('revenue', 100, 5)), m('revenue', 0, 5)];
    const before = JSON.stringify(live);
    expect(foldModifiers(live)).toEqual([{ ...live[0], factor: 0 }]);
    expect(JSON.stringify(live)).toBe(before);
    expect(foldModifiers(live.slice(0, 400))[0]!.factor).toBe(MAX_MODIFIER);
  });
});

describe('ordinary games', () => {
  it('never come near the fold: every built-in scenario, every bot', () => {
    let most = 0;
    for (const id of BUILT_IN_IDS) {
      const loaded = loadBuiltIn(id);
      if (!loaded.ok) throw new Error(id);
      const { scenario } = loaded.loaded;
      for (const bot of BOT_NAMES)
        for (let seed = 0; seed < 8; seed++)
          most = Math.max(most, play(scenario, scenario.turns, BOTS[bot], `fold-${seed}`).most);
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThan(FOLD_MODIFIERS_ABOVE / 4);
  });
});
