/**
 * What the end screen and the debrief share as screens: both show the game just finished (with none, as after
 * the game was deleted in another tab, the title instead) and both open with its seed and length.
 */
import { goTo, store, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import { staticView, type View } from '../view.ts';

/** The screen `render` draws for the finished game, or an empty one on the way to the title. */
export function finishedGameScreen(render: (game: Game) => HTMLElement): View {
  const game = store.getState().game;
  if (!game) {
    queueMicrotask(() => goTo('title'));
    return staticView(h('section'));
  }
  return staticView(render(game));
}

/** "Seed abc · 12 weeks played". */
export function seedLine(game: Game, words: TurnWords): HTMLElement {
  return h('p', { className: 'hint' }, `Seed ${game.seed} \u00b7 ${words.count(game.state.turn)} played`);
}
