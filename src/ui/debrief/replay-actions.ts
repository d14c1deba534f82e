/**
 * The ways on from the debrief: the same world again (same seed: the same market, incidents and events, so any
 * difference comes from the decisions), a new world of the same scenario, another scenario, print, the title.
 */
import { chooseScenario, goTo, startGame, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';

/** Starts a practice game of the same scenario with the same seed. */
export function playSameWorld(game: Game): () => void {
  return () => startGame(game.loaded, game.seed, 'practice');
}

function bigButton(title: string, sub: string, onclick: () => void, primary = false): HTMLElement {
  return h(
    'button',
    { type: 'button', className: primary ? 'primary again' : 'again', onclick },
    h('span', { className: 'again-title' }, title),
    h('span', { className: 'again-sub' }, sub),
  );
}

export function replayActions(game: Game): HTMLElement {
  return h(
    'div',
    { className: 'debrief-actions no-print' },
    bigButton(
      'Same world, another strategy',
      `Play again with the same seed (${game.seed}): the same market, incidents and events`,
      playSameWorld(game),
      true,
    ),
    bigButton('A new world', 'The same scenario with a new seed: different luck', () =>
      chooseScenario(game.loaded),
    ),
    h('button', { type: 'button', onclick: () => goTo('scenarios') }, 'Another scenario'),
    h('button', { type: 'button', onclick: () => window.print() }, 'Print'),
    h('button', { type: 'button', onclick: () => goTo('title') }, 'Title screen'),
  );
}
