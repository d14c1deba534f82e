/**
 * Fuzzing the loader: thousands of generated and mutated files (deleted, duplicated, swapped characters and
 * lines of a valid file; random text, bytes, JSON and scenario-shaped data). The loader never throws, never
 * fails internally, answers quickly, and every problem it reports has a real position in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScenarioBytes, parseScenarioText, type ParseResult } from '../../src/scenario/index.ts';
import { fixtureText } from './helpers.ts';

const VALID_YAML = fixtureText('guide-example.yaml');
const VALID_DATA = parse(VALID_YAML) as Record<string, unknown>;
const VALID_JSON = `${JSON.stringify(VALID_DATA, null, 2)}\n`;
const BUDGET_MS = 1000;

/** The loader's contract on any input; returns whether it loaded. */
function check(run: () => ParseResult, text: string, fileName: string): boolean {
  const started = performance.now();
  let result: ParseResult;
  try {
    result = run();
  } catch (e) {
    throw new Error(`the loader threw on ${JSON.stringify(text.slice(0, 200))}: ${String(e)}`, { cause: e });
  }
  expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  if (result.ok) {
    expect(result.loaded.hash).toMatch(/^[0-9a-f]{16}$/);
    return true;
  }
  const lineCount = text.split(/\r\n|\r|\n/).length;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe(fileName);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.message.length).toBeGreaterThan(0);
    // An internal error is turned into a problem; it must never happen.
    expect(p.message).not.toMatch(/^the file could not be read|nested too deeply to read/);
  }
  return false;
}

const checkText = (text: string, fileName: string): boolean =>
  check(() => parseScenarioText(text, fileName), text, fileName);

// ---------------------------------------------------------------- mutations of a valid file

const SPICY = [
  ':',
  '-',
  ' ',
  '  ',
  '\n',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '#',
  '%',
  '\t',
  '\0',
  '\r\n',
  '\uFEFF',
  '1e400',
  '__proto__',
  '.nan',
  '---\n',
  '- ',
  '?',
];

type Mutation = (text: string) => string;

const index = (text: string, at: number): number => (text.length === 0 ? 0 : at % text.length);
const charMutation = fc.oneof(
  fc.nat().map(
    (at): Mutation =>
      (t) =>
        t.slice(0, index(t, at)) + t.slice(index(t, at) + 1),
  ),
  fc.nat().map(
    (at): Mutation =>
      (t) =>
        t.slice(0, index(t, at) + 1) + t.slice(index(t, at)),
  ),
  fc.nat().map((at): Mutation => (t) => {
    const i = index(t, at);
    return t.slice(0, i) + t.charAt(i + 1) + t.charAt(i) + t.slice(i + 2);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...SPICY)).map(
    ([at, s]): Mutation =>
      (t) =>
        t.slice(0, index(t, at)) + s + t.slice(index(t, at)),
  ),
);

function onLines(f: (lines: string[], at: number) => string[]): (at: number) => Mutation {
  return (at) => (t) => {
    const lines = t.split('\n');
    return f(lines, at % lines.length).join('\n');
  };
}
const lineMutation = fc.oneof(
  fc.nat().map(onLines((l, i) => [...l.slice(0, i), ...l.slice(i + 1)])),
  fc.nat().map(onLines((l, i) => [...l.slice(0, i + 1), ...l.slice(i)])),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    const l = t.split('\n');
    const i = a % l.length;
    const j = b % l.length;
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('\n');
  }),
);

const mutated = (base: string): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(charMutation, lineMutation), { minLength: 1, maxLength: 6 })
    .map((ms) => ms.reduce((t, m) => m(t), base));

// ---------------------------------------------------------------- scenario-shaped data with wrong parts

const anyValue = fc.oneof(
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom('users >= 10', 'morale > 1', 'debt < 0', 'x', '', 'week', 'team/hire', 'cash'),
  fc.constant(null),
);
const shaped = fc.record(
  {
    formatVersion: fc.oneof(fc.constant(1), fc.constant(0), anyValue),
    id: fc.oneof(fc.constant('fuzz'), anyValue),
    title: fc.oneof(fc.constant('Fuzz'), anyValue),
    turns: fc.oneof(fc.constant(10), anyValue),
    length: anyValue,
    turnLength: fc.oneof(fc.constantFrom('week', 'sprint', 'month'), anyValue),
    initial: fc.dictionary(
      fc.constantFrom('cash', 'cashCents', 'users', 'team', 'allocation', 'morale', 'x'),
      anyValue,
    ),
    levers: fc.array(anyValue, { maxLength: 4 }),
    events: fc
      .constant(VALID_DATA.events)
      .chain((events) =>
        fc.oneof(
          fc.constant(events),
          fc.array(
            fc.dictionary(
              fc.constantFrom('id', 'title', 'text', 'domain', 'options', 'when', 'chance'),
              anyValue,
            ),
            { maxLength: 3 },
          ),
        ),
      ),
    objectives: fc.oneof(fc.constant(VALID_DATA.objectives), fc.array(anyValue, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

describe('the loader under fuzzing', () => {
  it('survives 1,000 mutations of a valid YAML file', () => {
    let loaded = 0;
    fc.assert(
      fc.property(mutated(VALID_YAML), (text) => {
        if (checkText(text, 'fuzz.yaml')) loaded++;
      }),
      { numRuns: 1000 },
    );
    // Some mutations are harmless (a duplicated space, a swapped comment letter): the loader still loads them.
    expect(loaded).toBeGreaterThan(0);
  });

  it('points an unclosed quote at the quote, wherever it is opened', () => {
    // The guide's file has no double quote, so one opened before any value is never closed.
    const rows = VALID_YAML.split('\n');
    let tried = 0;
    rows.forEach((row, i) => {
      const value = /^(\s*(?:- )?[A-Za-z]+: )(?=[^\s'[{|>#])/.exec(row);
      if (!value) return;
      tried++;
      const key = value[1]!;
      const broken = [...rows.slice(0, i), `${key}"${row.slice(key.length)}`, ...rows.slice(i + 1)];
      const result = parseScenarioText(broken.join('\n'), 'q.yaml');
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems.map((p) => `${p.line}:${p.col}`)).toEqual([`${i + 1}:${key.length + 1}`]);
    });
    expect(tried).toBeGreaterThan(40);
  });

  it('survives 400 mutations of a valid JSON file', () => {
    fc.assert(
      fc.property(mutated(VALID_JSON), (text) => {
        checkText(text, 'fuzz.json');
      }),
      { numRuns: 400 },
    );
  });

  it('survives 300 random texts and 200 random byte strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('r.yaml', 'r.json'),
        (text, name) => {
          checkText(text, name);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        check(() => parseScenarioBytes(bytes, 'b.yaml'), new TextDecoder().decode(bytes), 'b.yaml');
      }),
      { numRuns: 200 },
    );
  });

  it('survives 400 scenario-shaped files with wrong parts, as YAML and as JSON', () => {
    fc.assert(
      fc.property(shaped, (data) => {
        checkText(stringify(data), 'shaped.yaml');
        checkText(JSON.stringify(data), 'shaped.json');
      }),
      { numRuns: 400 },
    );
  });
});
