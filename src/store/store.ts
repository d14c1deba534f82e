/**
 * The one store of the app (zustand vanilla): which screen is shown, the settings, the scenario catalogue and the
 * game in progress. It holds session state only; the rules live in the engine. Actions are in actions.ts.
 */
import { createStore } from 'zustand/vanilla';
import type { Decision, GameEvent, GameState } from '../engine/index.ts';
import type { Competition, PlayerExtras, RoundStart, RunFile, TurnRecord } from '../replay/index.ts';
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
  | 'stop'
  | 'leaderboard'
  | 'balance'
  | 'lms';
export type Mode = 'practice' | 'competition';

export interface Settings {
  animationSpeed: 'slow' | 'normal' | 'fast';
  reducedMotion: boolean;
  sound: boolean;
  palette: 'standard' | 'colour-blind';
  /** Single-key shortcuts on the play screen (WCAG 2.1.4: they can be turned off or remapped). */
  shortcuts: boolean;
  /** Remapped single-key shortcuts: action (ui/shortcuts.ts) → key, lower case; the defaults apply to the rest. */
  keys: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  animationSpeed: 'normal',
  reducedMotion: false,
  sound: false,
  palette: 'standard',
  shortcuts: true,
  keys: {},
};

/**
 * A competition game's classroom side, which the engine never sees: who plays (a name, alias or student id, or a
 * team and its members), the competition, when Start was pressed and when each turn was ended (milliseconds
 * since the epoch). The run file is built from it.
 */
export interface CompetitionSession extends PlayerExtras {
  name: string;
  competition: Competition;
  startedAt: number;
  /** When each turn of the log was ended: one time per turn. */
  times: number[];
  /** A competition played in rounds: where each round after the first began (its release code and start). */
  rounds?: RoundStart[];
  /** Extended time: the code the student entered and its factor, in percent of the time limit. */
  accommodation?: Accommodation;
}

/** A student's extended time, as their game knows it (the leaderboard checks the code's signature). */
export interface Accommodation {
  code: string;
  factor: number;
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
  /**
   * A competition game paused at the stop ending its round (played in rounds): the checkpoint to send. As with
   * `run`, `state` and `history` may go on past `log` to the stop.
   */
  checkpoint?: RunFile;
}

/**
 * What this browser remembers of a competition it played, kept apart from the two save slots (and from other
 * games): who played, when they pressed Start, the decisions and times of every turn they ended (the furthest
 * this browser got) and, once the game is over, its run. A competition is played once per browser: reopening
 * its link continues this game or shows this run, and a save behind it is never resumed (no rewind).
 */
export interface CompetitionRecord extends PlayerExtras {
  competitionId: string;
  name: string;
  startedAt: number;
  log: Decision[][];
  times: number[];
  run: RunFile | null;
  /** A competition played in rounds: the rounds after the first that this browser started. */
  rounds?: RoundStart[];
  accommodation?: Accommodation;
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
  /** What the last "advance until something needs me" did (null after a plain End turn). */
  advanced: { played: number; reason: string } | null;
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
  advanced: null,
}));
