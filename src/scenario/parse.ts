/**
 * The loading pipeline for one scenario file: text guards → strict JSON check (for .json) → YAML reader with
 * positions → format migrations → schema validation + cross-field checks → resolved engine Scenario.
 * Pure and text-based (no fs), so the browser uses it as is. Never throws: anything unexpected becomes a
 * problem at 1:1. Reports every problem it can find, sorted by position.
 */
import { checkStrictJson } from './strict-json.ts';
import { issuesToProblems } from './issues.ts';
import { migrate, originalPath, type Rename } from './migrations.ts';
import {
  LineIndex,
  MAX_PROBLEMS,
  pathMessage,
  problemAt,
  sortProblems,
  type Path,
  type PathProblem,
  type Problem,
} from './problems.ts';
import { resolveScenario, type LoadedScenario } from './resolve.ts';
import { ScenarioFileSchema } from './schema/scenario.ts';
import { keysAt } from './schema/walk.ts';
import { semanticProblems } from './semantic.ts';
import {
  CROWDED,
  formatOfFile,
  MAX_FILE_BYTES,
  MAX_FLOW_ENTRIES,
  MAX_NESTING,
  prepareText,
  sizeProblem,
} from './text-guards.ts';
import { firstInvalidUtf8, invalidUtf8Problem } from './utf8.ts';
import { pathKey, readSourceTree, type Where } from './yaml-tree.ts';

/**
 * On failure, `problems` lists at most MAX_PROBLEMS problems; when there were more, one last entry (at the
 * first one left out) says how many, and `omitted` counts them.
 */
export type ParseResult =
  { ok: true; loaded: LoadedScenario } | { ok: false; problems: Problem[]; omitted?: number };

function failed(problems: Problem[]): ParseResult {
  const sorted = sortProblems(problems);
  if (sorted.length <= MAX_PROBLEMS) return { ok: false, problems: sorted };
  const omitted = sorted.length - MAX_PROBLEMS;
  const next = sorted[MAX_PROBLEMS]!;
  const more: Problem = {
    ...next,
    message: `… and ${omitted.toLocaleString('en-US')} more problem${omitted === 1 ? '' : 's'} (fix the ones above first)`,
  };
  return { ok: false, problems: [...sorted.slice(0, MAX_PROBLEMS), more], omitted };
}

export function parseScenarioText(text: string, fileName: string): ParseResult {
  try {
    return parseUnguarded(String(text), fileName);
  } catch (e) {
    const reason =
      e instanceof RangeError
        ? 'the file is nested too deeply to read'
        : `the file could not be read (${e instanceof Error ? e.message : String(e)})`;
    return failed([{ file: fileName, line: 1, col: 1, message: reason }]);
  }
}

/** Bytes as read from disk or a download: must be UTF-8 (a byte-order mark is accepted and dropped). */
export function parseScenarioBytes(bytes: Uint8Array, fileName: string): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) return failed([sizeProblem(fileName, bytes.length)]);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return failed([invalidUtf8Problem(bytes, bad, fileName)]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed([
      { file: fileName, line: 1, col: 1, message: 'the file is not valid UTF-8; save it as UTF-8' },
    ]);
  }
  return parseScenarioText(text, fileName);
}

/** What a browser File offers (a test can fake it). */
export interface ScenarioBlob {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * A file the player picked: one over the size limit is refused from its size, before any of it is read (a
 * 3 GB file would otherwise be read into memory). `bytes` are what was read, null when nothing was.
 */
export async function parseScenarioBlob(
  file: ScenarioBlob,
): Promise<{ result: ParseResult; bytes: Uint8Array | null }> {
  if (file.size > MAX_FILE_BYTES) return { result: failed([sizeProblem(file.name, file.size)]), bytes: null };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { result: parseScenarioBytes(bytes, file.name), bytes };
}

function parseUnguarded(raw: string, file: string): ParseResult {
  const format = formatOfFile(file);
  if (!format)
    return failed([
      {
        file,
        line: 1,
        col: 1,
        message: 'unsupported file type; a scenario file ends in .yaml, .yml or .json',
      },
    ]);
  const prepared = prepareText(raw, file, format);
  if (prepared.problems.length > 0) return failed(prepared.problems);
  const { text, index } = prepared;
  if (format === 'json') {
    const error = checkStrictJson(text, MAX_NESTING, { count: MAX_FLOW_ENTRIES, message: CROWDED });
    if (error) return failed([problemAt(file, index, error.offset, `JSON syntax: ${error.message}`)]);
  }
  const tree = readSourceTree(text, file, index);
  // Tabs were read as spaces: when that leaves a syntax error, it may be the tabs' doing, so only they count.
  if (tree.syntax && prepared.tabs.length > 0) return failed(prepared.tabs);
  if (tree.value === undefined) return failed(tree.problems);
  // Problems of the reading that leave the tree whole (a duplicate key, a tab, a comment cutting a text), and
  // syntax errors that leave the other sections readable (those sections are checked, the broken ones are left
  // out: see yaml-damage.ts), do not stop the checks of shape and meaning: every problem is reported at once.
  const early = [...prepared.tabs, ...tree.problems];
  const place = (ps: readonly PathProblem[], renames: readonly Rename[]): Problem[] =>
    ps
      .map((p) => ({ ...p, path: originalPath(p.path, renames) }))
      .filter((p) => !underRefused(p.path, tree.refused))
      .map((p) => placeProblem(p, tree.positions, index, file));
  const migrated = migrate(tree.value);
  if (migrated.problems.length > 0) return failed([...early, ...place(migrated.problems, [])]);
  const result = ScenarioFileSchema.safeParse(migrated.data);
  const shape = result.success
    ? []
    : issuesToProblems(result.error.issues, {
        data: migrated.data,
        keysAt: (p) => keysAt(ScenarioFileSchema, p),
      });
  const problems = [...early, ...place([...shape, ...semanticProblems(migrated.data)], migrated.renames)];
  if (!result.success || problems.length > 0) return failed(problems);
  return { ok: true, loaded: resolveScenario(result.data, migrated.fromVersion) };
}

/** A problem at or inside a value the reader refused (already reported, and absent from the data). */
function underRefused(path: Path, refused: ReadonlySet<string>): boolean {
  if (refused.size === 0) return false;
  for (let n = 1; n <= path.length; n++) if (refused.has(pathKey(path.slice(0, n)))) return true;
  return false;
}

/** A path problem at the line:col where the file wrote that field (or its closest existing parent). */
function placeProblem(
  p: PathProblem,
  positions: Map<string, Where>,
  index: LineIndex,
  file: string,
): Problem {
  const path = p.path;
  const message = p.standalone ? p.message : pathMessage(path, p.message);
  for (let n = path.length; n >= 0; n--) {
    const where = positions.get(pathKey(path.slice(0, n)));
    if (!where) continue;
    // A scalar is pointed at itself; a mapping or list at its key (its first item would mislead); a missing
    // field at the key of its closest existing parent.
    const atValue = n === path.length && !p.atKey && !where.collection;
    const offset = atValue || where.key === undefined ? where.value : where.key;
    return problemAt(file, index, offset, message);
  }
  return { file, line: 1, col: 1, message };
}
