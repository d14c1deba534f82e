/** Title screen: new game, continue, settings. */
import { competitionOver, competitionScreen, goTo, timeOut } from '../../store/index.ts';
import { store } from '../../store/index.ts';
import { bdi, h } from '../dom.ts';
import { openSettings } from '../settings.ts';
import { classroomSection } from '../competition/title-section.ts';
import { logo } from '../logo.ts';
import { importFromFile } from '../services.ts';
import { notify } from '../../store/index.ts';
import type { View } from '../view.ts';
import { newGame, savedGamesSection, whereGameIs } from './title-games.ts';

/** "Load a saved game": a file input behind a button, reporting why a file could not be loaded. */
function loadSaveButton(): HTMLElement {
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    className: 'visually-hidden',
    id: 'load-save-input',
    tabindex: '-1',
    // The visible "Load a saved game" button opens it; hide the input itself from assistive technology.
    'aria-hidden': 'true',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void importFromFile(file).then((problem) => problem && notify({ tone: 'error', text: problem }));
  });
  return h(
    'span',
    {},
    input,
    h('button', { type: 'button', id: 'load-save', onclick: () => input.click() }, 'Load a saved game'),
  );
}

export function titleScreen(): View {
  const game = store.getState().game;
  const cont = game
    ? h(
        'button',
        {
          className: 'primary',
          type: 'button',
          onclick: () =>
            game.competition
              ? competitionOver(game) && !game.run && !game.checkpoint
                ? timeOut()
                : goTo(competitionScreen(game))
              : goTo(game.state.status === 'playing' ? 'play' : 'debrief'),
        },
        // A finished game is not continued: its results are shown.
        game.state.status === 'playing' ? 'Continue: ' : 'Results: ',
        bdi(game.loaded.scenario.title),
        game.state.status === 'playing' ? ` (${whereGameIs(game)})` : '',
      )
    : null;
  const el = h(
    'section',
    { className: 'screen title-screen', 'aria-labelledby': 'title-heading' },
    logo(),
    h('h1', { id: 'title-heading', tabindex: '-1' }, 'Tradeoffs'),
    h('p', { className: 'tagline' }, 'Lead an AI startup from prototype to platform, one week at a time.'),
    h(
      'div',
      { className: 'title-actions' },
      cont,
      h(
        'button',
        { className: cont ? '' : 'primary', type: 'button', id: 'new-game', onclick: () => newGame() },
        'New game',
      ),
      loadSaveButton(),
      h('button', { type: 'button', onclick: () => openSettings() }, 'Settings'),
      h('button', { type: 'button', onclick: () => goTo('balance') }, 'Balance report'),
    ),
    savedGamesSection(),
    classroomSection(),
    h(
      'p',
      { className: 'title-note' },
      'Every decision trades something for something else. The game shows odds, never certainties, and the debrief explains why things happened.',
    ),
  );
  return { el, destroy: () => undefined };
}
