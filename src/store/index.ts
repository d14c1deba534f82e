export * from './store.ts';
export * from './actions.ts';
export { plannedPlan, withDecision, draftKey } from './draft.ts';
export {
  competitionOver,
  finishCompetition,
  now,
  setClock,
  startCompetition,
  timeLeftMs,
  timeOut,
} from './competition.ts';
