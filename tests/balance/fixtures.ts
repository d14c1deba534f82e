/** Scenarios built in code for the balance-report tests, each with one known flaw. */
import type { EventDef, ObjectiveDef, Scenario } from '../../src/engine/index.ts';
import { buildScenario, DEFAULT_PARAMS } from '../../src/engine/index.ts';

export function event(id: string, over: Partial<EventDef> = {}): EventDef {
  return {
    id,
    title: `Event ${id}`,
    text: 'Something happens.',
    domain: 'risk',
    when: [],
    baseChance: 0.1,
    factors: [],
    maxTimes: 1,
    deadline: 1,
    defaultOption: 'ok',
    followUpOnly: false,
    options: [
      {
        id: 'ok',
        label: 'Fine',
        outcomes: [{ id: 'done', chance: 1, text: 'Done.', effects: [], followUp: null }],
      },
    ],
    ...over,
  };
}

export function objective(id: string, over: Partial<ObjectiveDef> = {}): ObjectiveDef {
  return {
    id,
    label: `Objective ${id}`,
    domain: 'architecture',
    metric: 'users',
    op: '>=',
    target: 200,
    weight: 1,
    required: false,
    ...over,
  };
}

/** An event whose condition never holds in practice, one that fires every game, and an unreachable objective. */
export function flawedScenario(): Scenario {
  return buildScenario({
    id: 'flawed',
    title: 'Flawed on purpose',
    turns: 12,
    events: [
      event('unicorn', { when: [{ metric: 'users', op: '>=', value: 1_000_000_000 }], baseChance: 0.5 }),
      event('every-week', { baseChance: 1 }),
      event('sometimes', { baseChance: 0.05 }),
      event('week-three', {
        when: [
          { metric: 'turn', op: '>=', value: 3 },
          { metric: 'turn', op: '<=', value: 3 },
        ],
        baseChance: 1,
      }),
    ],
    objectives: [
      objective('moon', { target: 1_000_000_000, required: true }),
      objective('some-users', { target: 150 }),
    ],
  });
}

/**
 * Scored only on features shipped, in a world where hires arrive the next week fully productive and the starting
 * plan spends a tenth of the week on features: the move-fast bot (all capacity to features, hiring hard) beats
 * every other bot on nearly every seed.
 */
export function featureRace(): Scenario {
  return buildScenario({
    id: 'feature-race',
    title: 'Feature race',
    turns: 12,
    objectiveShare: 1,
    initial: { allocation: { features: 10, debt: 30, evals: 20, reliability: 20, data: 20, migration: 0 } },
    params: { team: { ...DEFAULT_PARAMS.team, rampWeeks: 1, hireLeadTurns: 1 } },
    objectives: [objective('features', { metric: 'featureLevel', target: 60 })],
  });
}
