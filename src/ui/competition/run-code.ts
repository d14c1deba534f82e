/**
 * The end of a competition game (last turn or time-out): the run code to copy and the run file to download,
 * with what to do with them. At time-out it says plainly that the company ran on with the last plan to the
 * end, since that is the game the run claims. Nothing leaves the page.
 */
import { competitionTitle, encodeRunCode, encodeRunFile, runFileName } from '../../replay/index.ts';
import { finishCompetition, goTo, store, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { download } from '../services.ts';
import type { View } from '../view.ts';
import { copyButton } from './common.ts';
import './competition.css';

export function runScreen(): View {
  const game = store.getState().game;
  if (!game?.competition) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  return { el: runView(game), destroy: () => undefined };
}

function runView(game: Game): HTMLElement {
  const session = game.competition!;
  const sc = game.loaded.scenario;
  const run = game.run ?? finishCompetition(game).run!;
  const code = encodeRunCode(run);
  const rest = run.claimed.autopilotTurns;
  const timedOut = rest > 0;
  const unit = turnUnit(sc.params.weeksPerTurn);
  const plural = (n: number): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const box = h('textarea', { id: 'run-code', readonly: true, rows: 6, spellcheck: 'false' });
  box.value = code;
  const status = h('p', { className: 'hint', role: 'status', id: 'run-copy-status' });
  return h(
    'section',
    { className: 'screen run-screen', 'aria-labelledby': 'run-heading' },
    h('p', { className: 'eyebrow' }, competitionTitle(session.competition, sc.title)),
    h('h1', { id: 'run-heading', tabindex: '-1' }, timedOut ? 'Time is up' : 'Your run is ready'),
    timedOut
      ? h(
          'p',
          { className: 'run-autopilot', id: 'run-autopilot' },
          `Time is up: your company ran on with your last plan for the remaining ${plural(rest)}. The game is judged at its end, so stopping early never scores more than ending the turns would have.`,
        )
      : null,
    h(
      'p',
      { className: 'run-summary' },
      `${session.name}: ${plural(run.claimed.turns)} played${timedOut ? ` by you, ${rest} on autopilot` : ''}, final score `,
      h('strong', { id: 'run-score' }, String(run.claimed.score)),
      ' / 1000.',
    ),
    h('h2', {}, h('label', { for: 'run-code' }, 'Your run code')),
    h(
      'p',
      { className: 'hint' },
      'Send it to your instructor (chat, e-mail, a form): it holds your decisions, and the leaderboard re-plays them to check your score.',
    ),
    box,
    h(
      'div',
      { className: 'row' },
      copyButton('Copy the run code', box, status, 'copy-run-code'),
      h(
        'button',
        { type: 'button', id: 'download-run', onclick: () => download(runFileName(run), encodeRunFile(run)) },
        'Download the run file',
      ),
      status,
    ),
    h(
      'p',
      { className: 'hint' },
      'The run stays in this browser until you start another game. Copy or download it before you do.',
    ),
    h(
      'div',
      { className: 'row' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => goTo('debrief') },
        'Read the debrief',
      ),
      h('button', { type: 'button', onclick: () => goTo('title') }, 'Title screen'),
    ),
  );
}
