/**
 * Public API of scenario files: parse and validate a scenario from text or bytes (YAML or strict JSON) into
 * the engine's resolved Scenario, with every problem as file:line:col. Browser-safe: no Node APIs here
 * (file and built-in loading live in node.ts). Pure.
 */
export {
  parseScenarioBlob,
  parseScenarioBytes,
  parseScenarioText,
  type ParseResult,
  type ScenarioBlob,
} from './parse.ts';
export { formatProblem, MAX_PROBLEMS, type Problem } from './problems.ts';
export type { DebriefNote, LoadedScenario, ScenarioMeta, Teaching } from './resolve.ts';
export {
  FORMAT_VERSION,
  TOPICS,
  TURN_LENGTHS,
  type ScenarioFileInput,
  type ScenarioFileOutput,
  type TurnLength,
} from './schema/scenario.ts';
export { MAX_FILE_BYTES, MAX_NESTING } from './text-guards.ts';
export { parseBuiltInIndex } from './builtins.ts';
export { CONTROLS, controlOffered, type Control } from './controls.ts';
