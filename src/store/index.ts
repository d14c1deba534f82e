export * from './store.ts';
export * from './actions.ts';
export { plannedPlan, withDecision, draftKey } from './draft.ts';
