/**
 * Boot only: load the built-in scenarios and settings into the store, resume this tab's game (or the last one)
 * from the browser's storage on the screen the tab was showing, start autosaving, then mount the app. The one
 * place where ui/ and persistence/ meet.
 */
import pkg from '../package.json';
import {
  exportSaveFile,
  findScenario,
  importSaveFile,
  MAX_SAVE_FILE_BYTES,
  parseScenarioFile,
  rememberScenarioSource,
  resumeLatest,
  resumeSave,
  savedGame,
  savedGames,
  startAutosave,
  storageFrom,
  type PersistenceDeps,
  type Save,
} from './persistence/index.ts';
import { gameIdOf, notify, setCatalogue, setReadOnly, store, updateSettings } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { openCompetitionFromAddress } from './ui/competition/join.ts';
import { hasLmsParam, standardInQuery } from './lms/standards.ts';
import { setLmsStatus } from './ui/lms-screen.ts';
import { builtInScenarios } from './ui/catalogue.ts';
import { provideServices } from './ui/services.ts';
import { installTrustedTypes } from './ui/trusted-types.ts';
import { loadSettings, rememberSettings } from './ui/settings.ts';
import { rememberTabScreen, screenAfterResume } from './ui/tab-screen.ts';
import './ui/styles.css';

installTrustedTypes();

const APP_VERSION = pkg.version;
const catalogue = builtInScenarios();
setCatalogue(catalogue);
updateSettings(loadSettings());
rememberSettings();

const tabStorage = storageFrom(() => window.sessionStorage);
const deps: PersistenceDeps = {
  storage: storageFrom(() => window.localStorage),
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

provideServices({
  appVersion: APP_VERSION,
  maxSaveBytes: MAX_SAVE_FILE_BYTES,
  exportSave: () => {
    const game = store.getState().game;
    return game ? exportSaveFile(game, APP_VERSION, Date.now) : null;
  },
  importSave: (text) => {
    const r = importSaveFile(text, catalogue, parseScenarioFile);
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
    const r = resumeSave(deps, save, catalogue, parseScenarioFile);
    if (r.notice) notify(r.notice);
    return r.resumed ? null : (r.notice?.text ?? 'That game could not be resumed.');
  },
});

/** A saved game as the title lists it: its scenario's title and length (null when it cannot be found). */
function describeSave(save: Save): {
  title: string;
  turnsPlayed: number;
  scenario: { turns: number; params: { weeksPerTurn: number } } | null;
} {
  const found = findScenario(save, catalogue, parseScenarioFile);
  if (found.ok)
    return { title: found.loaded.scenario.title, turnsPlayed: save.turn, scenario: found.loaded.scenario };
  return {
    title: save.scenario.source?.fileName ?? save.scenario.id,
    turnsPlayed: save.turn,
    scenario: null,
  };
}

const resumed = resumeLatest(deps, catalogue, parseScenarioFile);
if (resumed.notice) notify(resumed.notice);
// A reload comes back to where the tab was: the game's screen (play, end, debrief), or the title.
store.setState({ screen: screenAfterResume(resumed.resumed, store.getState().screen, tabStorage) });
rememberTabScreen(tabStorage);
startAutosave(deps);

// Launched by an LMS (index.html?lms=<standard>, from a course package): the LMS code loads only then.
const fromLms = hasLmsParam(window.location.search);
if (fromLms) store.setState({ screen: 'lms' });

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
mountApp(root);
if (fromLms) {
  const standard = standardInQuery(window.location.search);
  import('./ui/lms/launch.ts')
    .then((m) => m.launchFromLms(standard))
    .catch(() =>
      setLmsStatus({
        state: 'failed',
        message: 'A part of the game did not load. Check your connection and open the course again.',
      }),
    );
} else {
  // A competition link (#c=…) opens the competition: the Join screen, or the game this browser is already playing.
  openCompetitionFromAddress();
  window.addEventListener('hashchange', openCompetitionFromAddress);
}

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
