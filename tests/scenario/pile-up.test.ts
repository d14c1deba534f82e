/**
 * What a valid file could pile up: follow-ups scheduled faster than they come due would fill the game's state
 * (199 cards firing every turn, each scheduling a card 500 turns ahead, held 59,500 waiting by turn 300 and cost
 * a second a turn), so the validator refuses a file whose follow-ups could have more than 1,000 waiting at once.
 */
import { describe, expect, it } from 'vitest';
import { followUpFlood } from '../fixtures/hostile-scenarios.ts';
import { lines, loadOk } from './helpers.ts';

/** A card that fires every turn (maxTimes as given) and schedules `later` inTurns ahead. */
function card(id: string, maxTimes: number, inTurns: number): string {
  return `  - id: ${id}
    title: ${id}
    text: Again.
    domain: risk
    chance: 1
    maxTimes: ${maxTimes}
    options:
      - { id: a, label: Fine, text: Fine., followUp: { event: later, inTurns: ${inTurns} } }
`;
}

const LATER = `  - id: later
    title: Later
    text: Back.
    domain: risk
    followUpOnly: true
    options:
      - { id: a, label: Fine, text: Fine. }
`;

const file = (cards: string): string => `id: piles\ntitle: Piles\nturns: 520\nevents:\n${cards}${LATER}`;

describe('follow-ups that pile up', () => {
  it('are refused, at the card that schedules most, with how many could wait at once', () => {
    expect(lines(followUpFlood(), 'flood.yaml')).toEqual([
      'flood.yaml:7:5: events[0]: follow-ups can pile up: up to 99,500 could be waiting at once (the limit is 1,000); this card can fire every turn (maxTimes: 0) and each answer schedules "later" 500 turns ahead, so up to 500 of them wait at once; give it a maxTimes or a shorter inTurns',
    ]);
  });

  it('are fine when maxTimes or a short inTurns bounds them', () => {
    loadOk(file(Array.from({ length: 10 }, (_, i) => card(`c${i}`, 0, 30)).join('')));
    loadOk(file(Array.from({ length: 190 }, (_, i) => card(`c${i}`, 5, 500)).join('')));
  });

  it('count follow-up-only cards as firing every turn, since what schedules them may', () => {
    const middle = (id: string): string => `  - id: ${id}
    title: ${id}
    text: Then.
    domain: risk
    followUpOnly: true
    options:
      - { id: a, label: Fine, text: Fine., followUp: { event: later, inTurns: 505 } }
      - { id: b, label: No, text: No. }
`;
    const start = `  - id: start
    title: Start
    text: Go.
    domain: risk
    chance: 0.5
    options:
      - { id: a, label: One, text: One., followUp: { event: m1, inTurns: 1 } }
      - { id: b, label: Two, text: Two., followUp: { event: m2, inTurns: 1 } }
`;
    expect(lines(file(start + middle('m1') + middle('m2')))).toEqual([
      expect.stringMatching(
        /^test\.yaml:\d+:5: events\[1\]: follow-ups can pile up: up to 1,011 could be waiting at once .* this card can come up every turn as a follow-up .*; give it a shorter inTurns$/,
      ),
    ]);
  });
});
