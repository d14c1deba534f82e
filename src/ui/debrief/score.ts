/**
 * The verdict and the score, shared by the end screen and the debrief: the outcome with why the game ended and
 * the score out of 1000, and the score by each of the five domains as bars.
 */
import type { Domain, Scorecard } from '../../engine/index.ts';
import { DOMAINS } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import { outcomeReason } from '../objectives.ts';

/** The chapter's five domains as the debrief names them. */
export const DOMAIN_NAME: Record<Domain, string> = {
  architecture: 'Architecture',
  coordination: 'Team coordination',
  debt: 'Technical debt',
  risk: 'Risk',
  stakeholders: 'Stakeholder communication',
};

export function outcome(game: Game, card: Scorecard, words: TurnWords): HTMLElement {
  const s = game.state;
  // Won or lost, said first: reaching the last turn without the required objectives is a loss too.
  const won = s.status === 'won';
  return h(
    'div',
    { className: `outcome outcome-${won ? 'won' : 'lost'}` },
    h('p', { className: 'verdict', id: 'verdict' }, won ? 'You won' : 'You lost'),
    h('p', { className: 'outcome-reason' }, outcomeReason(s, game.loaded.scenario, card, words)),
    h(
      'p',
      { className: 'score' },
      h('span', {}, 'Score '),
      h('strong', { id: 'final-score' }, String(card.score)),
      h('span', {}, ' / 1000'),
    ),
  );
}

function domainBar(card: Scorecard, d: Domain): HTMLElement {
  const bar = h('span', { className: 'bar-fill' });
  bar.style.width = `${card.domains[d]}%`;
  return h(
    'li',
    {},
    h('span', { className: 'domain' }, DOMAIN_NAME[d]),
    h('span', { className: 'bar', 'aria-hidden': 'true' }, bar),
    h('strong', {}, String(card.domains[d])),
  );
}

export function domainScores(card: Scorecard): HTMLElement {
  return h(
    'section',
    { className: 'scorecard', 'aria-labelledby': 'scorecard-h' },
    h('h2', { id: 'scorecard-h' }, 'Scorecard by domain'),
    h('ul', {}, ...DOMAINS.map((d) => domainBar(card, d))),
  );
}
