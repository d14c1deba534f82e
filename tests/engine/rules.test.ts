/** Rules of one turn that a player would notice: decisions, hiring, events, migrations, releases and endings. */
import { describe, expect, it } from 'vitest';
import {
  buildScenario,
  checkDecision,
  createInitialState,
  onboardingOf,
  pipelineOf,
  headcountOf,
  step,
  type Decision,
  type GameEvent,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { eventfulScenario, plainScenario } from '../fixtures/scenarios.ts';

function play(
  s: GameState,
  sc: Scenario,
  decisions: Decision[] = [],
): { state: GameState; events: GameEvent[] } {
  const r = step(s, decisions, sc);
  if (!r.ok) throw new Error(r.rejection.reason);
  return r;
}

function playUntil(
  s: GameState,
  sc: Scenario,
  done: (s: GameState, e: GameEvent[]) => boolean,
  max = 60,
): GameState {
  for (let i = 0; i < max; i++) {
    const r = play(s, sc);
    s = r.state;
    if (done(s, r.events)) return s;
  }
  throw new Error('condition never reached');
}

describe('decisions', () => {
  const sc = plainScenario();
  const s0 = createInitialState(sc, 'rules');

  it.each([
    [
      {
        type: 'plan/allocate',
        allocation: { features: 50, debt: 10, evals: 10, reliability: 10, data: 10, migration: 0 },
      },
      'add up to 100% (it adds up to 90%)',
    ],
    [{ type: 'team/hire', role: 'wizard', count: 1 }, 'role must be one of'],
    [{ type: 'team/hire', role: 'engineer', count: 0 }, 'whole number from 1'],
    [{ type: 'team/let-go', role: 'sre', count: 1 }, 'the team has 0'],
    [{ type: 'arch/migrate', axis: 'hosting', target: 'serverless' }, 'already serverless'],
    [{ type: 'arch/provision', units: 10 }, 'only be provisioned on dedicated'],
    [{ type: 'event/choose', eventId: 'nope', option: 'x' }, 'not waiting for an answer'],
    [{ type: 'launch/rocket' }, 'unknown decision type'],
    [null, 'must be an object'],
  ])('rejects %j with a reason', (decision, reason) => {
    expect(checkDecision(s0, sc, decision)).toContain(reason);
    const r = step(s0, [decision], sc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.reason).toContain(reason);
  });

  it('rejects the whole turn when one decision is illegal, naming which', () => {
    const r = step(
      s0,
      [
        { type: 'release/set', mode: 'gate' },
        { type: 'team/agents', seats: -1 },
      ],
      sc,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.index).toBe(1);
  });

  it('refuses levers the scenario does not offer', () => {
    const limited = buildScenario({ id: 'l', title: 'l', turns: 5, levers: ['plan/allocate'] });
    const s = createInitialState(limited, 'x');
    expect(checkDecision(s, limited, { type: 'team/hire', role: 'engineer', count: 1 })).toBe(
      'Hiring is not part of this scenario',
    );
    // Said in words: a player who meets the refusal never reads an internal id such as "money/raise".
    expect(checkDecision(s, limited, { type: 'money/raise' })).toBe(
      'Raising a round is not part of this scenario',
    );
  });

  it('checks each decision of a turn against what the earlier ones of the same turn did', () => {
    const refusal = (decisions: Decision[]): string | null => {
      const r = step(s0, decisions, sc);
      return r.ok ? null : `${r.rejection.index}: ${r.rejection.reason}`;
    };
    const team = headcountOf(s0.team, 'engineer');
    const letGo = (count: number): Decision => ({ type: 'team/let-go', role: 'engineer', count });
    expect(refusal([letGo(1), letGo(team)])).toBe(
      `1: cannot let go ${team} engineer(s): the team has ${team - 1}`,
    );
    expect(refusal([letGo(1), letGo(team - 1)])).toBeNull();
    const hire = (count: number): Decision => ({ type: 'team/hire', role: 'sre', count });
    expect(refusal([hire(6), hire(5)])).toBe('1: at most 10 sre hires per turn (this makes 11)');
    expect(refusal([hire(6), hire(4), { type: 'team/hire', role: 'ml', count: 10 }])).toBeNull();
    const policy = (p: 'crunch' | 'timeOff', on: boolean): Decision => ({
      type: 'policy/set',
      policy: p,
      on,
    });
    expect(refusal([policy('timeOff', true), policy('crunch', true)])).toBe(
      '1: cannot crunch during time off',
    );
    expect(refusal([policy('timeOff', true), policy('timeOff', false), policy('crunch', true)])).toBeNull();
    expect(refusal([policy('crunch', true), policy('timeOff', true)])).toBe(
      '1: cannot take time off while crunching',
    );
    expect(refusal([{ type: 'money/raise' }, { type: 'money/raise' }])).toBe(
      '1: a funding round was already started this turn',
    );
    // The state itself is untouched by the checks: the same list is judged the same way twice.
    expect(refusal([letGo(1), letGo(team)])).toBe(refusal([letGo(1), letGo(team)]));
  });

  it('keeps plan decisions for later turns', () => {
    let s = play(s0, sc, [{ type: 'release/set', mode: 'canary' }]).state;
    s = play(s, sc).state;
    expect(s.plan.release).toBe('canary');
  });
});

describe('hiring and onboarding', () => {
  it('hires made in week 1 arrive in week 7 (six weeks to fill and give notice), then ramp up for months', () => {
    const sc = buildScenario({ id: 'h', title: 'h', turns: 40, params: { team: { offerAcceptance: 1.2 } } });
    let s = createInitialState(sc, 'hire');
    s = play(s, sc, [{ type: 'team/hire', role: 'sre', count: 2 }]).state;
    for (let week = 2; week <= 6; week++) {
      expect(headcountOf(s.team, 'sre')).toBe(0);
      expect(pipelineOf(s.team, 'sre')).toBe(2);
      s = play(s, sc).state;
    }
    const r = play(s, sc);
    expect(headcountOf(r.state.team, 'sre')).toBe(2);
    expect(r.events.some((e) => e.id === 'hire-arrived')).toBe(true);
    // Still onboarding after three months; fully ramped after the ramp (16 weeks by default).
    s = r.state;
    for (let week = 0; week < 12; week++) s = play(s, sc).state;
    expect(onboardingOf(s.team, 'sre')).toBe(2);
    for (let week = 0; week < 4; week++) s = play(s, sc).state;
    expect(onboardingOf(s.team, 'sre')).toBe(0);
    expect(s.team.ramped.sre).toBe(2);
  });

  it('letting people go lowers morale', () => {
    const sc = buildScenario({
      id: 'h',
      title: 'h',
      turns: 20,
      initial: { team: { engineer: 4, ml: 0, sre: 0, product: 0 } },
    });
    const s = createInitialState(sc, 'fire');
    const after = play(s, sc, [{ type: 'team/let-go', role: 'engineer', count: 2 }]).state;
    const control = play(s, sc).state;
    expect(headcountOf(after.team)).toBe(2);
    expect(after.team.morale).toBeLessThan(control.team.morale);
  });
});

describe('scenario events', () => {
  const sc = eventfulScenario();
  const fired = (e: GameEvent[]): boolean => e.some((x) => x.kind === 'scenario' && x.id === 'big-customer');

  it('fire with their causes and wait for an answer', () => {
    let events: GameEvent[] = [];
    playUntil(createInitialState(sc, 'ev'), sc, (_s, e) => ((events = e), fired(e)));
    const card = events.find((e) => e.id === 'big-customer')!;
    expect(card.causes.map((c) => c.factor)).toContain('base-rate');
    expect(card.causes.reduce((a, c) => a + c.weight, 0)).toBeCloseTo(1, 9);
  });

  it('an answer applies its outcome and may schedule a follow-up', () => {
    const s = playUntil(createInitialState(sc, 'ev'), sc, (_s, e) => fired(e));
    const r = play(s, sc, [{ type: 'event/choose', eventId: 'big-customer', option: 'accept' }]);
    const resolved = r.events.find((e) => e.id === 'big-customer' && e.option === 'accept')!;
    expect(['paid', 'churned']).toContain(resolved.outcome);
    expect(r.state.pending.some((p) => p.eventId === 'big-customer')).toBe(false);
    if (resolved.outcome === 'paid')
      expect(r.state.scheduled).toEqual([{ eventId: 'custom-feature-breaks', atTurn: s.turn + 3 }]);
  });

  it('without an answer, the default option applies at the deadline', () => {
    let s = playUntil(createInitialState(sc, 'ev'), sc, (_s, e) => fired(e));
    s = play(s, sc).state;
    const r = play(s, sc);
    const resolved = r.events.find((e) => e.id === 'big-customer' && e.option !== undefined)!;
    expect(resolved.option).toBe('decline');
    expect(resolved.title).toContain('no answer in time');
  });
});

describe('architecture migrations', () => {
  it('take capacity over several turns, then switch the axis', () => {
    const sc = buildScenario({
      id: 'm',
      title: 'm',
      turns: 60,
      initial: {
        team: { engineer: 4, ml: 0, sre: 0, product: 0 },
        debt: 0,
        practices: { testAutomation: 1, observability: 1 },
      },
    });
    let s = createInitialState(sc, 'mig');
    s = play(s, sc, [
      { type: 'arch/migrate', axis: 'hosting', target: 'dedicated' },
      {
        type: 'plan/allocate',
        allocation: { features: 40, debt: 0, evals: 0, reliability: 0, data: 0, migration: 60 },
      },
    ]).state;
    expect(s.arch.migration?.target).toBe('dedicated');
    expect(s.arch.hosting).toBe('serverless');
    s = playUntil(s, sc, (x) => x.arch.migration === null);
    expect(s.arch.hosting).toBe('dedicated');
    expect(s.arch.dedicatedUnits).toBeGreaterThanOrEqual(2);
  });
});

describe('model releases', () => {
  const sc = buildScenario({ id: 'r', title: 'r', turns: 80 });
  const withCandidate = playUntil(
    createInitialState(sc, 'model'),
    sc,
    (s) => s.model.candidate !== null || s.model.version > 1,
  );

  it('a hold keeps the candidate waiting; ship deploys it', () => {
    const s = { ...withCandidate, plan: { ...withCandidate.plan, release: 'hold' as const } };
    if (!s.model.candidate) return expect(s.model.version).toBeGreaterThan(1);
    const held = play(s, sc).state;
    expect(held.model.candidate?.version).toBe(s.model.candidate.version);
    const shipped = play(held, sc, [{ type: 'release/set', mode: 'ship' }]).state;
    expect(shipped.model.version).toBe(s.model.candidate.version);
  });

  it('a shipped model that scores below the one it replaces is reported as a warning, in eval terms', () => {
    const s = { ...withCandidate, plan: { ...withCandidate.plan, release: 'hold' as const } };
    if (!s.model.candidate) return expect(s.model.version).toBeGreaterThan(1);
    const ship = (score: number) => {
      const candidate = { ...s.model.candidate!, evalScore: score };
      const at = { ...s, model: { ...s.model, evalScore: 0.64, candidate } };
      return play(at, sc, [{ type: 'release/set', mode: 'ship' }]).events.find(
        (e) => e.id === 'model-released',
      )!;
    };
    const worse = ship(0.53);
    expect(worse.tone).toBe('warning');
    expect(worse.detail).toBe('Measured eval score 53%, below the 64% of the model it replaces.');
    expect(ship(0.7).tone).toBe('info');
  });

  it('a rollback returns to the previous model', () => {
    const released = playUntil(createInitialState(sc, 'model'), sc, (s) => s.model.version > 1);
    const back = play(released, sc, [{ type: 'release/set', mode: 'rollback' }]).state;
    expect(back.model.version).toBe(released.model.previousVersion);
    expect(back.model.quality).toBe(released.model.previousQuality);
  });
});

describe('endings', () => {
  it('running out of cash ends the game as bankrupt', () => {
    const sc = buildScenario({
      id: 'b',
      title: 'b',
      turns: 52,
      initial: { cash: 1_000_000, team: { engineer: 6, ml: 0, sre: 0, product: 0 } },
    });
    const s = playUntil(createInitialState(sc, 'broke'), sc, (x) => x.status !== 'playing');
    expect(s.status).toBe('lost');
    expect(s.reason).toBe('bankrupt');
    expect(step(s, [], sc).ok).toBe(false);
  });

  it('the last turn ends the game, won only when required objectives hold', () => {
    const sc = eventfulScenario(6);
    const s = playUntil(createInitialState(sc, 'end'), sc, (x) => x.status !== 'playing');
    expect(s.turn).toBe(6);
    expect(s.status).toBe(s.market.users >= 2000 ? 'won' : 'ended');
    expect(s.reason).toBe(s.market.users >= 2000 ? 'objectives-met' : 'out-of-turns');
  });
});
