/**
 * Two tabs on one game: when another tab writes a newer save into our slots (seen through `storage` events,
 * which browsers fire only in the other tabs), this tab becomes read-only for good: it stops autosaving so it
 * never overwrites the other tab's progress, and tells the player once. The event source is injected; the UI
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
  /** True once another tab has saved a newer game: stop saving, disable End turn. */
  readonly readOnly: boolean;
  /** Records a save sequence this tab wrote or resumed; only later writes by other tabs count. */
  noteSequence(sequence: number): void;
  stop(): void;
}

/** True when an event is another tab writing a save newer than `known` into our slots. */
function isNewerSaveElsewhere(event: StorageEventLike, known: number): boolean {
  if (!isSlotKey(event.key) || event.newValue === null) return false;
  const content = classifySlot(event.newValue);
  if (content.kind === 'newer') return true;
  return content.kind === 'valid' && content.save.sequence > known;
}

export function guardAgainstOtherTabs(
  subscribe: SubscribeStorageEvents,
  onReadOnly: (notice: PersistenceNotice) => void,
  knownSequence = 0,
): TabGuard {
  let known = knownSequence;
  let readOnly = false;
  let unsubscribe: (() => void) | null = null;
  const stop = (): void => {
    unsubscribe?.();
    unsubscribe = null;
  };
  unsubscribe = subscribe((event) => {
    if (readOnly || !isNewerSaveElsewhere(event, known)) return;
    readOnly = true;
    stop();
    onReadOnly(otherTab());
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
