/**
 * The shelf: the newest save of every other game this browser played lately, under one key apart from the two
 * slots. The slots hold the game being played; before a write would overwrite the save of a different game (a
 * new game, a game in another tab), that save is put on the shelf, so no game ever destroys another: the title
 * lists the shelf, and a reloaded tab finds its own game there. Never throws; a damaged entry is dropped alone.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import { decodeSave, encodeSave, type Save } from './save-format.ts';
import { readItem, writeItem, type StorageFailure, type StorageLike } from './storage.ts';

export const SHELF_KEY = 'tradeoffs.shelf';
const SHELF_FORMAT = 'tradeoffs-shelf';
/** Games kept besides the one in the slots (a save is a few kilobytes to some tens). */
export const MAX_SHELVED = 8;

interface ShelfFile {
  format: typeof SHELF_FORMAT;
  /** Encoded saves, each decoded (and checked) on its own. */
  saves: string[];
}

function readTexts(storage: StorageLike | null): string[] {
  const r = readItem(storage, SHELF_KEY);
  if (!r.ok || r.value === null) return [];
  try {
    const file = JSON.parse(r.value) as Partial<ShelfFile>;
    return file.format === SHELF_FORMAT && Array.isArray(file.saves)
      ? file.saves.filter((t): t is string => typeof t === 'string')
      : [];
  } catch {
    return [];
  }
}

interface Entry {
  text: string;
  save: Save | null;
  /**
   * Kept untouched and never dropped to make room: written by a newer version of the game (never read), or a game
   * played under other rules (it cannot be continued here, and may exist nowhere else).
   */
  keep: boolean;
}

function decoded(texts: readonly string[]): Entry[] {
  return texts.map((text) => {
    const d = decodeSave(text);
    const otherRules = d.ok && d.save.engineVersion !== ENGINE_VERSION;
    return { text, save: d.ok ? d.save : null, keep: otherRules || (!d.ok && d.reason === 'newer-version') };
  });
}

/** The valid saves on the shelf, newest first (entries a newer version wrote are kept but not listed). */
export function shelvedSaves(storage: StorageLike | null): Save[] {
  return decoded(readTexts(storage))
    .map((e) => e.save)
    .filter((s): s is Save => s !== null)
    .sort((a, b) => b.savedAt - a.savedAt);
}

function writeTexts(storage: StorageLike | null, texts: string[]): StorageFailure | null {
  const w = writeItem(storage, SHELF_KEY, JSON.stringify({ format: SHELF_FORMAT, saves: texts }));
  return w.ok ? null : w.failure;
}

/**
 * Puts `save` on the shelf in place of an older save of its game (a newer one already there wins), keeping the
 * MAX_SHELVED most recently saved games. Returns the failure, or null.
 */
export function shelve(storage: StorageLike | null, save: Save): StorageFailure | null {
  const entries = decoded(readTexts(storage));
  const same = entries.find((e) => e.save?.game === save.game);
  if (same?.save && same.save.sequence >= save.sequence) return null;
  const others = entries
    .filter((e) => !e.keep && e.save !== null && e.save.game !== save.game)
    .sort((a, b) => b.save!.savedAt - a.save!.savedAt)
    .slice(0, MAX_SHELVED - 1);
  const kept = entries.filter((e) => e.keep && e.save?.game !== save.game);
  return writeTexts(storage, [encodeSave(save), ...others.map((e) => e.text), ...kept.map((e) => e.text)]);
}

/** Takes a game off the shelf (it is back in the slots, with newer saves). */
export function unshelve(storage: StorageLike | null, game: string): StorageFailure | null {
  const texts = readTexts(storage);
  const rest = decoded(texts).filter((e) => e.save?.game !== game);
  if (rest.length === texts.length) return null;
  return writeTexts(
    storage,
    rest.map((e) => e.text),
  );
}
