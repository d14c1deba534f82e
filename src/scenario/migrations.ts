/**
 * Scenario file format migrations, one step at a time (0 → 1 → …), applied to the raw data before
 * validation, so a file written for an older format still loads. Each step records the fields it renamed, so
 * a problem in a migrated field still points at the line where the author wrote it. Pure: steps copy, never
 * mutate their input. A file newer than this game is refused with a message saying to update.
 */
import { FORMAT_VERSION } from './schema/scenario.ts';
import type { Path, PathProblem } from './problems.ts';

/** A field that a migration moved: problems found at `to` are reported where the file wrote `from`. */
export interface Rename {
  from: Path;
  to: Path;
}

interface Step {
  from: number;
  what: string;
  migrate(data: Record<string, unknown>): { data: Record<string, unknown>; renames: Rename[] };
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Copies an object, moving one key to another name (kept in place when the new name is already used). */
function renameKey(obj: Plain, from: string, to: string): Plain {
  if (!Object.hasOwn(obj, from) || Object.hasOwn(obj, to)) return obj;
  const out: Plain = {};
  for (const key of Object.keys(obj)) out[key === from ? to : key] = obj[key];
  return out;
}

export const STEPS: readonly Step[] = [
  {
    from: 0,
    what: '`length` became `turns`; `initial.cashCents` (cents) became `initial.cash` (dollars)',
    migrate(data) {
      const renames: Rename[] = [];
      let out = data;
      if (Object.hasOwn(data, 'length') && !Object.hasOwn(data, 'turns')) {
        out = renameKey(data, 'length', 'turns');
        renames.push({ from: ['length'], to: ['turns'] });
      }
      const initial = out.initial;
      if (isPlain(initial) && Object.hasOwn(initial, 'cashCents') && !Object.hasOwn(initial, 'cash')) {
        const moved = renameKey(initial, 'cashCents', 'cash');
        if (typeof moved.cash === 'number') moved.cash = moved.cash / 100;
        out = { ...out, initial: moved };
        renames.push({ from: ['initial', 'cashCents'], to: ['initial', 'cash'] });
      }
      return { data: out, renames };
    },
  },
  {
    from: 1,
    what: 'nothing to change: format 2 only adds fields (anyOf conditions, objectives over time, parameter and architecture effects, outcome factors, serving differences, more starting state)',
    migrate(data) {
      return { data, renames: [] };
    },
  },
];

/**
 * What loading a file of an older format did, for the validator to say: "written for format 1 (…); set
 * formatVersion: 2 to mark it current". Null for a current file.
 */
export function migrationNote(fromVersion: number): string | null {
  const applied = STEPS.filter((step) => step.from >= fromVersion);
  if (applied.length === 0) return null;
  const what = applied.map((step) => `${step.from} → ${step.from + 1}: ${step.what}`).join('; ');
  return `written for format ${fromVersion}, migrated (${what}); set formatVersion: ${FORMAT_VERSION} to mark it current`;
}

export interface Migrated {
  data: unknown;
  /** Renames of every step applied, oldest first. */
  renames: Rename[];
  /** The version the file declared. */
  fromVersion: number;
  problems: PathProblem[];
}

/** Brings raw file data to the current format; a missing formatVersion means the current one. */
export function migrate(data: unknown): Migrated {
  if (!isPlain(data)) return { data, renames: [], fromVersion: FORMAT_VERSION, problems: [] };
  const declared = data.formatVersion ?? FORMAT_VERSION;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    const problem = {
      path: ['formatVersion'],
      message: `formatVersion must be a whole number (the current format is ${FORMAT_VERSION})`,
      standalone: true,
    };
    return { data, renames: [], fromVersion: FORMAT_VERSION, problems: [problem] };
  }
  if (declared > FORMAT_VERSION) {
    const message = `formatVersion ${declared} is newer than this game supports (${FORMAT_VERSION}); update Tradeoffs`;
    return {
      data,
      renames: [],
      fromVersion: declared,
      problems: [{ path: ['formatVersion'], message, standalone: true }],
    };
  }
  let current: Plain = data;
  const renames: Rename[] = [];
  for (const step of STEPS) {
    if (step.from < declared) continue;
    const result = step.migrate(current);
    current = { ...result.data, formatVersion: step.from + 1 };
    renames.push(...result.renames);
  }
  return { data: current, renames, fromVersion: declared, problems: [] };
}

/** Maps a path in migrated data back to where the file wrote it (latest rename first). */
export function originalPath(path: Path, renames: readonly Rename[]): Path {
  let out = path;
  for (let i = renames.length - 1; i >= 0; i--) {
    const r = renames[i]!;
    if (r.to.length <= out.length && r.to.every((part, j) => out[j] === part))
      out = [...r.from, ...out.slice(r.to.length)];
  }
  return out;
}
