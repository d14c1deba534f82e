/** An instructor's inject: a scenario card put before the player between turns, answered like any other card. */
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  injectEvent,
  stateHash,
  step,
  type Decision,
  type GameState,
} from '../../src/engine/index.ts';
import { eventfulScenario } from '../fixtures/scenarios.ts';

const sc = eventfulScenario();

function playTurns(s: GameState, n: number, decisions: Decision[] = []): GameState {
  for (let i = 0; i < n; i++) {
    const r = step(s, decisions, sc);
    if (!r.ok) throw new Error(r.rejection.reason);
    s = r.state;
  }
  return s;
}

function injected(s: GameState, id = 'big-customer') {
  const r = injectEvent(s, sc, id);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('injectEvent', () => {
  // Before 150 users the card's own condition never holds: only the inject can put it before the player.
  const s0 = createInitialState(sc, 'inject');
  const atStop = playTurns(s0, 1);

  it('puts the card before the player, with the instructor as its cause, and changes nothing else', () => {
    const before = stateHash(atStop);
    const { state, event } = injected(atStop);
    expect(state.pending).toEqual([{ eventId: 'big-customer', firedTurn: 0, deadlineTurn: 2 }]);
    expect(state.eventCounts[0]).toBe(1);
    expect(state.turn).toBe(atStop.turn);
    expect(event).toMatchObject({ kind: 'scenario', id: 'big-customer', turn: 0 });
    expect(event.causes).toEqual([
      { factor: 'inject', label: expect.stringMatching(/instructor/), weight: 1 },
    ]);
    // The state it was given is untouched.
    expect(stateHash(atStop)).toBe(before);
    expect(atStop.pending).toEqual([]);
  });

  it('is answered like a card that fired: the choice applies in the next turn', () => {
    const { state } = injected(atStop);
    const r = step(state, [{ type: 'event/choose', eventId: 'big-customer', option: 'accept' }], sc);
    if (!r.ok) throw new Error(r.rejection.reason);
    const resolved = r.events.find((e) => e.id === 'big-customer' && e.option === 'accept');
    expect(resolved?.outcome).toMatch(/^(paid|churned)$/);
    expect(r.state.pending.some((p) => p.eventId === 'big-customer')).toBe(false);
  });

  it('without an answer takes its default option at its deadline', () => {
    const { state } = injected(atStop);
    const waiting = playTurns(state, 1);
    expect(waiting.pending.some((p) => p.eventId === 'big-customer')).toBe(true);
    const r = step(waiting, [], sc);
    if (!r.ok) throw new Error(r.rejection.reason);
    const resolved = r.events.find((e) => e.id === 'big-customer' && e.option !== undefined);
    expect(resolved?.option).toBe('decline');
  });

  it('is deterministic: the same inject at the same point gives the same game', () => {
    const a = playTurns(injected(atStop).state, 3);
    const b = playTurns(injected(atStop).state, 3);
    expect(stateHash(a)).toBe(stateHash(b));
    expect(stateHash(a)).not.toBe(stateHash(playTurns(atStop, 3)));
  });

  it('leaves a card already waiting as it is', () => {
    const once = injected(atStop).state;
    const twice = injected(once);
    expect(twice.state).toBe(once);
    expect(twice.event.id).toBe('big-customer');
  });

  it('refuses an unknown card and a game that is over, with a reason', () => {
    expect(injectEvent(atStop, sc, 'alien-invasion')).toEqual({
      ok: false,
      reason: expect.stringMatching(/no event .alien-invasion./),
    });
    const over = { ...atStop, status: 'lost' as const, reason: 'bankrupt' as const };
    expect(injectEvent(over, sc, 'big-customer')).toEqual({
      ok: false,
      reason: 'the game is over (bankrupt)',
    });
  });
});
