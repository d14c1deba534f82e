/**
 * Which game a game is, across tabs, reloads and save files: a practice game gets a fresh id when it starts
 * (two games of the same scenario and seed are still two games); a competition game, played once per browser,
 * and a game from a save written before ids existed get one derived from what they are. Saves store it
 * (persistence/save-format.ts), so one tab's game never overwrites another's.
 */
import { canonicalJson, hashString } from '../lib/hash.ts';
import type { Game, Mode } from './store.ts';

/** The id of a game that has none of its own, from its scenario, seed, mode and competition. */
export function derivedGameId(
  scenarioId: string,
  scenarioHash: string,
  seed: string,
  mode: Mode,
  competitionId: string | null,
): string {
  return `g-${hashString(canonicalJson({ scenarioId, scenarioHash, seed, mode, competitionId }))}`;
}

/** A fresh id for a game just started (the UI's randomness and clock, never the engine's). */
export function newGameId(): string {
  const time = Date.now().toString(36);
  const random = Math.floor(Math.random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
  return `g-${time}-${random}`;
}

export function gameIdOf(game: Game): string {
  return (
    game.id ??
    derivedGameId(
      game.loaded.scenario.id,
      game.loaded.hash,
      game.seed,
      game.mode,
      game.competition?.competition.id ?? null,
    )
  );
}
