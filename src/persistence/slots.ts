/**
 * Two save slots in one Storage, so an interrupted write never destroys the last good save: a write goes to the
 * slot that does NOT hold the newest valid save, with the next sequence number; a load decodes both and takes
 * the newest valid one. A save from a newer format is never overwritten, and neither is another game: before a
 * write, the saves of other games in the slots go on the shelf (shelf.ts). Never throws: storage off, full or
 * damaged comes back as a PersistenceNotice for the player.
 */
import {
  damaged,
  damagedFallback,
  newerBlocksSaving,
  newerKept,
  newerOnly,
  quotaExceeded,
  saveFailed,
  storageOff,
  type PersistenceNotice,
} from './notices.ts';
import {
  decodeSave,
  encodeSave,
  sealSave,
  type DecodeFailureReason,
  type SaveBody,
  type Save,
} from './save-format.ts';
import { shelve, unshelve } from './shelf.ts';
import { readItem, writeItem, type StorageFailure, type StorageLike } from './storage.ts';

export const SLOT_KEYS = ['tradeoffs.save.a', 'tradeoffs.save.b'] as const;
export type SlotKey = (typeof SLOT_KEYS)[number];

export type SlotContent =
  | { kind: 'empty' }
  | { kind: 'valid'; save: Save }
  | { kind: 'newer'; formatVersion: number; message: string }
  | { kind: 'damaged'; reason: DecodeFailureReason; message: string };

export type Slots = Record<SlotKey, SlotContent>;
export type SlotsRead = { ok: true; slots: Slots } | { ok: false; notice: PersistenceNotice };
export type LoadResult = { save: Save | null; notice: PersistenceNotice | null };
export type WriteResult = { ok: true; save: Save; slot: SlotKey } | { ok: false; notice: PersistenceNotice };

export function isSlotKey(key: string | null): key is SlotKey {
  return key === SLOT_KEYS[0] || key === SLOT_KEYS[1];
}

export function classifySlot(text: string | null): SlotContent {
  if (text === null) return { kind: 'empty' };
  const decoded = decodeSave(text);
  if (decoded.ok) return { kind: 'valid', save: decoded.save };
  if (decoded.reason === 'newer-version')
    return { kind: 'newer', formatVersion: decoded.formatVersion ?? 0, message: decoded.message };
  return { kind: 'damaged', reason: decoded.reason, message: decoded.message };
}

export function failureNotice(failure: StorageFailure): PersistenceNotice {
  if (failure.kind === 'off') return storageOff();
  if (failure.kind === 'quota') return quotaExceeded();
  return saveFailed(failure.detail);
}

export function readSlots(storage: StorageLike | null): SlotsRead {
  const slots = {} as Slots;
  for (const key of SLOT_KEYS) {
    const r = readItem(storage, key);
    if (!r.ok) return { ok: false, notice: failureNotice(r.failure) };
    slots[key] = classifySlot(r.value);
  }
  return { ok: true, slots };
}

/** The slot holding the newest valid save, or null when neither is valid. */
export function newestSlot(slots: Slots): SlotKey | null {
  const [a, b] = SLOT_KEYS;
  const sa = slots[a];
  const sb = slots[b];
  if (sa.kind === 'valid' && sb.kind === 'valid') return sb.save.sequence > sa.save.sequence ? b : a;
  if (sa.kind === 'valid') return a;
  if (sb.kind === 'valid') return b;
  return null;
}

export function newestSave(slots: Slots): Save | null {
  const key = newestSlot(slots);
  const content = key ? slots[key] : null;
  return content?.kind === 'valid' ? content.save : null;
}

const otherSlot = (key: SlotKey): SlotKey => (key === SLOT_KEYS[0] ? SLOT_KEYS[1] : SLOT_KEYS[0]);

/** What to tell the player about the slot that was not resumed. */
function sideNotice(newest: Save, other: SlotContent): PersistenceNotice | null {
  if (other.kind === 'damaged') return damagedFallback(newest.turn);
  if (other.kind === 'newer') return newerKept(other.formatVersion);
  return null;
}

/** The newest valid save in storage, with a notice when the other slot was damaged or newer. */
export function loadLatest(storage: StorageLike | null): LoadResult {
  const read = readSlots(storage);
  if (!read.ok) return { save: null, notice: read.notice };
  const { slots } = read;
  const key = newestSlot(slots);
  if (key) {
    const save = (slots[key] as { kind: 'valid'; save: Save }).save;
    return { save, notice: sideNotice(save, slots[otherSlot(key)]) };
  }
  const contents = SLOT_KEYS.map((k) => slots[k]);
  const newer = contents.find((c) => c.kind === 'newer');
  if (newer?.kind === 'newer') return { save: null, notice: newerOnly(newer.message) };
  const bad = contents.find((c) => c.kind === 'damaged');
  if (bad?.kind === 'damaged') return { save: null, notice: damaged(bad.message) };
  return { save: null, notice: null };
}

/** The slot to write: never a newer-format save, and never the newest valid save when the other slot is free. */
export function targetSlot(slots: Slots): SlotKey | null {
  const writable = SLOT_KEYS.filter((k) => slots[k].kind !== 'newer');
  if (writable.length < 2) return writable[0] ?? null;
  const newest = newestSlot(slots);
  return newest ? otherSlot(newest) : SLOT_KEYS[0];
}

/** Writes, then reads back: a browser that silently drops or cuts a write must not pass for a save. */
function put(storage: StorageLike | null, key: SlotKey, text: string): StorageFailure | null {
  const w = writeItem(storage, key, text);
  if (!w.ok) return w.failure;
  const back = readItem(storage, key);
  if (!back.ok) return back.failure;
  return back.value === text ? null : { kind: 'other', detail: 'the browser did not keep what was written' };
}

/** Writes `body` as the next save into already-read slots. */
export function writeToSlots(
  storage: StorageLike | null,
  slots: Slots,
  body: Omit<SaveBody, 'sequence'>,
): WriteResult {
  const key = targetSlot(slots);
  if (!key) return { ok: false, notice: newerBlocksSaving() };
  const sequence = SLOT_KEYS.reduce((max, k) => {
    const c = slots[k];
    return c.kind === 'valid' ? Math.max(max, c.save.sequence) : max;
  }, 0);
  // Another game in the slots (a new game here, another tab's game) is kept on the shelf before any overwrite.
  for (const k of SLOT_KEYS) {
    const c = slots[k];
    if (c.kind !== 'valid' || c.save.game === body.game) continue;
    const shelved = shelve(storage, c.save);
    if (shelved) return { ok: false, notice: failureNotice(shelved) };
  }
  const save = sealSave({ ...body, sequence: sequence + 1 });
  const failure = put(storage, key, encodeSave(save));
  if (failure) return { ok: false, notice: failureNotice(failure) };
  // Best effort: a stale shelved copy of this game is only ever older than the slots.
  unshelve(storage, save.game);
  return { ok: true, save, slot: key };
}

export function writeSave(storage: StorageLike | null, body: Omit<SaveBody, 'sequence'>): WriteResult {
  const read = readSlots(storage);
  return read.ok ? writeToSlots(storage, read.slots, body) : { ok: false, notice: read.notice };
}
