/**
 * End of game and debrief: outcome and score, the scorecard by the chapter's five domains, objectives, the DORA
 * cluster matched, charts over the whole game, turning points with their causes, how other strategies fared on
 * the same world, the scenario's learning notes, and the ways to play again. Prints on A4/Letter.
 */
import { BOTS, playBot } from '../../bots/index.ts';
import { allHold } from '../../engine/event-odds.ts';
import type { Domain, Scorecard } from '../../engine/index.ts';
import { DOMAINS, scorecard } from '../../engine/index.ts';
import { chooseScenario, goTo, startGame, store, type Game } from '../../store/index.ts';
import { lineChart } from '../charts/line.ts';
import { h } from '../dom.ts';
import { count, days, hours, money, pct, turnWords } from '../format.ts';
import { metricValue, objectiveTarget } from '../objectives.ts';
import { eventItem } from '../panels/turn-log.ts';
import { turningPoints, type TurningPoint } from '../turning-points.ts';
import { announce } from '../announce.ts';
import { turnSummary } from '../summary.ts';
import type { View } from '../view.ts';
import { competitionDebrief } from '../competition/debrief-run.ts';

const DOMAIN_NAME: Record<Domain, string> = {
  architecture: 'Architecture',
  coordination: 'Team coordination',
  debt: 'Technical debt',
  risk: 'Risk',
  stakeholders: 'Stakeholder communication',
};

const REASON: Record<string, string> = {
  'objectives-met': 'You met the objectives.',
  bankrupt: 'The company ran out of cash.',
  'board-ousted': 'The board lost confidence and replaced you.',
  'team-collapsed': 'Everyone left.',
  'out-of-turns': 'Time ran out before every required objective was met.',
};

function outcome(game: Game, card: Scorecard): HTMLElement {
  const s = game.state;
  const verdict = s.status === 'won' ? 'You won' : s.status === 'lost' ? 'Game over' : 'The end';
  return h(
    'div',
    { className: `outcome outcome-${s.status}` },
    h('p', { className: 'verdict' }, verdict),
    h('p', {}, REASON[s.reason] ?? ''),
    h(
      'p',
      { className: 'score' },
      h('span', {}, 'Score '),
      h('strong', { id: 'final-score' }, String(card.score)),
      h('span', {}, ' / 1000'),
    ),
  );
}

function domains(card: Scorecard): HTMLElement {
  return h(
    'section',
    { className: 'scorecard', 'aria-labelledby': 'scorecard-h' },
    h('h2', { id: 'scorecard-h' }, 'Scorecard by domain'),
    h(
      'ul',
      {},
      ...DOMAINS.map((d) => {
        const bar = h('span', { className: 'bar-fill' });
        bar.style.width = `${card.domains[d]}%`;
        return h(
          'li',
          {},
          h('span', { className: 'domain' }, DOMAIN_NAME[d]),
          h('span', { className: 'bar', 'aria-hidden': 'true' }, bar),
          h('strong', {}, String(card.domains[d])),
        );
      }),
    ),
  );
}

function objectives(game: Game, card: Scorecard): HTMLElement {
  const defs = game.loaded.scenario.objectives;
  return h(
    'section',
    { 'aria-labelledby': 'objectives-h' },
    h('h2', { id: 'objectives-h' }, 'Objectives'),
    h(
      'table',
      { className: 'objectives-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Objective'),
          h('th', { scope: 'col' }, 'Target'),
          h('th', { scope: 'col' }, 'Result'),
          h('th', { scope: 'col' }, 'Met'),
        ),
      ),
      h(
        'tbody',
        {},
        ...card.objectives.map((o, i) =>
          h(
            'tr',
            {},
            h('td', {}, o.label),
            h('td', {}, objectiveTarget(defs[i]!)),
            h('td', {}, metricValue(defs[i]!.metric, o.value)),
            h('td', {}, o.met ? 'yes' : `no (${pct(o.attainment)})`),
          ),
        ),
      ),
    ),
  );
}

function dora(card: Scorecard): HTMLElement {
  const d = card.dora;
  return h(
    'section',
    { 'aria-labelledby': 'dora-h' },
    h(
      'h2',
      { id: 'dora-h' },
      'Delivery: the DORA four keys ',
      h('span', { className: `badge cluster-${card.cluster}` }, card.cluster),
    ),
    h(
      'p',
      {},
      `Over the whole game you matched the ${card.cluster} cluster of the DORA 2024 report. Throughput and stability go together: small batches, automation and observability drive both.`,
    ),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Deploy frequency'),
      h('dd', {}, `${d.deploysPerWeek.toFixed(2)} per week`),
      h('dt', {}, 'Lead time for changes'),
      h('dd', {}, days(d.leadTimeDays)),
      h('dt', {}, 'Change failure rate'),
      h('dd', {}, pct(d.changeFailureRate)),
      h('dt', {}, 'Failed-deployment recovery'),
      h('dd', {}, hours(d.recoveryHours)),
    ),
  );
}

function charts(game: Game): HTMLElement {
  const sn = game.history.map((r) => r.snapshot);
  const fig = (svg: SVGSVGElement, caption: string): HTMLElement =>
    h('figure', {}, svg, h('figcaption', {}, caption));
  return h(
    'section',
    { className: 'charts', 'aria-labelledby': 'charts-h' },
    h('h2', { id: 'charts-h' }, 'The game in charts'),
    h(
      'div',
      { className: 'chart-grid' },
      fig(
        lineChart('Users', [{ name: 'users', values: sn.map((x) => x.users), className: 's-users' }], count),
        'Users',
      ),
      fig(
        lineChart('Cash', [{ name: 'cash', values: sn.map((x) => x.cash), className: 's-cash' }], money),
        'Cash',
      ),
      fig(
        lineChart(
          'Technical debt',
          [{ name: 'debt', values: sn.map((x) => x.debt), className: 's-debt' }],
          (x) => x.toFixed(0),
        ),
        'Technical debt',
      ),
      fig(
        lineChart(
          'Incidents and failed deploys per turn',
          [
            { name: 'incidents', values: sn.map((x) => x.incidents), className: 's-bad' },
            { name: 'failed deploys', values: sn.map((x) => x.failures), className: 's-warn' },
          ],
          (x) => x.toFixed(0),
        ),
        'Incidents (red) and failed deploys (amber) per turn',
      ),
      fig(
        lineChart(
          'Deploys per turn',
          [{ name: 'deploys', values: sn.map((x) => x.deploys), className: 's-users' }],
          (x) => x.toFixed(0),
        ),
        'Deploys per turn',
      ),
      fig(
        lineChart(
          'Runway',
          [{ name: 'runway', values: sn.map((x) => Math.min(x.runwayTurns, 104)), className: 's-cash' }],
          (x) => (x >= 104 ? '2y+' : x.toFixed(0)),
        ),
        'Runway in turns (capped at 104)',
      ),
    ),
  );
}

const LEAD: Record<TurningPoint['kind'], string> = {
  decision: 'you decided',
  answer: 'you answered',
  release: 'under your release setting',
};

function turning(game: Game): HTMLElement {
  const points = turningPoints(game.history, game.loaded.scenario);
  const words = turnWords(game.loaded.scenario);
  return h(
    'section',
    { className: 'turning-points', 'aria-labelledby': 'tp-h' },
    h('h2', { id: 'tp-h' }, 'Turning points'),
    points.length === 0
      ? h(
          'p',
          {},
          'No decision of yours can be traced, through the causes of what happened, to a later event: a steady game.',
        )
      : h(
          'ol',
          {},
          ...points.map((p) =>
            h(
              'li',
              { className: 'tp-item' },
              h(
                'p',
                { className: 'tp-head' },
                `${words.nth(p.turn, true)} \u2014 ${LEAD[p.kind]}: `,
                h('strong', {}, p.decision),
              ),
              h(
                'ul',
                { className: 'log' },
                ...p.consequences.map((c) => {
                  const item = eventItem(c.event);
                  item.lastElementChild?.prepend(
                    h('p', { className: 'tp-when' }, `Then, in ${words.nth(c.turn)}:`),
                  );
                  item.lastElementChild?.append(h('p', { className: 'tp-why' }, c.why));
                  return item;
                }),
              ),
            ),
          ),
        ),
  );
}

function otherStrategies(game: Game): HTMLElement {
  const sc = game.loaded.scenario;
  const rows = (['steady', 'move-fast', 'frugal'] as const).map((name) => {
    const { state } = playBot(sc, game.seed, BOTS[name]);
    return { name, score: scorecard(state, sc).score, users: state.market.users, outcome: state.status };
  });
  return h(
    'section',
    { 'aria-labelledby': 'others-h' },
    h('h2', { id: 'others-h' }, 'Other strategies on the same world'),
    h(
      'p',
      {},
      'The same seed gives the same market, incidents and events; only the decisions differ. This is how three simple strategies did:',
    ),
    h(
      'table',
      { className: 'objectives-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Strategy'),
          h('th', { scope: 'col' }, 'Score'),
          h('th', { scope: 'col' }, 'Users'),
          h('th', { scope: 'col' }, 'Outcome'),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, r.name),
            h('td', {}, String(r.score)),
            h('td', {}, count(r.users)),
            h('td', {}, r.outcome),
          ),
        ),
      ),
    ),
  );
}

function notes(game: Game): HTMLElement | null {
  const list = game.loaded.meta.debrief.filter((n) => !n.when || allHold(game.state, [n.when]));
  if (list.length === 0) return null;
  return h(
    'section',
    { className: 'notes', 'aria-labelledby': 'notes-h' },
    h('h2', { id: 'notes-h' }, 'What this scenario teaches'),
    ...list.map((n) => h('p', {}, n.text)),
  );
}

function actions(game: Game): HTMLElement {
  return h(
    'div',
    { className: 'debrief-actions no-print' },
    h(
      'button',
      { type: 'button', className: 'primary', onclick: () => startGame(game.loaded, game.seed, 'practice') },
      'Play again with the same seed',
    ),
    h(
      'button',
      { type: 'button', onclick: () => chooseScenario(game.loaded) },
      'Try another strategy (new seed)',
    ),
    h('button', { type: 'button', onclick: () => goTo('scenarios') }, 'Another scenario'),
    h('button', { type: 'button', onclick: () => window.print() }, 'Print'),
  );
}

export function debriefScreen(): View {
  const game = store.getState().game;
  if (!game) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  const card = scorecard(game.state, game.loaded.scenario);
  const last = game.history[game.history.length - 1];
  const el = h(
    'section',
    { className: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${game.loaded.scenario.title}`),
    h('p', { className: 'hint' }, `Seed ${game.seed} \u00b7 ${game.state.turn} turns played`),
    outcome(game, card),
    competitionDebrief(game),
    actions(game),
    h('div', { className: 'debrief-grid' }, domains(card), dora(card)),
    objectives(game, card),
    notes(game),
    charts(game),
    turning(game),
    otherStrategies(game),
    last && last.events.length
      ? h(
          'section',
          { 'aria-labelledby': 'final-h' },
          h('h2', { id: 'final-h' }, 'The last turn'),
          h('ul', { className: 'log' }, ...last.events.map(eventItem)),
        )
      : null,
  );
  return { el, destroy: () => undefined };
}

export function endScreen(): View {
  const game = store.getState().game;
  if (!game) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  // The play screen is gone before it could read out the last turn: say it here.
  announce(turnSummary(game));
  const card = scorecard(game.state, game.loaded.scenario);
  const el = h(
    'section',
    { className: 'screen end-screen', 'aria-labelledby': 'end-heading' },
    h('h1', { id: 'end-heading', tabindex: '-1' }, game.loaded.scenario.title),
    outcome(game, card),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Users'),
      h('dd', {}, count(game.state.market.users)),
      h('dt', {}, 'Cash'),
      h('dd', {}, money(game.state.money.cash / 100)),
      h('dt', {}, 'DORA cluster'),
      h('dd', {}, card.cluster),
    ),
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
  return { el, destroy: () => undefined };
}
