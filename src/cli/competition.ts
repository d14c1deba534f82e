/**
 * Competitions on the command line: the built-in catalogue (what short codes index), and a --competition
 * argument (a link, a fragment or a short code) resolved to the competition and its scenario.
 */
import { resolve } from 'node:path';
import type { Competition } from '../replay/index.ts';
import { competitionScenario, decodeCompetition } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { UsageError } from './errors.ts';
import { SCENARIO_DIR, builtInIds, loadFile } from './scenarios.ts';

let catalogue: LoadedScenario[] | null = null;

/** Every built-in scenario, in the order the game lists them. */
export function builtInCatalogue(): LoadedScenario[] {
  catalogue ??= builtInIds().map((id) => loadFile(resolve(SCENARIO_DIR, `${id}.yaml`)));
  return catalogue;
}

export const scenarioRefs = (): { id: string; hash: string }[] =>
  builtInCatalogue().map((l) => ({ id: l.scenario.id, hash: l.hash }));

export interface ResolvedCompetition {
  competition: Competition;
  loaded: LoadedScenario;
}

/** The competition named by a --competition argument, or a usage error saying why it cannot be used. */
export function resolveCompetition(arg: string): ResolvedCompetition {
  const decoded = decodeCompetition(arg, scenarioRefs());
  if (!decoded.ok) throw new UsageError(`--competition: ${decoded.message}`);
  const scenario = competitionScenario(decoded.competition, builtInCatalogue());
  if (!scenario.ok) throw new UsageError(`--competition: ${scenario.message}`);
  return { competition: decoded.competition, loaded: scenario.loaded };
}
