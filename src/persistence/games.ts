/**
 * The games saved in this browser: the newest save of each, from the two slots and the shelf, and which one this
 * tab plays (kept in the tab's own sessionStorage, which survives a reload of that tab only), so a reload brings
 * each tab back its own game even when another tab saved a different one since. Never throws.
 */
import type { Save } from './save-format.ts';
import { shelvedSaves } from './shelf.ts';
import { readSlots } from './slots.ts';
import { readItem, writeItem, type StorageLike } from './storage.ts';

/** In the tab's sessionStorage: the id of the game this tab plays. */
export const TAB_GAME_KEY = 'tradeoffs.tab.game';

/** The newest save of every game stored in this browser, most recently saved first. */
export function savedGames(storage: StorageLike | null): Save[] {
  const read = readSlots(storage);
  const inSlots = read.ok
    ? Object.values(read.slots).flatMap((c) => (c.kind === 'valid' ? [c.save] : []))
    : [];
  const newest = new Map<string, Save>();
  for (const s of [...inSlots, ...shelvedSaves(storage)]) {
    const known = newest.get(s.game);
    if (!known || s.sequence > known.sequence) newest.set(s.game, s);
  }
  return [...newest.values()].sort((a, b) => b.savedAt - a.savedAt || b.sequence - a.sequence);
}

/** The newest save of game `id`, or null. */
export function savedGame(storage: StorageLike | null, id: string): Save | null {
  return savedGames(storage).find((s) => s.game === id) ?? null;
}

export function tabGame(tabStorage: StorageLike | null | undefined): string | null {
  const r = readItem(tabStorage ?? null, TAB_GAME_KEY);
  return r.ok ? r.value : null;
}

export function rememberTabGame(tabStorage: StorageLike | null | undefined, id: string): void {
  if (tabStorage && tabGame(tabStorage) !== id) writeItem(tabStorage, TAB_GAME_KEY, id);
}
