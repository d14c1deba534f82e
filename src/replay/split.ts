/**
 * Pasted text to run codes: many codes at once, wrapped by e-mail, inside greetings and signatures. Pure.
 */
/**
 * One run code inside pasted text: its prefix, its payload (base64url; line breaks and spaces from e-mail
 * wrapping allowed), a dot, and at most the 8 hex digits of its check. The code ends at its check, so text that
 * follows it (a signature, a full stop) stays out of it. Payloads never contain a dot.
 */
const CODE_IN_TEXT = /TRUN\d+\.[A-Za-z0-9_\-\s]*(?:\.(?:\s*[0-9a-f]){0,8})?/g;

/** Text that looks like part of a code (so its rejection should be shown), as opposed to prose around codes. */
function looksLikeCodeFragment(text: string): boolean {
  if (/TRUN/.test(text)) return true;
  return (text.match(/[A-Za-z0-9_-]{24,}/g) ?? []).some(
    (token) => /[0-9_-]/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token),
  );
}

/**
 * Splits pasted text into run codes: each code starts with its prefix (TRUN<version>.), which a code's own
 * characters never contain, and ends at its check, so codes broken over lines, pasted end to end or inside an
 * e-mail are told apart. Text between codes is dropped when it reads as prose (a greeting, a signature) and
 * comes back as a piece of its own when it looks like part of a code (a code with a damaged prefix), so that
 * its rejection is shown. A pasted run file (JSON) comes back whole.
 */
export function splitRunCodes(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{')) return [trimmed];
  const pieces: string[] = [];
  let at = 0;
  // Of the text between codes, keep the lines from the first to the last that look like part of a code.
  const stray = (end: number): void => {
    const lines = trimmed.slice(at, end).split(/\r?\n/);
    const first = lines.findIndex(looksLikeCodeFragment);
    if (first < 0) return;
    let last = lines.length - 1;
    while (!looksLikeCodeFragment(lines[last]!)) last--;
    pieces.push(
      lines
        .slice(first, last + 1)
        .join('\n')
        .trim(),
    );
  };
  for (const m of trimmed.matchAll(CODE_IN_TEXT)) {
    stray(m.index);
    pieces.push(m[0].trim());
    at = m.index + m[0].length;
  }
  stray(trimmed.length);
  return pieces;
}
