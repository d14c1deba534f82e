/** Shared helpers for scenario tests: parse text and get either the loaded scenario or the problem lines. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  formatProblem,
  parseScenarioText,
  type LoadedScenario,
  type Problem,
} from '../../src/scenario/index.ts';

export const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** Parses and asserts success, showing the problems when it fails. */
export function loadOk(text: string, fileName = 'test.yaml'): LoadedScenario {
  const result = parseScenarioText(text, fileName);
  if (!result.ok)
    expect.fail(`expected a valid scenario, got:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.loaded;
}

/** Parses and asserts failure; returns the problems. */
export function problemsOf(text: string, fileName = 'test.yaml'): Problem[] {
  const result = parseScenarioText(text, fileName);
  if (result.ok) expect.fail('expected problems, but the scenario loaded');
  return result.problems;
}

/** Problems as `file:line:col: message` lines. */
export function lines(text: string, fileName = 'test.yaml'): string[] {
  return problemsOf(text, fileName).map(formatProblem);
}

export const MINIMAL = 'id: tiny\ntitle: Tiny\nturns: 10\n';
