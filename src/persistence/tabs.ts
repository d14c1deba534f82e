/**
 * Two tabs on one game: when another tab writes a newer save of this tab's game into the slots (seen through
 * `storage` events, which browsers fire only in the other tabs), this tab becomes read-only for good: it stops
 * autosaving so it never overwrites the other tab's progress, and tells the player once. Another tab playing a
 * different game changes nothing here (each game keeps its saves: slots.ts and shelf.ts). A save from a newer
 * version of the game cannot be told apart, and counts as this game. The event source is injected; the UI
 * passes window's 'storage' events.
 */
import { otherTab, type PersistenceNotice } from './notices.ts';
import { classifySlot, isSlotKey } from './slots.ts';

/** The fields of a StorageEvent this uses. */
export interface StorageEventLike {
  key: string | null;
  newValue: string | null;
}

/** Subscribes to storage events from other tabs; returns the unsubscribe. */
export type SubscribeStorageEvents = (listener: (event: StorageEventLike) => void) => () => void;

export interface TabGuard {
  /** True once another tab has saved this game further: stop saving, disable End turn. */
  readonly readOnly: boolean;
  /** Records a save sequence this tab wrote or resumed; only later writes by other tabs count. */
  noteSequence(sequence: number): void;
  stop(): void;
}

/**
 * When an event is another tab writing a save of game `game` newer than `known` into the slots: how far that
 * tab has played it (null for a newer version's save, which cannot be read); undefined otherwise.
 */
function newerSaveElsewhere(
  event: StorageEventLike,
  known: number,
  game: string | null,
): number | null | undefined {
  if (!isSlotKey(event.key) || event.newValue === null) return undefined;
  const content = classifySlot(event.newValue);
  if (content.kind === 'newer') return null;
  if (content.kind !== 'valid' || game === null || content.save.game !== game) return undefined;
  return content.save.sequence > known ? content.save.turn : undefined;
}

/**
 * Watches the other tabs for `currentGame` (the id of the game this tab plays, null for none); `onReadOnly` gets
 * the notice and how many turns the other tab has played.
 */
export function guardAgainstOtherTabs(
  subscribe: SubscribeStorageEvents,
  onReadOnly: (notice: PersistenceNotice, otherTurn: number | null) => void,
  knownSequence = 0,
  currentGame: () => string | null = () => null,
): TabGuard {
  let known = knownSequence;
  let readOnly = false;
  let unsubscribe: (() => void) | null = null;
  const stop = (): void => {
    unsubscribe?.();
    unsubscribe = null;
  };
  unsubscribe = subscribe((event) => {
    if (readOnly) return;
    const otherTurn = newerSaveElsewhere(event, known, currentGame());
    if (otherTurn === undefined) return;
    readOnly = true;
    stop();
    onReadOnly(otherTab(), otherTurn);
  });
  return {
    get readOnly() {
      return readOnly;
    },
    noteSequence(sequence) {
      known = Math.max(known, sequence);
    },
    stop,
  };
}
