/**
 * The strategy search plays its policies through bulk play (playBot, engine/bulk.ts): the moves a policy collects
 * are played without a second check. Random policies of every built-in scenario's space must play exactly the
 * games that `step`, checking every decision, gives.
 */
import { describe, expect, it } from 'vitest';
import { playBot } from '../../src/bots/index.ts';
import { stateHash } from '../../src/engine/index.ts';
import { policyBot, policySpace } from '../../src/search/index.ts';
import { Random } from '../../src/search/random.ts';
import { formatProblem } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { playByStep } from '../fixtures/play-by-step.ts';

describe('policies in bulk play', () => {
  it.each(BUILT_IN_IDS)('%s: random policies end in the state and log that step gives', (id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) expect.fail(r.problems.map(formatProblem).join('\n'));
    const scenario = r.loaded.scenario;
    const space = policySpace(scenario);
    const rng = new Random(`bulk-${id}`);
    for (let p = 0; p < 6; p++) {
      const genome = space.levers.map((l) => Math.floor(rng.next() * (l.values.length + 1)) - 1);
      const make = policyBot(space, genome);
      for (const seed of ['p-1', 'p-2', 'p-3']) {
        const bulk = playBot(scenario, seed, make());
        const ref = playByStep(scenario, seed, make());
        expect(stateHash(bulk.state), `policy ${genome.join(',')} on ${seed}`).toBe(stateHash(ref.state));
        expect(bulk.log).toEqual(ref.log);
      }
    }
  });
});
