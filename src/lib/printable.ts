/**
 * Untrusted text made safe to print on one line: every control character (Unicode Cc: C0, DEL and C1, such as
 * the terminal's CSI U+009B), format character (Cf: the bidi overrides and isolates that reorder text on screen,
 * zero-width characters, the soft hyphen…), line and paragraph separator (U+2028, U+2029) and lone surrogate is
 * written as a `\uXXXX` escape. The escape is JSON's, so escaping inside JSON output leaves the JSON valid and
 * meaning the same. Pure; one linear pass.
 */

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const ANY_UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const hex4 = (unit: number): string => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

function escape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += hex4(ch.charCodeAt(i));
  return out;
}

/** `text` with every unprintable character escaped, except those in `keep` (e.g. '\n' for multi-line output). */
export function printable(text: string, keep = ''): string {
  return text.replace(UNPRINTABLE, (ch) => (keep.includes(ch) ? ch : escape(ch)));
}

/** Whether `text` holds a character that printable() would escape. */
export function hasUnprintable(text: string): boolean {
  return ANY_UNPRINTABLE.test(text);
}
