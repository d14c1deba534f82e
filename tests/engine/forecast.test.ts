/** The forecast a player plans with: ranges that are ordered, reproducible, plan-sensitive and honest. */
import { describe, expect, it } from 'vitest';
import { playBot, steady } from '../../src/bots/index.ts';
import { createInitialState, forecast, step, type GameState } from '../../src/engine/index.ts';
import { plainScenario } from '../fixtures/scenarios.ts';

const sc = plainScenario();
const midGame: GameState = playBot(sc, 'forecast', steady(), { turns: 10 }).state;

describe('forecast', () => {
  it('gives ordered p10 ≤ p50 ≤ p90 ranges for each turn ahead', () => {
    const f = forecast(midGame, sc, { horizon: 6, samples: 40 });
    expect(f.turns).toHaveLength(6);
    expect(f.turns[0]!.turn).toBe(midGame.turn + 1);
    for (const t of f.turns) {
      for (const band of Object.values(t.bands)) {
        expect(band.p10).toBeLessThanOrEqual(band.p50);
        expect(band.p50).toBeLessThanOrEqual(band.p90);
      }
    }
    const users = f.turns[5]!.bands.users!;
    expect(users.p90).toBeGreaterThan(users.p10);
  });

  it('is the same for the same state and plan', () => {
    expect(forecast(midGame, sc)).toEqual(forecast(midGame, sc));
  });

  it('responds to the plan: hiring shortens the runway', () => {
    const base = forecast(midGame, sc, { horizon: 8, metrics: ['runwayTurns', 'cash'] });
    const hiring = forecast(midGame, sc, {
      horizon: 8,
      metrics: ['runwayTurns', 'cash'],
      decisions: [{ type: 'team/hire', role: 'engineer', count: 4 }],
    });
    expect(hiring.turns[7]!.bands.cash!.p50).toBeLessThan(base.turns[7]!.bands.cash!.p50);
  });

  it('does not reveal the real dice: a one-sample forecast is not the real next turn', () => {
    let same = 0;
    for (let i = 0; i < 20; i++) {
      const s = playBot(sc, `peek-${i}`, steady(), { turns: 12 }).state;
      const real = step(s, [], sc);
      if (!real.ok) throw new Error(real.rejection.reason);
      const f = forecast(s, sc, { horizon: 1, samples: 1, metrics: ['users'] });
      if (f.turns[0]!.bands.users!.p50 === real.state.market.users) same += 1;
    }
    expect(same).toBeLessThan(5);
  });

  it('stops at the last turn of the scenario', () => {
    const s = createInitialState(plainScenario(3), 'short');
    expect(forecast(s, plainScenario(3), { horizon: 8 }).turns).toHaveLength(3);
  });
});

describe('forecast near the end of a scenario', () => {
  it('counts reaching the last turn as surviving, not as failing', () => {
    const sc = plainScenario(12);
    const late = playBot(sc, 'late', steady(), { turns: 6 }).state;
    const f = forecast(late, sc, { horizon: 8, samples: 20 });
    expect(f.turns).toHaveLength(6);
    expect(f.turns[f.turns.length - 1]!.alive).toBe(1);
  });
});
