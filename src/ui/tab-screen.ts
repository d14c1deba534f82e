/**
 * Which screen a tab shows after a reload: the one it showed before, kept in the tab's own sessionStorage. A
 * game's screens come back as they were (play with its draft, the end screen, the debrief); any other screen
 * (the title after Quit, a scenario list) comes back as the title, with the game behind Continue. A new tab
 * opens on the game's screen: reload or close the tab at any moment, and continue where you were.
 */
import { store, type Screen } from '../store/index.ts';
import { TAB_SCREEN_KEY } from './storage-keys.ts';

/** The part of the Web Storage API used here (window.sessionStorage). */
interface TabStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const GAME_SCREENS: readonly Screen[] = ['play', 'end', 'debrief', 'run'];

function read(storage: TabStorage | null): string | null {
  try {
    return storage?.getItem(TAB_SCREEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * The screen to show at boot. `resumed`: a game was put back into the store, which set `gameScreen` (play, or
 * its end screen when it is over).
 */
export function screenAfterResume(resumed: boolean, gameScreen: Screen, storage: TabStorage | null): Screen {
  if (!resumed) return 'title';
  const before = read(storage);
  if (before === null) return gameScreen;
  if (!GAME_SCREENS.includes(before as Screen)) return 'title';
  // The debrief of a finished game, not its end screen, when that is where the tab was.
  return before === 'debrief' && gameScreen === 'end' ? 'debrief' : gameScreen;
}

/** Keeps the tab's screen in its sessionStorage from now on. */
export function rememberTabScreen(storage: TabStorage | null): () => void {
  const write = (screen: Screen): void => {
    try {
      storage?.setItem(TAB_SCREEN_KEY, screen);
    } catch {
      // Storage off: a reload shows the game's screen.
    }
  };
  write(store.getState().screen);
  return store.subscribe((s, prev) => s.screen !== prev.screen && write(s.screen));
}
