/**
 * The fixed games of the cross-engine golden replay: every bot × every seed × every scenario listed here.
 * Scenarios are resolved in Node (files parsed, defaults filled) and embedded into the bundle as plain JSON, so
 * the JS shells only run the engine. To cover a new scenario, add one entry to GOLDEN_SCENARIOS and run
 * `npm run golden:update` (review the diff it prints before committing tests/engine/golden.json).
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../../src/engine/index.ts';
import { formatProblem, parseScenarioText } from '../../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../../src/scenario/node.ts';
import { eventfulScenario, plainScenario } from '../../fixtures/scenarios.ts';

export interface GoldenScenario {
  /** Name printed in the first column (normally the scenario id). */
  name: string;
  load: () => Scenario;
}

export const GOLDEN_SCENARIOS: readonly GoldenScenario[] = [
  { name: 'plain', load: () => plainScenario(52) },
  { name: 'eventful', load: () => eventfulScenario(52) },
  // Every construct of scenario format 2 (parameter and architecture effects, outcome factors, anyOf, objectives
  // over time, serving differences, starting state), so their arithmetic is checked in every engine too.
  { name: 'format2', load: format2Golden },
  // Every built-in scenario, so a rule change that moves any shipped game shows up here.
  ...BUILT_IN_IDS.map((id) => ({ name: id, load: () => builtIn(id) })),
];

function format2Golden(): Scenario {
  const path = new URL('../../fixtures/format2-golden.yaml', import.meta.url);
  const r = parseScenarioText(readFileSync(path, 'utf8'), 'format2-golden.yaml');
  if (!r.ok)
    throw new Error(`format2-golden.yaml does not load: ${r.problems.map(formatProblem).join('; ')}`);
  return r.loaded.scenario;
}

function builtIn(id: string): Scenario {
  const r = loadBuiltIn(id);
  if (!r.ok)
    throw new Error(`built-in scenario ${id} does not load: ${r.problems.map(formatProblem).join('; ')}`);
  return r.loaded.scenario;
}

export const GOLDEN_SEEDS: readonly string[] = ['golden-1', 'golden-2', 'golden-3'];

/** What the bundle receives: resolved scenarios and seeds (bots are compiled in). */
export interface GoldenInput {
  scenarios: { name: string; scenario: Scenario }[];
  seeds: string[];
}

export function goldenInput(): GoldenInput {
  return {
    scenarios: GOLDEN_SCENARIOS.map((g) => ({ name: g.name, scenario: g.load() })),
    seeds: [...GOLDEN_SEEDS],
  };
}
