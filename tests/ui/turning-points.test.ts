/**
 * Turning points: a decision and the later events the engine's causes tie to it, never a card repeating its own
 * answer, with the reason in words. Histories are built by hand so each link (or its absence) is the test's own.
 */
import { describe, expect, it } from 'vitest';
import type { Cause, Decision, EventDef, GameEvent, Scenario } from '../../src/engine/index.ts';
import { buildScenario } from '../../src/engine/scenario-defaults.ts';
import type { TurnRecord, TurnSnapshot } from '../../src/replay/index.ts';
import { turningPoints } from '../../src/ui/turning-points/turning-points.ts';

function card(id: string, over: Partial<EventDef> = {}): EventDef {
  return {
    id,
    title: id,
    text: '',
    domain: 'risk',
    when: [],
    baseChance: 0.1,
    factors: [],
    maxTimes: 0,
    deadline: 2,
    defaultOption: 'a',
    followUpOnly: false,
    options: [
      {
        id: 'a',
        label: 'Option A',
        outcomes: [{ id: 'o', chance: 1, text: '', effects: [], followUp: null }],
      },
    ],
    ...over,
  };
}

const SLEEP = card('sleep', {
  title: 'You have not slept properly in weeks',
  options: [
    {
      id: 'rest',
      label: 'Take a week off',
      outcomes: [{ id: 'o', chance: 1, text: 'You come back sharper.', effects: [], followUp: null }],
    },
    {
      id: 'push',
      label: 'Push through',
      outcomes: [{ id: 'o', chance: 1, text: 'You make it, this time.', effects: [], followUp: null }],
    },
  ],
});
const BILL = card('cloud-bill', {
  title: 'The cloud bill doubled',
  options: [
    {
      id: 'ignore',
      label: 'Ignore it, growth comes first',
      outcomes: [
        { id: 'o', chance: 1, text: '', effects: [], followUp: { event: 'bill-again', inTurns: 3 } },
      ],
    },
  ],
});
const BILL_AGAIN = card('bill-again', { title: 'The board asks about the cloud bill', followUpOnly: true });
const AGENTS = card('agent-deal', {
  title: 'A volume deal on agent seats',
  options: [
    {
      id: 'take',
      label: 'Take two seats',
      outcomes: [
        {
          id: 'o',
          chance: 1,
          text: '',
          effects: [{ kind: 'change', target: 'agents', op: 'add', value: 2 }],
          followUp: null,
        },
      ],
    },
  ],
});
const AGENT_BROKE = card('agent-broke', {
  title: "An agent's change broke the planner",
  when: [{ metric: 'agents', op: '>=', value: 3 }],
});

function scenario(weeksPerTurn = 1): Scenario {
  const sc = buildScenario({
    id: 't',
    title: 'Test',
    turns: 30,
    events: [SLEEP, BILL, BILL_AGAIN, AGENTS, AGENT_BROKE],
  });
  return { ...sc, params: { ...sc.params, weeksPerTurn } };
}

const SNAP: Omit<TurnSnapshot, 'turn'> = {
  phase: 'iteration',
  users: 1000,
  gained: 10,
  lost: 5,
  cash: 100_000,
  revenue: 1000,
  costs: 2000,
  salaries: 1500,
  infra: 300,
  inference: 200,
  runwayTurns: 100,
  debt: 10,
  incidents: 0,
  deploys: 1,
  failures: 0,
  leadTimeDays: 3,
  recoveryHours: 0,
  slo: 0.99,
  latencyMs: 300,
  utilisation: 0.5,
  satisfaction: 0.7,
  trust: 0.7,
  board: 0.6,
  morale: 0.7,
  burnout: 0.1,
  headcount: 3,
  agents: 0,
  evalScore: 0.6,
  coordinationLoss: 0.05,
};

interface Turn {
  decisions?: Decision[];
  events?: GameEvent[];
  snap?: Partial<TurnSnapshot>;
}

/** Turn i (0-based) of the list is the player's turn i + 1; its events carry the engine's turn number i. */
function history(turns: Turn[]): TurnRecord[] {
  return turns.map((t, i) => ({
    snapshot: { ...SNAP, ...t.snap, turn: i + 1 },
    decisions: t.decisions ?? [],
    events: (t.events ?? []).map((e) => ({ ...e, turn: i })),
  }));
}

const ev = (over: Partial<GameEvent> & Pick<GameEvent, 'id' | 'kind'>): GameEvent => ({
  turn: 0,
  title: over.id,
  detail: '',
  tone: 'warning',
  causes: [],
  ...over,
});
const fired = (
  def: EventDef,
  causes: Cause[] = [{ factor: 'base-rate', label: 'background chance', weight: 1 }],
) => ev({ kind: 'scenario', id: def.id, title: def.title, causes });
const answered = (def: EventDef, option: string): GameEvent => {
  const o = def.options.find((x) => x.id === option)!;
  return ev({
    kind: 'scenario',
    id: def.id,
    title: `${def.title}: ${o.label}`,
    tone: 'info',
    option,
    outcome: 'o',
    causes: [{ factor: 'decision', label: 'your decision', weight: 1 }],
  });
};
const choose = (eventId: string, option: string): Decision => ({ type: 'event/choose', eventId, option });
const incident = (id: string, causes: Cause[], tone: GameEvent['tone'] = 'bad'): GameEvent =>
  ev({ kind: 'incident', id, title: `${id} incident`, tone, causes });
const quiet = (n: number, snap?: Partial<TurnSnapshot>): Turn[] =>
  Array.from({ length: n }, () => ({ snap }));

describe('turning points', () => {
  it('never lists a card answering itself, nor a later answer to the same card', () => {
    const h = history([
      { events: [fired(SLEEP)] },
      { decisions: [choose('sleep', 'rest')], events: [answered(SLEEP, 'rest')] },
      ...quiet(2),
      { events: [fired(SLEEP)] },
      { decisions: [choose('sleep', 'push')], events: [answered(SLEEP, 'push')] },
    ]);
    expect(turningPoints(h, scenario())).toEqual([]);
  });

  it('links an answer to the follow-up it scheduled, on the turn it came due, and says so', () => {
    const followUp = fired(BILL_AGAIN, [{ factor: 'follow-up', label: 'an earlier decision', weight: 1 }]);
    const h = history([
      { events: [fired(BILL)] },
      { decisions: [choose('cloud-bill', 'ignore')], events: [answered(BILL, 'ignore')] },
      ...quiet(2),
      { events: [followUp] },
    ]);
    const points = turningPoints(h, scenario());
    expect(points).toHaveLength(1);
    const [p] = points;
    expect(p!.turn).toBe(2);
    expect(p!.decision).toBe('The cloud bill doubled: Ignore it, growth comes first');
    expect(p!.consequences.map((c) => [c.turn, c.event.id])).toEqual([[5, 'bill-again']]);
    expect(p!.consequences[0]!.why).toMatch(/scheduled it.*Ignore it, growth comes first.*3 weeks later/);
    expect(p!.consequences.some((c) => c.event.option !== undefined)).toBe(false);
  });

  it('does not tie a follow-up to an answer that scheduled nothing, nor to the wrong turn', () => {
    const followUp = fired(BILL_AGAIN, [{ factor: 'follow-up', label: 'an earlier decision', weight: 1 }]);
    const h = history([
      { events: [fired(BILL), fired(SLEEP)] },
      {
        decisions: [choose('cloud-bill', 'ignore'), choose('sleep', 'rest')],
        events: [answered(BILL, 'ignore'), answered(SLEEP, 'rest')],
      },
      { events: [followUp] }, // one turn after: not when it was due (three)
    ]);
    expect(turningPoints(h, scenario())).toEqual([]);
  });

  it('links a raise to its result, not to a later cost spike that names user growth', () => {
    const raiseCauses: Cause[] = [
      { factor: 'base-rate', label: 'investor appetite', weight: 0.2 },
      { factor: 'board', label: 'board confidence', weight: 0.45 },
      { factor: 'growth', label: 'user growth', weight: 0.35 },
    ];
    const h = history([
      {
        decisions: [{ type: 'money/raise' }],
        events: [
          ev({
            kind: 'money',
            id: 'raise-failed',
            title: 'Investors passed',
            tone: 'bad',
            causes: raiseCauses,
          }),
        ],
      },
      ...quiet(2),
      {
        events: [
          incident('cost-spike', [
            { factor: 'base-rate', label: 'background rate', weight: 0.3 },
            { factor: 'growth', label: 'fast usage growth', weight: 0.7 },
          ]),
        ],
      },
    ]);
    const points = turningPoints(h, scenario());
    expect(points).toHaveLength(1);
    expect(points[0]!.consequences.map((c) => c.event.id)).toEqual(['raise-failed']);
    expect(points[0]!.consequences[0]!.why).toMatch(/board confidence 45%/);
  });

  it('links a migration to the incidents its work caused, its cut-over and its end, and nothing after', () => {
    const migrating: Cause[] = [
      { factor: 'base-rate', label: 'background rate', weight: 0.45 },
      { factor: 'migration', label: 'migration in progress', weight: 0.55 },
    ];
    const h = history([
      {
        decisions: [{ type: 'arch/migrate', axis: 'hosting', target: 'dedicated' }],
        events: [ev({ kind: 'migration', id: 'migration-started', tone: 'info' })],
      },
      { events: [incident('outage', migrating)] },
      {
        events: [
          ev({
            kind: 'migration',
            id: 'cutover-failed',
            tone: 'bad',
            causes: [
              { factor: 'base-rate', label: 'inherent cut-over risk', weight: 0.3 },
              { factor: 'automation', label: 'thin test automation', weight: 0.7 },
            ],
          }),
        ],
      },
      { events: [ev({ kind: 'migration', id: 'migration-done', tone: 'good' })] },
      // After the migration: an incident that names a migration cannot be this one's.
      { events: [incident('latency', migrating)] },
    ]);
    const [p, ...rest] = turningPoints(h, scenario());
    expect(rest).toEqual([]);
    expect(p!.decision).toBe('Start migration: hosting \u2192 dedicated');
    expect(p!.consequences.map((c) => [c.turn, c.event.id])).toEqual([
      [2, 'outage'],
      [3, 'cutover-failed'],
      [4, 'migration-done'],
    ]);
    expect(p!.consequences[0]!.why).toMatch(
      /while your migration \(hosting → dedicated\).*migration in progress.*55%/,
    );
    expect(p!.consequences[1]!.why).toMatch(/cut-over.*week 1 failed.*thin test automation 70%/);
    expect(p!.consequences[2]!.why).toMatch(/after 4 weeks/);
  });

  it('links a release to the regression the engine blames on it, in the same turn only', () => {
    const blamed = incident('model-regression', [
      { factor: 'base-rate', label: 'background rate', weight: 0.1 },
      { factor: 'release', label: 'a worse model was released', weight: 0.9 },
    ]);
    const h = history([
      {
        events: [
          ev({ kind: 'model', id: 'model-released', title: 'Model v2 released (shipped)', tone: 'info' }),
          blamed,
        ],
      },
      { events: [{ ...blamed }] },
    ]);
    const [p, ...rest] = turningPoints(h, scenario());
    expect(rest).toEqual([]);
    expect(p!.decision).toBe('Model v2 released (shipped)');
    expect(p!.consequences).toHaveLength(1);
    expect(p!.consequences[0]!.turn).toBe(1);
    expect(p!.consequences[0]!.why).toMatch(/worse model.*90%/);
  });

  it('links a card that added agents to a card that needs them only when the seats made the difference', () => {
    const needs = (n: number) =>
      fired(AGENT_BROKE, [
        { factor: 'when:agents', label: `agents was ${n} (this card needs at least 3)`, weight: 0.5 },
        { factor: 'base-rate', label: 'background chance', weight: 0.5 },
      ]);
    const play = (before: number) =>
      history([
        { events: [fired(AGENTS)], snap: { agents: before } },
        {
          decisions: [choose('agent-deal', 'take')],
          events: [answered(AGENTS, 'take')],
          snap: { agents: before + 2 },
        },
        { events: [needs(before + 2)], snap: { agents: before + 2 } },
      ]);
    const decisive = turningPoints(play(1), scenario());
    expect(decisive).toHaveLength(1);
    expect(decisive[0]!.consequences[0]!.event.id).toBe('agent-broke');
    expect(decisive[0]!.consequences[0]!.why).toMatch(
      /^Your answer added 2 to agent seats; the card only comes up with at least 3 agent seats, and you had 3 agent seats\.$/,
    );
    // With five seats before the deal the card's condition held anyway: the deal was not the reason.
    expect(turningPoints(play(5), scenario())).toEqual([]);
  });

  it('blames a low-debt split for a debt-driven outage only when debt rose under it', () => {
    const split: Decision = {
      type: 'plan/allocate',
      allocation: { features: 100, debt: 0, evals: 0, reliability: 0, data: 0, migration: 0 },
    };
    const outage = incident('outage', [
      { factor: 'base-rate', label: 'background rate', weight: 0.2 },
      { factor: 'debt', label: 'technical debt (scaling phase)', weight: 0.8 },
    ]);
    const rising = history([
      { snap: { debt: 10 } },
      { decisions: [split], snap: { debt: 20 } },
      { snap: { debt: 40 } },
      { events: [outage], snap: { debt: 80 } },
    ]);
    const [p] = turningPoints(rising, scenario());
    expect(p!.decision).toMatch(/^Split capacity: features 100%, debt 0%/);
    expect(p!.consequences[0]!.why).toMatch(
      /debt rose from 10 to 80 by week 4.*technical debt \(scaling phase\).*80%/,
    );
    const flat = history([
      { snap: { debt: 10 } },
      { decisions: [split] },
      { events: [outage], snap: { debt: 12 } },
    ]);
    expect(turningPoints(flat, scenario())).toEqual([]);
  });

  it("counts in the scenario's turns: sprints", () => {
    const followUp = fired(BILL_AGAIN, [{ factor: 'follow-up', label: 'an earlier decision', weight: 1 }]);
    const h = history([
      { decisions: [choose('cloud-bill', 'ignore')], events: [answered(BILL, 'ignore')] },
      ...quiet(2),
      { events: [followUp] },
    ]);
    expect(turningPoints(h, scenario(2))[0]!.consequences[0]!.why).toMatch(/3 sprints later/);
  });

  it('keeps the strongest points, each with at most three consequences, in turn order', () => {
    const split: Decision = {
      type: 'plan/allocate',
      allocation: { features: 100, debt: 0, evals: 0, reliability: 0, data: 0, migration: 0 },
    };
    const outage = incident('outage', [{ factor: 'debt', label: 'technical debt', weight: 0.9 }]);
    const turns: Turn[] = [{ decisions: [split], snap: { debt: 10 } }];
    for (let i = 1; i < 8; i++) turns.push({ events: [{ ...outage }], snap: { debt: 10 + 20 * i } });
    const points = turningPoints(history(turns), scenario(), 8);
    expect(points).toHaveLength(1);
    expect(points[0]!.consequences).toHaveLength(3);
    const turnsSeen = points[0]!.consequences.map((c) => c.turn);
    expect([...turnsSeen].sort((a, b) => a - b)).toEqual(turnsSeen);
  });
});
