/**
 * Keeps the LMS up to date with the course's game: after Start and every ended turn, the run code of the game
 * so far (a run as if stopped now, which verifies like any other: re-verifiable from the LMS even if the learner
 * never comes back); once the game is over, the final run code with completion, pass or fail and the score,
 * once. A run code longer than the LMS keeps (SCORM 1.2: 4,096 characters) is not stored, and the learner is
 * told to send it by hand.
 */
import type { LmsResult } from '../../lms/index.ts';
import { buildRun, encodeRunCode } from '../../replay/index.ts';
import { notify, store, type Game } from '../../store/index.ts';
import type { LmsSession } from './session.ts';

/** The run code of a course game: the finished run, or the game so far as if the learner stopped now. */
function runCodeOf(game: Game): string {
  const s = game.competition!;
  const run =
    game.run ??
    buildRun({
      name: s.name,
      competition: s.competition,
      scenario: game.loaded.scenario,
      startedAt: s.startedAt,
      log: game.log,
      times: s.times,
      state: game.state,
    });
  return encodeRunCode(run);
}

export function followGame(
  session: LmsSession,
  competitionId: string,
  result: (score: number, won: boolean) => LmsResult,
  standardLabel: string,
): void {
  let storedKey = '';
  let reported = false;
  let warnedSize = false;
  const problem = (what: string, why: string): void =>
    notify({
      tone: 'error',
      text: `Your course could not ${what}: ${why}. Keep this page open and try again later, or send your run code to your instructor.`,
    });

  const onGame = (game: Game | null): void => {
    if (!game || game.competition?.competition.id !== competitionId || !session.recording) return;
    const key = `${game.competition.startedAt}:${game.log.length}:${game.run ? 'run' : ''}`;
    if (key === storedKey) return;
    storedKey = key;
    const code = runCodeOf(game);
    const fits = code.length <= session.maxStored;
    if (!fits && !warnedSize) {
      warnedSize = true;
      notify({
        tone: 'warning',
        text: `Your run code has ${code.length.toLocaleString()} characters, more than ${standardLabel} can keep (${session.maxStored.toLocaleString()}). Your score still reaches the course; at the end, copy your run code and send it to your instructor.`,
      });
    }
    if (game.run && !reported) {
      reported = true;
      const won = game.state.status === 'won';
      const r = result(game.run.claimed.score, won);
      void session.report(r, fits ? code : null).then((why) => {
        if (why) return problem('record your result', why);
        notify({
          tone: 'info',
          text: `Your course has your result: ${r.score} / 1000, ${r.passed ? 'passed' : 'not passed'}${fits ? ', with your run code' : ''}.`,
        });
      });
      return;
    }
    if (fits) void session.store(code).then((why) => why && problem('save your game', why));
  };
  onGame(store.getState().game);
  store.subscribe((s, prev) => {
    if (s.game !== prev.game) onGame(s.game);
  });
}
