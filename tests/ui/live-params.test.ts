/**
 * The screen shows the parameters in force: after a card changes one (format 2's parameter effects), the fee,
 * price or lead time the player reads is the new one, not the scenario's starting value.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState, step, type GameState } from '../../src/engine/index.ts';
import { parseScenarioText, type LoadedScenario } from '../../src/scenario/index.ts';
import { liveParams } from '../../src/ui/live-params.ts';

const FILE = `formatVersion: 2
id: fees
title: Fees go up
turns: 6
events:
  - id: agency
    title: The recruiting agency doubles its fee
    text: Every offer now costs twice as much.
    domain: coordination
    when: ['turn == 1']
    chance: 1
    options:
      - id: accept
        label: Accept
        text: Offers cost more from now on.
        effects:
          - { parameter: money.hireCost, set: 30000 }
          - { parameter: team.hireLeadTurns, add: 2 }
`;

function loaded(): LoadedScenario {
  const r = parseScenarioText(FILE, 'fees.yaml');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.loaded;
}

function after(l: LoadedScenario, turns: number): GameState {
  let s = createInitialState(l.scenario, 'live');
  for (let i = 0; i < turns; i++) {
    const r = step(s, [], l.scenario);
    if (!r.ok) throw new Error(r.rejection.reason);
    s = r.state;
  }
  return s;
}

describe('the parameters the screen shows', () => {
  it("are the scenario's until a card changes them, then the changed ones", () => {
    const l = loaded();
    const start = liveParams({ state: after(l, 1), loaded: l });
    expect(start.money.hireCostCents).toBe(l.scenario.params.money.hireCostCents);
    const later = liveParams({ state: after(l, 3), loaded: l });
    expect(later.money.hireCostCents).toBe(3_000_000);
    expect(later.team.hireLeadTurns).toBe(l.scenario.params.team.hireLeadTurns + 2);
    // The scenario itself is untouched: a new game starts from its own values.
    expect(l.scenario.params.money.hireCostCents).not.toBe(3_000_000);
  });
});
