/** The world view's model: what the canvas shows of the company, read from the engine's state and events. */
import { describe, expect, it } from 'vitest';
import type { Decision, GameEvent } from '../../src/engine/index.ts';
import { describeWorld } from '../../src/ui/world/describe.ts';
import { incidentHours, incidentsLine, incidentsOf, restoredShare } from '../../src/ui/world/incidents.ts';
import { MAX_DESKS, MAX_DOTS } from '../../src/ui/world/layout.ts';
import { dotScale, joinFitting, splitRate, worldModel } from '../../src/ui/world/model.ts';
import { gameAfter } from './world-helpers.ts';

const hold = (turns: number, first: Decision[] = []): Decision[][] =>
  Array.from({ length: turns }, (_, i) => (i === 0 ? first : []));

describe('the team', () => {
  it('shows one figure per person, by role, with the architecture', () => {
    const m = worldModel(gameAfter(0));
    expect(m.team.people).toHaveLength(4);
    expect(m.team.people.filter((p) => p.role === 'ml')).toHaveLength(1);
    expect(m.system.hosting).toBe('serverless');
    expect(m.team.labels.count).toBe('4 people');
    expect(describeWorld(m)).toMatch(/Office: 3 engineer, 1 ML\./);
  });

  it('caps the desks and says how many are shown', () => {
    const m = worldModel(gameAfter(0, {}, { engineer: 30, ml: 0, sre: 0, product: 0 }));
    expect(m.team.people).toHaveLength(MAX_DESKS);
    expect(m.team.headcount).toBe(30);
    expect(m.team.labels.count).toBe(`30 people (${MAX_DESKS} shown)`);
  });

  it('shows accepted offers as reserved desks, then the hires onboarding stage by stage with a mentor', () => {
    // Offers take six weeks to arrive; then the hires onboard for months.
    const log = hold(9, [{ type: 'team/hire', role: 'engineer', count: 2 }]);
    const after1 = worldModel(gameAfter(log.slice(0, 1)));
    expect(after1.team.arriving.length).toBeGreaterThan(0);
    expect(after1.team.labels.count).toMatch(/arriving/);
    const game = gameAfter(log);
    const later = worldModel(game);
    const learning = later.team.people.filter((p) => p.stage !== null);
    expect(learning.length).toBeGreaterThan(0);
    for (const p of learning) expect(later.team.people[p.mentor!]!.stage).toBeNull();
    // Some offers may be declined: the words say as many onboarding as the engine holds (flat [role, count, weeks]).
    const cohorts = game.state.team.onboarding;
    const onboarding = cohorts.filter((_, i) => i % 3 === 1).reduce((a, b) => a + b, 0);
    expect(onboarding).toBe(learning.length);
    expect(describeWorld(later)).toContain(`(${onboarding} onboarding)`);
  });

  it('marks agent seats by the review policy, and says when nobody reviews them', () => {
    const none = worldModel(
      gameAfter(
        hold(1, [
          { type: 'team/agents', seats: 3 },
          { type: 'policy/agent-review', level: 'none' },
        ]),
      ),
    );
    expect(none.team.agents).toBe(3);
    expect(none.team.review).toBe('none');
    expect(none.team.labels.agents).toBe('3 agent seats \u00b7 unreviewed');
    const all = worldModel(
      gameAfter(
        hold(1, [
          { type: 'team/agents', seats: 50 },
          { type: 'policy/agent-review', level: 'all' },
        ]),
      ),
    );
    expect(all.team.agentsShown).toBeLessThan(50);
    // Three engineers cannot read what fifty agents write: the label says how much was reviewed.
    expect(all.team.labels.agents).toMatch(/^50 agent seats \u00b7 \d+% reviewed \(\d+ shown\)$/);
    const few = worldModel(
      gameAfter(
        hold(1, [
          { type: 'team/agents', seats: 1 },
          { type: 'policy/agent-review', level: 'all' },
        ]),
      ),
    );
    expect(few.team.labels.agents).toBe('1 agent seat \u00b7 all reviewed');
  });

  it('types faster in a crunch and keeps status lines to what fits', () => {
    const crunch = worldModel(gameAfter(hold(1, [{ type: 'policy/set', policy: 'crunch', on: true }])));
    const calm = worldModel(gameAfter(hold(1)));
    expect(crunch.team.typingMs).toBeLessThan(calm.team.typingMs);
    expect(crunch.team.labels.status).toMatch(/^Crunch/);
    expect(joinFitting(['a long first part', 'and a second', 'and a third that is too long'], 280)).toBe(
      'a long first part \u00b7 and a second',
    );
  });
});

describe('the system and its load', () => {
  it('runs more requests, hotter, as utilisation rises; slower with latency; failing with the SLO missed', () => {
    const g = gameAfter(3);
    const at = (utilisation: number, latencyMs: number, slo: number) =>
      worldModel({ ...g, state: { ...g.state, load: { ...g.state.load, utilisation, latencyMs, slo } } })
        .system;
    expect(at(0.3, 400, 1).heat).toBe('cool');
    expect(at(0.8, 400, 1).heat).toBe('warm');
    expect(at(0.95, 400, 1).heat).toBe('hot');
    expect(at(0.9, 400, 1).flow.particles).toBeGreaterThan(at(0.2, 400, 1).flow.particles);
    expect(at(5, 400, 1).flow.particles).toBeLessThanOrEqual(20);
    expect(at(0.5, 2000, 1).flow.travelMs).toBeGreaterThan(at(0.5, 400, 1).flow.travelMs);
    expect(at(0.5, 400, 0.9).flow.failing).toBeCloseTo(0.1);
    expect(at(0.5, 400, 0).flow.failing).toBe(0.5);
    expect(at(0.72, 400, 1).labels.load).toBe('72%');
  });

  it('shows a migration with its progress, and says when nobody works on it', () => {
    const log = hold(2, [{ type: 'arch/migrate', axis: 'hosting', target: 'dedicated' }]);
    const m = worldModel(gameAfter(log));
    expect(m.system.migration?.axis).toBe('hosting');
    expect(m.system.labels.migration).toMatch(/^\u2192 dedicated \d+%/);
    const idle = gameAfter(log);
    const noOne = worldModel({
      ...idle,
      state: {
        ...idle.state,
        plan: { ...idle.state.plan, allocation: { ...idle.state.plan.allocation, migration: 0 } },
      },
    });
    expect(noOne.system.labels.migration).toMatch(/unstaffed$/);
  });
});

describe('incidents', () => {
  it("takes the engine's detection and restore hours from its events, which add up to its totals", () => {
    const g = gameAfter(40);
    const events = g.history.flatMap((h) => h.events).filter((e) => e.kind === 'incident');
    expect(events.length).toBeGreaterThan(0);
    let detect = 0;
    let restore = 0;
    for (const e of events) {
      const h = incidentHours(e);
      expect(h.detect).not.toBeNull();
      detect += h.detect!;
      restore += h.restore!;
    }
    expect(detect).toBeCloseTo(g.state.incidents.detectHoursSum, 9);
    expect(restore).toBeCloseTo(g.state.incidents.restoreHoursSum, 9);
  });

  const incident = (id: string, detectHours: number, restoreHours: number, severity = 0.5): GameEvent => ({
    turn: 1,
    kind: 'incident',
    id,
    title: id,
    detail: '',
    tone: 'warning',
    causes: [],
    incident: { severity, detectHours, restoreHours },
  });

  it('places each incident on the turn: breaks out, detected, fixed, in that order; longer ones stay longer', () => {
    const [short, long] = incidentsOf(
      [incident('outage', 1, 2), incident('model-regression', 20, 60, 0.9)],
      168,
    );
    for (const i of [short!, long!]) {
      expect(i.ongoing).toBe(false);
      expect(i.start).toBeLessThan(i.detected);
      expect(i.detected).toBeLessThan(i.fixed);
      expect(i.fixed).toBeLessThanOrEqual(1);
      expect(i.shown.start).toBeLessThan(i.shown.detected);
      expect(i.shown.fixed).toBeLessThanOrEqual(1);
    }
    expect(long!.fixed - long!.start).toBeCloseTo(80 / 168);
    expect(long!.shown.fixed - long!.shown.start).toBeGreaterThan(short!.shown.fixed - short!.shown.start);
    expect(long!.spot).toBe('model');
    expect(long!.severity).toBe('severe');
    expect(incidentsLine([short!], 'week')).toBe('Outage fixed in 3 h');
  });

  it('keeps an incident open past the end of the turn when its hours are longer, with how far the fix got', () => {
    const [open] = incidentsOf([incident('outage', 48, 168)], 168);
    expect(open!.ongoing).toBe(true);
    expect(restoredShare(open!)).toBeCloseTo((168 - 48) / 168);
    expect(incidentsLine([open!], 'week')).toBe('Outage still being fixed');
    const [sprint] = incidentsOf([incident('outage', 48, 168)], 336);
    expect(sprint!.ongoing).toBe(false);
  });

  it("lists the last turn's incidents and says so in words", () => {
    const g = gameAfter(30);
    const last = g.history[g.history.length - 1]!;
    const m = worldModel(g);
    expect(m.incidents).toHaveLength(last.events.filter((e) => e.kind === 'incident').length);
    expect(describeWorld(m)).toContain(m.system.labels.incidents);
  });
});

describe('users and money', () => {
  it('one dot per user up to the panel, then one per 10, 100, …', () => {
    expect(dotScale(MAX_DOTS)).toBe(1);
    expect(dotScale(MAX_DOTS + 1)).toBe(10);
    expect(dotScale(100_000)).toBe(10_000);
  });

  it('flows users in and out in proportion, the busier one capped', () => {
    expect(splitRate(100, 50, 4)).toEqual([4, 2]);
    expect(splitRate(0, 0, 4)).toEqual([0, 0]);
    const m = worldModel(gameAfter(8)).market;
    expect(Math.max(m.flow.inPerSec, m.flow.outPerSec)).toBeLessThanOrEqual(4);
    if (m.gained && m.lost) expect(m.flow.inPerSec / m.flow.outPerSec).toBeCloseTo(m.gained / m.lost);
  });

  it("draws the cash trend from the opening cash, and names the scenario's turn", () => {
    const g = gameAfter(3);
    const m = worldModel(g);
    expect(m.money.trend[0]).toBe(g.loaded.scenario.initial.cash / 100);
    expect(m.money.trend[m.money.trend.length - 1]).toBe(g.state.money.cash / 100);
    expect(m.money.labels.burn).toMatch(/ per week$/);
    expect(m.market.labels.delta).toMatch(/ this week$/);
    const sprint = worldModel(gameAfter(3, { params: { weeksPerTurn: 2 } }));
    expect(sprint.unit).toBe('sprint');
    expect(sprint.turnHours).toBe(336);
    expect(sprint.money.labels.burn).toMatch(/ per sprint$/);
  });

  it('says, before the first turn, that the numbers come after it rather than showing zeros', () => {
    const m = worldModel(gameAfter(0));
    expect(m.market.labels.delta).toBe('before the first week');
    expect(m.system.labels.slo).not.toMatch(/0 ms/);
    expect(m.money.labels.in).toBe('');
  });
});
