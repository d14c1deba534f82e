/**
 * The dashboard's runway comes from the same forecast as its charts, so the tile never contradicts them: a
 * one-off cost (a hiring fee) is paid once, not extrapolated as if it were paid every week.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Band, Forecast } from '../../src/engine/index.ts';
import { createInitialState, forecast, runwayTurns, step } from '../../src/engine/index.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { forecastRunway, runwayWords } from '../../src/ui/runway.ts';

const band = (p10: number, p50: number, p90: number): Band => ({ p10, p50, p90 });

function synthetic(rows: [cash: Band, runway: Band][]): Forecast {
  return {
    horizon: rows.length,
    samples: 40,
    turns: rows.map(([cash, runwayTurns], i) => ({ turn: i + 1, bands: { cash, runwayTurns }, alive: 1 })),
  };
}

describe('forecastRunway', () => {
  it('is the first forecast turn whose cash is below zero, in whole turns left', () => {
    const f = synthetic([
      [band(5, 10, 20), band(0, 1, 2)],
      [band(-5, 1, 10), band(-1, 0, 1)],
      [band(-20, -8, 2), band(-3, -1, 0)],
    ]);
    expect(forecastRunway(f)).toEqual({ p50: 2, p10: 1 });
  });

  it('beyond the horizon, adds the runway left at its end; profitable futures have none', () => {
    const f = synthetic([
      [band(90, 100, 110), band(8, 9, 10)],
      [band(80, 95, 105), band(7, 8, 999)],
    ]);
    expect(forecastRunway(f)).toEqual({ p50: 2 + 8, p10: 2 + 7 });
    const rich = synthetic([[band(90, 100, 110), band(30, 999, 999)]]);
    expect(forecastRunway(rich)).toEqual({ p50: null, p10: 31 });
  });

  it('has nothing to say once the game is over (no forecast turns)', () => {
    expect(forecastRunway({ horizon: 0, samples: 40, turns: [] })).toBeNull();
  });

  it('in the tutorial after hiring two (the audit\u2019s week 2, once "7 weeks"), the runway leaves the one-off fees out and agrees with the forecast', () => {
    const parsed = parseScenarioText(readFileSync('scenarios/tutorial.yaml', 'utf8'), 'tutorial.yaml');
    if (!parsed.ok) throw new Error('tutorial does not parse');
    const sc = parsed.loaded.scenario;
    const played = step(
      createInitialState(sc, 'runway-1'),
      [{ type: 'team/hire', role: 'engineer', count: 2 }],
      sc,
    );
    if (!played.ok) throw new Error(played.rejection.reason);
    const f = forecast(played.state, sc, {
      horizon: 8,
      samples: 40,
      metrics: ['users', 'cash', 'runwayTurns'],
    });
    const cashAtEnd = f.turns[f.turns.length - 1]!.bands.cash!.p50;
    expect(cashAtEnd, 'the median future still has cash after 8 weeks').toBeGreaterThan(0);
    // The recruiting fees were paid once: they are in last week's costs but not in the burn the runway reads.
    expect(played.state.money.costs).toBeGreaterThan(
      played.state.money.salaries + played.state.money.infra + played.state.money.inference,
    );
    expect(runwayTurns(played.state)).toBeGreaterThan(f.turns.length);
    const r = forecastRunway(f)!;
    expect(r.p50).not.toBeNull();
    expect(r.p50!).toBeGreaterThan(f.turns.length);
    expect(r.p10!).toBeLessThanOrEqual(r.p50!);
  });

  it('reads in the scenario\'s turns up to two years, and "2 years+" past that or when the cash never runs out', () => {
    const weekly = { turns: 52, params: { weeksPerTurn: 1 } };
    const monthly = { turns: 24, params: { weeksPerTurn: 4 } };
    expect(runwayWords(12, weekly)).toBe('12 weeks');
    expect(runwayWords(1, weekly)).toBe('1 week');
    expect(runwayWords(103, weekly)).toBe('103 weeks');
    expect(runwayWords(104, weekly)).toBe('2 years+');
    expect(runwayWords(533, weekly)).toBe('2 years+');
    expect(runwayWords(null, weekly)).toBe('2 years+');
    expect(runwayWords(25, monthly)).toBe('25 months');
    expect(runwayWords(26, monthly)).toBe('2 years+');
  });
});
