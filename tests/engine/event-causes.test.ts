/**
 * "Why did this happen?" for an event card: the player sees the conditions that let it come up, with the value
 * they had, and what set its odds, never "background chance 100%" for a card that a threshold triggered, and
 * never the hidden true quality of a model.
 */
import { describe, expect, it } from 'vitest';
import { eventChance } from '../../src/engine/event-odds.ts';
import { createInitialState, type Condition, type EventDef } from '../../src/engine/index.ts';
import { plainScenario } from '../fixtures/scenarios.ts';

function card(when: Condition[], baseChance: number, factors: EventDef['factors'] = []): EventDef {
  return {
    id: 'card',
    title: 'Card',
    text: '',
    domain: 'coordination',
    when,
    baseChance,
    factors,
    maxTimes: 0,
    deadline: 1,
    defaultOption: 'ok',
    followUpOnly: false,
    options: [{ id: 'ok', label: 'OK', outcomes: [] }],
  };
}

const state = () => {
  const s = createInitialState(plainScenario(), 'why');
  s.team.burnout = 0.15;
  s.market.users = 23_085;
  return s;
};
const total = (ws: { weight: number }[]) => ws.reduce((a, c) => a + c.weight, 0);

describe('the causes of an event card', () => {
  it('a card certain once its threshold holds is explained by the threshold alone, with the value seen', () => {
    const { causes } = eventChance(state(), card([{ metric: 'burnout', op: '>=', value: 0.12 }], 1));
    expect(causes).toEqual([
      { factor: 'when:burnout', label: 'burnout was 0.15 (this card needs at least 0.12)', weight: 1 },
    ]);
  });

  it('conditions and odds share the weight when the card is a chance, and every weight adds to 1', () => {
    const { causes } = eventChance(
      state(),
      card(
        [
          { metric: 'users', op: '>=', value: 15_000 },
          { metric: 'dedicated', op: '==', value: 0 },
        ],
        0.1,
        [{ metric: 'users', label: 'traction', per: 0.00001, from: 3000, max: 0.2 }],
      ),
    );
    expect(causes.map((c) => c.label)).toEqual([
      'users was 23,085 (this card needs at least 15,000)',
      'you were on serverless hosting',
      'background chance',
      'traction',
    ]);
    expect(causes[0]!.weight + causes[1]!.weight).toBeCloseTo(0.5, 12);
    expect(total(causes)).toBeCloseTo(1, 12);
  });

  it('never shows the hidden true quality of the model', () => {
    const s = state();
    s.model.quality = 0.7123;
    const { causes } = eventChance(s, card([{ metric: 'modelQuality', op: '<', value: 0.8 }], 1));
    expect(causes[0]!.label).not.toMatch(/0\.71/);
    expect(causes[0]!.label).toMatch(/true quality/);
  });

  it('a card without conditions is explained by its odds', () => {
    const { causes } = eventChance(state(), card([], 0.2));
    expect(causes).toEqual([{ factor: 'base-rate', label: 'background chance', weight: 1 }]);
  });
});
