export * from './store.ts';
export * from './actions.ts';
export { plannedPlan, withDecision, draftKey } from './draft.ts';
export { competitionOver, now, setClock, startCompetition, timeLeftMs, timeOut } from './competition.ts';
