export * from './store.ts';
export * from './actions.ts';
export { plannedPlan, withDecision, draftKey } from './draft.ts';
export { derivedGameId, gameIdOf, newGameId } from './game-id.ts';
export {
  adoptCompetitionRecord,
  competitionOver,
  competitionRecord,
  finishCompetition,
  furthestProgress,
  recordOf,
  setCompetitionRecords,
  showFinishedRun,
  startProblem,
  withGame,
  now,
  setClock,
  startCompetition,
  timeLeftMs,
  timeOut,
} from './competition.ts';
