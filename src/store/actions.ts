/**
 * Module-level actions on the store: each reads the current state, calls the engine or replay, and sets the
 * result. Nothing here touches the DOM or storage (persistence subscribes to the store).
 */
import type { Decision } from '../engine/index.ts';
import { checkDecisions, createInitialState, step } from '../engine/index.ts';
import { replay, snapshot, stopsOf, type Competition } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import {
  competitionOver,
  competitionScreen,
  finishCompetition,
  now,
  sessionOf,
  withGame,
} from './competition.ts';
import { withDecision } from './draft.ts';
import { gameIdOf, newGameId } from './game-id.ts';
import { replaySession } from './rounds.ts';
import type { CompetitionSession, Game, Mode, Notice, Screen, Settings } from './store.ts';
import { store } from './store.ts';

/** Shows `screen`; leaving the run screen forgets which reopened run it showed. */
export function goTo(screen: Screen): void {
  store.setState(screen === 'run' ? { screen } : { screen, runShown: null });
}

export function setCatalogue(catalogue: LoadedScenario[]): void {
  store.setState({ catalogue });
}

export function chooseScenario(loaded: LoadedScenario): void {
  store.setState({ chosen: loaded, screen: 'briefing' });
}

export function updateSettings(patch: Partial<Settings>): void {
  store.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

export function notify(notice: Notice | null): void {
  store.setState({ notice });
}

const READ_ONLY = 'this game continues in another tab; reload to play here';

/** Another tab took over this game (or, false, no longer); `otherTurn`: how far that tab has played it. */
export function setReadOnly(readOnly: boolean, otherTurn: number | null = null): void {
  store.setState({ readOnly, otherTabTurn: readOnly ? otherTurn : null });
}

export function startGame(loaded: LoadedScenario, seed: string, mode: Mode = 'practice'): void {
  const game: Game = {
    id: newGameId(),
    loaded,
    seed,
    mode,
    state: createInitialState(loaded.scenario, seed),
    history: [],
    log: [],
    draft: [],
    lastEvents: [],
  };
  store.setState({ game, screen: 'play', draftError: null, chosen: loaded, runShown: null });
}

/**
 * Rebuilds a game from its decision log (resume, import); returns why it failed, or null. `id` is the game's
 * (from its save); without one it is derived (game-id.ts).
 */
export function restoreGame(
  loaded: LoadedScenario,
  seed: string,
  mode: Mode,
  log: Decision[][],
  draft: Decision[],
  competition?: CompetitionSession,
  id?: string,
): string | null {
  const inRounds = competition && stopsOf(competition.competition).length > 0;
  const r = inRounds ? replaySession(loaded, competition, log) : replay(loaded.scenario, seed, log);
  if (!r.ok)
    return 'turn' in r
      ? `turn ${r.turn} of the saved game no longer replays: ${r.rejection.reason}`
      : `the saved game no longer replays: ${r.reason}`;
  const usable = checkDecisions(r.state, loaded.scenario, draft) === null ? draft : [];
  const restored: Game = {
    ...(id !== undefined ? { id } : {}),
    loaded,
    seed,
    mode,
    state: r.state,
    history: r.history,
    log: log.map((d) => [...d]),
    draft: usable,
    lastEvents: [],
    ...(competition ? { competition } : {}),
  };
  const game = finishCompetition(restored);
  store.setState({
    ...withGame(game),
    chosen: loaded,
    draftError: null,
    screen: screenOf(game),
    runShown: null,
  });
  return null;
}

/** Adds a decision to the turn's draft if the engine would accept it; returns the reason when it would not. */
export function propose(d: Decision): string | null {
  if (store.getState().readOnly) return READ_ONLY;
  const game = store.getState().game;
  if (!game) return 'no game in progress';
  const draft = withDecision(game.state, game.draft, d);
  const rejection = checkDecisions(game.state, game.loaded.scenario, draft);
  if (rejection) {
    store.setState({ draftError: rejection.reason });
    return rejection.reason;
  }
  store.setState({ game: { ...game, draft }, draftError: null });
  return null;
}

export function withdraw(index: number): void {
  if (store.getState().readOnly) return;
  const game = store.getState().game;
  if (!game) return;
  store.setState({ game: { ...game, draft: game.draft.filter((_, i) => i !== index) }, draftError: null });
}

/** Where a game goes: a competition's play, stop or run screen; the play or end screen of a practice game. */
function screenOf(game: Game): Screen {
  if (game.competition) return competitionScreen(game);
  return game.state.status === 'playing' ? 'play' : 'end';
}

/** One turn played on `game` with its draft: the next game, or the engine's refusal. */
function playTurn(game: Game, at: number): { ok: true; game: Game } | { ok: false; reason: string } {
  const r = step(game.state, game.draft, game.loaded.scenario);
  if (!r.ok) return { ok: false, reason: r.rejection.reason };
  const record = { snapshot: snapshot(r.state, game.state), decisions: game.draft, events: r.events };
  const played: Game = {
    ...game,
    state: r.state,
    history: [...game.history, record],
    log: [...game.log, game.draft],
    draft: [],
    lastEvents: r.events,
    ...(game.competition
      ? { competition: { ...game.competition, times: [...game.competition.times, at] } }
      : {}),
  };
  // A competition game may end here, or pause at its round's stop, after running on with the last plan.
  return { ok: true, game: finishCompetition(played, at) };
}

/**
 * Why the player is needed after a turn went from `before` to `after` (advanceUntilNeeded); null: not yet.
 * The UI decides (ui/advance.ts): an event card, an incident, a threshold crossed, a deadline.
 */
export type NeedsPlayer = (before: Game, after: Game) => string | null;

/** What the last "advance until something needs me" did, for the play screen to say. */
export interface Advanced {
  /** Turns played. */
  played: number;
  /** Why it stopped: the player is needed (`reason`), the game or its time is over, or the refusal. */
  reason: string;
}

/**
 * Plays turns with the plan as it stands (this turn's draft, then no new decisions) until `needs` names a reason
 * the player is needed, the game or the competition's time is over, or `max` turns were played; the store is
 * set once, at the end. Returns what happened (also kept in the store's `advanced`).
 */
export function advanceUntilNeeded(needs: NeedsPlayer, max: number): Advanced {
  if (store.getState().readOnly) return { played: 0, reason: READ_ONLY };
  let game = store.getState().game;
  if (!game) return { played: 0, reason: 'no game in progress' };
  let played = 0;
  let reason = `${max} turns played`;
  while (played < max) {
    const at = now();
    if (game.competition && competitionOver(game, at)) {
      game = finishCompetition(game, at);
      reason = game.checkpoint ? 'the round is over' : 'the time is up';
      break;
    }
    const r = playTurn(game, at);
    if (!r.ok) {
      reason = r.reason;
      break;
    }
    const before: Game = game;
    game = r.game;
    played += 1;
    const why =
      game.state.status !== 'playing'
        ? 'the game is over'
        : game.checkpoint
          ? 'the round is over'
          : needs(before, game);
    if (why) {
      reason = why;
      break;
    }
  }
  const advanced = { played, reason };
  store.setState({ ...withGame(game), draftError: null, advanced, screen: screenOf(game) });
  return advanced;
}

/** Plays the drafted turn. Returns the engine's refusal reason, or null when the turn was played. */
export function endTurn(): string | null {
  if (store.getState().readOnly) return READ_ONLY;
  const game = store.getState().game;
  if (!game) return 'no game in progress';
  const at = now();
  if (game.competition && competitionOver(game, at)) {
    const finished = finishCompetition(game, at);
    store.setState({ ...withGame(finished), screen: screenOf(finished), draftError: null });
    return game.state.status === 'playing' && finished.checkpoint ? 'the round is over' : 'the time is up';
  }
  const r = playTurn(game, at);
  if (!r.ok) {
    store.setState({ draftError: r.reason });
    return r.reason;
  }
  store.setState({
    ...withGame(r.game),
    draftError: null,
    advanced: null,
    screen: screenOf(r.game),
  });
  return null;
}

/** Practice mode only: takes back the last turn, restoring its drafted decisions. */
export function rewind(): string | null {
  if (store.getState().readOnly) return READ_ONLY;
  const game = store.getState().game;
  if (!game) return 'no game in progress';
  if (game.mode === 'competition') return 'turns cannot be taken back in a competition';
  if (game.log.length === 0) return 'there is no turn to take back';
  const log = game.log.slice(0, -1);
  const last = game.log[game.log.length - 1]!;
  const err = restoreGame(game.loaded, game.seed, game.mode, log, last, undefined, gameIdOf(game));
  return err;
}

/**
 * Leaves the game for the title screen. The game stays (in the store and in its saves), so the title offers
 * Continue, as it does after a reload: quitting never loses a game.
 */
export function quitGame(): void {
  store.setState({ screen: 'title', draftError: null });
}

/**
 * Continues (or shows the end of) the competition game this browser has a record of, from that record: the
 * furthest it got, with its original start. Returns why it cannot, or null.
 */
export function resumeCompetition(loaded: LoadedScenario, competition: Competition): string | null {
  const rec = store.getState().competitions[competition.id];
  if (!rec) return 'this competition was not played in this browser';
  return restoreGame(loaded, competition.seed, 'competition', rec.log, [], sessionOf(rec, competition));
}

/**
 * After this browser's data was deleted: nothing left in the store that autosave would write back (no game, no
 * competition records), and the title screen.
 */
export function forgetAll(): void {
  store.setState({
    game: null,
    competitions: {},
    runShown: null,
    chosen: null,
    readOnly: false,
    otherTabTurn: null,
    notice: null,
    draftError: null,
    screen: 'title',
  });
}
