/**
 * The end of a competition game (last turn or time-out): the run code to copy and the run file to download,
 * with what to do with them. The run is built from the game's decisions and turn times; nothing leaves the page.
 */
import { buildRun, competitionTitle, encodeRunCode, encodeRunFile, runFileName } from '../../replay/index.ts';
import { goTo, store, type Game } from '../../store/index.ts';
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
  const run = buildRun({
    name: session.name,
    competition: session.competition,
    scenario: sc,
    startedAt: session.startedAt,
    log: game.log,
    times: session.times,
    state: game.state,
  });
  const code = encodeRunCode(run);
  const timedOut = game.state.status === 'playing';
  const unit = turnUnit(sc.params.weeksPerTurn);
  const box = h('textarea', { id: 'run-code', readonly: true, rows: 6, spellcheck: 'false' });
  box.value = code;
  const status = h('p', { className: 'hint', role: 'status', id: 'run-copy-status' });
  return h(
    'section',
    { className: 'screen run-screen', 'aria-labelledby': 'run-heading' },
    h('p', { className: 'eyebrow' }, competitionTitle(session.competition, sc.title)),
    h('h1', { id: 'run-heading', tabindex: '-1' }, timedOut ? 'Time is up' : 'Your run is ready'),
    h(
      'p',
      { className: 'run-summary' },
      `${session.name}: ${run.claimed.turns} ${unit}${run.claimed.turns === 1 ? '' : 's'} played, score `,
      h('strong', { id: 'run-score' }, String(run.claimed.score)),
      ' / 1000.',
      timedOut ? ` The ${unit}s you played count; the rest of the game is not played.` : '',
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
