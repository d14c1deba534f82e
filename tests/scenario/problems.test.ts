/** Problems name the field, say what is wrong, point at the right line:col, and come all at once. */
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioText } from '../../src/scenario/index.ts';
import { lines, loadOk, MINIMAL, problemsOf } from './helpers.ts';

const event = (options: string): string => `${MINIMAL}events:
  - id: e0
    title: E
    text: T
    domain: risk
    chance: 0.1
    options:
${options}`;

describe('messages', () => {
  it('name the field path, e.g. events[2].options[0].outcomes', () => {
    const events = [0, 1, 2]
      .map(
        (i) => `  - id: e${i}
    title: E
    text: T
    domain: risk
    chance: 0.1
    options:
      - id: o
        label: O
        outcomes:
          - { id: a, chance: 0.5 }
          - { id: b, chance: ${i === 2 ? 0.4 : 0.5} }`,
      )
      .join('\n');
    expect(lines(`${MINIMAL}events:\n${events}\n`, 'three.yaml')).toEqual([
      'three.yaml:35:9: events[2].options[0].outcomes: chances must add up to 1 (they add up to 0.9)',
    ]);
  });

  it('say a required field is missing, at its parent', () => {
    expect(lines('id: tiny\ntitle: Tiny\n')).toEqual([
      'test.yaml:1:1: turns: missing (this field is required)',
    ]);
    const noLabel = event('      - id: go\n        text: Gone.\n');
    expect(lines(noLabel)).toEqual([
      'test.yaml:11:9: events[0].options[0].label: missing (this field is required)',
    ]);
  });

  it('suggest the field meant for a misspelt one, at the misspelt key', () => {
    expect(lines(`${MINIMAL}initial:\n  morale: 0.5\n  cahs: 100\n`)).toEqual([
      'test.yaml:6:3: initial.cahs: unknown field "cahs" (did you mean cash?)',
    ]);
  });

  it('never coerce a quoted number, and say to remove the quotes', () => {
    expect(lines('id: tiny\ntitle: Tiny\nturns: "5"\n')).toEqual([
      'test.yaml:3:8: turns: expected a number, got the string "5" (remove the quotes)',
    ]);
    expect(lines(`${MINIMAL}scoring: { winEarly: "true" }\n`)).toEqual([
      'test.yaml:4:22: scoring.winEarly: expected true or false, got the string "true"',
    ]);
  });

  it('explain enum mistakes with the allowed values and the closest one', () => {
    expect(lines(`${MINIMAL}initial: { release: shipit }\n`)).toEqual([
      'test.yaml:4:21: initial.release: expected one of ship, gate, ab, canary, rollback, hold; got the string "shipit" (did you mean ship?)',
    ]);
  });

  it('explain a malformed condition and an unknown metric inside the text form', () => {
    const text = `${MINIMAL}debrief:\n  - text: A\n    when: "users at least 5"\n  - text: B\n    when: "userz >= 5"\n`;
    expect(lines(text)).toEqual([
      'test.yaml:6:11: debrief[0].when: a condition reads "metric op number", e.g. "users >= 1000" (ops: >= <= > < == !=)',
      'test.yaml:8:11: debrief[1].when: unknown metric "userz" (did you mean users?); the nearest: users, turn, burn, debt, board, slo; every metric is listed in scenarios/README.md (Metrics)',
    ]);
  });

  it('explain effects that mix up changes and modifiers', () => {
    const text = event(`      - id: go
        label: Go
        effects:
          - { target: cash, add: 5, set: 3 }
          - { target: cash }
          - { modifier: churn, factor: 1.2 }
          - { modifier: churn, factor: 1.2, turns: 2, add: 1 }
`);
    expect(lines(text).map((l) => l.replace(/^test\.yaml:\d+:\d+: events\[0\]\.options\[0\]\./, ''))).toEqual(
      [
        'effects[0]: give exactly one of add, multiply or set (found add and set)',
        'effects[1]: say how cash changes: add, multiply or set',
        'effects[2].turns: missing (a modifier effect needs factor and turns)',
        'effects[3].add: a modifier effect takes factor, turns and stacking, not add',
      ],
    );
  });

  it('refuse outcomes mixed with the option shorthand', () => {
    const text = event(`      - id: go
        label: Go
        text: Gone.
        outcomes: [{ id: a, chance: 1 }]
`);
    expect(lines(text)).toEqual([
      'test.yaml:13:15: events[0].options[0].text: use either outcomes or the shorthand text/effects/followUp on the option, not both',
    ]);
  });

  it('tell a comma inside { … } split the text', () => {
    const text = `${MINIMAL}objectives:\n  - { id: u, label: Reach 1,000 users, domain: risk, metric: users, op: '>=', target: 1 }\n`;
    expect(lines(text)).toEqual([
      'test.yaml:5:29: objectives[0].000 users: unknown field "000 users"; if a comma inside { … } split your text, put the text in quotes',
    ]);
  });

  it('tell a comma inside { … } split the text, also when the split-off part is one word', () => {
    const text = `${MINIMAL}events:\n  - id: e\n    title: E\n    text: T\n    domain: risk\n    factors:\n      - { metric: users, label: a bigger user base, really, per: 0.001 }\n    options: [{ id: ok, label: OK }]\n`;
    expect(lines(text)).toEqual([
      'test.yaml:10:53: events[0].factors[0].really: unknown field "really"; if a comma inside { … } split your text, put the text in quotes',
    ]);
  });

  it('cut very long values in messages', () => {
    const [message] = lines(`id: tiny\ntitle: Tiny\nturns: 10\nsummary: [${'x'.repeat(5000)}]\n`);
    expect(message!.length).toBeLessThan(200);
  });
});

describe('every problem at once', () => {
  it('reports shape and cross-reference problems together, sorted by position', () => {
    const problems = problemsOf(`id: BAD
title: T
turns: 700
levers: [team/hire, team/hire]
objectives:
  - { id: a, label: A, domain: debt, metric: debt, op: '<=', target: 1 }
  - { id: a, label: B, domain: debt, metric: debt, op: '<=', target: 2 }
`);
    expect(problems.map(formatProblem)).toEqual([
      'test.yaml:1:5: id: ids use lowercase letters, digits and dashes, and start with a letter or digit',
      'test.yaml:3:8: turns: must be at most 520 (got 700)',
      'test.yaml:4:21: levers[1]: "team/hire" is listed twice',
      'test.yaml:7:11: objectives[1].id: duplicate objective id "a" (also objectives[0])',
    ]);
  });
});

describe('every problem at once, across the stages of reading', () => {
  it('a duplicate key does not hide the problems of shape and meaning', () => {
    expect(
      lines('id: tiny\ntitle: Tiny\nturns: 0\ninitial:\n  users: 300\n  users: 301\n  morale: 2\n'),
    ).toEqual([
      'test.yaml:3:8: turns: must be at least 1 (got 0)',
      'test.yaml:6:3: duplicate key "users" (first defined at line 5:3)',
      'test.yaml:7:11: initial.morale: must be at most 1 (got 2)',
    ]);
  });

  it('a tab that indents a line nothing else depends on does not hide them either', () => {
    expect(lines('id: tiny\ntitle: Tiny\nturns: 0\ninitial:\n\tcash: 5\n')).toEqual([
      'test.yaml:3:8: turns: must be at least 1 (got 0)',
      'test.yaml:5:1: tab used for indentation; YAML indents with spaces only',
    ]);
  });

  it('tabs that leave the file unreadable are all that is reported', () => {
    expect(lines('id: tiny\ntitle: Tiny\nturns: 0\ninitial:\n  users: 3\n\tcash: 5\n')).toEqual([
      'test.yaml:6:1: tab used for indentation; YAML indents with spaces only',
    ]);
  });

  it('a refused value (an alias, a number that is not finite) is not also reported as missing', () => {
    expect(lines('id: tiny\ntitle: &t Tiny\nturns: .inf\nsummary: *t\ndifficulty: 9\n')).toEqual([
      'test.yaml:2:8: anchors (&name) are not allowed; write the value out',
      'test.yaml:3:8: turns: .inf is not a finite number; numbers must be finite',
      'test.yaml:4:10: aliases (*name) are not allowed; write the value out',
      'test.yaml:5:13: difficulty: must be at most 5 (got 9)',
    ]);
  });

  it('a syntax error leaves the sections it did not damage checked, unless it runs into those after it', () => {
    expect(lines('id: tiny\ntitle: Tiny\nturns: 0\nsummary: Note: this\n')).toEqual([
      'test.yaml:3:8: turns: must be at least 1 (got 0)',
      `test.yaml:4:10: put this text in quotes: it contains ": ", which YAML reads as the start of another field (write 'Note: this')`,
    ]);
    // Here the ": " makes the lines below part of the summary: nothing after it can be trusted.
    expect(lines('id: tiny\ntitle: Tiny\nsummary: Note: this\nturns: 0\n')).toEqual([
      `test.yaml:3:10: put this text in quotes: it contains ": ", which YAML reads as the start of another field (write 'Note: this')`,
    ]);
  });
});

describe('positions', () => {
  it('are 1-based line and column of the offending value', () => {
    const [p] = problemsOf('id: tiny\ntitle: Tiny\nturns: 10\ninitial:\n  morale: 3\n');
    expect(p).toMatchObject({ file: 'test.yaml', line: 5, col: 11 });
  });

  it('stay right in files with Windows line ends', () => {
    const crlf = 'id: tiny\r\ntitle: Tiny\r\nturns: 10\r\ninitial:\r\n  morale: 3\r\n';
    expect(lines(crlf)).toEqual(['test.yaml:5:11: initial.morale: must be at most 1 (got 3)']);
    expect(loadOk(MINIMAL.replace(/\n/g, '\r\n')).scenario.turns).toBe(10);
  });

  it('stay right after a byte-order mark', () => {
    expect(lines('\uFEFFid: tiny\ntitle: Tiny\nturns: 0\n')).toEqual([
      'test.yaml:3:8: turns: must be at least 1 (got 0)',
    ]);
  });

  it('point into JSON files too', () => {
    const json = '{\n  "id": "tiny",\n  "title": "Tiny",\n  "turns": 10,\n  "initial": { "users": -1 }\n}\n';
    expect(lines(json, 'x.json')).toEqual(['x.json:5:25: initial.users: must be at least 0 (got -1)']);
  });

  it('are always at least 1:1 and formatted as file:line:col: message', () => {
    const result = parseScenarioText('', 'empty.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)).toEqual([
        'empty.yaml:1:1: the file is empty; a scenario needs at least id, title and turns',
      ]);
  });
});
