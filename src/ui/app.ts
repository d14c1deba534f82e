/**
 * The app shell: shows the screen the store names, moves focus to its heading, plays the turn sound, and keeps
 * the announcer and dialogs. Screens read the store and call actions; nothing else lives here.
 * Only the title screen is in the first download: every other screen is its own chunk, fetched when it is
 * first shown (the service worker precaches them all for offline play).
 */
import { notify, store, type Screen } from '../store/index.ts';
import { mountAnnouncer } from './announce.ts';
import { loadCatalogue } from './catalogue.ts';
import { mountNotice } from './notice.ts';
import { h } from './dom.ts';
import { titleScreen } from './screens/title.ts';
import { installShortcuts } from './shortcuts.ts';
import { playTurnSound } from './sound.ts';
import type { View } from './view.ts';

type MakeView = () => View;
/** Screens that list or open scenarios wait for the built-in catalogue (a chunk of its own). */
const withCatalogue = (load: () => Promise<MakeView>) => () =>
  Promise.all([load(), loadCatalogue()]).then(([make]) => make);

const SCREENS: Record<Screen, () => Promise<MakeView>> = {
  title: () => Promise.resolve(titleScreen),
  scenarios: withCatalogue(() => import('./screens/scenarios.ts').then((m) => m.scenarioScreen)),
  briefing: () => import('./screens/briefing.ts').then((m) => m.briefingScreen),
  play: () => import('./screens/play.ts').then((m) => m.playScreen),
  end: () => import('./debrief/end-screen.ts').then((m) => m.endScreen),
  debrief: () => import('./debrief/debrief-screen.ts').then((m) => m.debriefScreen),
  host: withCatalogue(() => import('./competition/host.ts').then((m) => m.hostScreen)),
  join: withCatalogue(() => import('./competition/join.ts').then((m) => m.joinScreen)),
  run: () => import('./competition/run-code.ts').then((m) => m.runScreen),
  stop: () => import('./competition/stop.ts').then((m) => m.stopScreen),
  leaderboard: withCatalogue(() => import('./leaderboard/screen.ts').then((m) => m.leaderboardScreen)),
  balance: withCatalogue(() => import('./screens/balance.ts').then((m) => m.balanceScreen)),
  lms: () => import('./lms-screen.ts').then((m) => m.lmsScreen),
};

export function mountApp(root: HTMLElement): void {
  const main = h('main', { id: 'main' });
  root.append(main);
  mountAnnouncer(root);
  mountNotice(root);
  installShortcuts();
  let current: View | null = null;
  let shown: Screen | null = null;

  const display = (make: MakeView): void => {
    current?.destroy();
    current = make();
    main.replaceChildren(current.el);
    document.title = `Tradeoffs \u2014 ${current.el.querySelector('h1')?.textContent ?? ''}`;
    window.scrollTo(0, 0);
    current.el.querySelector<HTMLElement>('h1')?.focus();
  };

  const show = (screen: Screen): void => {
    shown = screen;
    SCREENS[screen]().then(
      // A screen asked for while this one loaded wins: only the latest is shown.
      (make) => shown === screen && store.getState().screen === screen && display(make),
      (e: unknown) =>
        notify({ tone: 'error', text: `This screen could not be loaded (${String(e)}). Reload the page.` }),
    );
  };

  store.subscribe((s, prev) => {
    if (s.screen !== shown) show(s.screen);
    if (
      s.settings.sound &&
      s.game &&
      prev.game &&
      s.game.state !== prev.game.state &&
      s.game.lastEvents.length > 0
    ) {
      playTurnSound(s.game.lastEvents);
    }
  });
  show(store.getState().screen);
}
