/**
 * The parameters in force in a game now: the scenario's, with what its cards have changed since (format 2's
 * parameter effects: a price tripled, a market grown). Every figure the screen shows from a parameter reads this,
 * so a card that raises the recruiting fee raises the fee shown beside Hire. Pure.
 */
import type { Params } from '../engine/index.ts';
import { paramsOf } from '../engine/index.ts';
import type { Game } from '../store/index.ts';

export function liveParams(game: Pick<Game, 'state' | 'loaded'>): Params {
  return paramsOf(game.state, game.loaded.scenario);
}
