/**
 * Between a game in the store and the body of its save: what a save records of a game, and whether a stored
 * save already records exactly this game (so resuming or re-rendering does not write a new save). Pure.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import { canonicalJson } from '../lib/hash.ts';
import { gameIdOf, type Game } from '../store/index.ts';
import { SAVE_FORMAT, SAVE_FORMAT_VERSION, type SaveBody, type Save } from './save-format.ts';
import { scenarioSourceOf } from './sources.ts';

export type UnsequencedBody = Omit<SaveBody, 'sequence'>;

export function saveBodyOf(game: Game, appVersion: string, clock: () => number): UnsequencedBody {
  return {
    format: SAVE_FORMAT,
    formatVersion: SAVE_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    appVersion,
    savedAt: clock(),
    game: gameIdOf(game),
    scenario: { id: game.loaded.scenario.id, hash: game.loaded.hash, source: scenarioSourceOf(game.loaded) },
    seed: game.seed,
    mode: game.mode,
    log: game.log.map((turn) => [...turn]),
    draft: [...game.draft],
    turn: game.log.length,
    competition: game.competition ?? null,
  };
}

/** The part of a save that decides which game it rebuilds (not when or by which app version it was written). */
function gameContent(save: UnsequencedBody | Save): string {
  return canonicalJson({
    engineVersion: save.engineVersion,
    game: save.game,
    scenario: save.scenario,
    seed: save.seed,
    mode: save.mode,
    log: save.log,
    draft: save.draft,
    competition: save.competition,
  });
}

export function recordsSameGame(a: UnsequencedBody | Save, b: UnsequencedBody | Save): boolean {
  return gameContent(a) === gameContent(b);
}
