/**
 * Characters and numbers at the edges: each problem is one line an editor can jump to, says the one thing that
 * is wrong, and never repeats an invisible or line-breaking character from the file raw.
 */
import { describe, expect, it } from 'vitest';
import { lines, MINIMAL } from './helpers.ts';

describe('messages stay one line', () => {
  it('escapes a line separator (U+2028) quoted from the file', () => {
    expect(lines(`${MINIMAL}summary: @a\u2028b\n`, 'evil.yaml')).toEqual([
      'evil.yaml:4:10: put this text in quotes: text starting with "@" is YAML syntax (write "@a\\u2028b")',
    ]);
  });

  it('escapes a paragraph separator and a bidi override in an unknown field name', () => {
    expect(lines(`${MINIMAL}sumary\u2029\u202e: 1\n`, 'evil.yaml')[0]).toBe(
      'evil.yaml:4:1: sumary\\u2029\\u202E: unknown field "sumary\\u2029\\u202E"; if a comma inside { … } split your text, put the text in quotes',
    );
  });

  it('escapes control characters in the file name', () => {
    expect(lines('id: 5\n', 'evil\u001b[31m\u0085.yaml')[0]).toMatch(
      /^evil\\u001B\[31m\\u0085\.yaml:1:1: title: missing/,
    );
  });
});

describe('control characters in the file', () => {
  it('refuses C1 controls (U+0080–U+009F), which no text file holds, like C0 ones', () => {
    expect(lines(`${MINIMAL}summary: a\u0085b c\u009bd\n`, 'evil.yaml')).toEqual([
      'evil.yaml:4:11: control character U+0085 is not allowed in a scenario file',
      'evil.yaml:4:15: control character U+009B is not allowed in a scenario file',
    ]);
  });
});

describe('numbers beyond 2^53', () => {
  it('get one message, about the field’s own range', () => {
    for (const name of ['evil.yaml', 'evil.json']) {
      const text = name.endsWith('.json')
        ? '{"id": "tiny", "title": "Tiny", "turns": 9007199254740993}'
        : 'id: tiny\ntitle: Tiny\nturns: 9007199254740993\n';
      expect(lines(text, name)).toEqual([
        expect.stringMatching(/:\d+:\d+: turns: must be at most 520 \(got 9007199254740992\)$/),
      ]);
    }
  });

  it('a minimum is reported alone too', () => {
    expect(lines(`${MINIMAL}difficulty: -9007199254740993\n`, 'evil.yaml')).toEqual([
      'evil.yaml:4:13: difficulty: must be at least 1 (got -9007199254740992)',
    ]);
  });
});
