/**
 * The scenario parser as resume and import use it, for saves of custom scenarios (a built-in one is found in
 * the catalogue). Its own module so that the game loads the parser (yaml, zod) only when a save needs it.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import { formatProblem, parseScenarioText } from '../scenario/index.ts';

/** Parses a scenario file: the scenario, or why it does not load. */
export type ParseScenario = (fileName: string, text: string) => LoadedScenario | string;

/** ParseScenario backed by the scenario loader (what the UI passes). */
export const parseScenarioFile: ParseScenario = (fileName, text) => {
  const r = parseScenarioText(text, fileName);
  return r.ok ? r.loaded : r.problems.slice(0, 3).map(formatProblem).join('; ');
};
