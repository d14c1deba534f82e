import { derivedGameId } from '../store/game-id.ts';
import type { Mode } from '../store/index.ts';

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

/**
 * Format 2: no game id (the two slots held one game at a time). The id is derived from what the game is, so the
 * two slots of one old game keep meaning the same game.
 */
function v2ToV3(save: SaveRecord): SaveRecord {
  const scenario = (save.scenario ?? {}) as Record<string, unknown>;
  const competition = save.competition as { competition?: { id?: unknown } } | null | undefined;
  const game = derivedGameId(
    String(scenario.id),
    String(scenario.hash),
    String(save.seed),
    save.mode as Mode,
    typeof competition?.competition?.id === 'string' ? competition.competition.id : null,
  );
  return { ...save, formatVersion: 3, game };
}

/**
 * Format 3: no engine version; every such save was played under the first rules. The game id changes with the
 * rules (a game under other rules is another game), so a new game never replaces an old one in the slots.
 */
function v3ToV4(save: SaveRecord): SaveRecord {
  const game = typeof save.game === 'string' && save.game !== '' ? `${save.game}@rules-1` : save.game;
  return { ...save, formatVersion: 4, engineVersion: 1, game };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 0, change: 'adds mode (practice) and renames turns to log', up: v0ToV1 },
  { from: 1, change: 'adds competition (null: no classroom competition)', up: v1ToV2 },
  { from: 2, change: 'adds game (which game the save is of; derived for older saves)', up: v2ToV3 },
  { from: 3, change: 'adds engineVersion (1: the first rules) and marks the game id with it', up: v3ToV4 },
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
