/**
 * Boot only: load the settings into the store, resume this tab's game (or the last one) from the browser's
 * storage on the screen the tab was showing, start autosaving, then mount the app. The one place where ui/ and
 * persistence/ meet. A first visit shows the title at once: the built-in scenarios (and the scenario parser, for
 * saves of custom scenarios) are fetched first only when a saved game or a competition link needs them.
 */
import pkg from '../package.json';
import {
  browserData,
  deleteBrowserData,
  exportSaveFile,
  findScenario,
  importSaveFile,
  MAX_SAVE_FILE_BYTES,
  rememberScenarioSource,
  resumeLatest,
  resumeSave,
  savedGame,
  savedGames,
  startAutosave,
  storageFrom,
  type ParseScenario,
  type PersistenceDeps,
  type Save,
} from './persistence/index.ts';
import type { LoadedScenario } from './scenario/index.ts';
import { forgetAll, gameIdOf, notify, setReadOnly, store, updateSettings } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { loadCatalogue } from './ui/catalogue.ts';
import { provideServices, type SavedGameInfo } from './ui/services.ts';
import { replay } from './replay/index.ts';
import { hasLmsParam, standardInQuery } from './lms/standards.ts';
import { setLmsStatus } from './ui/lms-screen.ts';
import { installTrustedTypes } from './ui/trusted-types.ts';
import { rememberResults } from './ui/results.ts';
import { loadSettings, rememberSettings } from './ui/settings.ts';
import { rememberTabScreen, screenAfterResume } from './ui/tab-screen.ts';
import './ui/styles.css';

installTrustedTypes();

const APP_VERSION = pkg.version;
updateSettings(loadSettings());
rememberSettings();
rememberResults();

const tabStorage = storageFrom(() => window.sessionStorage);
const storage = storageFrom(() => window.localStorage);
const deps: PersistenceDeps = {
  storage,
  tabStorage,
  clock: () => Date.now(),
  appVersion: APP_VERSION,
  onNotice: (n) => notify(n),
  onReadOnly: (otherTurn) => setReadOnly(true, otherTurn),
  subscribeStorageEvents: (listener) => {
    const handler = (e: StorageEvent): void => listener({ key: e.key, newValue: e.newValue });
    window.addEventListener('storage', handler);
    return () => window.removeEventListener('storage', handler);
  },
};

/** The parser for saves of custom scenarios, loaded when one is first needed. */
let parse: ParseScenario | null = null;
async function loadParser(): Promise<ParseScenario> {
  parse ??= (await import('./persistence/parse-file.ts')).parseScenarioFile;
  return parse;
}
/** Until a custom scenario's save is opened, nothing calls for the parser; if something did, it says so. */
const parser = (): ParseScenario =>
  parse ?? (() => 'the scenario parser is still loading; try again in a moment');
const catalogue = (): LoadedScenario[] => store.getState().catalogue;

provideServices({
  appVersion: APP_VERSION,
  maxSaveBytes: MAX_SAVE_FILE_BYTES,
  exportSave: () => {
    const game = store.getState().game;
    return game ? exportSaveFile(game, APP_VERSION, Date.now) : null;
  },
  importSave: async (text) => {
    await Promise.all([loadCatalogue(), loadParser()]);
    const r = importSaveFile(text, catalogue(), parser());
    return r.ok ? null : r.message;
  },
  rememberSource: (loaded, fileName, text) => rememberScenarioSource(loaded, { fileName, text }),
  otherGames: () => {
    const current = store.getState().game;
    const id = current ? gameIdOf(current) : null;
    return savedGames(deps.storage)
      .filter((save) => save.game !== id)
      .map((save) => ({ id: save.game, ...describeSave(save) }));
  },
  continueGame: (id) => {
    const save = savedGame(deps.storage, id);
    if (!save) return 'That game is no longer saved in this browser.';
    const r = resumeSave(deps, save, catalogue(), parser());
    if (r.notice) notify(r.notice);
    return r.resumed ? null : (r.notice?.text ?? 'That game could not be resumed.');
  },
  browserData: () => browserData(storage, tabStorage),
  deleteBrowserData: () => {
    const deleted = deleteBrowserData(storage, tabStorage);
    // Nothing in the store may be saved again: no game, no competition records (autosave writes neither).
    forgetAll();
    return deleted;
  },
});

/**
 * A saved game as the title lists it: its scenario's title and length (null when it cannot be found), and
 * whether it is over (replayed: a game can end before its last turn).
 */
function describeSave(save: Save): Omit<SavedGameInfo, 'id'> {
  const found = findScenario(save, catalogue(), parser());
  if (found.ok) {
    const played = replay(found.loaded.scenario, save.seed, save.log);
    return {
      title: found.loaded.scenario.title,
      turnsPlayed: save.turn,
      scenario: found.loaded.scenario,
      finished: played.ok && played.state.status !== 'playing',
    };
  }
  return {
    title: save.scenario.source?.fileName ?? save.scenario.id,
    turnsPlayed: save.turn,
    scenario: null,
    finished: false,
  };
}

const competitionLink = (): boolean => window.location.hash.startsWith('#c=');

/** A competition link (#c=…) opens the competition: the Join screen, or the game this browser is already playing. */
function openCompetitionLink(): void {
  if (!competitionLink()) return;
  void Promise.all([import('./ui/competition/join.ts'), loadCatalogue()]).then(([join]) =>
    join.openCompetitionFromAddress(),
  );
}

/** Launched by an LMS (index.html?lms=<standard>, from a course package): the LMS code loads only then. */
function launchFromLms(): void {
  const standard = standardInQuery(window.location.search);
  Promise.all([import('./ui/lms/launch.ts'), loadCatalogue()])
    .then(([m]) => m.launchFromLms(standard))
    .catch(() =>
      setLmsStatus({
        state: 'failed',
        message: 'A part of the game did not load. Check your connection and open the course again.',
      }),
    );
}

async function boot(fromLms: boolean): Promise<void> {
  const saves = savedGames(deps.storage);
  // Saved games and competitions are resumed against the built-in scenarios; custom ones need the parser.
  if (saves.length > 0 || competitionLink()) await loadCatalogue();
  if (saves.some((save) => save.scenario.source)) await loadParser();
  const resumed = resumeLatest(deps, catalogue(), parser());
  if (resumed.notice) notify(resumed.notice);
  // A reload comes back to where the tab was: the game's screen (play, end, debrief), or the title.
  store.setState({ screen: screenAfterResume(resumed.resumed, store.getState().screen, tabStorage) });
  rememberTabScreen(tabStorage);
  startAutosave(deps);
  if (fromLms) store.setState({ screen: 'lms' });

  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  mountApp(root);
  if (fromLms) return launchFromLms();
  openCompetitionLink();
  window.addEventListener('hashchange', openCompetitionLink);
}
const fromLms = hasLmsParam(window.location.search);
await boot(fromLms);

// Offline play (src/sw/sw.js, precache list written at build time): production builds only, never the dev server,
// and never inside an LMS (a course package carries no worker; the LMS serves it).
// Registered after load so it never competes with the first screen for the network.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !fromLms) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline play (e.g. a file:// page or a browser with service workers off); the game still runs.
    });
  });
}
