/**
 * The end of a competition game (last turn or time-out): the run code to copy and the run file to download,
 * with what to do with them. At time-out it says plainly that the company ran on with the last plan to the
 * end, since that is the game the run claims. Reopened from the competition's link, it shows the run this
 * browser keeps ("You finished this competition"), even when other games were played since. Nothing leaves
 * the page.
 */
import type { RunFile } from '../../replay/index.ts';
import { encodeRunCode, encodeRunFile, runFileName } from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { finishCompetition, goTo, resumeCompetition, store } from '../../store/index.ts';
import { bdi, h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { announce } from '../announce.ts';
import { download } from '../services.ts';
import { turnSummary } from '../summary.ts';
import type { View } from '../view.ts';
import { competitionTitleNodes, copyButton } from './common.ts';
import { openedCompetition, replaceWarning } from './join.ts';
import './competition.css';

interface Shown {
  run: RunFile;
  /** The competition's name, its parts from the link isolated. */
  title: (string | HTMLElement)[];
  loaded: LoadedScenario;
  /** Reopened from the link, rather than just finished. */
  reopened: boolean;
  /** Opens the debrief (rebuilding the game from this browser's record when it is not the one in play). */
  debrief(): void;
}

function shownRun(): Shown | null {
  const { game, runShown, competitions } = store.getState();
  const session = game?.competition;
  if (session && (runShown === null || runShown === session.competition.id)) {
    const run = game.run ?? finishCompetition(game).run;
    if (!run) return null;
    return {
      run,
      title: competitionTitleNodes(session.competition, game.loaded.scenario.title),
      loaded: game.loaded,
      reopened: runShown !== null,
      debrief: () => goTo('debrief'),
    };
  }
  const run = runShown ? competitions[runShown]?.run : null;
  const opened = runShown ? openedCompetition(runShown) : null;
  if (!run || !opened) return null;
  return {
    run,
    title: competitionTitleNodes(opened.competition, opened.loaded.scenario.title),
    loaded: opened.loaded,
    reopened: true,
    debrief: () => {
      if (resumeCompetition(opened.loaded, opened.competition) === null) goTo('debrief');
    },
  };
}

export function runScreen(): View {
  const shown = shownRun();
  if (!shown) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  // The play screen is gone before it could read out the last turn (it said the one before): say it here.
  const game = store.getState().game;
  if (!shown.reopened && game?.run === shown.run) announce(turnSummary(game));
  return { el: runView(shown), destroy: () => undefined };
}

/** The run code box with its copy and download buttons (also on the debrief, and for a checkpoint). */
export function runCodeBlock(run: RunFile, id: string, noun = 'run'): HTMLElement[] {
  const box = h('textarea', { id, readonly: true, rows: 6, spellcheck: 'false' });
  box.value = encodeRunCode(run);
  const status = h('p', { className: 'hint', role: 'status', id: `${id}-copy-status` });
  return [
    box,
    h(
      'div',
      { className: 'row' },
      copyButton(`Copy the ${noun} code`, box, status, `copy-${id}`),
      h(
        'button',
        { type: 'button', onclick: () => download(runFileName(run), encodeRunFile(run)) },
        `Download the ${noun} file`,
      ),
      status,
    ),
  ];
}

function runView(shown: Shown): HTMLElement {
  const { run, loaded } = shown;
  const rest = run.claimed.autopilotTurns;
  const rounds = run.stops !== undefined;
  const timedOut = rest > 0;
  const unit = turnUnit(loaded.scenario.params.weeksPerTurn);
  const plural = (n: number): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const heading = shown.reopened
    ? 'You finished this competition'
    : timedOut && !rounds
      ? 'Time is up'
      : 'Your run is ready';
  const ranOn = rounds
    ? `Your company ran on with your last plan for ${plural(rest)} in all, in the rounds whose time ran out.`
    : `${shown.reopened ? 'Time was up: your' : 'Your'} company ran on with your last plan for the remaining ${plural(rest)}.`;
  const inPlay = store.getState().game;
  const replacing = inPlay?.competition?.competition.id !== run.competitionId;
  return h(
    'section',
    { className: 'screen run-screen', 'aria-labelledby': 'run-heading' },
    h('p', { className: 'eyebrow' }, ...shown.title),
    h('h1', { id: 'run-heading', tabindex: '-1' }, heading),
    timedOut
      ? h(
          'p',
          { className: 'run-autopilot', id: 'run-autopilot' },
          `${ranOn} The game is judged at its end, so stopping early never scores more than ending the turns would have.`,
        )
      : null,
    h(
      'p',
      { className: 'run-summary' },
      bdi(run.name),
      `: ${plural(run.claimed.turns)} played${timedOut ? ` by you, ${rest} on autopilot` : ''}, final score `,
      h('strong', { id: 'run-score' }, String(run.claimed.score)),
      ' / 1000.',
    ),
    h('h2', {}, h('label', { for: 'run-code' }, 'Your run code')),
    h(
      'p',
      { className: 'hint' },
      'Send it to your instructor (chat, e-mail, a form): it holds your decisions, and the leaderboard re-plays them to check your score.',
    ),
    ...runCodeBlock(run, 'run-code'),
    h(
      'p',
      { className: 'hint' },
      'This browser keeps the run: opening the competition link again shows it, even after other games.',
    ),
    replacing ? replaceWarning('Reading the debrief') : null,
    h(
      'div',
      { className: 'row' },
      h(
        'button',
        { type: 'button', className: 'primary', id: 'open-debrief', onclick: () => shown.debrief() },
        'Read the debrief',
      ),
      h('button', { type: 'button', onclick: () => goTo('title') }, 'Title screen'),
    ),
  );
}
