/** Small facts about JSON text, and reading JSON that came from outside. Pure. */

/**
 * One pass over JSON text's brackets, outside strings: `deeper` when more than `max` are open at once (the pass
 * stops there), `open` when the text ends inside a string or with brackets still open (a cut-off copy).
 */
function scanBrackets(text: string, max: number): { deeper: boolean; open: boolean } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (++depth > max) return { deeper: true, open: true };
    } else if (ch === '}' || ch === ']') depth--;
  }
  return { deeper: false, open: inString || depth > 0 };
}

/** The first number in a parsed JSON value that is not finite (JSON.parse reads 1e400 as Infinity), or null. */
export function nonFiniteNumber(value: unknown): number | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return v;
    } else if (typeof v === 'object' && v !== null) {
      for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
    }
  }
  return null;
}

export type UntrustedJson =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'truncated' | 'corrupt' | 'too-deep' }
  /** The value is given for what can still be said about it (whose run it is), never to be used. */
  | { ok: false; problem: 'not-finite'; value: unknown };

/**
 * JSON from outside (a pasted code, a dropped file), read so that nothing recursive ever meets it unbounded:
 * nesting deeper than `maxDepth` is refused before parsing (400,000 nested lists overflow the stack of anything
 * that walks them, a checksum or a structured clone), and a number out of a double's range after it.
 */
export function readUntrustedJson(text: string, maxDepth: number): UntrustedJson {
  const brackets = scanBrackets(text, maxDepth);
  if (brackets.deeper) return { ok: false, problem: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: brackets.open ? 'truncated' : 'corrupt' };
  }
  return nonFiniteNumber(value) === null ? { ok: true, value } : { ok: false, problem: 'not-finite', value };
}
