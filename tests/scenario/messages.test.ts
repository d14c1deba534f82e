/**
 * Messages an author acts on without the guide: an enumeration lists its values (or, for the long list of
 * metrics, the nearest ones), an unquoted `>` is explained as YAML's block marker, and a syntax error no longer
 * hides the problems of the parts of the file it leaves readable.
 */
import { describe, expect, it } from 'vitest';
import { lines, MINIMAL } from './helpers.ts';

const after = (extra: string): string[] => lines(`${MINIMAL}${extra}\n`);

const event = (effect: string): string =>
  `events:\n  - id: e\n    title: E\n    text: T\n    domain: risk\n    chance: 0.1\n    options:\n      - id: a\n        label: A\n        effects:\n          - ${effect}`;

describe('enumerations', () => {
  it('lists every allowed value of a short list', () => {
    const [line] = after(event('{ target: serving, add: 1 }'));
    expect(line).toMatch(
      /^test\.yaml:14:23: events\[0\]\.options\[0\]\.effects\[0\]\.target: expected one of cash, users, addressable, debt, /,
    );
    expect(line).toContain('got the string "serving"');
  });

  it('names the nearest metrics of the long list, and where all of them are', () => {
    const [line, more] = after(
      'objectives:\n  - { id: a, label: A, domain: risk, metric: userz, op: ">=", target: 1 }',
    );
    expect(more).toBeUndefined();
    expect(line).toMatch(
      /^test\.yaml:5:46: objectives\[0\]\.metric: the string "userz" is not a metric \(did you mean users\?\); the nearest: users, (\w+, ){4}\w+; every metric is listed in scenarios\/README\.md \(Metrics\)$/,
    );
  });

  it('names the nearest metrics in a condition written as text', () => {
    const [line] = after(`debrief:\n  - { text: T, when: 'usrs >= 5' }`);
    expect(line).toMatch(
      /^test\.yaml:5:22: debrief\[0\]\.when: unknown metric "usrs" \(did you mean users\?\); the nearest: users, (\w+, ){4}\w+; every metric is listed/,
    );
  });
});

describe('an unquoted ">" or "|" alone', () => {
  it("is YAML's block marker: the value is empty, so say to quote it", () => {
    expect(
      after(
        'objectives:\n  - id: a\n    label: A\n    domain: risk\n    metric: users\n    op: >\n    target: 5',
      ),
    ).toEqual([
      `test.yaml:9:9: put this value in quotes: '>' (unquoted, ">" alone begins a block of text in YAML, here an empty one, so op was read as "")`,
    ]);
  });
});

describe('a syntax error and the rest of the file', () => {
  it('also lists the problems of the fields the error leaves readable', () => {
    expect(lines(`id: tiny\ntitle: Tiny\nsummary: 'it's broken'\nturns: 10\ndifficulty: 9\n`)).toEqual([
      `test.yaml:3:13: the text in '…' ends at this ', so the rest of the line is left over; write an apostrophe inside '…' twice ('it''s broken'), or put the whole text in "…"`,
      'test.yaml:5:13: difficulty: must be at most 5 (got 9)',
    ]);
  });

  it('checks a section only once its own syntax error is fixed', () => {
    const text = `${MINIMAL}${event('{ target: debt, add: 1 }')}\n        text: 'Warning: it's on'\ntopics: risk\n`;
    const found = lines(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^test\.yaml:15:/);
    expect(found[1]).toBe('test.yaml:16:1: topics: unknown field "topics" (did you mean topic?)');
  });

  it('lists only the syntax error when it runs into the fields after it', () => {
    expect(lines(`id: tiny\ntitle: 'Tiny\nturns: 10\ndifficulty: 9\n`)).toHaveLength(1);
    expect(lines(`id: tiny\nsummary: Warning: it breaks\nturns: 10\ndifficulty: 9\n`)).toEqual([
      `test.yaml:2:10: put this text in quotes: it contains ": ", which YAML reads as the start of another field (write 'Warning: it breaks')`,
    ]);
  });
});
