/**
 * The rounds of a competition game in the store: rebuilding a game played in rounds from its log (the turns
 * earlier rounds ran on with the last plan, and the rounds' injects, come back as they were played), and
 * entering a release code at a stop to start the next round: its inject fires, its clock starts. The rules of
 * rounds are replay/rounds.ts's; this only keeps the student's session.
 */
import type { Decision, GameState } from '../engine/index.ts';
import { injectEvent, step } from '../engine/index.ts';
import type { TurnRecord } from '../replay/index.ts';
import { decodeRelease, playRounds, replayRounds, stopsOf } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { currentRound, now, withGame } from './competition.ts';
import { store, type CompetitionSession, type Game } from './store.ts';

/** The injects of the rounds a session started, from their release codes; or why one cannot be read. */
function injectsOf(session: CompetitionSession, loaded: LoadedScenario): (string | null)[] | string {
  const injects: (string | null)[] = [];
  for (const r of session.rounds ?? []) {
    const d = decodeRelease(r.release, session.competition, loaded.scenario);
    if (!d.ok) return `the release code ${r.release} of this game does not read: ${d.message}`;
    injects.push(d.release.inject);
  }
  return injects;
}

/** Rebuilds the game of a session played in rounds from its log: its state and turn records, or why not. */
export function replaySession(
  loaded: LoadedScenario,
  session: CompetitionSession,
  log: readonly (readonly Decision[])[],
): { ok: true; state: GameState; history: TurnRecord[] } | { ok: false; reason: string } {
  const injects = injectsOf(session, loaded);
  if (typeof injects === 'string') return { ok: false, reason: injects };
  return replayRounds({
    scenario: loaded.scenario,
    seed: session.competition.seed,
    stops: stopsOf(session.competition),
    log,
    rounds: session.rounds ?? [],
    injects,
  });
}

/**
 * Plays a game's course again from its log (with its rounds and their injects, for a game played in rounds),
 * calling `onTurn` with the states before and after each turn: the debrief reads hidden state this way once the
 * game is over. Returns why the course cannot be played again, or null.
 */
export function replayGame(game: Game, onTurn: (before: GameState, after: GameState) => void): string | null {
  const session = game.competition;
  const injects = session ? injectsOf(session, game.loaded) : [];
  if (typeof injects === 'string') return injects;
  const r = playRounds(
    {
      scenario: game.loaded.scenario,
      seed: session ? session.competition.seed : game.seed,
      stops: session ? stopsOf(session.competition) : [],
      log: game.log,
      rounds: session?.rounds ?? [],
      injects,
      play: step,
    },
    { onTurn: (before, after) => onTurn(before, after) },
  );
  return r.ok ? null : r.reason;
}

/**
 * At a stop: starts the next round with the instructor's release code. Its inject (if any) is put before the
 * player and shown as what just happened, and the round's clock starts now. Returns why the code cannot be
 * used, or null.
 */
export function releaseRound(text: string): string | null {
  if (store.getState().readOnly) return 'This game continues in another tab; reload to play here.';
  const game = store.getState().game;
  const session = game?.competition;
  if (!game || !session || !game.checkpoint) return 'Your game is not waiting at a stop.';
  const decoded = decodeRelease(text, session.competition, game.loaded.scenario);
  if (!decoded.ok) return decoded.message;
  const next = currentRound(session) + 1;
  const { round, inject, code } = decoded.release;
  if (round !== next)
    return `This is the release code of round ${round}; your game is waiting for round ${next}. Check the code on the board.`;
  let { state, history, lastEvents } = game;
  if (inject !== null) {
    const fired = injectEvent(state, game.loaded.scenario, inject);
    if (!fired.ok) return `The round\u2019s event cannot fire: ${fired.reason}`;
    state = fired.state;
    lastEvents = [fired.event];
    const last = history[history.length - 1];
    if (last) history = [...history.slice(0, -1), { ...last, events: [...last.events, fired.event] }];
  }
  const rounds = [
    ...(session.rounds ?? []),
    { release: code, startedAt: now(), afterTurns: game.log.length },
  ];
  const { checkpoint: _done, ...rest } = game;
  const started: Game = { ...rest, state, history, lastEvents, competition: { ...session, rounds } };
  store.setState({ ...withGame(started), screen: 'play', draftError: null });
  return null;
}
