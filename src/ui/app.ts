/**
 * The app shell: shows the screen the store names, moves focus to its heading, plays the turn sound, and keeps
 * the announcer and dialogs. Screens read the store and call actions; nothing else lives here.
 */
import { store, type Screen } from '../store/index.ts';
import { mountAnnouncer } from './announce.ts';
import { mountNotice } from './notice.ts';
import { h } from './dom.ts';
import { hostScreen } from './competition/host.ts';
import { joinScreen } from './competition/join.ts';
import { runScreen } from './competition/run-code.ts';
import { leaderboardScreen } from './leaderboard/screen.ts';
import { lmsScreen } from './lms-screen.ts';
import { balanceScreen } from './screens/balance.ts';
import { briefingScreen } from './screens/briefing.ts';
import { debriefScreen } from './debrief/debrief-screen.ts';
import { endScreen } from './debrief/end-screen.ts';
import { playScreen } from './screens/play.ts';
import { scenarioScreen } from './screens/scenarios.ts';
import { titleScreen } from './screens/title.ts';
import { installShortcuts } from './shortcuts.ts';
import { playTurnSound } from './sound.ts';
import type { View } from './view.ts';

const SCREENS: Record<Screen, () => View> = {
  title: titleScreen,
  scenarios: scenarioScreen,
  briefing: briefingScreen,
  play: playScreen,
  end: endScreen,
  debrief: debriefScreen,
  host: hostScreen,
  join: joinScreen,
  run: runScreen,
  leaderboard: leaderboardScreen,
  balance: balanceScreen,
  lms: lmsScreen,
};

export function mountApp(root: HTMLElement): void {
  const main = h('main', { id: 'main' });
  root.append(main);
  mountAnnouncer(root);
  mountNotice(root);
  installShortcuts();
  let current: View | null = null;
  let shown: Screen | null = null;

  const show = (screen: Screen): void => {
    current?.destroy();
    current = SCREENS[screen]();
    shown = screen;
    main.replaceChildren(current.el);
    document.title = `Tradeoffs \u2014 ${current.el.querySelector('h1')?.textContent ?? ''}`;
    window.scrollTo(0, 0);
    current.el.querySelector<HTMLElement>('h1')?.focus();
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
