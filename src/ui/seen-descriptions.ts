/**
 * Whether this browser's player has read the plan's descriptions already: they show in the first two turns of a
 * first game, then on demand. A flag in localStorage (listed under "Delete this browser's data").
 */
import { SEEN_KEY } from './storage-keys.ts';

/** Whether the descriptions were read for two turns already (storage off: never). */
export function descriptionsSeen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markDescriptionsSeen(): void {
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage off: the descriptions show in the first turns of every game, as for a first game.
  }
}
