export * from './store.ts';
export * from './actions.ts';
export { plannedPlan, withDecision, draftKey } from './draft.ts';
export { derivedGameId, gameIdOf, newGameId } from './game-id.ts';
export { releaseRound, replaySession } from './rounds.ts';
export {
  adoptCompetitionRecord,
  competitionOver,
  competitionScreen,
  currentRound,
  roundLimitMs,
  roundStop,
  sessionOf,
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
