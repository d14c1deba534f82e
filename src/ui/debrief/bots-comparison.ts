/**
 * "Other strategies on the same world": the player's score, users and outcome beside those of three simple
 * strategies (the bots) and of doing nothing at all, played on the same seed, and the way to play that world
 * again.
 */
import { BOT_SUMMARY, BOTS, playBot } from '../../bots/index.ts';
import type { Scorecard } from '../../engine/index.ts';
import { scorecard } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { count } from '../format.ts';
import { playSameWorld } from './replay-actions.ts';
import { debriefTable } from './table.ts';

const COMPARED = ['steady', 'move-fast', 'frugal', 'idle'] as const;
type Compared = (typeof COMPARED)[number];

/** "steady (foundations, gated releases)"; the idle bot reads as what it is, doing nothing. */
const strategyLabel = (name: Compared | 'you'): string =>
  name === 'you' ? 'You' : `${name === 'idle' ? 'doing nothing' : name} (${BOT_SUMMARY[name]})`;

interface Result {
  name: Compared | 'you';
  score: number;
  users: number;
  outcome: string;
}

/** The player's result, then each strategy's on the same scenario and seed. */
function results(game: Game, card: Scorecard): Result[] {
  const sc = game.loaded.scenario;
  const bots = COMPARED.map((name) => {
    const { state } = playBot(sc, game.seed, BOTS[name]);
    return { name, score: scorecard(state, sc).score, users: state.market.users, outcome: state.status };
  });
  return [
    { name: 'you', score: card.score, users: game.state.market.users, outcome: game.state.status },
    ...bots,
  ];
}

function resultRow(r: Result): HTMLElement {
  return h(
    'tr',
    { className: r.name === 'you' ? 'you' : '' },
    h('td', {}, strategyLabel(r.name)),
    h('td', {}, String(r.score)),
    h('td', {}, count(r.users)),
    h('td', {}, r.outcome),
  );
}

export function botsComparison(game: Game, card: Scorecard): HTMLElement {
  return h(
    'section',
    { className: 'others', 'aria-labelledby': 'others-h' },
    h('h2', { id: 'others-h' }, 'Other strategies on the same world'),
    h(
      'p',
      {},
      `Seed ${game.seed} gives the same market, incidents and events to everyone who plays it; only the decisions differ. This is how three simple strategies did on your world, and what changing nothing at all would have scored:`,
    ),
    debriefTable(['Strategy', 'Score', 'Users', 'Outcome'], results(game, card).map(resultRow)),
    h(
      'p',
      {},
      'To test your own idea against these, play this world again with another strategy: the dice are the same, so any difference comes from what you decided.',
    ),
    h(
      'div',
      { className: 'debrief-actions no-print' },
      h('button', { type: 'button', onclick: playSameWorld(game) }, 'Play this world again'),
    ),
  );
}
