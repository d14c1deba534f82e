/**
 * The stop between two rounds of a competition: the game is paused at the end of the round; the student sends
 * their checkpoint code (the run so far, which the leaderboard verifies for the interim standings), and when the
 * class goes on, types the instructor's release code to start the next round on its own clock. When the round's
 * time ran out, it says that the company ran on with the last plan to the stop.
 */
import { competitionTitle, roundCount, stopsOf } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { currentRound, goTo, releaseRound, roundLimitMs, store } from '../../store/index.ts';
import { h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import type { View } from '../view.ts';
import { minutesText } from './common.ts';
import { runCodeBlock } from './run-code.ts';
import './competition.css';
import './rounds.css';

/** "30 minutes" or, with extended time, "60 minutes (your extended time)". */
export function roundLimitText(game: Game): string {
  const session = game.competition!;
  if (session.competition.timeLimitMinutes === 0) return 'no time limit';
  const minutes = Math.round(roundLimitMs(session) / 60_000);
  return `${minutesText(minutes)}${session.accommodation ? ' (your extended time)' : ''}`;
}

function releaseForm(game: Game, next: number): HTMLElement {
  const input = h('input', {
    id: 'release-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'TRR-\u2026',
    'aria-describedby': 'release-hint release-problem',
  });
  const problem = h('p', { className: 'error', id: 'release-problem', role: 'alert' });
  const start = (event: Event): void => {
    event.preventDefault();
    const text = input.value.trim();
    problem.textContent =
      text === '' ? 'Type the release code your instructor gives the class.' : (releaseRound(text) ?? '');
    if (problem.textContent) input.focus();
  };
  return h(
    'form',
    { className: 'release-form', onsubmit: start, 'aria-label': `Start round ${next}` },
    h('h2', { id: 'release-h' }, h('label', { for: 'release-code' }, `Release code for round ${next}`)),
    h(
      'div',
      { className: 'row' },
      input,
      h('button', { type: 'submit', className: 'primary' }, `Start round ${next}`),
    ),
    h(
      'p',
      { className: 'hint', id: 'release-hint' },
      `Your instructor gives it when the class goes on (TRR-\u2026; case, spaces and hyphens do not matter). Round ${next} has ${roundLimitText(game)}, counted from when you enter the code.`,
    ),
    problem,
  );
}

/** The turns this round ran on with the last plan after its time ran out (0 when the player reached the stop). */
function ranOnThisRound(game: Game): number {
  const session = game.competition!;
  const round = currentRound(session);
  const startTurn = round === 1 ? 0 : stopsOf(session.competition)[round - 2]!;
  const played = game.log.length - (session.rounds?.at(-1)?.afterTurns ?? 0);
  return game.state.turn - startTurn - played;
}

function stopView(game: Game): HTMLElement {
  const session = game.competition!;
  const checkpoint = game.checkpoint!;
  const round = currentRound(session);
  const unit = turnUnit(game.loaded.scenario.params.weeksPerTurn);
  const ranOn = ranOnThisRound(game);
  const heading =
    ranOn > 0
      ? `Time is up for round ${round}`
      : `Round ${round} of ${roundCount(session.competition)} is over`;
  return h(
    'section',
    { className: 'screen run-screen stop-screen', 'aria-labelledby': 'stop-heading' },
    h('p', { className: 'eyebrow' }, competitionTitle(session.competition, game.loaded.scenario.title)),
    h('h1', { id: 'stop-heading', tabindex: '-1' }, heading),
    h(
      'p',
      { id: 'stop-where' },
      `Your company is paused at the end of ${unit} ${checkpoint.checkpoint}, as the whole class is.${ranOn > 0 ? ` It ran on with your last plan for the last ${ranOn} ${unit}${ranOn === 1 ? '' : 's'} of the round.` : ''}`,
    ),
    h(
      'p',
      { className: 'run-summary' },
      'Score so far: ',
      h('strong', { id: 'stop-score' }, String(checkpoint.claimed.score)),
      ' / 1000.',
    ),
    h('h2', {}, h('label', { for: 'checkpoint-code' }, 'Your checkpoint code')),
    h(
      'p',
      { className: 'hint' },
      'Send it to your instructor now: the leaderboard re-plays it for the standings and the class charts of the debrief.',
    ),
    ...runCodeBlock(checkpoint, 'checkpoint-code', 'checkpoint'),
    releaseForm(game, round + 1),
    h(
      'div',
      { className: 'row' },
      h('button', { type: 'button', onclick: () => goTo('title') }, 'Title screen'),
    ),
  );
}

export function stopScreen(): View {
  const game = store.getState().game;
  if (!game?.competition || !game.checkpoint) {
    queueMicrotask(() => goTo(game?.run ? 'run' : 'title'));
    return { el: h('section'), destroy: () => undefined };
  }
  return { el: stopView(game), destroy: () => undefined };
}
