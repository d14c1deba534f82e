/** The turn transition: what the world plays between two models, numbered as the HUD numbers turns. */
import { describe, expect, it } from 'vitest';
import type { Decision, GameEvent } from '../../src/engine/index.ts';
import { incidentsOf } from '../../src/ui/world/incidents.ts';
import { worldModel, type WorldModel } from '../../src/ui/world/model.ts';
import { changeOf, clockOf, flowScale, headlineOf, newDotRange } from '../../src/ui/world/week.ts';
import { gameAfter } from './world-helpers.ts';

const log = (turns: number, first: Decision[] = []): Decision[][] =>
  Array.from({ length: turns }, (_, i) => (i === 0 ? first : []));

function step(
  turns: number,
  first: Decision[] = [],
  input = {},
): { before: WorldModel; after: WorldModel; events: GameEvent[] } {
  const a = gameAfter(log(turns - 1, first), input);
  const b = gameAfter(log(turns, first), input);
  return { before: worldModel(a), after: worldModel(b), events: b.history[b.history.length - 1]!.events };
}

describe('what changes between two pictures of the world', () => {
  it('plays nothing on the first picture, nor when the turn is the same (a drafted decision)', () => {
    const { before, after, events } = step(2);
    expect(changeOf(null, after, events, 1)).toEqual({ kind: 'none' });
    expect(changeOf(after, after, events, 1)).toEqual({ kind: 'none' });
    expect(changeOf(before, after, events, 1).kind).toBe('turn');
  });

  it('names the turn just played as the HUD did while it was planned ("Week 3" after three played)', () => {
    const { before, after, events } = step(3);
    const change = changeOf(before, after, events, 1);
    if (change.kind !== 'turn') throw new Error('expected a turn');
    expect(after.turn).toBe(3);
    expect(change.play.title).toBe('Week 3');
    expect(change.play.clock).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const sprint = step(2, [], { params: { weeksPerTurn: 2 } });
    const s = changeOf(sprint.before, sprint.after, sprint.events, 2);
    if (s.kind !== 'turn') throw new Error('expected a turn');
    expect(s.play.title).toBe('Sprint 2');
    expect(s.play.clock).toHaveLength(14);
  });

  it('on undo plays no turn: it names the turn planned again, never "Turn 0"', () => {
    const { before, after, events } = step(1);
    const change = changeOf(after, before, events, 1);
    expect(change).toEqual({ kind: 'undo', title: 'Undone', headline: 'Back to week 1, to plan again' });
  });

  it('counts users and cash from their old to their new values, and flies users in and out in proportion', () => {
    const { before, after, events } = step(6);
    const change = changeOf(before, after, events, 1);
    if (change.kind !== 'turn') throw new Error('expected a turn');
    const p = change.play;
    expect(p.users).toEqual({ from: before.market.users, to: after.market.users });
    expect(p.cash).toEqual({ from: before.money.cash, to: after.money.cash });
    expect(p.dotsIn).toBeLessThanOrEqual(12);
    expect(p.dotsOut).toBeLessThanOrEqual(12);
    if (after.market.gained > 0) expect(p.dotsIn).toBeGreaterThan(0);
    if (after.market.gained > after.market.lost) expect(p.dotsIn).toBeGreaterThanOrEqual(p.dotsOut);
    expect(flowScale(12)).toBe(1);
    expect(flowScale(13)).toBe(2);
    expect(flowScale(5000)).toBe(500);
  });

  it('walks in the people who joined this turn and walks out those who left', () => {
    const hire: Decision[] = [{ type: 'team/hire', role: 'engineer', count: 3 }];
    for (let t = 2; t <= 5; t++) {
      const { before, after, events } = step(t, hire);
      const change = changeOf(before, after, events, 1);
      if (change.kind !== 'turn') throw new Error('expected a turn');
      const joined = after.team.people.filter((p) => p.stage === 0).length;
      expect(change.play.arrivals).toHaveLength(Math.min(6, joined));
      for (const desk of change.play.arrivals) expect(after.team.people[desk]!.stage).toBe(0);
    }
    const { after } = step(4);
    const engineers = after.team.roleCounts.engineer;
    expect(engineers).toBeGreaterThanOrEqual(2);
    const fewer = {
      ...after,
      team: { ...after.team, roleCounts: { ...after.team.roleCounts, engineer: engineers - 2 } },
    };
    const change = changeOf(after, fewer, [], 1);
    expect(change.kind).toBe('none'); // same turn: nothing is played
    const next = { ...fewer, turn: after.turn + 1 };
    const left = changeOf(after, next, [], 1);
    if (left.kind !== 'turn') throw new Error('expected a turn');
    expect(left.play.leavers).toEqual(['engineer', 'engineer']);
  });

  it('orders the beats on the clock, each incident breaking out before it is detected and fixed', () => {
    for (let t = 2; t <= 30; t++) {
      const { before, after, events } = step(t);
      const change = changeOf(before, after, events, 1);
      if (change.kind !== 'turn') continue;
      const beats = change.play.beats;
      for (let i = 1; i < beats.length; i++) expect(beats[i]!.at).toBeGreaterThanOrEqual(beats[i - 1]!.at);
      after.incidents.forEach((_, i) => {
        const mine = beats.filter((b) => b.incident === i).map((b) => b.kind);
        expect(mine.slice(0, 2)).toEqual(['incident-start', 'incident-detected']);
      });
    }
  });

  it('headlines the week with what mattered most, and a quiet week as such', () => {
    const { after } = step(2);
    const quiet = { ...after, incidents: [] };
    expect(headlineOf([], quiet)).toBe('A quiet week');
    const phase: GameEvent = {
      turn: 2,
      kind: 'phase',
      id: 'phase-scaling',
      title: 'x',
      detail: '',
      tone: 'info',
      causes: [],
    };
    expect(headlineOf([phase], { ...quiet, phase: 'scaling' })).toBe('Scaling phase begins');
    // A second part is added only whole: never "Scaling phase begins · Data pipeli…".
    const [pipeline] = incidentsOf(
      [
        {
          ...phase,
          kind: 'incident',
          id: 'data-pipeline',
          detail: 'Detected after 1 h, restored after 2 h more.',
        },
      ],
      168,
    );
    expect(headlineOf([phase], { ...quiet, phase: 'scaling', incidents: [pipeline!] })).toBe(
      'Scaling phase begins',
    );
    expect(headlineOf([], { ...quiet, incidents: [pipeline!] })).toBe('Data pipeline break');
  });

  it('pops only the dots added this turn, and none when the scale changes', () => {
    const { after } = step(5);
    const at = (users: number): WorldModel => ({ ...after, market: { ...after.market, users } });
    expect(newDotRange(at(40), at(60))).toEqual([40, 60]);
    expect(newDotRange(at(60), at(400))).toEqual([0, 0]);
    expect(clockOf(4)).toEqual(['week 1 of 4', 'week 2 of 4', 'week 3 of 4', 'week 4 of 4']);
  });
});
