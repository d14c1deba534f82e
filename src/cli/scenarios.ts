/**
 * Finds the scenario a command names: a built-in id (scenarios/<id>.yaml) or a path to a scenario file.
 * A file that does not validate is a usage error listing every problem as file:line:col.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedScenario } from '../scenario/index.ts';
import { formatProblem } from '../scenario/index.ts';
import { loadScenarioFile } from '../scenario/node.ts';
import { UsageError } from './errors.ts';

/** The built-in scenarios folder, found upward from this module (it also runs bundled from a cache folder). */
export const SCENARIO_DIR = findScenarioDir(dirname(fileURLToPath(import.meta.url)));

function findScenarioDir(from: string): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = resolve(dir, 'scenarios');
    if (existsSync(resolve(candidate, 'index.txt'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error(`cannot find the built-in scenarios folder above ${from}`);
}

/** Ids of the built-in scenarios, in the order the game lists them. */
export function builtInIds(): string[] {
  const order = readFileSync(resolve(SCENARIO_DIR, 'index.txt'), 'utf8');
  return order
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** Loads a scenario file as `validate` does: the size is checked before anything is read. */
export function loadFile(path: string): LoadedScenario {
  const result = loadScenarioFile(path);
  if (!result.ok) {
    throw new UsageError(
      `${path} is not a valid scenario:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  return result.loaded;
}

export function resolveScenario(arg: string): LoadedScenario {
  const ids = builtInIds();
  if (ids.includes(arg)) return loadFile(resolve(SCENARIO_DIR, `${arg}.yaml`));
  if (existsSync(arg) && statSync(arg).isFile()) return loadFile(arg);
  throw new UsageError(`unknown scenario "${arg}": not a built-in (${ids.join(', ')}) and no such file`);
}
