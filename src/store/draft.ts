/**
 * The decisions a player drafts during a turn, kept tidy: a later choice of the same kind replaces the earlier
 * one (the allocation set twice is one decision), hires of one role add up, and a choice that only restates the
 * current plan disappears. Pure.
 */
import type { Decision, GameState, Plan } from '../engine/index.ts';
import { applyToPlan } from '../engine/index.ts';

/** Decisions with the same key replace each other in a draft. */
export function draftKey(d: Decision): string {
  switch (d.type) {
    case 'policy/set':
      return `policy:${d.policy}`;
    case 'event/choose':
      return `event:${d.eventId}`;
    case 'team/hire':
      return `hire:${d.role}`;
    case 'team/let-go':
      return `let-go:${d.role}`;
    case 'arch/migrate':
    case 'arch/cancel-migration':
      return 'migration';
    default:
      return d.type;
  }
}

/** The plan the turn will run with: the current plan with the draft's plan decisions applied. */
export function plannedPlan(state: GameState, draft: readonly Decision[]): Plan {
  const plan: Plan = {
    allocation: { ...state.plan.allocation },
    release: state.plan.release,
    policies: { ...state.plan.policies },
  };
  for (const d of draft) applyToPlan(plan, d);
  return plan;
}

function restatesPlan(state: GameState, d: Decision): boolean {
  const plan = plannedPlan(state, []);
  return applyToPlan(plan, d) && JSON.stringify(plan) === JSON.stringify(state.plan);
}

/** The draft with `d` added: replacing, merging or dropping as described above. */
export function withDecision(state: GameState, draft: readonly Decision[], d: Decision): Decision[] {
  const key = draftKey(d);
  const rest = draft.filter((x) => draftKey(x) !== key);
  if (d.type === 'team/hire') {
    const earlier = draft.find(
      (x): x is Decision & { type: 'team/hire' } => x.type === 'team/hire' && x.role === d.role,
    );
    return [...rest, { ...d, count: d.count + (earlier?.count ?? 0) }];
  }
  if (d.type === 'arch/cancel-migration' && !state.arch.migration) return rest;
  if (restatesPlan(state, d)) return rest;
  return [...rest, d];
}
