/** The world view's model: what the canvas shows of the company, and its description in words. */
import { describe, expect, it } from 'vitest';
import { playBot, steady } from '../../src/bots/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import { replay } from '../../src/replay/index.ts';
import type { Game } from '../../src/store/index.ts';
import { describeWorld, dotScale, MAX_DESKS, newDotRange, worldModel } from '../../src/ui/world/model.ts';
import { asLoaded } from '../fixtures/scenarios.ts';

function gameAfter(turns: number, team = { engineer: 3, ml: 1, sre: 0, product: 0 }): Game {
  const scenario = buildScenario({ id: 'w', title: 'World', turns: 40, initial: { team } });
  const { log } = playBot(scenario, 'world', steady(), { turns });
  const r = replay(scenario, 'world', log);
  if (!r.ok) throw new Error('replay failed');
  const loaded = asLoaded(scenario);
  return {
    loaded,
    seed: 'world',
    mode: 'practice',
    state: r.state,
    history: r.history,
    log,
    draft: [],
    lastEvents: [],
  };
}

describe('world model', () => {
  it('shows one figure per person, ramping hires marked, and the architecture', () => {
    const m = worldModel(gameAfter(0));
    expect(m.people).toHaveLength(4);
    expect(m.people.filter((p) => p.role === 'ml')).toHaveLength(1);
    expect(m.hosting).toBe('serverless');
    expect(describeWorld(m)).toMatch(/Office: 3 engineer, 1 ML\./);
  });

  it('caps the desks and says how many more people there are', () => {
    const m = worldModel(gameAfter(0, { engineer: 30, ml: 0, sre: 0, product: 0 }));
    expect(m.people).toHaveLength(MAX_DESKS);
    expect(m.morePeople).toBe(30 - MAX_DESKS);
    expect(describeWorld(m)).toContain(`and ${30 - MAX_DESKS} more`);
  });

  it("lists last turn's incidents for the canvas to flash", () => {
    const g = gameAfter(30);
    const last = g.history[g.history.length - 1]!;
    expect(worldModel(g).incidents).toHaveLength(last.events.filter((e) => e.kind === 'incident').length);
  });
});

describe('user dots', () => {
  it('one dot per user up to 168, then one per 10, 100, …', () => {
    expect(dotScale(150)).toBe(1);
    expect(dotScale(169)).toBe(10);
    expect(dotScale(100_000)).toBe(1000);
  });

  it('pops only the dots added this turn, and none when the scale changes', () => {
    const a = worldModel(gameAfter(5));
    const b = { ...a, turn: a.turn + 1, users: a.users + 20 };
    const [from, to] = newDotRange(a, b);
    expect(to - from).toBe(Math.ceil(b.users / dotScale(b.users)) - Math.ceil(a.users / dotScale(a.users)));
    expect(newDotRange({ ...a, users: 160 }, { ...a, users: 400 })).toEqual([0, 0]);
  });
});
