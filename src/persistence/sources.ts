/**
 * Remembers the file text of custom (non-built-in) scenarios, keyed by the LoadedScenario object itself, so a
 * save of a game on a custom scenario can carry the file and resume without it. The UI calls
 * rememberScenarioSource when it loads a custom file; resume and import call it for the scenario they re-parse.
 * A WeakMap: it adds no field to the store and keeps nothing alive once a scenario is dropped.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import type { ScenarioSource } from './save-format.ts';

const sources = new WeakMap<LoadedScenario, ScenarioSource>();

export function rememberScenarioSource(loaded: LoadedScenario, source: ScenarioSource): void {
  sources.set(loaded, { fileName: source.fileName, text: source.text });
}

/** The custom scenario's file, or null for a scenario loaded from the built-in catalogue. */
export function scenarioSourceOf(loaded: LoadedScenario): ScenarioSource | null {
  return sources.get(loaded) ?? null;
}
