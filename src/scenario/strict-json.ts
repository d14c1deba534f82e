/**
 * A strict JSON syntax checker (RFC 8259) that reports the offset of the first error with a message an
 * author understands: trailing commas, comments, single quotes, NaN, leading zeros… Iterative, with a depth
 * limit, so deep nesting cannot overflow the stack. Pure. It only checks; values are read by the YAML reader,
 * since strict JSON is valid YAML.
 */

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const WS = ' \t\n\r';
const MAX_NUMBER_CHARS = 400;

class Fail extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class Checker {
  private pos = 0;
  private readonly stack: string[] = [];
  /** Where each open container opened, and its entries, counted as its commas are read. */
  private readonly opened: number[] = [];
  private readonly entries: number[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly maxEntries: { count: number; message: string },
  ) {}

  run(): void {
    this.ws();
    if (this.pos >= this.text.length)
      throw new Fail(0, 'the file is empty; a scenario is a JSON object { … }');
    this.value();
    for (;;) {
      this.ws();
      if (this.stack.length === 0) break;
      this.afterValue();
    }
    if (this.pos < this.text.length)
      throw new Fail(this.pos, 'unexpected text after the end of the JSON value');
  }

  /** After a value inside a container: a comma and the next member, or the closing bracket. */
  private afterValue(): void {
    const top = this.stack[this.stack.length - 1]!;
    const close = top === '{' ? '}' : ']';
    const c = this.text[this.pos];
    if (c === close) {
      this.leave();
      this.pos++;
      return;
    }
    if (c !== ',') throw this.unexpected(`expected "," or "${close}"`);
    const at = this.entries.length - 1;
    if (++this.entries[at]! > this.maxEntries.count)
      throw new Fail(this.opened[at]!, this.maxEntries.message);
    const comma = this.pos++;
    this.ws();
    if (this.text[this.pos] === close)
      throw new Fail(comma, `trailing comma before ${close} (strict JSON forbids it)`);
    if (top === '{') this.member();
    else this.value();
  }

  private leave(): void {
    this.stack.pop();
    this.opened.pop();
    this.entries.pop();
  }

  private member(): void {
    if (this.text[this.pos] !== '"') throw this.unexpected('expected a "quoted" key');
    this.string();
    this.ws();
    if (this.text[this.pos] !== ':') throw this.unexpected('expected ":" after the key');
    this.pos++;
    this.ws();
    this.value();
  }

  /** Reads a scalar, or opens a container (its members are read by afterValue). */
  private value(): void {
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (this.stack.length >= this.maxDepth)
        throw new Fail(
          this.pos,
          `nesting is deeper than ${this.maxDepth} levels; a scenario never needs that`,
        );
      this.stack.push(c);
      this.opened.push(this.pos);
      this.entries.push(1);
      this.pos++;
      this.ws();
      const close = c === '{' ? '}' : ']';
      if (this.text[this.pos] === close) {
        this.leave();
        this.pos++;
      } else if (c === '{') this.member();
      else this.value();
      return;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    throw this.unexpected('expected a value');
  }

  private string(): void {
    const start = this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) throw new Fail(start, 'unterminated string');
      if (c === '"') break;
      if (c.charCodeAt(0) < 0x20)
        throw new Fail(
          this.pos,
          'raw control character or line break inside a string; write it as an escape (\\n, \\t)',
        );
      if (c === '\\') this.escape();
      else this.pos++;
    }
    this.pos++;
  }

  private escape(): void {
    const e = this.text[this.pos + 1];
    if (e !== undefined && '"\\/bfnrt'.includes(e)) this.pos += 2;
    else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
    else throw new Fail(this.pos, `invalid escape "\\${e ?? ''}" in a string`);
  }

  /** A number, read from a window of MAX_NUMBER_CHARS so the pattern never scans a whole file of digits. */
  private number(): void {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.pos, this.pos + MAX_NUMBER_CHARS),
    );
    if (!m || m[0] === '-') throw new Fail(this.pos, 'invalid number');
    if (m[0].length === MAX_NUMBER_CHARS)
      throw new Fail(this.pos, `a number longer than ${MAX_NUMBER_CHARS} characters`);
    const next = this.text[this.pos + m[0].length];
    if (m[1] === '0' && next !== undefined && next >= '0' && next <= '9')
      throw new Fail(this.pos, 'numbers cannot have leading zeros in JSON');
    if (next === '.') throw new Fail(this.pos + m[0].length, 'a decimal point needs digits after it');
    this.pos += m[0].length;
  }

  private ws(): void {
    while (this.pos < this.text.length && WS.includes(this.text[this.pos]!)) this.pos++;
  }

  private unexpected(expected: string): Fail {
    const c = this.text[this.pos];
    if (c === undefined) return new Fail(this.pos, `unexpected end of file; ${expected}`);
    if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*'))
      return new Fail(this.pos, 'comments are not allowed in JSON');
    if (c === "'") return new Fail(this.pos, 'single quotes are not allowed in JSON; use double quotes');
    if (/^(NaN|-?Infinity)/.test(this.text.slice(this.pos, this.pos + 9)))
      return new Fail(this.pos, 'NaN and Infinity are not JSON numbers');
    if (c === '+' || c === '.')
      return new Fail(this.pos, 'JSON numbers start with a digit or "-" (write 0.5, not .5 or +0.5)');
    if (/[A-Za-z_$]/.test(c))
      return new Fail(this.pos, `unquoted word; ${expected} (JSON keys and strings need double quotes)`);
    return new Fail(this.pos, `unexpected "${c}"; ${expected}`);
  }
}

/** Null when the text is strict JSON, otherwise the first error. */
export function checkStrictJson(
  text: string,
  maxDepth: number,
  maxEntries: { count: number; message: string },
): JsonSyntaxError | null {
  try {
    new Checker(text, maxDepth, maxEntries).run();
    return null;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, message: e.message };
    throw e;
  }
}
