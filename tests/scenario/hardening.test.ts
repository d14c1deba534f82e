/**
 * Untrusted input: a scenario file travels between strangers. Each hostile or broken file must give a clear
 * problem with a position — never a crash, a hang, or a side effect.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  parseScenarioBlob,
  parseScenarioBytes,
  parseScenarioText,
  type ParseResult,
} from '../../src/scenario/index.ts';
import { loadScenarioFile } from '../../src/scenario/node.ts';
import { loadOk, MINIMAL } from './helpers.ts';

/** Parses within a time budget and returns the problem lines (asserting the file was refused). */
function refused(result: () => ParseResult, budgetMs = 2000): string[] {
  const started = performance.now();
  const r = result();
  expect(performance.now() - started).toBeLessThan(budgetMs);
  if (r.ok) expect.fail('expected the file to be refused');
  for (const p of r.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.col).toBeGreaterThanOrEqual(1);
  }
  return r.problems.map(formatProblem);
}

const text = (t: string, name = 'evil.yaml'): string[] => refused(() => parseScenarioText(t, name));
const bytes = (b: Uint8Array, name = 'evil.yaml'): string[] => refused(() => parseScenarioBytes(b, name));
const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);

describe('size', () => {
  it('refuses a file over 1 MB, as text, as bytes and on disk without reading it', () => {
    const big = `${MINIMAL}briefing: "${'x'.repeat(1_000_001)}"\n`;
    expect(text(big)).toEqual([
      expect.stringMatching(/^evil\.yaml:1:1: the file is \d+ bytes; the limit is 1000000 bytes \(1 MB\)$/),
    ]);
    expect(bytes(utf8(big))[0]).toContain('the limit is 1000000 bytes');
    const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-big-'));
    const path = join(dir, 'big.yaml');
    writeFileSync(path, big);
    const r = loadScenarioFile(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('the limit is 1000000 bytes');
  });

  it('refuses a picked browser file from its size, before reading any of it', async () => {
    let read = false;
    const huge = {
      name: 'huge.yaml',
      size: 3 * 1024 ** 3,
      arrayBuffer: (): Promise<ArrayBuffer> => {
        read = true;
        return Promise.reject(new Error('read a 3 GB file'));
      },
    };
    const { result, bytes } = await parseScenarioBlob(huge);
    expect(read).toBe(false);
    expect(bytes).toBeNull();
    expect(refused(() => result)).toEqual([
      'huge.yaml:1:1: the file is over 10 MB; the limit is 1000000 bytes (1 MB)',
    ]);
    const small = new Blob([MINIMAL]);
    const ok = await parseScenarioBlob({
      name: 'tiny.yaml',
      size: small.size,
      arrayBuffer: () => small.arrayBuffer(),
    });
    expect(ok.result.ok).toBe(true);
    expect(new TextDecoder().decode(ok.bytes!)).toBe(MINIMAL);
  });

  it('counts bytes, not characters: 400,000 three-byte characters are over the limit', () => {
    expect(text(`${MINIMAL}briefing: "${'€'.repeat(400_000)}"\n`)[0]).toContain('the limit is 1000000 bytes');
  });
});

describe('YAML features a scenario has no use for', () => {
  it('refuses an alias bomb without expanding it', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from(
        { length: 9 },
        (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`,
      ),
      'id: tiny',
      'title: Tiny',
      'turns: 10',
    ].join('\n');
    const problems = text(bomb, 'bomb.yaml');
    expect(problems[0]).toBe('bomb.yaml:1:4: anchors (&name) are not allowed; write the value out');
    expect(problems).toContain('bomb.yaml:2:4: anchors (&name) are not allowed; write the value out');
    expect(problems).toHaveLength(10);
  });

  it('refuses aliases even without anchors it can resolve', () => {
    expect(text(`${MINIMAL}title2: *nothing\n`)[0]).toMatch(/^evil\.yaml:4:9: /);
  });

  it('refuses custom and explicit tags of every kind', () => {
    const tagged = `id: tiny\ntitle: !!js/function "function(){}"\nturns: !!int 10\nsummary: !!binary aGVsbG8=\nbriefing: !custom hi\n`;
    expect(text(tagged)).toEqual([
      'evil.yaml:2:8: tags like !!js/function are not allowed; a scenario is plain data',
      'evil.yaml:3:8: tags like !!int are not allowed; a scenario is plain data',
      'evil.yaml:4:10: tags like !!binary are not allowed; a scenario is plain data',
      'evil.yaml:5:11: tags like !custom are not allowed; a scenario is plain data',
    ]);
  });

  it('refuses several documents in one file', () => {
    expect(text(`${MINIMAL}---\n${MINIMAL}`)).toEqual([
      'evil.yaml:4:1: a file holds one scenario, but this one has several YAML documents (a second "---")',
    ]);
  });

  it('refuses YAML directives that would change how values are read', () => {
    expect(text(`%YAML 1.1\n---\n${MINIMAL}scoring: { winEarly: yes }\n`)).toEqual([
      'evil.yaml:1:1: YAML directives (%YAML, %TAG) are not allowed',
    ]);
  });

  it('refuses duplicate keys, naming where the first one is', () => {
    expect(text(`${MINIMAL}initial:\n  users: 5\n  users: 6\n`)).toEqual([
      'evil.yaml:6:3: duplicate key "users" (first defined at line 5:3)',
    ]);
  });

  it('refuses tabs used for indentation', () => {
    expect(text(`${MINIMAL}initial:\n\tusers: 5\n`)).toEqual([
      'evil.yaml:5:1: tab used for indentation; YAML indents with spaces only',
    ]);
  });

  it('refuses keys that are not plain names', () => {
    expect(text(`${MINIMAL}1: one\n[a]: list\n`)).toEqual([
      'evil.yaml:4:1: keys must be plain names (text), not numbers, lists or mappings',
      'evil.yaml:5:1: keys must be plain names (text), not numbers, lists or mappings',
    ]);
  });
});

describe('deep nesting', () => {
  const cases: [string, string, string][] = [
    ['flow lists', 'evil.yaml', `${MINIMAL}x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['flow mappings', 'evil.yaml', `${MINIMAL}x: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`],
    ['compact lists', 'evil.yaml', `${MINIMAL}x:\n${'- '.repeat(100_000)}1\n`],
    [
      'block indentation',
      'evil.yaml',
      `${MINIMAL}${Array.from({ length: 1_300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`,
    ],
    ['JSON arrays', 'evil.json', `{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['JSON objects', 'evil.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ];
  it.each(cases)('refuses 100,000-level %s before any recursive code runs', (_, name, hostile) => {
    const problems = text(hostile, name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nesting is deeper than 64 levels/);
  });

  it('accepts the nesting a real scenario needs', () => {
    expect(
      loadOk(`${MINIMAL}initial: { team: { engineer: 3 }, architecture: { hosting: dedicated } }\n`).scenario
        .initial.team.engineer,
    ).toBe(3);
  });
});

describe('prototype pollution', () => {
  const forbidden = ['__proto__', 'constructor', 'prototype'];

  it.each(forbidden)(
    'refuses the key %s at any level, by name, and never touches Object.prototype',
    (key) => {
      const yaml = `${MINIMAL}${key}: { polluted: 1 }\ninitial:\n  ${key}: { polluted: 1 }\nevents:\n  - ${key}: { polluted: 1 }\n`;
      const problems = text(yaml);
      expect(problems.slice(0, 3)).toEqual([
        `evil.yaml:4:1: the key "${key}" is not allowed`,
        `evil.yaml:6:3: the key "${key}" is not allowed`,
        `evil.yaml:8:5: the key "${key}" is not allowed`,
      ]);
      // The rest of the file is still checked: the event holds nothing but the refused key.
      expect(problems.slice(3)).toContain('evil.yaml:8:5: events[0].id: missing (this field is required)');
      const json = `{"id": "tiny", "title": "T", "turns": 1, "initial": {"${key}": {"polluted": 1}}}`;
      expect(text(json, 'evil.json')).toEqual([`evil.json:1:54: the key "${key}" is not allowed`]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});

describe('numbers', () => {
  it.each([
    ['.nan', '.nan'],
    ['.inf', '.inf'],
    ['-.inf', '-.inf'],
    ['1e400', '1e400'],
  ])('refuses %s', (_, value) => {
    expect(text(`id: tiny\ntitle: T\nturns: ${value}\n`)).toEqual([
      `evil.yaml:3:8: turns: ${value} is not a finite number; numbers must be finite`,
    ]);
  });

  it('refuses 1e400 in JSON too', () => {
    expect(text('{"id": "tiny", "title": "T", "turns": 1e400}', 'evil.json')).toEqual([
      'evil.json:1:39: turns: 1e400 is not a finite number; numbers must be finite',
    ]);
  });

  it('never reads numbers from strings', () => {
    expect(text('id: tiny\ntitle: T\nturns: "5"\n')).toEqual([
      'evil.yaml:3:8: turns: expected a number, got the string "5" (remove the quotes)',
    ]);
  });
});

describe('strict JSON', () => {
  it.each([
    [
      'a trailing comma',
      '{"id": "tiny", "title": "T", "turns": 1,}',
      '1:40: JSON syntax: trailing comma before } (strict JSON forbids it)',
    ],
    [
      'a trailing comma in a list',
      '{"id": "tiny", "title": "T", "turns": 1, "levers": ["team/hire",]}',
      '1:64: JSON syntax: trailing comma before ] (strict JSON forbids it)',
    ],
    ['a line comment', '{\n  // hi\n  "id": "tiny"\n}', '2:3: JSON syntax: comments are not allowed in JSON'],
    ['a block comment', '{"id": /* x */ "tiny"}', '1:8: JSON syntax: comments are not allowed in JSON'],
    [
      'single quotes',
      "{'id': 'tiny'}",
      '1:2: JSON syntax: single quotes are not allowed in JSON; use double quotes',
    ],
    [
      'an unquoted key',
      '{id: "tiny"}',
      '1:2: JSON syntax: unquoted word; expected a "quoted" key (JSON keys and strings need double quotes)',
    ],
    ['NaN', '{"turns": NaN}', '1:11: JSON syntax: NaN and Infinity are not JSON numbers'],
    ['a leading zero', '{"turns": 010}', '1:11: JSON syntax: numbers cannot have leading zeros in JSON'],
    [
      'a raw line break in a string',
      '{"title": "a\nb"}',
      '1:13: JSON syntax: raw control character or line break inside a string; write it as an escape (\\n, \\t)',
    ],
    [
      'a trailing comma before spaces',
      '[1, ]',
      '1:3: JSON syntax: trailing comma before ] (strict JSON forbids it)',
    ],
    ['two values', '{} {}', '1:4: JSON syntax: unexpected text after the end of the JSON value'],
  ])('refuses %s with its position', (_, json, expected) => {
    expect(text(json, 'evil.json')).toEqual([`evil.json:${expected}`]);
  });
});

describe('encoding', () => {
  it('refuses invalid UTF-8 with the line and column of the bad byte', () => {
    const head = utf8(`${MINIMAL}title2: caf`);
    const bad = new Uint8Array([...head, 0xff, 0x0a]);
    expect(bytes(bad)).toEqual([
      'evil.yaml:4:12: invalid UTF-8 (byte 0xFF at byte offset 42); save the file as UTF-8',
    ]);
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence at the end', [0xe2, 0x82]],
    ['a stray continuation byte', [0x80]],
  ])('refuses %s', (_, seq) => {
    expect(bytes(new Uint8Array([...utf8('id: x'), ...seq]))[0]).toMatch(/^evil\.yaml:1:6: invalid UTF-8/);
  });

  it('accepts and strips a byte-order mark', () => {
    const r = parseScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(MINIMAL)]), 'bom.yaml');
    expect(r.ok && r.loaded.scenario.id).toBe('tiny');
  });

  it('refuses NUL bytes and other control characters, with positions', () => {
    expect(text(`${MINIMAL}summary: a\u0000b\n`)).toEqual([
      'evil.yaml:4:11: NUL byte (U+0000) in the file; is it a binary file? Scenario files are plain text',
    ]);
    expect(text(`${MINIMAL}summary: bell\u0007\n`)).toEqual([
      'evil.yaml:4:14: control character U+0007 is not allowed in a scenario file',
    ]);
  });

  it('lists a binary file briefly instead of thousands of lines', () => {
    expect(text('\u0000'.repeat(5000)).length).toBe(21);
  });

  it('accepts Windows line ends from bytes', () => {
    const r = parseScenarioBytes(utf8(MINIMAL.replace(/\n/g, '\r\n')), 'crlf.yaml');
    expect(r.ok && r.loaded.scenario.turns).toBe(10);
  });
});

describe('long and strange text', () => {
  it('refuses 10,000-character names over the field limit', () => {
    const long = 'x'.repeat(10_000);
    expect(text(`id: tiny\ntitle: ${long}\nturns: 10\nsummary: ${long}\n`)).toEqual([
      'evil.yaml:2:8: title: too long: 10000 characters (at most 120)',
      'evil.yaml:4:10: summary: too long: 10000 characters (at most 200)',
    ]);
    expect(text(`id: ${'a'.repeat(10_000)}\ntitle: T\nturns: 10\n`)[0]).toMatch(
      /^evil\.yaml:1:5: id: too long: 10000 characters \(at most 64\)/,
    );
  });

  it('keeps HTML and javascript: URLs as literal text, never interpreting them', () => {
    const html = '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">click</a>';
    const loaded = loadOk(`${MINIMAL}summary: '${html}'\nbriefing: "javascript:alert(3)"\n`);
    expect(loaded.meta.summary).toBe(html);
    expect(loaded.meta.briefing).toBe('javascript:alert(3)');
  });

  it('refuses a file type it does not know', () => {
    expect(text(MINIMAL, 'scenario.exe')).toEqual([
      'scenario.exe:1:1: unsupported file type; a scenario file ends in .yaml, .yml or .json',
    ]);
  });
});
