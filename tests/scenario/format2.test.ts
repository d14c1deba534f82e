/**
 * Format 2 in the validator: each new construct loads, and each way of getting it wrong is one line at the
 * place to fix, as `file:line:col: message`.
 */
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { lines, loadOk } from './helpers.ts';

const HEAD = 'formatVersion: 2\nid: f2\ntitle: Format two\nturns: 12\n';

/** An event whose one option has these effects; the first effect is on line 14. */
const withEffects = (...effects: string[]): string =>
  `${HEAD}events:
  - id: e
    title: E
    text: T
    domain: risk
    chance: 0.1
    options:
      - id: a
        label: A
        text: Done.
        effects:
${effects.map((e) => `          - ${e}`).join('\n')}
`;

describe('effects', () => {
  it('load in every form', () => {
    const { scenario } = loadOk(
      withEffects(
        '{ target: debt, add: 5 }',
        '{ modifier: hostedApiPrice, factor: 3, turns: 8, stacking: replace }',
        '{ parameter: money.inferencePerKReq.hosted-api, multiply: 3 }',
        '{ parameter: money.arpu, set: 2.5 }',
        '{ migrate: serving, to: self-hosted }',
        '{ switch: hosting, to: dedicated }',
      ),
    );
    expect(scenario.events[0]!.options[0]!.outcomes[0]!.effects).toEqual([
      { kind: 'change', target: 'debt', op: 'add', value: 5 },
      { kind: 'modifier', target: 'hostedApiPrice', factor: 3, turns: 8, replace: true },
      {
        kind: 'parameter',
        path: ['money', 'inferencePerKReqCents', 'hosted-api'],
        op: 'multiply',
        value: 3,
        min: 0,
        max: 1e11,
        whole: false,
      },
      {
        kind: 'parameter',
        path: ['money', 'arpuCents'],
        op: 'set',
        value: 250,
        min: 0,
        max: 1e11,
        whole: false,
      },
      { kind: 'architecture', axis: 'serving', target: 'self-hosted', now: false },
      { kind: 'architecture', axis: 'hosting', target: 'dedicated', now: true },
    ]);
  });

  it('say what is wrong with each form, at the field', () => {
    expect(
      lines(
        withEffects(
          '{ target: debt, add: 5, turns: 2 }',
          '{ modifier: churn, factor: 2 }',
          '{ modifier: churn, factor: 2, turns: 2, add: 1 }',
          '{ parameter: money.arpuu, add: 1 }',
          '{ parameter: team.rampWeeks, set: 200 }',
          '{ migrate: serving }',
          '{ switch: serving, to: gpu }',
          '{ modifier: churn, factor: 2, turns: 2, stacking: add }',
          '{ factor: 2 }',
        ),
      ),
    ).toEqual([
      'test.yaml:16:44: events[0].options[0].effects[0].turns: this effect changes its target with add, multiply or set, not turns',
      'test.yaml:17:13: events[0].options[0].effects[1].turns: missing (a modifier effect needs factor and turns)',
      'test.yaml:18:58: events[0].options[0].effects[2].add: a modifier effect takes factor, turns and stacking, not add',
      'test.yaml:19:26: events[0].options[0].effects[3].parameter: the string "money.arpuu" is not a parameter (did you mean money.arpu?); the nearest: money.arpu, money.salary.ml, money.hireCost, money.raiseMin, money.dilution, money.salary.sre; every parameter is listed in scenarios/README.md (the tables under `parameters`)',
      'test.yaml:20:47: events[0].options[0].effects[4].set: parameters.team.rampWeeks goes from 1 to 104; set 200 is outside that',
      'test.yaml:21:13: events[0].options[0].effects[5].to: missing: the serving to migrate to (hosted-api, self-hosted, fine-tuned)',
      'test.yaml:22:36: events[0].options[0].effects[6].to: serving is one of hosted-api, self-hosted, fine-tuned; got "gpu"',
      'test.yaml:23:63: events[0].options[0].effects[7].stacking: expected one of multiply, replace; got the string "add"',
      'test.yaml:24:13: events[0].options[0].effects[8]: an effect needs target (with add, multiply or set), modifier (with factor and turns), parameter (with add, multiply or set), or migrate/switch (with to)',
    ]);
  });
});

describe('conditions', () => {
  const card = (when: string): string =>
    `${HEAD}events:\n  - id: e\n    title: E\n    text: T\n    domain: risk\n    chance: 0.1\n    when: ${when}\n    options:\n      - { id: a, label: A, text: Done. }\n`;

  it('anyOf loads into its own group', () => {
    const { scenario } = loadOk(card(`['users >= 10', { anyOf: ['selfHosted == 1', 'fineTuned == 1'] }]`));
    expect(scenario.events[0]!.when).toEqual([{ metric: 'users', op: '>=', value: 10 }]);
    expect(scenario.events[0]!.whenAny).toEqual([
      [
        { metric: 'selfHosted', op: '==', value: 1 },
        { metric: 'fineTuned', op: '==', value: 1 },
      ],
    ]);
  });

  it('refuses an anyOf with one condition, an unknown metric in it, or none that can ever hold', () => {
    expect(lines(card(`[{ anyOf: ['users >= 10'] }]`))).toEqual([
      'test.yaml:11:14: events[0].when[0].anyOf: needs at least 2 entries',
    ]);
    expect(lines(card(`[{ anyOf: ['users >= 10', 'userz >= 3'] }]`))[0]).toMatch(
      /^test\.yaml:11:37: events\[0\]\.when\[0\]\.anyOf\[1\]: unknown metric "userz" \(did you mean users\?\)/,
    );
    expect(lines(card(`[{ anyOf: ['morale > 1', 'fineTuned == 2'] }]`))).toEqual([
      'test.yaml:11:14: events[0].when[0].anyOf: none of the anyOf conditions can ever hold ("morale > 1" can never hold: morale is always between 0 and 1; "fineTuned == 2" can never hold: fineTuned is always between 0 and 1), so this event never fires',
    ]);
  });

  it('outcome factors load; a shorthand option has none', () => {
    const outcomes = `${HEAD}events:
  - id: e
    title: E
    text: T
    domain: risk
    chance: 0.1
    options:
      - id: a
        label: A
        outcomes:
          - id: ok
            chance: 0.5
            factors: [{ metric: observability, label: good logs, per: 1, from: 0.2, max: 0.3 }]
          - { id: bad, chance: 0.5 }
      - { id: b, label: B, text: Done., factors: [] }
`;
    expect(lines(outcomes)).toEqual([
      'test.yaml:19:41: events[0].options[1].factors: unknown field "factors"',
    ]);
    const { scenario } = loadOk(outcomes.replace(', factors: [] }', ' }'));
    expect(scenario.events[0]!.options[0]!.outcomes[0]!.factors).toEqual([
      { metric: 'observability', label: 'good logs', per: 1, from: 0.2, max: 0.3 },
    ]);
  });

  it('reports a follow-up whose own turn conditions never hold when it comes due', () => {
    const text = `${HEAD}events:
  - id: first
    title: First
    text: T
    domain: risk
    chance: 1
    when: ['turn == 2']
    options:
      - { id: a, label: A, text: Done., followUp: { event: later, inTurns: 4 } }
  - id: later
    title: Later
    text: T
    domain: risk
    followUpOnly: true
    when: ['turn <= 5']
    options:
      - { id: a, label: A, text: Done. }
`;
    expect(lines(text)).toEqual([
      'test.yaml:13:60: events[0].options[0].followUp.event: "later" comes due in turn 7, but its own turn conditions allow only turns 1–5: a follow-up whose conditions fail when it comes due is dropped, so it never fires; change inTurns or its when',
    ]);
    expect(() => loadOk(text.replace("'turn <= 5'", "'turn <= 7'"))).not.toThrow();
  });
});

describe('objectives over time', () => {
  const objective = (extra: string): string =>
    `${HEAD}objectives:\n  - { id: o, label: O, domain: risk, metric: slo, op: '>=', target: 0.9${extra} }\n`;

  it('load with their window', () => {
    expect(loadOk(objective(', measure: average, from: 3')).scenario.objectives[0]!.over).toEqual({
      measure: 'average',
      from: 3,
      to: 12,
      by: false,
    });
    expect(loadOk(objective(', by: 6')).scenario.objectives[0]!.over).toEqual({
      measure: 'max',
      from: 1,
      to: 6,
      by: true,
    });
  });

  it('refuses a window that is not one', () => {
    expect(lines(objective(', by: 6, measure: min'))).toEqual([
      'test.yaml:6:90: objectives[0].measure: by is a window of its own (turns 1 to 6); leave measure out',
    ]);
    expect(lines(objective(', from: 3'))).toEqual([
      'test.yaml:6:80: objectives[0].from: from is the window of a measure over time: add measure: average, min or max',
    ]);
    expect(lines(objective(', measure: min, from: 8, to: 4'))).toEqual([
      'test.yaml:6:101: objectives[0].to: the window ends (turn 4) before it starts (turn 8)',
    ]);
    expect(lines(objective(', measure: min, to: 20'))).toEqual([
      'test.yaml:6:92: objectives[0].to: the game has 12 turns, so a window ending at turn 20 never ends; use at most 12',
    ]);
  });
});

describe('starting state and serving', () => {
  it('load, and a wrong phase or role is named', () => {
    const ok = loadOk(`${HEAD}initial:\n  phase: scaling\n  onboarding: { engineer: 2 }\n  ownership: 0.8\n`);
    expect(ok.scenario.initial).toMatchObject({
      phase: 'scaling',
      onboarding: { engineer: 2 },
      ownership: 0.8,
    });
    expect(lines(`${HEAD}initial:\n  phase: growth\n  onboarding: { designer: 1 }\n`)).toEqual([
      'test.yaml:6:10: initial.phase: expected one of iteration, scaling, maintenance; got the string "growth"',
      'test.yaml:7:17: initial.onboarding.designer: unknown field "designer"',
    ]);
  });

  it('serving differences merge with the defaults', () => {
    const { scenario } = loadOk(`${HEAD}parameters:\n  serving:\n    quality: { fine-tuned: -0.08 }\n`);
    expect(scenario.params.serving).toEqual({
      latencyMs: { 'hosted-api': 250, 'self-hosted': 150, 'fine-tuned': 60 },
      quality: { 'hosted-api': 0, 'self-hosted': 0, 'fine-tuned': -0.08 },
      qualityCeiling: { 'hosted-api': 0.95, 'self-hosted': 0.92, 'fine-tuned': 0.8 },
    });
    expect(loadOk(HEAD).scenario.params.serving).toBeUndefined();
  });
});

describe('the JSON Schema editors read', () => {
  type Node = Record<string, unknown>;
  const schema = scenarioJsonSchema() as Node;
  /** Down the properties, through lists, to the schema of the field at `keys`. */
  const at = (node: Node, ...keys: string[]): Node =>
    keys.reduce((n, k) => {
      let inner = n;
      while (inner.type === 'array') inner = inner.items as Node;
      return (inner.properties as Node)[k] as Node;
    }, node);
  const effect = at(schema, 'events', 'options', 'outcomes', 'effects').items as Node;

  /** The schema keywords the effect forms use: required, not.anyOf of required, oneOf. */
  function matches(s: Node, value: Node): boolean {
    if (Array.isArray(s.required) && !s.required.every((k: string) => k in value)) return false;
    const not = s.not as Node | undefined;
    if (not && (not.anyOf as Node[]).some((n) => matches(n, value))) return false;
    if (Array.isArray(s.oneOf)) return (s.oneOf as Node[]).filter((n) => matches(n, value)).length === 1;
    return true;
  }

  it('holds the effect forms: a change, a modifier with factor and turns, a parameter, an architecture change', () => {
    expect(matches(effect, { target: 'debt', add: 1 })).toBe(true);
    expect(matches(effect, { modifier: 'churn', factor: 2, turns: 3 })).toBe(true);
    expect(matches(effect, { parameter: 'money.arpu', set: 2 })).toBe(true);
    expect(matches(effect, { switch: 'serving', to: 'fine-tuned' })).toBe(true);
    expect(matches(effect, { modifier: 'churn', factor: 2, turns: 3, add: 1 })).toBe(false);
    expect(matches(effect, { modifier: 'churn', factor: 2 })).toBe(false);
    expect(matches(effect, { target: 'debt', add: 1, set: 2 })).toBe(false);
  });

  it('names the metrics inside a condition written as text', () => {
    const when = at(schema, 'events', 'when').items as Node;
    const text = (when.anyOf as Node[]).find((b) => b.type === 'string')!;
    const pattern = new RegExp(text.pattern as string);
    expect(pattern.test('users >= 1000')).toBe(true);
    expect(pattern.test('inferenceCost > 5000')).toBe(true);
    expect(pattern.test('userz >= 1000')).toBe(false);
    // Completions as you type a condition: one per metric, with its meaning.
    const snippets = text.defaultSnippets as { label: string; description: string; body: string }[];
    expect(snippets.map((x) => x.label)).toContain('inferenceCost >= …');
    expect(snippets.find((x) => x.label === 'users >= …')).toEqual({
      label: 'users >= …',
      description: 'Active users.',
      body: 'users >= ${1:0}',
    });
  });
});
