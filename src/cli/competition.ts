/**
 * Competitions on the command line: the built-in catalogue (what short codes index), and a --competition
 * argument (a link, a fragment or a short code) resolved to the competition and its scenario. `verify` also
 * takes a scenario file there: its runs are then checked on that file's scenario.
 */
import { existsSync } from 'node:fs';
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

/** What --competition takes, said whenever an argument is not one of them. */
const TAKES_LINK = 'a competition link (https://…#c=…) or its short code (TR1-…)';
export const TAKES_LINK_OR_FILE =
  'a competition link (https://…#c=…), its short code (TR1-…) or a scenario file (.yaml, .yml or .json)';

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/** Whether an argument names a scenario file rather than a competition. */
export function isScenarioPath(arg: string): boolean {
  return SCENARIO_FILE.test(arg.trim());
}

/** The competition named by a --competition argument, or a usage error saying why it cannot be used. */
export function resolveCompetition(arg: string, takes: string = TAKES_LINK): ResolvedCompetition {
  if (isScenarioPath(arg))
    throw new UsageError(
      `--competition: ${arg} is a scenario file; play it with --scenario ${arg} --seed <seed> (--competition takes ${takes})`,
    );
  const decoded = decodeCompetition(arg, scenarioRefs());
  if (!decoded.ok) throw new UsageError(`--competition: ${decoded.message} (--competition takes ${takes})`);
  const scenario = competitionScenario(decoded.competition, builtInCatalogue());
  if (!scenario.ok) throw new UsageError(`--competition: ${scenario.message}`);
  return { competition: decoded.competition, loaded: scenario.loaded };
}

/** The scenario file given as --competition (verify), or a usage error listing its problems. */
export function competitionScenarioFile(arg: string): LoadedScenario {
  if (!existsSync(arg))
    throw new UsageError(
      `--competition: no such scenario file: ${arg} (--competition takes ${TAKES_LINK_OR_FILE})`,
    );
  try {
    return loadFile(arg);
  } catch (e) {
    throw new UsageError(`--competition: ${e instanceof Error ? e.message : String(e)}`);
  }
}
