/**
 * Boot only: load the built-in scenarios and settings into the store, resume the last game from the browser's
 * storage, start autosaving, then mount the app. The one place where ui/ and persistence/ meet.
 */
import './ui/strict-csp.ts'; // first: before any module builds a zod schema
import pkg from '../package.json';
import {
  exportSaveFile,
  importSaveFile,
  MAX_SAVE_FILE_BYTES,
  parseScenarioFile,
  rememberScenarioSource,
  resumeLatest,
  startAutosave,
  storageFrom,
  type PersistenceDeps,
} from './persistence/index.ts';
import { notify, setCatalogue, setReadOnly, store, updateSettings } from './store/index.ts';
import { mountApp } from './ui/app.ts';
import { openCompetitionFromAddress } from './ui/competition/join.ts';
import { builtInScenarios } from './ui/catalogue.ts';
import { provideServices } from './ui/services.ts';
import { installTrustedTypes } from './ui/trusted-types.ts';
import { loadSettings, rememberSettings } from './ui/settings.ts';
import './ui/styles.css';

installTrustedTypes();

const APP_VERSION = pkg.version;
const catalogue = builtInScenarios();
setCatalogue(catalogue);
updateSettings(loadSettings());
rememberSettings();

const deps: PersistenceDeps = {
  storage: storageFrom(() => window.localStorage),
  clock: () => Date.now(),
  appVersion: APP_VERSION,
  onNotice: (n) => notify(n),
  onReadOnly: () => setReadOnly(true),
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
});

const resumed = resumeLatest(deps, catalogue, parseScenarioFile);
if (resumed.notice) notify(resumed.notice);
// A resumed game waits on the title screen behind "Continue", so the player knows where they are.
if (resumed.resumed) store.setState({ screen: 'title' });
startAutosave(deps);

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
mountApp(root);
// A competition link (#c=…) opens the competition: the Join screen, or the game this browser is already playing.
openCompetitionFromAddress();
window.addEventListener('hashchange', openCompetitionFromAddress);

// Offline play (src/sw/sw.js, precache list written at build time): production builds only, never the dev server.
// Registered after load so it never competes with the first screen for the network.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline play (e.g. a file:// page or a browser with service workers off); the game still runs.
    });
  });
}
