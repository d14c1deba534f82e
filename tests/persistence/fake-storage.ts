/**
 * An in-memory Storage for persistence tests, shared by any number of "tabs" (like localStorage is shared by
 * the tabs of one origin), with faults injected on purpose: a full storage (QuotaExceededError), storage that
 * is off (SecurityError on every access), a write cut off halfway (a crash mid-write), and `storage` events
 * delivered to the other tabs only, as browsers do.
 */
import type { StorageEventLike, StorageLike, SubscribeStorageEvents } from '../../src/persistence/index.ts';

type Listener = (event: StorageEventLike) => void;

export interface Faults {
  /** Every setItem throws QuotaExceededError. */
  full?: boolean;
  /** Every access throws SecurityError (private mode, storage disabled). */
  off?: boolean;
  /** The next setItem keeps only the first half of the text (the tab crashed mid-write). */
  cutNextWrite?: boolean;
}

export class StorageHub {
  readonly data = new Map<string, string>();
  private readonly tabs: FakeStorage[] = [];

  /** A tab's view of the shared storage. */
  tab(): FakeStorage {
    const t = new FakeStorage(this);
    this.tabs.push(t);
    return t;
  }

  dispatch(from: FakeStorage, event: StorageEventLike): void {
    for (const t of this.tabs) if (t !== from) t.emit(event);
  }
}

export class FakeStorage implements StorageLike {
  faults: Faults = {};
  writes = 0;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly hub: StorageHub) {}

  private guard(): void {
    if (this.faults.off) throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  getItem(key: string): string | null {
    this.guard();
    return this.hub.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    if (this.faults.full) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    const kept = this.faults.cutNextWrite ? value.slice(0, Math.floor(value.length / 2)) : value;
    this.faults.cutNextWrite = false;
    this.hub.data.set(key, kept);
    this.writes++;
    this.hub.dispatch(this, { key, newValue: kept });
  }

  get length(): number {
    this.guard();
    return this.hub.data.size;
  }

  key(index: number): string | null {
    this.guard();
    return [...this.hub.data.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.guard();
    this.hub.data.delete(key);
    this.hub.dispatch(this, { key, newValue: null });
  }

  /** Like Storage.clear(): the player clears site data. */
  clear(): void {
    this.guard();
    this.hub.data.clear();
    this.hub.dispatch(this, { key: null, newValue: null });
  }

  emit(event: StorageEventLike): void {
    for (const l of [...this.listeners]) l(event);
  }

  /** Like window.addEventListener('storage', …), returning the unsubscribe. */
  readonly subscribe: SubscribeStorageEvents = (listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  listenerCount(): number {
    return this.listeners.size;
  }
}
