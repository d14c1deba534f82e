/**
 * The version of the rules. A classroom run records it, and a run is only re-simulated by an engine of the same
 * version: a different engine may turn the same decisions into a different game.
 *
 * Bump it whenever tests/engine/golden.json changes for its test scenarios ("plain" and "eventful"), i.e. whenever
 * the same scenario, seed and decisions no longer give the same game. tests/replay/engine-version.test.ts fails
 * until the bump is recorded there.
 */
export const ENGINE_VERSION = 2;
