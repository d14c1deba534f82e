/**
 * The end screen: the moment the game ends. The outcome and why, the score with its five domains, a few
 * headline numbers with how they moved, the DORA cluster, and the way on to the debrief. It also reads out the
 * last turn's result, which the play screen was gone before it could.
 */
import type { Scorecard } from '../../engine/index.ts';
import { scorecard } from '../../engine/index.ts';
import { goTo, type Game } from '../../store/index.ts';
import { announce } from '../announce.ts';
import { h } from '../dom.ts';
import { count, money, pct, signed, turnWords, type TurnWords } from '../format.ts';
import { unmetRequired } from '../objectives.ts';
import { turnSummary } from '../summary.ts';
import type { View } from '../view.ts';
import { finishedGameScreen, seedLine } from './finished-game.ts';
import { domainScores, outcome } from './score.ts';

function headlineItem(className: string, label: string, value: string, move: string): HTMLElement {
  return h(
    'li',
    { className },
    h('span', { className: 'headline-label' }, label),
    h('strong', { className: 'headline-value' }, value),
    h('span', { className: 'headline-move' }, move),
  );
}

/** A headline number: where it started, where it ended, and the change. */
function headline(
  label: string,
  from: number,
  to: number,
  format: (x: number) => string,
  good: 1 | -1,
): HTMLElement {
  const delta = to - from;
  // A change too small to show in the number is no change.
  const flat = format(Math.abs(delta)) === format(0) || format(to) === format(from);
  const tone = flat ? 'flat' : Math.sign(delta) === good ? 'up' : 'down';
  const move = flat
    ? `unchanged from ${format(from)}`
    : `${signed(delta, (x) => format(x))} from ${format(from)}`;
  return headlineItem(`headline headline-${tone}`, label, format(to), move);
}

/** Incidents have no start to move from: how many, and how often. */
function incidentsHeadline(game: Game, words: TurnWords): HTMLElement {
  const turns = game.state.turn;
  const incidents = game.history.reduce((n, r) => n + r.snapshot.incidents, 0);
  const move =
    incidents === 0
      ? 'none at all'
      : `about one every ${words.count(Math.max(1, Math.round(turns / incidents)))}`;
  return headlineItem('headline', 'Incidents', String(incidents), move);
}

function endNumbers(game: Game, card: Scorecard, words: TurnWords): HTMLElement {
  const sc = game.loaded.scenario;
  const s = game.state;
  return h(
    'section',
    { className: 'end-numbers', 'aria-labelledby': 'end-numbers-h' },
    h('h2', { id: 'end-numbers-h' }, `Over ${words.count(s.turn)}`),
    h(
      'ul',
      { className: 'headlines' },
      headline('Users', sc.initial.users, s.market.users, count, 1),
      headline('Cash', sc.initial.cash / 100, s.money.cash / 100, money, 1),
      headline('Technical debt', sc.initial.debt, s.debt, (x) => x.toFixed(0), -1),
      incidentsHeadline(game, words),
    ),
    h(
      'p',
      { className: 'end-dora' },
      'Delivery matched the ',
      h('span', { className: `badge cluster-${card.cluster}` }, card.cluster),
      ` DORA cluster: ${card.dora.deploysPerWeek.toFixed(1)} deploys a week, ${pct(card.dora.changeFailureRate)} of them failed.`,
    ),
  );
}

/** What the debrief holds, for this game: what moved the missed objectives, if any were missed. */
function nextStep(game: Game, card: Scorecard): HTMLElement {
  const missing = unmetRequired(card, game.loaded.scenario);
  return h(
    'p',
    { className: 'end-next' },
    missing.length
      ? `The debrief shows what moved ${missing.length === 1 ? 'that objective' : 'those objectives'}, the turning points of your game and how three simple strategies, and doing nothing at all, did on this same world.`
      : 'The debrief shows the turning points of your game, the charts behind these numbers and how three simple strategies, and doing nothing at all, did on this same world.',
  );
}

function endView(game: Game): HTMLElement {
  // The play screen is gone before it could read out the last turn: say it here.
  announce(turnSummary(game));
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const card = scorecard(game.state, sc);
  return h(
    'section',
    { className: 'screen end-screen', 'aria-labelledby': 'end-heading' },
    h('h1', { id: 'end-heading', tabindex: '-1' }, sc.title),
    seedLine(game, words),
    outcome(game, card, words),
    h('div', { className: 'end-grid' }, endNumbers(game, card, words), domainScores(card)),
    nextStep(game, card),
    h(
      'div',
      { className: 'debrief-actions' },
      h(
        'button',
        { type: 'button', className: 'primary', id: 'open-debrief', onclick: () => goTo('debrief') },
        'Read the debrief',
      ),
    ),
  );
}

export function endScreen(): View {
  return finishedGameScreen(endView);
}
