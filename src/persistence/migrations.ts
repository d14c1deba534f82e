/**
 * Save format migrations, one step at a time (like shapez.io's savegame schemas): step N turns a format-N save
 * into a format-(N+1) save. Old saves are migrated on load, never rewritten in place. Pure.
 *
 * Every step must keep loading the golden fixtures in tests/persistence/fixtures/. To change the format: bump
 * SAVE_FORMAT_VERSION in save-format.ts, add the step here, add a fixture of the old format, never edit old steps.
 */

/** A save as plain JSON data, before its shape is checked. */
export type SaveRecord = Record<string, unknown>;

export interface Migration {
  /** The format version this step reads; it writes `from + 1`. */
  from: number;
  /** What changed, for the next person reading this. */
  change: string;
  up(save: SaveRecord): SaveRecord;
}

/** Format 0 (the first prototype): no `mode` (every game was practice) and the decision log was called `turns`. */
function v0ToV1(save: SaveRecord): SaveRecord {
  const { turns, ...rest } = save;
  return { ...rest, formatVersion: 1, mode: 'practice', log: turns };
}

/** Format 1: no classroom competitions yet (a 'competition' game had no player, timer or turn times). */
function v1ToV2(save: SaveRecord): SaveRecord {
  return { ...save, formatVersion: 2, competition: null };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 0, change: 'adds mode (practice) and renames turns to log', up: v0ToV1 },
  { from: 1, change: 'adds competition (null: no classroom competition)', up: v1ToV2 },
];

/** Migrates a save of format `from` up to format `to`, step by step. Throws when a step is missing. */
export function migrateSave(save: SaveRecord, from: number, to: number): SaveRecord {
  let current = save;
  for (let version = from; version < to; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`no migration from save format ${version}`);
    current = step.up(current);
  }
  return current;
}
