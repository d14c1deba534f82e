/**
 * Bulk play (engine/bulk.ts, which the balance report and the strategy search play through playBot) must give
 * exactly the games `step` gives: a balance report, a search result or a classroom ranking is only honest if
 * the fast path plays the same game as the screen. Every built-in scenario × every bot × many seeds, both ways.
 */
import { describe, expect, it } from 'vitest';
import { BOT_NAMES, BOTS, playBot } from '../../src/bots/index.ts';
import {
  createInitialState,
  DecisionChecker,
  playBulkTurn,
  scorecard,
  startBulkGame,
  stateHash,
  type Scenario,
} from '../../src/engine/index.ts';
import { newTurn, startTurn, type Turn } from '../../src/engine/turn.ts';
import { formatProblem } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { playByStep } from '../fixtures/play-by-step.ts';

const SEEDS = Array.from({ length: 12 }, (_, i) => `bulk-${i}`);

function builtIn(id: string): Scenario {
  const r = loadBuiltIn(id);
  if (!r.ok) throw new Error(`${id}: ${r.problems.map(formatProblem).join('; ')}`);
  return r.loaded.scenario;
}

describe('bulk play', () => {
  it.each(BUILT_IN_IDS)(
    '%s: every bot on every seed ends in the state, score and log that step gives',
    (id) => {
      const scenario = builtIn(id);
      for (const name of BOT_NAMES) {
        for (const seed of SEEDS) {
          const bulk = playBot(scenario, seed, BOTS[name]);
          const ref = playByStep(scenario, seed, BOTS[name]);
          const game = `${name} on ${seed}`;
          expect(stateHash(bulk.state), game).toBe(stateHash(ref.state));
          expect(scorecard(bulk.state, scenario).score, game).toBe(scorecard(ref.state, scenario).score);
          expect(bulk.log, game).toEqual(ref.log);
        }
      }
    },
  );

  it('builds the same events as step when asked for them, or only its scenario cards (one scratch turn a game)', () => {
    for (const id of ['solo-founder', 'inference-bill', 'incident-night']) {
      const scenario = builtIn(id);
      for (const name of BOT_NAMES) {
        const bulk = playBot(scenario, 'events-1', BOTS[name], { keepEvents: true });
        const cards = playBot(scenario, 'events-1', BOTS[name], { keepEvents: true, cardsOnly: true });
        const ref = playByStep(scenario, 'events-1', BOTS[name]);
        expect(bulk.events, `${id}, ${name}`).toEqual(ref.events);
        const refCards = ref.events.map((turn) => turn.filter((e) => e.kind === 'scenario'));
        expect(cards.events, `${id}, ${name}, cards only`).toEqual(refCards);
        expect(refCards.flat().length, `${id}, ${name}: some cards`).toBeGreaterThan(0);
      }
    }
  });

  it('starts a used turn scratchpad exactly as a new turn', () => {
    const scenario = builtIn('solo-founder');
    const used = newTurn(scenario, 12345, 3, true);
    const dirty = used as unknown as Record<string, unknown>;
    for (const key of Object.keys(dirty)) if (typeof dirty[key] === 'number') dirty[key] = 7.5;
    for (const key of Object.keys(used.mods)) used.mods[key as keyof Turn['mods']] = 3;
    used.choices = new Map([['x', 'y']]);
    used.p = { ...scenario.params, weeksPerTurn: 9 };
    // The one field kept: parameters worked out for an overrides object (replaced, never changed, by the engine).
    const overridden = { overrides: { 'money.arpuCents': 1 }, params: used.p };
    used.overridden = overridden;
    const fresh = newTurn(scenario, 999, 17, false);
    const started = startTurn(used, 999, 17, false);
    expect(started.overridden).toBe(overridden);
    expect({ ...started, overridden: null }).toEqual(fresh);
  });

  it('checks a list the engine has not accepted, and refuses a checker made for another state', () => {
    const scenario = builtIn('solo-founder');
    const game = startBulkGame(scenario, 'refusals');
    const r = playBulkTurn(game, [{ type: 'team/hire', role: 'engineer', count: 99 }]);
    expect(r.ok).toBe(false);
    expect(game.state.turn).toBe(0);
    const other = createInitialState(scenario, 'refusals');
    expect(() => playBulkTurn(game, new DecisionChecker(other, scenario))).toThrow(/another state/);
    const own = new DecisionChecker(game.state, scenario);
    expect(own.add({ type: 'team/hire', role: 'engineer', count: 99 })).toMatch(/hire count/);
    expect(playBulkTurn(game, own).ok).toBe(true);
    expect(game.state.turn).toBe(1);
  });
});
