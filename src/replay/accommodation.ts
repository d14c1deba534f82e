/**
 * Extended time (an accommodation) for one student of one competition, with no server:
 *  - the host's browser keeps a random 256-bit key for each competition it hosts (the competition key), which
 *    never travels in the link; the host can export it as text, `TRK1.<competition id>.<key>.<check>`, to grade
 *    on another machine;
 *  - an extended-time code names the competition, the student and the factor, and carries an HMAC-SHA-256 tag
 *    made with that key: `TRX1.<base64url(JSON {c, f, n})>.<tag>.<check>` (tag: the first 22 base64url
 *    characters, 132 bits; check: the transport check of everything before it, so a damaged code is refused
 *    where it is typed).
 * The student's game cannot check the tag (it has no key): it checks the competition and the name, and shows the
 * longer limit. The leaderboard, which has the key, accepts the extra time only when the tag is right, so a code
 * a student makes, edits or borrows from another class is refused there; without the key it cannot tell, and
 * judges the run by the normal limit. A checksum would not do: the competition link is public. Pure (the key's
 * random bytes come from the caller).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson } from '../lib/hash.ts';
import { base64urlDecode, base64urlEncode, stripWhitespace, transportCheck } from './codec.ts';
import type { Competition } from './competition.ts';
import { cleanName, nameProblem } from './names.ts';
import { nameKey } from './player.ts';

/** The factors a host can give, in percent of the time limit. */
export const TIME_FACTORS = [150, 200] as const;
export const KEY_BYTES = 32;
const CODE_PREFIX = 'TRX1.';
const KEY_PREFIX = 'TRK1.';
const TAG_CHARS = 22;

export interface HostKey {
  competitionId: string;
  key: Uint8Array;
}

export interface Accommodation {
  competitionId: string;
  /** The student's name, as they enter it in the game. */
  name: string;
  /** Percent of the time limit: 150 or 200. */
  factor: number;
  /** The code as given. */
  code: string;
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** "1.5×" or "2×". */
export function factorText(percent: number): string {
  return `${percent / 100}\u00d7`;
}

// ------------------------------------------------------------------ the competition key

/** The key as text to keep or move to another machine. */
export function hostKeyText(hostKey: HostKey): string {
  if (hostKey.key.length !== KEY_BYTES) throw new Error(`a competition key has ${KEY_BYTES} bytes`);
  const payload = `${KEY_PREFIX}${hostKey.competitionId}.${base64urlEncode(hostKey.key)}`;
  return `${payload}.${transportCheck(payload)}`;
}

const KEY_IN_TEXT = /TRK1\.([0-9a-f]{16})\.([A-Za-z0-9_-]{43})\.([0-9a-f]{8})/;

/** The competition key in pasted text or a key file (comments around it are fine). Never throws. */
export function readHostKey(text: string): Read<HostKey> {
  const m = KEY_IN_TEXT.exec(stripWhitespace(text.slice(0, 10_000)));
  if (!m)
    return {
      ok: false,
      message: 'This is not a competition key: a key starts with TRK1. and comes from the Host screen.',
    };
  const [, competitionId, keyText, check] = m as unknown as [string, string, string, string];
  const key = base64urlDecode(keyText);
  if (
    !key ||
    key.length !== KEY_BYTES ||
    transportCheck(`${KEY_PREFIX}${competitionId}.${keyText}`) !== check
  )
    return {
      ok: false,
      message: 'This competition key is damaged (its check does not match). Export it again.',
    };
  return { ok: true, value: { competitionId, key } };
}

// ------------------------------------------------------------------ extended-time codes

function tagOf(payload: string, key: Uint8Array): string {
  const mac = hmac(sha256, key, new TextEncoder().encode(`${CODE_PREFIX}${payload}`));
  return base64urlEncode(mac).slice(0, TAG_CHARS);
}

/** The extended-time code of `name` (as the student will enter it) in `c`, signed with the competition key. */
export function makeAccommodation(c: Competition, name: string, factor: number, hostKey: HostKey): string {
  const clean = cleanName(name);
  const wrong = nameProblem(clean);
  if (wrong) throw new Error(wrong);
  if (!(TIME_FACTORS as readonly number[]).includes(factor)) throw new Error(`no ${factor}% extended time`);
  if (hostKey.competitionId !== c.id) throw new Error('this key belongs to another competition');
  const json = canonicalJson({ c: c.id, f: factor, n: clean });
  const payload = base64urlEncode(new TextEncoder().encode(json));
  const body = `${CODE_PREFIX}${payload}.${tagOf(payload, hostKey.key)}`;
  return `${body}.${transportCheck(body)}`;
}

function parsePayload(payload: string): { c: string; f: number; n: string } | null {
  const bytes = base64urlDecode(payload);
  if (!bytes || bytes.length > 1000) return null;
  try {
    const v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
    const ok =
      typeof v.c === 'string' &&
      typeof v.n === 'string' &&
      typeof v.f === 'number' &&
      (TIME_FACTORS as readonly number[]).includes(v.f) &&
      nameProblem(v.n) === null;
    return ok ? { c: v.c as string, f: v.f as number, n: v.n as string } : null;
  } catch {
    return null;
  }
}

/** Reads an extended-time code as pasted (spaces and line breaks ignored); does not check its tag. */
export function readAccommodation(text: string): Read<Accommodation> {
  const code = stripWhitespace(text.slice(0, 2_000));
  if (!code.startsWith(CODE_PREFIX))
    return { ok: false, message: 'This is not an extended-time code: such a code starts with TRX1.' };
  const parts = code.slice(CODE_PREFIX.length).split('.');
  if (parts.length !== 3 || parts[1]!.length !== TAG_CHARS || parts[2]!.length !== 8)
    return { ok: false, message: 'This extended-time code is incomplete. Copy the whole code again.' };
  const [payload, tag, check] = parts as [string, string, string];
  const fields = transportCheck(`${CODE_PREFIX}${payload}.${tag}`) === check ? parsePayload(payload) : null;
  if (!fields)
    return {
      ok: false,
      message: 'This extended-time code is damaged (its check does not match). Copy it again.',
    };
  return { ok: true, value: { competitionId: fields.c, name: fields.n, factor: fields.f, code } };
}

/** Why the code cannot be used by `name` in `c` (without the key: the competition and the name), or null. */
export function accommodationMismatch(a: Accommodation, c: Competition, name: string): string | null {
  if (a.competitionId !== c.id) return 'it was made for another competition';
  if (nameKey(a.name) !== nameKey(name))
    return `it was made for \u201c${a.name}\u201d, not \u201c${name}\u201d`;
  return null;
}

/** Whether the code's tag was made with this competition key. */
export function signedWith(a: Accommodation, hostKey: HostKey): boolean {
  if (hostKey.competitionId !== a.competitionId) return false;
  const [payload, tag] = a.code.slice(CODE_PREFIX.length).split('.') as [string, string];
  return tagOf(payload, hostKey.key) === tag;
}
