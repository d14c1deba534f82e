/**
 * The generated files and the authoring guide stay true: schema.json and the README reference match the zod
 * schema, the guide's example is the fixture and validates, and the tutorial's steps add up to that example.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTS, BOT_NAMES, playBot } from '../../src/bots/index.ts';
import { createInitialState } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema.ts';
import { SCENARIOS_DIR } from '../../src/scenario/node.ts';
import { REFERENCE_END, REFERENCE_START, renderReference } from '../../src/scenario/reference.ts';
import { fixtureText, loadOk } from './helpers.ts';

const STALE = 'is stale: run `npm run schema` and commit the result';
const readme = readFileSync(resolve(SCENARIOS_DIR, 'README.md'), 'utf8');

function between(text: string, start: string, end: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  expect(a, `missing ${start}`).toBeGreaterThanOrEqual(0);
  return text.slice(a + start.length, b);
}

/** Every field name in the JSON Schema, at any depth. */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => fieldNames(s, out));
  else if (typeof schema === 'object' && schema !== null) {
    const s = schema as Record<string, unknown>;
    if (typeof s.properties === 'object' && s.properties !== null) {
      for (const [name, sub] of Object.entries(s.properties)) {
        out.add(name);
        fieldNames(sub, out);
      }
    }
    for (const key of ['items', 'anyOf']) if (s[key]) fieldNames(s[key], out);
  }
  return out;
}

describe('generated files', () => {
  it('scenarios/schema.json matches the zod schema', () => {
    const committed = readFileSync(resolve(SCENARIOS_DIR, 'schema.json'), 'utf8');
    expect(committed === scenarioJsonSchemaText(), `scenarios/schema.json ${STALE}`).toBe(true);
  });

  it('the README reference matches the zod schema', () => {
    const block = between(readme, REFERENCE_START, REFERENCE_END).trim();
    expect(block === renderReference(), `the reference in scenarios/README.md ${STALE}`).toBe(true);
  });

  it('documents every field of the schema in the README, each with a description tooltip', () => {
    const names = [...fieldNames(scenarioJsonSchema())];
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !readme.includes(`| \`${n}\` |`))).toEqual([]);
    const undocumented = renderReference()
      .split('\n')
      .filter((l) => l.startsWith('| `') && l.trimEnd().endsWith('|  |'));
    expect(undocumented).toEqual([]);
  });
});

describe('the authoring guide', () => {
  const fixture = fixtureText('guide-example.yaml');
  const fullExample = between(
    readme,
    '<!-- guide-example:start -->\n```yaml\n',
    '```\n<!-- guide-example:end -->',
  );

  it('shows the example file that the tests validate', () => {
    const dropModeline = (t: string): string => t.split('\n').slice(1).join('\n');
    expect(dropModeline(fullExample)).toBe(dropModeline(fixture));
    expect(loadOk(fullExample, 'first-big-customer.yaml').scenario.id).toBe('first-big-customer');
  });

  it('builds the same scenario step by step as the complete file', () => {
    const tutorial = readme.slice(
      readme.indexOf('## Ten-minute tutorial'),
      readme.indexOf('<!-- guide-example:start -->'),
    );
    const snippets = [...tutorial.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    const stepOne = loadOk(snippets[0]!, 'step-one.yaml');
    expect(stepOne.scenario.turns).toBe(26);
    const assembled = loadOk(snippets.join(''), 'assembled.yaml');
    expect(assembled.hash).toBe(loadOk(fixture, 'guide-example.yaml').hash);
  });

  it('mentions the commands to validate and to play a scenario', () => {
    expect(readme).toContain('npx tradeoffs validate my.yaml');
    expect(readme).toContain('npx tradeoffs play --scenario my.yaml --seed 1 --bot steady --json');
  });

  it('shows its lesson to the bots: the shortcut breaks for the bot that rushes, never for the one that declines', () => {
    const { scenario } = loadOk(fixture, 'guide-example.yaml');
    for (const e of scenario.events)
      for (const o of e.options) expect(o.stance, `${e.id}.${o.id} has a stance`).toBeDefined();
    const breaks = (name: (typeof BOT_NAMES)[number]): number =>
      Array.from({ length: 30 }, (_, i) => `guide-${i}`).filter((seed) =>
        playBot(scenario, seed, BOTS[name], { keepEvents: true })
          .events.flat()
          .some((e) => e.kind === 'scenario' && e.id === 'shortcut-breaks' && e.option === 'patch'),
      ).length;
    expect(breaks('move-fast')).toBeGreaterThanOrEqual(5);
    expect(breaks('steady')).toBe(0);
  });

  it("plays the guide's scenario to the end in the engine", () => {
    const { scenario } = loadOk(fixture, 'guide-example.yaml');
    let state = createInitialState(scenario, '1');
    while (state.status === 'playing') {
      const result = step(state, [], scenario);
      if (!result.ok) expect.fail(result.rejection.reason);
      state = result.state;
    }
    expect(state.turn).toBeGreaterThan(0);
    expect(state.turn).toBeLessThanOrEqual(26);
  });
});
