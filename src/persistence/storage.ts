/**
 * The storage persistence writes to, as an injected interface (the UI passes window.localStorage; tests pass a
 * fake that throws on purpose). Every access goes through here and never throws: failures come back as a
 * classified StorageFailure, because browsers throw on access in private mode or when storage is disabled.
 */

/** The part of the Web Storage API persistence uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Why a storage access failed: storage is off (private mode, disabled), full, or something else. */
export type StorageFailure = { kind: 'off' } | { kind: 'quota' } | { kind: 'other'; detail: string };

export type StorageResult<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure };

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Legacy DOMException codes for a full storage (22 in most browsers, 1014 in old Firefox). */
const QUOTA_CODES = new Set([22, 1014]);
const OFF_NAMES = new Set(['SecurityError', 'InvalidAccessError', 'NS_ERROR_FILE_ACCESS_DENIED']);

export function classifyStorageError(e: unknown): StorageFailure {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? Number(e.code) : NaN;
  if (QUOTA_NAMES.has(name) || QUOTA_CODES.has(code)) return { kind: 'quota' };
  if (OFF_NAMES.has(name)) return { kind: 'off' };
  const detail =
    e instanceof Error || name !== ''
      ? `${name || 'Error'}: ${(e as { message?: unknown }).message ?? ''}`
      : String(e);
  return { kind: 'other', detail };
}

/**
 * Opens storage through a getter that may throw (reading window.localStorage throws a SecurityError when the
 * browser blocks storage). Returns null when storage is unavailable. Usage: storageFrom(() => window.localStorage).
 */
export function storageFrom<T extends StorageLike>(get: () => T | null | undefined): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

function attempt<T>(run: () => T): StorageResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    return { ok: false, failure: classifyStorageError(e) };
  }
}

export function readItem(storage: StorageLike | null, key: string): StorageResult<string | null> {
  if (!storage) return { ok: false, failure: { kind: 'off' } };
  return attempt(() => storage.getItem(key));
}

export function writeItem(storage: StorageLike | null, key: string, value: string): StorageResult<void> {
  if (!storage) return { ok: false, failure: { kind: 'off' } };
  return attempt(() => storage.setItem(key, value));
}
