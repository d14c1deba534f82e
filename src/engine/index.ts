/** The engine's public surface: what shells (store, CLI, workers, bots) may use. */
export * from './types.ts';
export { step, advance, applyToPlan, type StepResult } from './step.ts';
export { createInitialState, headcountOf, pipelineOf } from './state.ts';
export { checkDecision, checkDecisions, decisionChecker, DecisionChecker } from './decisions.ts';
export { startBulkGame, playBulkTurn, type BulkGame } from './bulk.ts';
export type { EventsWanted } from './turn.ts';
export {
  metric,
  doraOverall,
  doraCluster,
  runwayTurns,
  burn,
  type Dora,
  type DoraCluster,
} from './metrics.ts';
export { scorecard, domainHealth, outcomeOf, type Scorecard, type ObjectiveResult } from './score.ts';
export { buildScenario, deepMerge, type ScenarioInput, type DeepPartial } from './scenario-defaults.ts';
export { DEFAULT_PARAMS, DEFAULT_INITIAL, DEFAULT_ALLOCATION, DEFAULT_POLICIES } from './params.ts';
export { stateHash } from './state-hash.ts';
export { draw, deriveKey, seedKey, Stream } from './rng.ts';
export {
  forecast,
  quantile,
  DEFAULT_FORECAST,
  type Forecast,
  type ForecastTurn,
  type Band,
} from './forecast.ts';
export { ENGINE_VERSION } from './version.ts';
export { injectEvent, type InjectResult } from './inject.ts';
export { cadenceTurns, fittingFraming, turnsToMeeting } from './stakeholders.ts';
export { doraHasData, DORA_LIMITS, DORA_MIN_DEPLOYS } from './metrics.ts';
export { onboardingOf } from './state.ts';
export { EFFECT_RANGE } from './limits.ts';
export { outcomeChances, eventHolds } from './event-odds.ts';
export { paramsOf } from './overrides.ts';
export { policyOn } from './by-name.ts';
export { serverOpsWeeks } from './money.ts';
export { objectiveValue } from './objectives.ts';
