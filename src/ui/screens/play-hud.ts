/** The play screen's top bar: the scenario, the turn, the phase, the competition's timer and the game menu. */
import { quitGame, rewind, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { turnWords } from '../format.ts';
import { openSettings } from '../settings.ts';
import { keysOf, openShortcuts } from '../shortcuts.ts';
import { download, saveServices } from '../services.ts';

function exportGame(): void {
  const file = saveServices().exportSave();
  if (file) download(file.fileName, file.text);
}

const PHASE_LABEL = { iteration: 'Fast iteration', scaling: 'Scaling', maintenance: 'Maintenance' } as const;

export function hud(game: Game, timer: HTMLElement | null): HTMLElement[] {
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const practice = game.mode === 'practice';
  return [
    h('h1', { id: 'play-heading', tabindex: '-1' }, sc.title),
    h('span', { className: 'turn-counter' }, words.of(words.planning(game.state.turn))),
    h(
      'span',
      {
        className: `badge phase-${game.state.phase}`,
        title: 'The company\u2019s phase changes what debt costs.',
      },
      PHASE_LABEL[game.state.phase],
    ),
    ...(timer ? [timer] : []),
    h(
      'nav',
      { className: 'hud-actions', 'aria-label': 'Game menu' },
      practice
        ? h(
            'button',
            {
              type: 'button',
              id: 'rewind',
              disabled: game.log.length === 0,
              onclick: () => rewind(),
              'aria-keyshortcuts': keysOf('undo-turn'),
            },
            `Undo last ${words.unit}`,
          )
        : null,
      h(
        'button',
        { type: 'button', onclick: () => openShortcuts(), 'aria-keyshortcuts': keysOf('help') },
        'Keys',
      ),
      // No save files in a competition: a file kept and loaded later would take turns back.
      practice
        ? h('button', { type: 'button', id: 'export-save', onclick: () => exportGame() }, 'Save file')
        : null,
      h('button', { type: 'button', onclick: () => openSettings() }, 'Settings'),
      h('button', { type: 'button', onclick: () => quitGame() }, 'Quit'),
    ),
  ];
}
