/**
 * Node-only scenario loading: files from disk (size checked before reading, so a huge file is never read into
 * memory) and the built-in scenarios in scenarios/<id>.yaml, listed in scenarios/index.txt; and writing the
 * generated files (schema.json, the README reference) for `npm run schema`.
 * Reads (and, in writeGeneratedFiles only, writes) the file system; parsing is the pure parser's job.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuiltInIndex } from './builtins.ts';
import { scenarioJsonSchemaText } from './json-schema.ts';
import { parseScenarioBytes, type ParseResult } from './parse.ts';
import { formatProblem } from './problems.ts';
import { withReference } from './reference.ts';
import { MAX_FILE_BYTES, sizeProblem } from './text-guards.ts';

/** The repository's scenarios/ folder. */
export const SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

function readIndex(dir: string): string[] {
  const path = resolve(dir, 'index.txt');
  return existsSync(path) ? parseBuiltInIndex(readFileSync(path, 'utf8')) : [];
}

/** Ids of the built-in scenarios, in the order the game lists them (from scenarios/index.txt). */
export const BUILT_IN_IDS: readonly string[] = Object.freeze(readIndex(SCENARIOS_DIR));

function failure(file: string, message: string): ParseResult {
  return { ok: false, problems: [{ file, line: 1, col: 1, message }] };
}

/** Reads and parses one scenario file; a missing or unreadable file is a problem at 1:1, never an exception. */
export function loadScenarioFile(path: string): ParseResult {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return failure(path, 'not a file');
    if (stat.size > MAX_FILE_BYTES) return { ok: false, problems: [sizeProblem(path, stat.size)] };
    return parseScenarioBytes(new Uint8Array(readFileSync(path)), path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failure(path, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`);
  }
}

/** Loads scenarios/<id>.yaml for a listed built-in id (`dir` lets tests use their own folder). */
export function loadBuiltIn(id: string, dir: string = SCENARIOS_DIR): ParseResult {
  const ids = dir === SCENARIOS_DIR ? BUILT_IN_IDS : readIndex(dir);
  if (!ids.includes(id))
    return failure(`${id}.yaml`, `no built-in scenario "${id}" (built-ins: ${ids.join(', ') || 'none'})`);
  return loadScenarioFile(resolve(dir, `${id}.yaml`));
}

/**
 * The built-in scenarios, parsed and resolved, as the source of an ES module whose default export is the
 * LoadedScenario[] (in index.txt order). The game's build bundles this instead of the YAML files and the parser,
 * so a player's browser never runs yaml or zod for a built-in scenario (vite.config.ts, the builtins plugin).
 * Throws with every problem when a built-in is invalid: a broken built-in must fail the build, not the game.
 */
export function builtInCatalogueModule(dir: string = SCENARIOS_DIR): string {
  const loaded = readIndex(dir).map((id) => {
    const r = loadBuiltIn(id, dir);
    if (!r.ok)
      throw new Error(`built-in scenario ${id} is invalid:\n${r.problems.map(formatProblem).join('\n')}`);
    return r.loaded;
  });
  // JSON.parse of one string literal is parsed faster than the same object literal (V8, SpiderMonkey).
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded))});\n`;
}

/** Writes scenarios/schema.json and the README's generated reference; returns the paths written. */
export function writeGeneratedFiles(dir: string = SCENARIOS_DIR): string[] {
  const schemaPath = resolve(dir, 'schema.json');
  writeFileSync(schemaPath, scenarioJsonSchemaText());
  const readmePath = resolve(dir, 'README.md');
  writeFileSync(readmePath, withReference(readFileSync(readmePath, 'utf8')));
  return [schemaPath, readmePath];
}
