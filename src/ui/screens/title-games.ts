/**
 * The title screen's games: "New game" asks first when a game is in progress (an accessible dialog that says the
 * game stays saved and offers Save file), and the other games saved in this browser are listed with Continue.
 */
import { ENGINE_VERSION } from '../../engine/index.ts';
import { goTo, notify, store, type Game } from '../../store/index.ts';
import { bdi, h } from '../dom.ts';
import { turnWords } from '../format.ts';
import { download, saveServices, type SavedGameInfo } from '../services.ts';
import { showDialog } from '../dialog.ts';

/** "week 4 of 12" for a game being played, "finished" after its last turn. */
export function whereGameIs(game: Game): string {
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  if (game.state.status !== 'playing') return 'finished';
  return `${words.nth(words.planning(game.state.turn))} of ${sc.turns}`;
}

function whereSaveIs(info: SavedGameInfo): string {
  if (!info.scenario) return `${info.turnsPlayed} played`;
  const words = turnWords(info.scenario);
  if (info.finished) return 'finished';
  return `${words.nth(words.planning(info.turnsPlayed))} of ${info.scenario.turns}`;
}

function saveFileOf(): void {
  const file = saveServices().exportSave();
  if (file) download(file.fileName, file.text);
}

/** New game: straight to the scenarios, or first a dialog when a game is in progress. */
export function newGame(): void {
  const game = store.getState().game;
  if (!game || game.state.status !== 'playing') return goTo('scenarios');
  const start = h(
    'button',
    { type: 'button', className: 'primary', id: 'confirm-new-game' },
    'Start a new game',
  );
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'new-game-h', 'aria-describedby': 'new-game-text' },
    h('h2', { id: 'new-game-h' }, 'Start a new game?'),
    h(
      'p',
      { id: 'new-game-text' },
      'Your game in progress, ',
      bdi(game.loaded.scenario.title),
      ` (${whereGameIs(game)}), stays saved in this browser: it will be listed on this screen under \u201cSaved games\u201d to continue later.`,
      game.mode === 'practice' ? ' Save file keeps a copy of it that you can move to another browser.' : '',
    ),
    h(
      'div',
      { className: 'dialog-actions' },
      game.mode === 'practice'
        ? h('button', { type: 'button', id: 'new-game-save-file', onclick: saveFileOf }, 'Save file')
        : null,
      cancel,
      start,
    ),
  );
  cancel.addEventListener('click', () => dialog.close());
  start.addEventListener('click', () => {
    dialog.close();
    goTo('scenarios');
  });
  showDialog(dialog, start);
}

/** Continue (or Results) for a game saved under these rules. */
function continueButton(g: SavedGameInfo): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      'aria-label': `${g.finished ? 'Results of' : 'Continue'} ${g.title} (${whereSaveIs(g)})`,
      onclick: () => {
        const problem = saveServices().continueGame(g.id);
        if (problem) notify({ tone: 'error', text: problem });
      },
    },
    g.finished ? 'Results' : 'Continue',
  );
}

/**
 * A game played under other rules cannot be continued (its decisions would make another game here): it says so
 * in plain words and offers its save file, so it is never lost nor silently hidden.
 */
function otherRulesNote(g: SavedGameInfo): HTMLElement[] {
  const older = g.rules < ENGINE_VERSION;
  const download_ = h(
    'button',
    {
      type: 'button',
      'aria-label': `Download the save file of ${g.title}`,
      onclick: () => {
        const file = saveServices().savedFile(g.id);
        if (file) download(file.fileName, file.text);
        else notify({ tone: 'error', text: 'That game is no longer saved in this browser.' });
      },
    },
    'Download save file',
  );
  return [
    h(
      'p',
      { className: 'hint other-rules' },
      older
        ? `Played under the game\u2019s earlier rules, which have changed since: the same decisions would make a different game now, so it cannot be continued. It stays saved here; download it to keep a copy.`
        : 'Played under newer rules than this version of Tradeoffs knows: update the game to continue it. It stays saved here.',
    ),
    download_,
  ];
}

/** The other games saved in this browser, each with Continue (or its save file); nothing when there are none. */
export function savedGamesSection(): HTMLElement | null {
  const games = saveServices().otherGames();
  if (games.length === 0) return null;
  return h(
    'section',
    { className: 'saved-games', 'aria-labelledby': 'saved-games-h' },
    h('h2', { id: 'saved-games-h' }, 'Saved games'),
    h(
      'ul',
      {},
      ...games.map((g) =>
        g.rules === ENGINE_VERSION
          ? h(
              'li',
              {},
              h('span', {}, h('strong', {}, g.title), ` \u00b7 ${whereSaveIs(g)}`),
              continueButton(g),
            )
          : h(
              'li',
              { className: 'other-rules-game' },
              h(
                'span',
                {},
                h('strong', {}, g.title),
                ` \u00b7 ${g.turnsPlayed} ${g.turnsPlayed === 1 ? 'turn' : 'turns'} played`,
              ),
              ...otherRulesNote(g),
            ),
      ),
    ),
  );
}
