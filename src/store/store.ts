/**
 * The one store of the app (zustand vanilla): which screen is shown, the settings, the scenario catalogue and the
 * game in progress. It holds session state only; the rules live in the engine. Actions are in actions.ts.
 */
import { createStore } from 'zustand/vanilla';
import type { Decision, GameEvent, GameState } from '../engine/index.ts';
import type { Competition, RunFile, TurnRecord } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';

export type Screen =
  | 'title'
  | 'scenarios'
  | 'briefing'
  | 'play'
  | 'end'
  | 'debrief'
  | 'host'
  | 'join'
  | 'run'
  | 'leaderboard'
  | 'balance'
  | 'lms';
export type Mode = 'practice' | 'competition';

export interface Settings {
  animationSpeed: 'slow' | 'normal' | 'fast';
  reducedMotion: boolean;
  sound: boolean;
  palette: 'standard' | 'colour-blind';
}

export const DEFAULT_SETTINGS: Settings = {
  animationSpeed: 'normal',
  reducedMotion: false,
  sound: false,
  palette: 'standard',
};

/**
 * A competition game's classroom side, which the engine never sees: who plays, the competition, when Start was
 * pressed and when each turn was ended (milliseconds since the epoch). The run file is built from it.
 */
export interface CompetitionSession {
  name: string;
  competition: Competition;
  startedAt: number;
  /** When each turn of the log was ended: one time per turn. */
  times: number[];
}

export interface Game {
  /** Which game this is (game-id.ts gameIdOf: derived when absent, as for a competition game). */
  id?: string;
  loaded: LoadedScenario;
  seed: string;
  mode: Mode;
  state: GameState;
  history: TurnRecord[];
  /** Decisions of every completed turn. */
  log: Decision[][];
  /** Decisions drafted for the turn being planned. */
  draft: Decision[];
  /** Events of the turn just played (what the view animates). */
  lastEvents: GameEvent[];
  /** Present in a classroom competition (mode 'competition'). */
  competition?: CompetitionSession;
  /**
   * A finished competition game's run (store/competition.ts finishCompetition). When the time ran out, `state`
   * and `history` then go on past `log` to the end of the game: the turns the company ran on with the last plan.
   */
  run?: RunFile;
}

/**
 * What this browser remembers of a competition it played, kept apart from the two save slots (and from other
 * games): who played, when they pressed Start, the decisions and times of every turn they ended (the furthest
 * this browser got) and, once the game is over, its run. A competition is played once per browser: reopening
 * its link continues this game or shows this run, and a save behind it is never resumed (no rewind).
 */
export interface CompetitionRecord {
  competitionId: string;
  name: string;
  startedAt: number;
  log: Decision[][];
  times: number[];
  run: RunFile | null;
}

export interface Notice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export interface AppState {
  screen: Screen;
  settings: Settings;
  catalogue: LoadedScenario[];
  /** Scenario chosen on the scenario screen, shown in the briefing. */
  chosen: LoadedScenario | null;
  game: Game | null;
  notice: Notice | null;
  /** Why the last proposed decision was refused, for the plan panel to show. */
  draftError: string | null;
  /** Another tab has taken over this game (persistence/tabs.ts): no drafting, no End turn. */
  readOnly: boolean;
  /** While read-only: the turns the other tab has played of this game (null when it cannot tell). */
  otherTabTurn: number | null;
  /** The competitions played in this browser, by competition id (persistence keeps them in storage). */
  competitions: Record<string, CompetitionRecord>;
  /**
   * The competition whose finished run the run screen shows when it was reopened from its link (it may not be
   * the game in the store); null: the game in the store.
   */
  runShown: string | null;
}

export const store = createStore<AppState>()(() => ({
  screen: 'title',
  settings: DEFAULT_SETTINGS,
  catalogue: [],
  chosen: null,
  game: null,
  notice: null,
  draftError: null,
  readOnly: false,
  otherTabTurn: null,
  competitions: {},
  runShown: null,
}));
