/**
 * What the instructor's browser keeps of the competitions it hosts, apart from the games: each competition's
 * key (a random secret that signs extended-time codes; it never travels in the link), the release codes given
 * for its rounds, and the extended-time codes made. Kept in localStorage by competition id; a key or a release
 * brought from another machine (pasted on the leaderboard) is kept the same way. Nothing here is ever sent
 * anywhere. Storage that is off or full is said, never hidden: the caller shows the failure.
 */
import { KEY_BYTES, hostKeyText, readHostKey, type Competition, type HostKey } from '../../replay/index.ts';

const KEYS = 'tradeoffs.host-keys';
const RELEASES = 'tradeoffs.host-releases';
const GIVEN = 'tradeoffs.host-extended-time';

export interface GivenExtension {
  name: string;
  factor: number;
  code: string;
}

type Table<T> = Record<string, T>;

function readTable<T>(key: string): Table<T> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Table<T>) : {};
  } catch {
    return {};
  }
}

/** Writes one competition's entry; returns why it could not be kept, or null. */
function writeEntry<T>(key: string, id: string, value: T): string | null {
  try {
    localStorage.setItem(key, JSON.stringify({ ...readTable<T>(key), [id]: value }));
    return null;
  } catch (e) {
    return `this browser did not keep it (${e instanceof Error ? e.name : 'storage is off'}): export it now`;
  }
}

/** The competition's key kept in this browser, if any. */
export function storedKey(competitionId: string): HostKey | null {
  const text = readTable<string>(KEYS)[competitionId];
  if (typeof text !== 'string') return null;
  const r = readHostKey(text);
  return r.ok && r.value.competitionId === competitionId ? r.value : null;
}

/**
 * The key of `c`: the one kept here, or a new one drawn from the browser's cryptographic randomness and kept.
 * The same competition (same settings, same id) keeps its key, so codes made earlier stay valid.
 */
export function keyFor(c: Competition): { key: HostKey; problem: string | null } {
  const kept = storedKey(c.id);
  if (kept) return { key: kept, problem: null };
  const key = { competitionId: c.id, key: crypto.getRandomValues(new Uint8Array(KEY_BYTES)) };
  return { key, problem: keepKey(key) };
}

/** Keeps a key (made here or pasted from another machine); returns why it was not kept, or null. */
export function keepKey(key: HostKey): string | null {
  return writeEntry(KEYS, key.competitionId, hostKeyText(key));
}

/** The release codes given for `competitionId`'s rounds, round 2 first. */
export function storedReleases(competitionId: string): string[] {
  const list = readTable<unknown>(RELEASES)[competitionId];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

export function keepReleases(competitionId: string, releases: readonly string[]): string | null {
  return writeEntry(RELEASES, competitionId, [...releases]);
}

export function givenExtensions(competitionId: string): GivenExtension[] {
  const list = readTable<unknown>(GIVEN)[competitionId];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (x): x is GivenExtension =>
      typeof x === 'object' &&
      x !== null &&
      typeof (x as GivenExtension).name === 'string' &&
      typeof (x as GivenExtension).factor === 'number' &&
      typeof (x as GivenExtension).code === 'string',
  );
}

export function keepExtension(competitionId: string, given: GivenExtension): string | null {
  const others = givenExtensions(competitionId).filter((g) => g.name !== given.name);
  return writeEntry(GIVEN, competitionId, [...others, given]);
}
