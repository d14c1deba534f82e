/**
 * The text codec shared by competition links and run codes: canonical JSON → UTF-8 → raw DEFLATE → base64url,
 * and back with a hard cap on the inflated size, so a small hostile code cannot make a page allocate gigabytes
 * (a "decompression bomb"). Pure; runs in browsers, workers and Node.
 */
import { Inflate, deflateSync } from 'fflate';
import { hashString } from '../lib/hash.ts';

/** Largest inflated payload accepted (a custom scenario file is at most 1 MB of text). */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** Largest code or link accepted before any decoding (deflate shrinks scenario text about 4 to 6 times). */
export const MAX_CODE_CHARS = 1_000_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a base64url text (no padding), or null when a character or the length is impossible. */
export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (const c of text) {
    const v = LOOKUP.get(c);
    if (v === undefined) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero: otherwise two texts would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Compresses text (UTF-8, raw DEFLATE at the highest level) into base64url. */
export function packText(text: string): string {
  return base64urlEncode(deflateSync(new TextEncoder().encode(text), { level: 9 }));
}

export type Unpacked = { ok: true; text: string } | { ok: false; problem: 'corrupt' | 'too-large' };

class TooLarge extends Error {}

/** Inflates raw DEFLATE bytes, stopping as soon as the output passes `cap` bytes. Never throws. */
export function inflateCapped(bytes: Uint8Array, cap = MAX_INFLATED_BYTES): Unpacked {
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) throw new TooLarge();
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    // Small input slices bound what one push can produce (DEFLATE expands at most ~1032:1).
    const SLICE = 1024;
    for (let i = 0; i < bytes.length; i += SLICE) {
      inflate.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
    }
    if (bytes.length === 0) inflate.push(bytes, true);
  } catch (e) {
    return { ok: false, problem: e instanceof TooLarge ? 'too-large' : 'corrupt' };
  }
  if (!ended) return { ok: false, problem: 'corrupt' };
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(all) };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

/** base64url → inflate (capped) → text. */
export function unpackText(packed: string, cap = MAX_INFLATED_BYTES): Unpacked {
  const bytes = base64urlDecode(packed);
  return bytes ? inflateCapped(bytes, cap) : { ok: false, problem: 'corrupt' };
}

/** The short transport check of a code's payload (8 hex digits): catches a changed, lost or added character. */
export function transportCheck(payload: string): string {
  return hashString(payload, 0x7e5).slice(0, 8);
}

/** A code as pasted: every whitespace character (spaces, tabs, line breaks from e-mail wrapping) removed. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
