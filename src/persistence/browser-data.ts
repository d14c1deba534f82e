/**
 * Everything Tradeoffs keeps in this browser, and deleting it: every key that starts with "tradeoffs." in the
 * browser's storage (the two save slots, the shelf of other games, the competition records with their runs, the
 * settings, the competition hosted last) and in this tab's storage (which game and screen the tab shows). Keys
 * are swept by their prefix, so whatever a later version adds is deleted too; each removal is read back, and a
 * key that stays is reported, never hidden. Never throws.
 */
import { loadRecords } from './competition-records.ts';
import { savedGames } from './games.ts';
import { classifyStorageError, type StorageLike } from './storage.ts';

export const KEY_PREFIX = 'tradeoffs.';

/** The part of the Web Storage API a sweep needs. */
export interface SweepableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

export interface BrowserData {
  /** Games saved (in the slots and the shelf), competitions played here, and their finished runs. */
  games: number;
  competitions: number;
  runs: number;
  /** The keys, in the browser's storage and in this tab's. */
  keys: string[];
  tabKeys: string[];
}

export interface Deleted extends BrowserData {
  /** Keys that could not be removed (storage refused), with why. */
  failed: string[];
}

function ourKeys(storage: SweepableStorage | null): string[] {
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k.startsWith(KEY_PREFIX)) keys.push(k);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/** What this browser keeps for Tradeoffs now. */
export function browserData(
  storage: SweepableStorage | null,
  tabStorage: SweepableStorage | null,
): BrowserData {
  const records = Object.values(loadRecords(storage));
  return {
    games: savedGames(storage).length,
    competitions: records.length,
    runs: records.filter((r) => r.run !== null).length,
    keys: ourKeys(storage),
    tabKeys: ourKeys(tabStorage),
  };
}

function sweep(storage: SweepableStorage | null, keys: readonly string[], failed: string[]): void {
  for (const k of keys) {
    try {
      storage!.removeItem(k);
      if (storage!.getItem(k) !== null) failed.push(`${k}: still there after removal`);
    } catch (e) {
      const f = classifyStorageError(e);
      failed.push(`${k}: ${f.kind === 'other' ? f.detail : `storage ${f.kind}`}`);
    }
  }
}

/** Deletes everything Tradeoffs keeps in this browser; returns what there was, and what could not be removed. */
export function deleteBrowserData(
  storage: SweepableStorage | null,
  tabStorage: SweepableStorage | null,
): Deleted {
  const before = browserData(storage, tabStorage);
  const failed: string[] = [];
  sweep(storage, before.keys, failed);
  sweep(tabStorage, before.tabKeys, failed);
  failed.push(
    ...ourKeys(storage)
      .filter((k) => !before.keys.includes(k))
      .map((k) => `${k}: written again while deleting`),
  );
  return { ...before, failed };
}
