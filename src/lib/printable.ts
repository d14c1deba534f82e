/**
 * Untrusted text made safe to show. printable(): safe to print on one line: every control character (Unicode Cc: C0, DEL and C1, such as
 * the terminal's CSI U+009B), format character (Cf: the bidi overrides and isolates that reorder text on screen,
 * zero-width characters, the soft hyphen…), line and paragraph separator (U+2028, U+2029) and lone surrogate is
 * written as a `\uXXXX` escape. The escape is JSON's, so escaping inside JSON output leaves the JSON valid and
 * meaning the same. balancedIsolates(): safe to show inside a bidi isolate on screen. Pure; one linear pass each.
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

const ISOLATE_CONTROL = /[\u2066-\u2069]/;

/**
 * Text whose bidi isolates are balanced, to be shown inside an isolate of ours (<bdi>, or an element with
 * unicode-bidi: isolate): a pop-directional-isolate (U+2069) with no opening isolate before it is dropped, and
 * isolates left open are closed at the end. An unmatched U+2069 would otherwise close *our* isolate and let a
 * U+202E after it reverse the words that follow the element (it does in Chromium).
 */
export function balancedIsolates(text: string): string {
  if (!ISOLATE_CONTROL.test(text)) return text;
  let open = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '\u2069') {
      if (open === 0) continue;
      open--;
    } else if (ch >= '\u2066' && ch <= '\u2068') open++;
    out += ch;
  }
  return out + '\u2069'.repeat(open);
}

/**
 * Untrusted text inside a sentence that is one string (a notice, an <option>): wrapped in a first-strong isolate
 * (U+2068 … U+2069), the plain-text form of <bdi>, so its bidi controls reorder nothing around it.
 */
export function isolated(text: string): string {
  return `\u2068${balancedIsolates(text)}\u2069`;
}
