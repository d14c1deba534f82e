/**
 * Scenarios for the strategy search's tests, short enough to search in a second. In the fair one the only lever
 * is a weekly card whose careful answer is the best there is, so the steady bot already plays the optimum and no
 * strategy can beat it. The exploit one adds a card whose unmarked answer hands out users for free: the bots
 * never take it (they answer by stance or leave the default), a searching player always would.
 */
import type { EventDef, Scenario } from '../../src/engine/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import type { SearchConfig } from '../../src/search/index.ts';
import { searchConfig } from '../../src/search/index.ts';

const weekly = (
  id: string,
  title: string,
  options: EventDef['options'],
  defaultOption: string,
): EventDef => ({
  id,
  title,
  text: `${title}.`,
  domain: 'architecture',
  when: [],
  baseChance: 1,
  factors: [],
  maxTimes: 0,
  deadline: 1,
  defaultOption,
  followUpOnly: false,
  options,
});

const users = (
  id: string,
  label: string,
  add: number,
  stance?: 'careful' | 'bold',
): EventDef['options'][number] => ({
  id,
  label,
  ...(stance ? { stance } : {}),
  outcomes: [
    {
      id: 'done',
      chance: 1,
      text: label,
      effects: add === 0 ? [] : [{ kind: 'change', target: 'users', op: 'add', value: add }],
      followUp: null,
    },
  ],
});

const GROW = weekly(
  'launch-week',
  'A launch opportunity',
  [users('launch', 'Launch the feature', 60, 'careful'), users('wait', 'Wait a week', 0, 'bold')],
  'wait',
);

const FREE = weekly(
  'free-users',
  'A partner offers its users',
  [users('decline', 'Decline', 0, 'careful'), users('take', 'Take them all', 400)],
  'decline',
);

function fixture(id: string, events: EventDef[]): Scenario {
  return buildScenario({
    id,
    title: id,
    turns: 8,
    levers: ['event/choose'],
    events,
    objectives: [
      {
        id: 'users',
        label: 'Reach 2,000 users',
        domain: 'architecture',
        metric: 'users',
        op: '>=',
        target: 2000,
        weight: 1,
        required: true,
      },
    ],
  });
}

export const fairScenario = (): Scenario => fixture('fair', [GROW]);
export const exploitScenario = (): Scenario => fixture('exploit', [GROW, FREE]);

/** A search small enough for a unit test (about 2,000 games of 8 turns). */
export function tinySearch(seed = 't', over: Partial<SearchConfig> = {}): SearchConfig {
  return searchConfig(seed, {
    trainingSeeds: 4,
    firstGeneration: 16,
    generationSize: 8,
    generations: 2,
    climbRounds: 1,
    finalists: 3,
    selectionSeeds: 8,
    heldOutSeeds: 40,
    sensitivitySeeds: 20,
    ...over,
  });
}
