/**
 * Effects that ask for more than a target can hold are an author's slip (`morale: set 5` meant 0.5): the validator
 * says which effect, where, and what the target's range is, instead of the engine quietly clamping it.
 */
import { describe, expect, it } from 'vitest';
import { lines, loadOk, MINIMAL } from './helpers.ts';

const withEffects = (...effects: string[]): string =>
  `formatVersion: 1\n${MINIMAL}events:\n  - id: e\n    title: E\n    text: t\n    domain: risk\n    chance: 0.1\n    options:\n      - id: a\n        label: A\n        effects:\n${effects.map((e) => `          - ${e}\n`).join('')}`;

describe('effect values within what their target holds', () => {
  it('refuses a share set outside 0..1, at the value, naming the range', () => {
    expect(lines(withEffects('{target: morale, set: 5}'))).toEqual([
      'test.yaml:15:35: events[0].options[0].effects[0].set: morale goes from 0 to 1 (a share); set 5 is outside that',
    ]);
  });

  it('refuses an add wider than the whole range, and reports every such effect', () => {
    const found = lines(
      withEffects('{target: cash, add: 1e308}', '{target: trust, add: -2}', '{target: debt, set: -1}'),
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      /^test\.yaml:15:33: .*effects\[0\]\.add: cash goes from .* \(dollars\); add 1e\+308/,
    );
    expect(found[1]).toMatch(/^test\.yaml:16:34: .*effects\[1\]\.add: trust goes from 0 to 1/);
    expect(found[2]).toMatch(/^test\.yaml:17:33: .*effects\[2\]\.set: debt goes from 0 to 1,000,000/);
  });

  it('accepts ordinary effects: a raise, a loss of users, a morale dip, more agents', () => {
    loadOk(
      withEffects(
        '{target: cash, add: 250000}',
        '{target: users, add: -500}',
        '{target: morale, add: -0.1}',
        '{target: agents, set: 3}',
        '{target: addressable, multiply: 1.5}',
      ),
    );
  });
});
