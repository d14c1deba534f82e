/** The store as a player drives it: drafting decisions, ending turns, rewinding in practice mode only. */
import { beforeEach, describe, expect, it } from 'vitest';
import { endTurn, propose, rewind, startGame, store, withdraw } from '../../src/store/index.ts';
import { buildScenario, stateHash } from '../../src/engine/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';

function loaded(): LoadedScenario {
  return asLoaded(buildScenario({ id: 'store', title: 'Store test', turns: 10 }));
}

const game = () => store.getState().game!;

describe('store actions', () => {
  beforeEach(() => startGame(loaded(), 'store-seed'));

  it('a later choice of the same kind replaces the earlier one; hires add up', () => {
    propose({ type: 'release/set', mode: 'canary' });
    propose({ type: 'release/set', mode: 'gate' });
    propose({ type: 'team/hire', role: 'engineer', count: 1 });
    propose({ type: 'team/hire', role: 'engineer', count: 2 });
    expect(game().draft).toEqual([
      { type: 'release/set', mode: 'gate' },
      { type: 'team/hire', role: 'engineer', count: 3 },
    ]);
  });

  it('setting the plan back to what it already is removes the change', () => {
    propose({ type: 'release/set', mode: 'canary' });
    propose({ type: 'release/set', mode: 'ship' });
    expect(game().draft).toEqual([]);
  });

  it('an illegal proposal is refused with the reason and leaves the draft alone', () => {
    propose({ type: 'release/set', mode: 'gate' });
    const reason = propose({ type: 'team/let-go', role: 'sre', count: 1 });
    expect(reason).toContain('the team has 0');
    expect(store.getState().draftError).toBe(reason);
    expect(game().draft).toHaveLength(1);
    withdraw(0);
    expect(game().draft).toHaveLength(0);
  });

  it('ending a turn plays the draft, records it and clears it', () => {
    propose({ type: 'release/set', mode: 'gate' });
    expect(endTurn()).toBeNull();
    expect(game().state.turn).toBe(1);
    expect(game().log).toEqual([[{ type: 'release/set', mode: 'gate' }]]);
    expect(game().history).toHaveLength(1);
    expect(game().draft).toEqual([]);
  });

  it('practice mode can take a turn back, to exactly the state before it', () => {
    endTurn();
    const before = stateHash(game().state);
    propose({ type: 'team/hire', role: 'ml', count: 1 });
    endTurn();
    expect(rewind()).toBeNull();
    expect(stateHash(game().state)).toBe(before);
    expect(game().draft).toEqual([{ type: 'team/hire', role: 'ml', count: 1 }]);
  });

  it('competition mode never rewinds', () => {
    startGame(loaded(), 'store-seed', 'competition');
    endTurn();
    expect(rewind()).toContain('cannot be taken back');
    expect(game().state.turn).toBe(1);
  });
});
