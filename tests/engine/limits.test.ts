/**
 * The world's limits: a scenario is untrusted, and even a valid one can compound without end (an event that
 * multiplies cash every turn, a modifier stacked hundreds of times, high debt interest over hundreds of turns,
 * every money parameter at its maximum). Whatever the scenario, a game plays to its end with every bot, every
 * number stays finite, money and people stay whole, and the state can be hashed (saves and run codes need it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOTS, BOT_NAMES, playBot } from '../../src/bots/index.ts';
import {
  buildScenario,
  stateHash,
  type DeepPartial,
  type Effect,
  type EventDef,
  type GameState,
  type Params,
  type Scenario,
} from '../../src/engine/index.ts';
import { MAX_CASH_CENTS, MAX_USERS } from '../../src/engine/limits.ts';

const TURNS = 200;

/** An event that fires every turn and whose only option applies `effects`. */
function everyTurn(id: string, effects: Effect[]): EventDef {
  return {
    id,
    title: id,
    text: id,
    domain: 'risk',
    when: [],
    baseChance: 1,
    factors: [],
    maxTimes: 0,
    deadline: 1,
    defaultOption: 'go',
    followUpOnly: false,
    options: [
      { id: 'go', label: 'Go', outcomes: [{ id: 'ok', chance: 1, text: '', effects, followUp: null }] },
    ],
  };
}

function hostile(events: EventDef[], params: DeepPartial<Params> = {}): Scenario {
  return buildScenario({
    id: 'hostile',
    title: 'Hostile',
    turns: TURNS,
    params: deepParams(params),
    events,
  });
}

/** Keeps the board from ousting the player, so the compounding goes on for every turn. */
function deepParams(p: DeepPartial<Params>): DeepPartial<Params> {
  return { ...p, stakeholders: { ousterBelow: 0 } };
}

/** Every number reachable in the state, with its path, that is not finite. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, path ? `${path}.${k}` : k));
  return [];
}

function expectSound(s: GameState, what: string): void {
  expect(nonFinite(s), `${what}: non-finite numbers`).toEqual([]);
  expect(Number.isInteger(s.money.cash), `${what}: cash ${s.money.cash} is not whole cents`).toBe(true);
  expect(Math.abs(s.money.cash)).toBeLessThanOrEqual(MAX_CASH_CENTS);
  expect(Number.isInteger(s.market.users), `${what}: users ${s.market.users}`).toBe(true);
  expect(s.market.users).toBeLessThanOrEqual(MAX_USERS);
  expect(() => stateHash(s), `${what}: the state cannot be hashed`).not.toThrow();
}

function playAll(scenario: Scenario, seed: string): void {
  for (const bot of BOT_NAMES) {
    const { state } = playBot(scenario, seed, BOTS[bot]);
    expectSound(state, `${bot} on seed ${seed}`);
  }
}

describe('the world stays finite whatever the scenario', () => {
  it.each<[string, Effect[]]>([
    ['cash set to 1e308', [{ kind: 'change', target: 'cash', op: 'set', value: 1e308 }]],
    [
      'cash multiplied by a million every turn',
      [{ kind: 'change', target: 'cash', op: 'multiply', value: 1e6 }],
    ],
    ['cash drained by 1e308', [{ kind: 'change', target: 'cash', op: 'add', value: -1e308 }]],
    ['debt raised by 1e308', [{ kind: 'change', target: 'debt', op: 'add', value: 1e308 }]],
    ['users multiplied by a million', [{ kind: 'change', target: 'users', op: 'multiply', value: 1e6 }]],
    [
      'market multiplied by a million',
      [{ kind: 'change', target: 'addressable', op: 'multiply', value: 1e6 }],
    ],
    ['features set to 1e308', [{ kind: 'change', target: 'featureLevel', op: 'set', value: 1e308 }]],
    ['work set to 1e308', [{ kind: 'change', target: 'pendingWork', op: 'set', value: 1e308 }]],
    ['revenue modifier x100 stacked', [{ kind: 'modifier', target: 'revenue', factor: 100, turns: 520 }]],
    ['velocity modifier x100 stacked', [{ kind: 'modifier', target: 'velocity', factor: 100, turns: 520 }]],
    [
      'acquisition modifier x100 stacked',
      [{ kind: 'modifier', target: 'acquisition', factor: 100, turns: 520 }],
    ],
    [
      'infra cost modifier x100 stacked',
      [{ kind: 'modifier', target: 'infraCost', factor: 100, turns: 520 }],
    ],
  ])('%s', (_name, effects) => {
    playAll(hostile([everyTurn('e', effects)]), 'limits');
  });

  it('every money, market and debt parameter at its maximum', () => {
    const max: DeepPartial<Params> = {
      market: { viralRate: 1, baseAcquisition: 1e7, marketPerFeature: 1e7, expectedFeatures: 0.001 },
      money: {
        arpuCents: 1e11,
        raisePerUserCents: 1e11,
        raiseMinCents: 1e11,
        salaryCents: { engineer: 1e11, ml: 1e11, sre: 1e11, product: 1e11 },
      },
      load: { requestsPerUser: 1e6 },
      team: { productivity: 100, agentThroughput: 100 },
      debt: { perFeature: 1e4, interest: { iteration: 1, scaling: 1, maintenance: 1 }, drag: 0 },
    };
    playAll(hostile([], max), 'maxed');
  });

  it('random stacks of extreme effects on extreme parameters', () => {
    const money = fc.constantFrom(0, 1, 1e4, 1e11);
    const params = fc.record({
      market: fc.record({
        baseAcquisition: fc.constantFrom(0, 20, 1e7),
        marketPerFeature: fc.constantFrom(0, 400, 1e7),
        viralRate: fc.constantFrom(0, 0.12, 1),
      }),
      money: fc.record({ arpuCents: money, serverlessPerKReqCents: money, dedicatedUnitCents: money }),
      load: fc.record({ requestsPerUser: fc.constantFrom(0, 1, 1e6) }),
      debt: fc.record({ perFeature: fc.constantFrom(0, 1.2, 1e4), drag: fc.constantFrom(0, 0.6, 100) }),
    });
    const change = fc.record({
      kind: fc.constant('change' as const),
      target: fc.constantFrom(
        'cash',
        'users',
        'addressable',
        'debt',
        'featureLevel',
        'pendingWork',
        'engineers',
        'agents',
        'morale',
      ),
      op: fc.constantFrom('add' as const, 'multiply' as const, 'set' as const),
      value: fc.constantFrom(-1e308, -1e12, -1, 0, 0.5, 2, 1e6, 1e12, 1e308),
    });
    const modifier = fc.record({
      kind: fc.constant('modifier' as const),
      target: fc.constantFrom(
        'acquisition',
        'churn',
        'infraCost',
        'inferenceCost',
        'incidentRate',
        'velocity',
        'revenue',
      ),
      factor: fc.constantFrom(0, 0.5, 2, 100),
      turns: fc.constantFrom(1, 520),
    });
    const effects = fc.array(fc.oneof(change, modifier), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(effects, { minLength: 1, maxLength: 3 }), params, (lists, p) => {
        const scenario = hostile(
          lists.map((e, i) => everyTurn(`e${i}`, e as Effect[])),
          p as DeepPartial<Params>,
        );
        playAll(scenario, 'fuzz');
      }),
      { seed: 20_261_202, numRuns: 40 },
    );
  });
});
