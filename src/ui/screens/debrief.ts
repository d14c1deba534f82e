/**
 * End of game and debrief. The end screen is the moment: the outcome and why, the score with its five domains,
 * the DORA cluster, a few headline numbers with how they moved, and the way on to the debrief. The debrief
 * explains: objectives in words, the DORA keys, charts over the whole game (with objective targets, cluster
 * thresholds and the turning points marked), the turning points with their causes, how three simple strategies
 * did on the same world, the scenario's learning notes, and the ways to play again. Prints on A4/Letter.
 */
import { BOTS, playBot } from '../../bots/index.ts';
import { allHold } from '../../engine/event-odds.ts';
import type { Domain, GameEvent, MetricName, Scorecard } from '../../engine/index.ts';
import { DOMAINS, scorecard } from '../../engine/index.ts';
import { chooseScenario, goTo, startGame, store, type Game } from '../../store/index.ts';
import {
  clusterGuides,
  doraOverTime,
  objectiveGuides,
  runningMean,
  runningTotal,
  type DoraKey,
} from '../charts/debrief-series.ts';
import { legend, lineChart, type Guide, type Mark, type Series } from '../charts/line.ts';
import { h } from '../dom.ts';
import { count, days, hours, money, pct, signed, turnWords, type TurnWords } from '../format.ts';
import {
  objectiveProgress,
  objectiveResultText,
  objectiveTarget,
  outcomeReason,
  unmetRequired,
} from '../objectives.ts';
import { causesList } from '../panels/causes.ts';
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

const CLUSTER_WORDS: Record<Scorecard['cluster'], string> = {
  elite: 'deploys on demand, changes live within a day, few failures, recovered within the hour',
  high: 'deploys about weekly or more, changes live within a week, recovered within a day',
  medium: 'deploys about monthly, changes live within a month, recovered within a week',
  low: 'rare, slow or fragile releases',
};

function outcome(game: Game, card: Scorecard, words: TurnWords): HTMLElement {
  const s = game.state;
  const verdict = s.status === 'won' ? 'You won' : s.status === 'lost' ? 'Game over' : 'The end';
  return h(
    'div',
    { className: `outcome outcome-${s.status}` },
    h('p', { className: 'verdict' }, verdict),
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

/** The marker the briefing uses for a required objective. */
function requiredMark(required: boolean): HTMLElement | null {
  return required ? h('strong', { className: 'required' }, ' required') : null;
}

function objectives(game: Game, card: Scorecard, words: TurnWords): HTMLElement {
  const sc = game.loaded.scenario;
  const defs = sc.objectives;
  const anyRequired = defs.some((o) => o.required);
  const missed = card.objectives.some((o) => !o.met);
  return h(
    'section',
    { className: 'objectives-section', 'aria-labelledby': 'objectives-h' },
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
          h('th', { scope: 'col' }, 'You ended with'),
          h('th', { scope: 'col' }, 'Met?'),
        ),
      ),
      h(
        'tbody',
        {},
        ...card.objectives.map((o, i) =>
          h(
            'tr',
            { className: o.met ? 'met' : 'unmet' },
            h('td', {}, o.label, requiredMark(defs[i]!.required)),
            h('td', {}, objectiveTarget(defs[i]!, words)),
            h('td', {}, objectiveResultText(defs[i]!, o.value, words)),
            h('td', {}, objectiveProgress(defs[i]!, o)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { className: 'hint' },
      anyRequired
        ? 'To win, every objective marked required must hold at the end. '
        : 'This scenario has no required objective: the score is the measure. ',
      missed
        ? 'A missed objective still earns part of its weight in the score: for a target, the share of it you reached ("81% of the way" is 81% credit); for a limit, the limit divided by where you ended ("2.0\u00d7 the limit" is 50% credit).'
        : 'Every objective held.',
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
      `Over the whole game you matched the ${card.cluster} cluster of the DORA 2024 report: ${CLUSTER_WORDS[card.cluster]}. Throughput and stability go together: small batches, automation and observability drive both. The charts below show each key over the game.`,
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

/** Targets first; a threshold at the same level as a target is folded into the target's label. */
function withTargets(targets: Guide[], thresholds: Guide[]): Guide[] {
  const out = targets.map((t) => {
    const same = thresholds.filter((g) => g.value === t.value).map((g) => g.label);
    return same.length ? { ...t, label: `${t.label} (${same.join(', ')})` } : t;
  });
  return [...out, ...thresholds.filter((g) => !targets.some((t) => t.value === g.value))];
}

interface ChartSpec {
  title: string;
  series: Series[];
  format: (x: number) => string;
  guides?: Guide[];
  note?: string;
}

function chartFigure(spec: ChartSpec, words: TurnWords, marks: readonly Mark[]): HTMLElement {
  const guides = spec.guides ?? [];
  return h(
    'figure',
    {},
    lineChart(spec.title, spec.series, spec.format, { unit: words.unit, guides, marks }),
    h(
      'figcaption',
      {},
      h('strong', {}, spec.title),
      spec.note ? ` \u2014 ${spec.note}` : null,
      legend(spec.series.length > 1 ? spec.series : [], guides),
    ),
  );
}

/** Metrics an objective may be about that the history records, charted when an objective names them. */
function objectiveCharts(game: Game, covered: ReadonlySet<MetricName>): ChartSpec[] {
  const sc = game.loaded.scenario;
  const sn = game.history.map((r) => r.snapshot);
  const unit = turnWords(sc).unit;
  const share = (x: number): string => pct(x);
  const specs: Partial<Record<MetricName, ChartSpec>> = {
    avgSlo: {
      title: 'Average SLO attainment',
      series: [{ name: 'average so far', values: runningMean(sn.map((x) => x.slo)), className: 's-users' }],
      format: share,
    },
    slo: {
      title: 'SLO attainment',
      series: [{ name: 'SLO attainment', values: sn.map((x) => x.slo), className: 's-users' }],
      format: share,
    },
    morale: {
      title: 'Morale',
      series: [{ name: 'morale', values: sn.map((x) => x.morale), className: 's-good' }],
      format: share,
    },
    burnout: {
      title: 'Burnout',
      series: [{ name: 'burnout', values: sn.map((x) => x.burnout), className: 's-bad' }],
      format: share,
    },
    headcount: {
      title: 'Team size',
      series: [{ name: 'people', values: sn.map((x) => x.headcount), className: 's-users' }],
      format: (x) => x.toFixed(0),
    },
    trust: {
      title: 'Customer trust',
      series: [{ name: 'trust', values: sn.map((x) => x.trust), className: 's-good' }],
      format: share,
    },
    satisfaction: {
      title: 'Satisfaction',
      series: [{ name: 'satisfaction', values: sn.map((x) => x.satisfaction), className: 's-good' }],
      format: share,
    },
    agents: {
      title: 'Agent seats',
      series: [{ name: 'agent seats', values: sn.map((x) => x.agents), className: 's-users' }],
      format: (x) => x.toFixed(0),
    },
    burn: {
      title: `Burn per ${unit} (costs minus revenue)`,
      series: [{ name: 'burn', values: sn.map((x) => x.costs - x.revenue), className: 's-debt' }],
      format: money,
    },
  };
  const out: ChartSpec[] = [];
  const seen = new Set<MetricName>();
  for (const o of sc.objectives) {
    const spec = specs[o.metric];
    if (!spec || covered.has(o.metric) || seen.has(o.metric)) continue;
    seen.add(o.metric);
    out.push({ ...spec, guides: objectiveGuides(sc.objectives, [o.metric], spec.format) });
  }
  return out;
}

function charts(game: Game, card: Scorecard, points: readonly TurningPoint[], words: TurnWords): HTMLElement {
  const sc = game.loaded.scenario;
  const sn = game.history.map((r) => r.snapshot);
  const targets = (metrics: MetricName[], format: (x: number) => string): Guide[] =>
    objectiveGuides(sc.objectives, metrics, format);
  const whole = (x: number): string => x.toFixed(0);
  const dk = doraOverTime(sn, sc.params.weeksPerTurn);
  const doraChart = (
    key: DoraKey,
    title: string,
    metric: MetricName,
    format: (x: number) => string,
    note: string,
  ): ChartSpec => ({
    title,
    series: [{ name: title.toLowerCase(), values: dk[key], className: 's-users', marker: 'none' }],
    format,
    guides: withTargets(targets([metric], format), clusterGuides(key, card.cluster)),
    note,
  });
  const specs: ChartSpec[] = [
    {
      title: 'Users',
      series: [{ name: 'users', values: sn.map((x) => x.users), className: 's-users' }],
      format: count,
      guides: targets(['users'], count),
    },
    {
      title: 'Cash',
      series: [{ name: 'cash', values: sn.map((x) => x.cash), className: 's-cash' }],
      format: money,
      guides: targets(['cash'], money),
      note: 'below $0 the company is bankrupt',
    },
    {
      title: `Money in and out per ${words.unit}`,
      series: [
        { name: 'revenue', values: sn.map((x) => x.revenue), className: 's-good' },
        { name: 'salaries', values: sn.map((x) => x.salaries), className: 's-users', dash: 'dotted' },
        { name: 'infrastructure', values: sn.map((x) => x.infra), className: 's-warn', dash: 'dashed' },
        {
          name: 'inference',
          values: sn.map((x) => x.inference),
          className: 's-bad',
          dash: 'dashdot',
        },
      ],
      format: money,
      guides: targets(['revenue', 'costs'], money),
    },
    {
      title: 'Technical debt',
      series: [{ name: 'debt', values: sn.map((x) => x.debt), className: 's-debt' }],
      format: whole,
      guides: targets(['debt'], whole),
    },
    {
      title: 'Board confidence',
      series: [{ name: 'board confidence', values: sn.map((x) => x.board), className: 's-good' }],
      format: (x) => pct(x),
      guides: [
        ...targets(['board'], (x) => pct(x)),
        { value: sc.params.stakeholders.ousterBelow, label: 'board replaces you below', kind: 'limit' },
      ],
    },
    {
      title: 'Incidents and failed deploys',
      series: [
        {
          name: 'incidents so far',
          values: runningTotal(sn.map((x) => x.incidents)),
          className: 's-bad',
          marker: 'circle',
          markAt: 'changes',
        },
        {
          name: 'failed deploys so far',
          values: runningTotal(sn.map((x) => x.failures)),
          className: 's-warn',
          dash: 'dashed',
          marker: 'square',
          markAt: 'changes',
        },
      ],
      format: whole,
      guides: targets(['incidents'], whole),
      note: `running totals; a mark is a ${words.unit} with new ones`,
    },
    {
      title: `Runway in ${words.units}`,
      series: [{ name: 'runway', values: sn.map((x) => Math.min(x.runwayTurns, 104)), className: 's-cash' }],
      format: (x) => (x >= 104 ? '2y+' : x.toFixed(0)),
      note: 'capped at 104; the top means profitable or near it',
    },
    doraChart(
      'deploysPerWeek',
      'Deploy frequency',
      'deploysPerWeek',
      (x) => `${x.toFixed(1)}/wk`,
      'deploys per week so far',
    ),
    doraChart(
      'leadTimeDays',
      'Lead time for changes',
      'leadTimeDays',
      (x) => `${x.toFixed(1)} d`,
      'average so far',
    ),
    doraChart(
      'changeFailureRate',
      'Change failure rate',
      'changeFailureRate',
      (x) => pct(x),
      'share of deploys that failed, so far',
    ),
    doraChart(
      'recoveryHours',
      'Failed-deployment recovery',
      'recoveryHours',
      (x) => `${x.toFixed(x < 10 ? 1 : 0)} h`,
      'average so far',
    ),
  ];
  const covered = new Set<MetricName>([
    'users',
    'cash',
    'revenue',
    'costs',
    'debt',
    'board',
    'incidents',
    'deploysPerWeek',
    'leadTimeDays',
    'changeFailureRate',
    'recoveryHours',
  ]);
  specs.push(...objectiveCharts(game, covered));
  const marks: Mark[] = points.map((p, i) => ({ index: p.turn - 1, label: String(i + 1) }));
  return h(
    'section',
    { className: 'charts', 'aria-labelledby': 'charts-h' },
    h('h2', { id: 'charts-h' }, 'The game in charts'),
    h(
      'p',
      { className: 'hint' },
      'Dashed lines are targets and limits: an objective\u2019s target, where the board acts, and the thresholds of the DORA clusters.',
      marks.length ? ' Numbered marks are the turning points listed below.' : null,
    ),
    h('div', { className: 'chart-grid' }, ...specs.map((spec) => chartFigure(spec, words, marks))),
  );
}

/** An event of the debrief: the log item, and its causes again for paper (a closed disclosure prints as nothing). */
function debriefItem(e: GameEvent): HTMLElement {
  const item = eventItem(e);
  if (e.causes.length === 0) return item;
  const list = causesList(e.causes);
  for (const fill of Array.from(list.querySelectorAll<HTMLElement>('.cause-fill'))) {
    fill.style.width = `${fill.dataset['w'] ?? 0}%`;
  }
  item.lastElementChild?.append(
    h('div', { className: 'print-only why-print' }, h('p', {}, 'Why did this happen?'), list),
  );
  return item;
}

const LEAD: Record<TurningPoint['kind'], string> = {
  decision: 'you decided',
  answer: 'you answered',
  release: 'under your release setting',
};

function turning(points: readonly TurningPoint[], words: TurnWords): HTMLElement {
  return h(
    'section',
    { className: 'turning-points', 'aria-labelledby': 'tp-h' },
    h('h2', { id: 'tp-h' }, 'Turning points'),
    h(
      'p',
      { className: 'hint' },
      'Decisions you made and what the engine\u2019s causes trace back to them: a card an answer brought back, incidents during a migration, a regression after a release, debt that piled up under a plan.',
    ),
    points.length === 0
      ? h(
          'p',
          {},
          'No decision of yours can be traced, through the causes of what happened, to a later event: a steady game. The charts show how it went.',
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
                  const item = debriefItem(c.event);
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

function otherStrategies(game: Game, card: Scorecard): HTMLElement {
  const sc = game.loaded.scenario;
  const rows = (['steady', 'move-fast', 'frugal'] as const).map((name) => {
    const { state } = playBot(sc, game.seed, BOTS[name]);
    return { name, score: scorecard(state, sc).score, users: state.market.users, outcome: state.status };
  });
  const all = [
    { name: 'you', score: card.score, users: game.state.market.users, outcome: game.state.status },
    ...rows,
  ];
  const STRATEGY: Record<string, string> = {
    you: 'You',
    steady: 'steady (foundations, gated releases)',
    'move-fast': 'move-fast (all features, ship everything)',
    frugal: 'frugal (costs kept low)',
  };
  return h(
    'section',
    { className: 'others', 'aria-labelledby': 'others-h' },
    h('h2', { id: 'others-h' }, 'Other strategies on the same world'),
    h(
      'p',
      {},
      `Seed ${game.seed} gives the same market, incidents and events to everyone who plays it; only the decisions differ. This is how three simple strategies did on your world:`,
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
        ...all.map((r) =>
          h(
            'tr',
            { className: r.name === 'you' ? 'you' : '' },
            h('td', {}, STRATEGY[r.name] ?? r.name),
            h('td', {}, String(r.score)),
            h('td', {}, count(r.users)),
            h('td', {}, r.outcome),
          ),
        ),
      ),
    ),
    h(
      'p',
      {},
      'To test your own idea against these, play this world again with another strategy: the dice are the same, so any difference comes from what you decided.',
    ),
    h(
      'div',
      { className: 'debrief-actions no-print' },
      h(
        'button',
        { type: 'button', onclick: () => startGame(game.loaded, game.seed, 'practice') },
        'Play this world again',
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
  const big = (title: string, sub: string, onclick: () => void, primary = false): HTMLElement =>
    h(
      'button',
      { type: 'button', className: primary ? 'primary again' : 'again', onclick },
      h('span', { className: 'again-title' }, title),
      h('span', { className: 'again-sub' }, sub),
    );
  return h(
    'div',
    { className: 'debrief-actions no-print' },
    big(
      'Same world, another strategy',
      `Play again with the same seed (${game.seed}): the same market, incidents and events`,
      () => startGame(game.loaded, game.seed, 'practice'),
      true,
    ),
    big('A new world', 'The same scenario with a new seed: different luck', () =>
      chooseScenario(game.loaded),
    ),
    h('button', { type: 'button', onclick: () => goTo('scenarios') }, 'Another scenario'),
    h('button', { type: 'button', onclick: () => window.print() }, 'Print'),
    h('button', { type: 'button', onclick: () => goTo('title') }, 'Title screen'),
  );
}

export function debriefScreen(): View {
  const game = store.getState().game;
  if (!game) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const card = scorecard(game.state, sc);
  const points = turningPoints(game.history, sc);
  const last = game.history[game.history.length - 1];
  const el = h(
    'section',
    { className: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${sc.title}`),
    h('p', { className: 'hint' }, `Seed ${game.seed} \u00b7 ${words.count(game.state.turn)} played`),
    outcome(game, card, words),
    competitionDebrief(game),
    actions(game),
    h('div', { className: 'debrief-grid' }, domains(card), dora(card)),
    objectives(game, card, words),
    notes(game),
    charts(game, card, points, words),
    turning(points, words),
    otherStrategies(game, card),
    last && last.events.length
      ? h(
          'section',
          { className: 'last-turn', 'aria-labelledby': 'final-h' },
          h('h2', { id: 'final-h' }, `The last ${words.unit} (${words.nth(last.snapshot.turn)})`),
          h('ul', { className: 'log' }, ...last.events.map(debriefItem)),
        )
      : null,
  );
  return { el, destroy: () => undefined };
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
  return h(
    'li',
    { className: `headline headline-${tone}` },
    h('span', { className: 'headline-label' }, label),
    h('strong', { className: 'headline-value' }, format(to)),
    h(
      'span',
      { className: 'headline-move' },
      flat ? `unchanged from ${format(from)}` : `${signed(delta, (x) => format(x))} from ${format(from)}`,
    ),
  );
}

export function endScreen(): View {
  const game = store.getState().game;
  if (!game) {
    queueMicrotask(() => goTo('title'));
    return { el: h('section'), destroy: () => undefined };
  }
  // The play screen is gone before it could read out the last turn: say it here.
  announce(turnSummary(game));
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const card = scorecard(game.state, sc);
  const s = game.state;
  const missing = unmetRequired(card, sc);
  const incidents = game.history.reduce((n, r) => n + r.snapshot.incidents, 0);
  const el = h(
    'section',
    { className: 'screen end-screen', 'aria-labelledby': 'end-heading' },
    h('h1', { id: 'end-heading', tabindex: '-1' }, sc.title),
    h('p', { className: 'hint' }, `Seed ${game.seed} \u00b7 ${words.count(s.turn)} played`),
    outcome(game, card, words),
    h(
      'div',
      { className: 'end-grid' },
      h(
        'section',
        { className: 'end-numbers', 'aria-labelledby': 'end-numbers-h' },
        h('h2', { id: 'end-numbers-h' }, `Over ${words.count(s.turn)}`),
        h(
          'ul',
          { className: 'headlines' },
          headline('Users', sc.initial.users, s.market.users, count, 1),
          headline('Cash', sc.initial.cash / 100, s.money.cash / 100, money, 1),
          headline('Technical debt', sc.initial.debt, s.debt, (x) => x.toFixed(0), -1),
          h(
            'li',
            { className: 'headline' },
            h('span', { className: 'headline-label' }, 'Incidents'),
            h('strong', { className: 'headline-value' }, String(incidents)),
            h(
              'span',
              { className: 'headline-move' },
              incidents === 0
                ? 'none at all'
                : `about one every ${words.count(Math.max(1, Math.round(s.turn / incidents)))}`,
            ),
          ),
        ),
        h(
          'p',
          { className: 'end-dora' },
          'Delivery matched the ',
          h('span', { className: `badge cluster-${card.cluster}` }, card.cluster),
          ` DORA cluster: ${card.dora.deploysPerWeek.toFixed(1)} deploys a week, ${pct(card.dora.changeFailureRate)} of them failed.`,
        ),
      ),
      domains(card),
    ),
    missing.length
      ? h(
          'p',
          { className: 'end-next' },
          `The debrief shows what moved ${missing.length === 1 ? 'that objective' : 'those objectives'}, the turning points of your game and how three simple strategies did on this same world.`,
        )
      : h(
          'p',
          { className: 'end-next' },
          'The debrief shows the turning points of your game, the charts behind these numbers and how three simple strategies did on this same world.',
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
