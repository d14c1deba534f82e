/**
 * Properties of `step` over thousands of random decision sequences, legal and illegal (malformed objects, wrong
 * types, NaN, huge numbers, unknown types, answers to events that are not waiting). Whatever a player, a
 * tampered save or a hostile run code sends, the game must never show NaN, lose a cent, count negative people,
 * leave a 0..1 gauge, or change anything when it refuses a move. Seeds are fixed: a failure prints the seed and
 * the shrunk counterexample, and re-running reproduces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOCATION_KEYS,
  ARCH_OPTIONS,
  BOOLEAN_POLICIES,
  checkDecision,
  checkDecisions,
  createInitialState,
  DECISION_TYPES,
  FRAMINGS,
  RELEASE_MODES,
  REVIEW_LEVELS,
  ROLES,
  headcountOf,
  advance,
  step,
  type Decision,
  type GameEvent,
  type GameState,
  type Rejection,
  type Scenario,
} from '../../src/engine/index.ts';
import { eventfulScenario, plainScenario } from '../fixtures/scenarios.ts';

// Budget: 2 scenarios x 6 properties x RUNS sequences of up to MAX_TURNS turns, well under 60 s on 2 cores.
const RUNS = 250;
const MAX_TURNS = 52;
const SEED = 20_261_125;
/** Refusals that depend on the earlier decisions of the same list. */
const SEQUENTIAL =
  /answered twice|only one migration|already started this turn|hires per turn|the team has|during time off|while crunching|no migration to cancel|only be provisioned/;

// ------------------------------------------------------------------ arbitrary decisions

const weirdNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  0.5,
  -1,
);
const weird = fc.oneof(
  weirdNumber,
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
);
/** Mostly a sensible value, sometimes anything. */
const field = <T>(sensible: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 5, arbitrary: sensible }, { weight: 1, arbitrary: weird });

const percentages = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }).map((cuts) => {
  const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
  return Object.fromEntries(ALLOCATION_KEYS.map((k, i) => [k, sorted[i + 1]! - sorted[i]!]));
});
const allocation = fc.oneof(
  { weight: 4, arbitrary: percentages },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom(...ALLOCATION_KEYS, 'bonus'),
      field(fc.integer({ min: -10, max: 110 })),
    ),
  },
  { weight: 1, arbitrary: percentages.map((a) => ({ ...a, features: (a.features ?? 0) + 0.5 })) },
  { weight: 1, arbitrary: weird },
);
const archAxes = Object.keys(ARCH_OPTIONS);
const archTargets = Object.values(ARCH_OPTIONS).flat();

/** A decision whose answer depends on the state (resolved while playing): mostly legal moves deep in a game. */
interface Contextual {
  contextual: number;
}

function decisionArb(scenario: Scenario): fc.Arbitrary<unknown> {
  const eventIds = scenario.events.map((e) => e.id);
  const optionIds = scenario.events.flatMap((e) => e.options.map((o) => o.id));
  const typed = fc.oneof(
    fc.record({ type: fc.constant('plan/allocate'), allocation }),
    fc.record({ type: fc.constant('release/set'), mode: field(fc.constantFrom(...RELEASE_MODES)) }),
    fc.record({
      type: fc.constant('policy/set'),
      policy: field(fc.constantFrom(...BOOLEAN_POLICIES, 'agentReview', 'evalThreshold')),
      on: field(fc.boolean()),
    }),
    fc.record({ type: fc.constant('policy/agent-review'), level: field(fc.constantFrom(...REVIEW_LEVELS)) }),
    fc.record({
      type: fc.constant('policy/eval-threshold'),
      threshold: field(fc.double({ min: -0.5, max: 1.5 })),
    }),
    fc.record({
      type: fc.constantFrom('team/hire', 'team/let-go'),
      role: field(fc.constantFrom(...ROLES)),
      count: field(fc.integer({ min: -2, max: 14 })),
    }),
    fc.record({ type: fc.constant('team/agents'), seats: field(fc.integer({ min: -2, max: 60 })) }),
    fc.record({
      type: fc.constant('arch/migrate'),
      axis: field(fc.constantFrom(...archAxes, 'toString', '__proto__')),
      target: field(fc.constantFrom(...archTargets)),
    }),
    fc.record({ type: fc.constant('arch/cancel-migration') }),
    fc.record({ type: fc.constant('arch/provision'), units: field(fc.integer({ min: -5, max: 120_000 })) }),
    fc.record({
      type: fc.constant('event/choose'),
      eventId: field(fc.constantFrom(...eventIds, 'no-such-event', '__proto__')),
      option: field(fc.constantFrom(...optionIds, 'no-such-option')),
    }),
    fc.record({ type: fc.constant('stakeholder/communicate'), framing: field(fc.constantFrom(...FRAMINGS)) }),
    fc.record({ type: fc.constant('money/raise') }),
  );
  const malformed = fc.oneof(
    weird,
    fc.record({
      type: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('toString', 'team/fire', 'money/print')),
    }),
    fc.record({ type: fc.constantFrom(...DECISION_TYPES) }),
    fc.anything({ maxDepth: 2 }),
  );
  const contextual = fc.nat().map((n): Contextual => ({ contextual: n }));
  return fc.oneof(
    { weight: 6, arbitrary: typed },
    { weight: 2, arbitrary: malformed },
    { weight: 3, arbitrary: contextual },
  );
}

/** A game: per turn, a list of decisions; now and then something that is not a list at all. */
function gameArb(scenario: Scenario): fc.Arbitrary<unknown[]> {
  const turn = fc.oneof(
    { weight: 12, arbitrary: fc.array(decisionArb(scenario), { maxLength: 5 }) },
    // Quiet turns let some companies survive to the last turn instead of spending themselves bankrupt.
    { weight: 8, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.oneof(weird, fc.record({ length: fc.integer() })) },
  );
  // Lengths spread over 1..MAX_TURNS (size 'max'; fast-check favours short lists), and a third of the games
  // are full length, so companies also reach the last turn or meet their objectives.
  return fc.oneof(
    { weight: 2, arbitrary: fc.array(turn, { minLength: 1, maxLength: MAX_TURNS, size: 'max' }) },
    { weight: 1, arbitrary: fc.array(turn, { minLength: MAX_TURNS, maxLength: MAX_TURNS }) },
  );
}

/** Turns a contextual placeholder into a move that fits the current state (usually a legal one). */
function resolve(d: unknown, s: GameState, scenario: Scenario): unknown {
  if (typeof d !== 'object' || d === null || !('contextual' in d)) return d;
  const n = (d as Contextual).contextual;
  // The low 3 bits pick the kind of move; the rest pick its details independently.
  const rest = Math.floor(n / 8);
  const pending = s.pending[rest % Math.max(1, s.pending.length)];
  const def = pending && scenario.events.find((e) => e.id === pending.eventId);
  const role = ROLES[rest % ROLES.length]!;
  const small = 1 + (Math.floor(rest / 4) % 3);
  switch (n % 8) {
    case 0:
    case 7:
      if (def)
        return { type: 'event/choose', eventId: def.id, option: def.options[rest % def.options.length]!.id };
      return { type: 'money/raise' };
    case 1:
      return {
        type: 'arch/migrate',
        axis: 'hosting',
        target: s.arch.hosting === 'serverless' ? 'dedicated' : 'serverless',
      };
    case 2:
      return { type: 'arch/provision', units: rest % 400 };
    case 3:
      return { type: 'team/let-go', role, count: Math.min(small, Math.max(1, headcountOf(s.team, role))) };
    case 4:
      return s.arch.migration
        ? { type: 'arch/cancel-migration' }
        : { type: 'team/hire', role, count: 1 + (rest % 10) };
    case 5:
      return { type: 'policy/set', policy: rest % 2 ? 'crunch' : 'timeOff', on: rest % 3 !== 0 };
    default:
      return { type: 'team/agents', seats: rest % 51 };
  }
}

// ------------------------------------------------------------------ playing with checks

interface TurnCheck {
  scenario: Scenario;
  prev: GameState;
  decisions: unknown;
  next: GameState;
  events: GameEvent[];
}
interface RejectCheck {
  scenario: Scenario;
  prev: GameState;
  decisions: unknown;
  rejection: Rejection;
}
interface Checks {
  accepted?: (c: TurnCheck) => void;
  rejected?: (c: RejectCheck) => void;
}

/** Deep equality that tells -0 from 0 and NaN from null (JSON would not). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Plays a generated game. A rejected turn is retried without the refused decision (so games go deep); the checks
 * see every accepted turn and every rejection. Games that end are then poked with one more turn.
 */
function play(scenario: Scenario, seed: string, game: unknown[], checks: Checks): void {
  let state = createInitialState(scenario, seed);
  for (const raw of game) {
    let decisions: unknown = Array.isArray(raw) ? raw.map((d) => resolve(d, state, scenario)) : raw;
    for (;;) {
      const before = structuredClone(state);
      const result = step(state, decisions as unknown[], scenario);
      expect(same(state, before), 'step changed its input state').toBe(true);
      if (result.ok) {
        checks.accepted?.({ scenario, prev: state, decisions, next: result.state, events: result.events });
        state = result.state;
        break;
      }
      checks.rejected?.({ scenario, prev: state, decisions, rejection: result.rejection });
      if (!Array.isArray(decisions) || result.rejection.index < 0) break;
      const drop = result.rejection.index;
      decisions = decisions.filter((_, i) => i !== drop);
    }
    if (state.status !== 'playing') break;
  }
}

function assertProperty(scenario: Scenario, checks: Checks, runs = RUNS): void {
  fc.assert(
    fc.property(fc.string({ maxLength: 6 }), gameArb(scenario), (seed, game) =>
      play(scenario, seed, game, checks),
    ),
    { seed: SEED, numRuns: runs },
  );
}

// ------------------------------------------------------------------ the properties

/** Every number reachable from `value`, with its path. */
function numbers(value: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const k of Object.keys(value))
      numbers((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  }
  return out;
}

function unitFields(s: GameState): [string, number][] {
  return [
    ['team.morale', s.team.morale],
    ['team.burnout', s.team.burnout],
    ['team.coordinationLoss', s.team.coordinationLoss],
    ['market.satisfaction', s.market.satisfaction],
    ['market.trust', s.market.trust],
    ['stakeholders.board', s.stakeholders.board],
    ['stakeholders.pressure', s.stakeholders.pressure],
    ['stakeholders.credibility', s.stakeholders.credibility],
    ['practices.testAutomation', s.practices.testAutomation],
    ['practices.evalCoverage', s.practices.evalCoverage],
    ['practices.observability', s.practices.observability],
    ['practices.dataPipeline', s.practices.dataPipeline],
    ['model.quality', s.model.quality],
    ['load.slo', s.load.slo],
    ['incidents.learning', s.incidents.learning],
  ];
}

function peopleFields(s: GameState): [string, number][] {
  return [
    ['market.users', s.market.users],
    ...ROLES.map((r): [string, number] => [`team.ramped.${r}`, s.team.ramped[r]]),
    ...s.team.onboarding.map((n, i): [string, number] => [`team.onboarding[${i}]`, n]),
    ...s.team.pipeline.map((n, i): [string, number] => [`team.pipeline[${i}]`, n]),
    ['team.agents', s.team.agents],
  ];
}

const OUTCOME_REASONS = ['objectives-met', 'bankrupt', 'board-ousted', 'team-collapsed', 'out-of-turns'];

describe.each([
  ['plain', plainScenario(MAX_TURNS)],
  ['eventful', eventfulScenario(MAX_TURNS)],
])('step over random decision sequences (%s scenario)', (_name, scenario) => {
  it('(a) never produces NaN or Infinity in the state or in the causes of events', () => {
    assertProperty(scenario, {
      accepted: ({ next, events }) => {
        const bad = numbers(next).filter(([, v]) => !Number.isFinite(v));
        expect(bad, 'non-finite numbers in the state').toEqual([]);
        const badCauses = events.flatMap((e) =>
          e.causes.filter((c) => !Number.isFinite(c.weight)).map(() => e.id),
        );
        expect(badCauses, 'events with non-finite cause weights').toEqual([]);
      },
    });
  });

  it('(b) balances the books to the cent: cash moves by revenue - costs + funding', () => {
    assertProperty(scenario, {
      accepted: ({ prev, next }) => {
        const m = next.money;
        for (const [name, v] of [
          ['cash', m.cash],
          ['revenue', m.revenue],
          ['costs', m.costs],
          ['funding', m.funding],
        ] as const) {
          expect(Number.isSafeInteger(v), `money.${name} = ${v} is not a whole number of cents`).toBe(true);
        }
        expect(m.cash - prev.money.cash).toBe(m.revenue - m.costs + m.funding);
        expect(m.revenue).toBeGreaterThanOrEqual(0);
        expect(m.costs).toBeGreaterThanOrEqual(0);
        expect(m.funding).toBeGreaterThanOrEqual(0);
      },
    });
  });

  it('(c) never counts negative or fractional users, people or agent seats', () => {
    assertProperty(scenario, {
      accepted: ({ next }) => {
        const bad = peopleFields(next).filter(([, v]) => !(Number.isInteger(v) && v >= 0));
        expect(bad, 'negative or fractional counts').toEqual([]);
      },
    });
  });

  it('(d) keeps every 0..1 gauge in range, and cause weights in [0,1] summing to 1', () => {
    assertProperty(scenario, {
      accepted: ({ next, events }) => {
        const out = unitFields(next).filter(([, v]) => !(v >= 0 && v <= 1));
        expect(out, 'gauges outside 0..1').toEqual([]);
        for (const e of events) {
          if (e.causes.length === 0) continue;
          const weights = e.causes.map((c) => c.weight);
          expect(
            weights.every((w) => w >= 0 && w <= 1),
            `${e.kind}/${e.id} cause weights ${weights.join(', ')}`,
          ).toBe(true);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - 1), `${e.kind}/${e.id} cause weights sum to ${sum}`).toBeLessThan(1e-9);
        }
      },
    });
  });

  it('(e) refuses an illegal list with the index and reason of the first bad decision, changing nothing', () => {
    let rejections = 0;
    assertProperty(scenario, {
      rejected: ({ scenario: sc, prev, decisions, rejection }) => {
        rejections++;
        expect(typeof rejection.reason).toBe('string');
        expect(rejection.reason.trim().length).toBeGreaterThan(0);
        if (rejection.index === -1) {
          // The whole list is refused: it is not a list, or the game is already over.
          expect(!Array.isArray(decisions) || prev.status !== 'playing').toBe(true);
          return;
        }
        const list = decisions as unknown[];
        expect(rejection.index).toBeGreaterThanOrEqual(0);
        expect(rejection.index).toBeLessThan(list.length);
        expect(rejection.decision).toBe(list[rejection.index]);
        // Everything before the refused decision is accepted, taken in order.
        expect(checkDecisions(prev, sc, list.slice(0, rejection.index))).toBeNull();
        // Either the decision's own problem, or one the earlier decisions of the same list created.
        const own = checkDecision(prev, sc, list[rejection.index]);
        if (rejection.reason !== own) expect(rejection.reason).toMatch(SEQUENTIAL);
      },
    });
    expect(rejections).toBeGreaterThan(RUNS);
  });

  it('(f) advances exactly one turn per accepted step, and ends a game only with a reason', () => {
    let ended = 0;
    assertProperty(scenario, {
      accepted: ({ prev, next }) => {
        expect(next.turn).toBe(prev.turn + 1);
        if (next.status === 'playing') {
          expect(next.reason).toBe('in-progress');
          expect(next.turn).toBeLessThan(scenario.turns);
        } else {
          ended++;
          expect(OUTCOME_REASONS).toContain(next.reason);
          expect(next.pending).toEqual([]);
        }
      },
      rejected: ({ prev, rejection }) => {
        if (prev.status !== 'playing') expect(rejection.index).toBe(-1);
      },
    });
    expect(ended).toBeGreaterThan(0);
  });

  // "An illegal decision is rejected with a reason, never ignored" (ARCHITECTURE.md), and checkDecisions promises
  // to judge each decision "against the plan as earlier decisions change it". These two hold a list to that.
  it('(g) never accepts a decision that the earlier ones in its list made impossible', () => {
    assertProperty(scenario, {
      accepted: ({ prev, decisions }) => {
        const list = decisions as Decision[];
        for (const role of ROLES) {
          const have = headcountOf(prev.team, role);
          const letGo = list.reduce(
            (n, d) => n + (d.type === 'team/let-go' && d.role === role ? d.count : 0),
            0,
          );
          const what = `turn ${prev.turn + 1} accepted ${JSON.stringify(list)}, letting go ${letGo} ${role}(s) of ${have}`;
          expect(letGo, what).toBeLessThanOrEqual(have);
        }
      },
    });
  });

  // Bulk runs (bots, balance reports, verification) play turns in place with `advance`: a classroom ranking and a
  // balance report are only fair if that gives exactly the game `step` gives.
  it('(i) advance on an owned state gives what step gives, and changes nothing when it refuses', () => {
    let compared = 0;
    const check = ({
      scenario: sc,
      prev,
      decisions,
    }: {
      scenario: Scenario;
      prev: GameState;
      decisions: unknown;
    }) => {
      const owned = structuredClone(prev);
      const stepped = step(prev, decisions as unknown[], sc);
      const advanced = advance(owned, decisions as unknown[], sc);
      compared++;
      if (stepped.ok && advanced.ok) {
        expect(same(advanced.state, stepped.state), 'advance reached another state').toBe(true);
        expect(same(advanced.events, stepped.events), 'advance told other events').toBe(true);
        return;
      }
      expect(advanced.ok, 'advance and step disagree on accepting').toBe(stepped.ok);
      expect(same(owned, prev), 'advance changed the state it refused').toBe(true);
    };
    assertProperty(scenario, { accepted: check, rejected: check }, RUNS / 5);
    expect(compared).toBeGreaterThan(RUNS);
  });

  it('(h) never refuses a decision that the latest earlier decision on the same matter made legal', () => {
    // Each rule: the refusal reason, the decisions that bear on it, and whether the latest of them makes it legal.
    const rules: [RegExp, (d: Decision) => boolean, (d: Decision) => boolean][] = [
      [
        /cannot crunch during time off/,
        (d) => d.type === 'policy/set' && (d.policy === 'timeOff' || d.policy === 'crunch'),
        (d) =>
          d.type === 'policy/set' && ((d.policy === 'timeOff' && !d.on) || (d.policy === 'crunch' && d.on)),
      ],
      [
        /cannot take time off while crunching/,
        (d) => d.type === 'policy/set' && (d.policy === 'timeOff' || d.policy === 'crunch'),
        (d) =>
          d.type === 'policy/set' && ((d.policy === 'crunch' && !d.on) || (d.policy === 'timeOff' && d.on)),
      ],
      [
        /migration is already under way|only one migration/,
        (d) => d.type === 'arch/cancel-migration' || d.type === 'arch/migrate',
        (d) => d.type === 'arch/cancel-migration',
      ],
    ];
    assertProperty(scenario, {
      rejected: ({ prev, decisions, rejection }) => {
        if (rejection.index < 0) return;
        const before = ((decisions as unknown[]).slice(0, rejection.index) as Decision[]).filter(
          (d) => typeof d === 'object' && d !== null,
        );
        for (const [reason, bears, makesLegal] of rules) {
          if (!reason.test(rejection.reason)) continue;
          const latest = [...before].reverse().find(bears);
          const what = `turn ${prev.turn + 1} refused ${JSON.stringify(decisions)} at ${rejection.index}: "${rejection.reason}"`;
          expect(latest !== undefined && makesLegal(latest), what).toBe(false);
        }
      },
    });
  });
});
