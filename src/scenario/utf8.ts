/**
 * UTF-8 validation of raw bytes, locating the first malformed sequence as a line:col problem. Pure.
 * (TextDecoder with fatal:true only says "invalid"; authors need to know where.)
 */
import type { Problem } from './problems.ts';

/** Index of the first byte that starts a malformed, overlong, surrogate or truncated sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]!;
      if ((x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** The problem for a malformed byte at `offset`: line and column counted in the valid text before it. */
export function invalidUtf8Problem(bytes: Uint8Array, offset: number, file: string): Problem {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/\r\n?/g, '\n');
  const line = head.split('\n').length;
  const col = head.length - head.lastIndexOf('\n');
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    file,
    line,
    col,
    message: `invalid UTF-8 (byte 0x${hex} at byte offset ${offset}); save the file as UTF-8`,
  };
}
