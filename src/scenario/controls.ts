/**
 * The plan's controls a scenario card can introduce (schema/teaching.ts); decisions waiting, the dashboard and
 * End turn are always shown. Plain data, apart from the schema so that screens use it without loading zod.
 */
import type { DecisionType } from '../engine/types.ts';

export const CONTROLS = ['capacity', 'release', 'team', 'architecture', 'policies', 'board'] as const;
export type Control = (typeof CONTROLS)[number];

/** The decisions each control makes: a control none of whose decisions the scenario's `levers` allow is not shown. */
export const CONTROL_DECISIONS: Readonly<Record<Control, readonly DecisionType[]>> = {
  capacity: ['plan/allocate'],
  release: ['release/set', 'policy/eval-threshold'],
  team: ['team/hire', 'team/let-go', 'team/agents', 'policy/agent-review'],
  architecture: ['arch/migrate', 'arch/cancel-migration', 'arch/provision'],
  policies: ['policy/set'],
  board: ['stakeholder/communicate', 'money/raise'],
};

/** Whether a scenario whose levers are `levers` offers any decision of `control`. */
export function controlOffered(levers: readonly DecisionType[], control: Control): boolean {
  return CONTROL_DECISIONS[control].some((d) => levers.includes(d));
}
