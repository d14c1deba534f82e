/**
 * Every lever family, in the order a policy adds its decisions each turn (policies switched off before others go
 * on; a migration started before the capacity split makes room for it), and which family covers each of the
 * engine's decision types. The map is exhaustive over DecisionType: a new decision type in the engine does not
 * compile until it is given a family here or a reason why no policy needs it.
 */
import type { DecisionType } from '../../engine/index.ts';
import type { Family } from '../lever.ts';
import { migrations, servers } from './arch.ts';
import { board, events, raise } from './board.ts';
import { policies, release, split } from './plan.ts';
import { agents, team } from './team.ts';

export const FAMILIES: readonly Family[] = [
  policies,
  release,
  agents,
  team,
  migrations,
  split,
  servers,
  board,
  raise,
  events,
];

/** The family that searches each decision type, or why none does. */
export const COVERAGE: Readonly<Record<DecisionType, { family: string } | { skipped: string }>> = {
  'plan/allocate': { family: split.id },
  'release/set': { family: release.id },
  'policy/set': { family: policies.id },
  'policy/agent-review': { family: agents.id },
  'policy/eval-threshold': { family: release.id },
  'team/hire': { family: team.id },
  'team/let-go': { family: team.id },
  'team/agents': { family: agents.id },
  'arch/migrate': { family: migrations.id },
  'arch/cancel-migration': {
    skipped: 'a policy starts only the migrations it wants, so it has none to cancel',
  },
  'arch/provision': { family: servers.id },
  'event/choose': { family: events.id },
  'stakeholder/communicate': { family: board.id },
  'money/raise': { family: raise.id },
};
