/** Games for the world view's tests: a scenario built in code, played by a bot or from a given log. */
import { playBot, steady } from '../../src/bots/index.ts';
import type { Decision, ScenarioInput } from '../../src/engine/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import { replay } from '../../src/replay/index.ts';
import type { Game } from '../../src/store/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';

export const TEAM = { engineer: 3, ml: 1, sre: 0, product: 0 };

export function scenarioWith(input: Partial<ScenarioInput> = {}, team = TEAM) {
  return buildScenario({
    id: 'w',
    title: 'World',
    turns: 40,
    ...input,
    initial: { team, ...(input.initial ?? {}) },
  });
}

/** The game after `log` (or, given a number, after that many turns of the steady bot). */
export function gameAfter(
  turnsOrLog: number | Decision[][],
  input: Partial<ScenarioInput> = {},
  team = TEAM,
): Game {
  const scenario = scenarioWith(input, team);
  const log =
    typeof turnsOrLog === 'number'
      ? playBot(scenario, 'world', steady(), { turns: turnsOrLog }).log
      : turnsOrLog;
  const r = replay(scenario, 'world', log);
  if (!r.ok) throw new Error('replay failed');
  return {
    loaded: asLoaded(scenario),
    seed: 'world',
    mode: 'practice',
    state: r.state,
    history: r.history,
    log,
    draft: [],
    lastEvents: r.history[r.history.length - 1]?.events ?? [],
  };
}
