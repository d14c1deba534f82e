/**
 * The dashboard: key numbers with trend sparklines, the forecast with p10–p90 ranges of users and cash under
 * the plan being drafted, the runway read from that same forecast (runway.ts), and the DORA keys with their
 * cluster.
 */
import { doraCluster, doraHasData, DORA_MIN_DEPLOYS } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { legend, lineChart } from '../charts/line.ts';
import { moneyFlowCharts } from '../charts/money-flow.ts';
import { sparkline } from '../charts/sparkline.ts';
import { h } from '../dom.ts';
import { count, days, hours, money, pct, signed, turnWords, type TurnWords } from '../format.ts';
import { rollingDora } from '../metrics.ts';
import { forecastRunway, planForecast, runwayText, runwayWords } from '../runway.ts';
import { forecastBlock } from './forecast.ts';
import { BOARD_LOW, DEBT_HIGH, sloMissed, sloTarget } from '../thresholds.ts';

interface Kpi {
  id: string;
  label: string;
  value: string;
  delta?: string;
  series?: number[];
  tone?: 'good' | 'bad' | 'falling' | '';
  /** Says what the number means (tooltip). */
  title?: string;
}

function kpi(k: Kpi): HTMLElement {
  return h(
    'div',
    { className: `kpi ${k.tone ?? ''}`, id: `kpi-${k.id}`, title: k.title },
    h('span', { className: 'kpi-label' }, k.label),
    h('span', { className: 'kpi-value' }, k.value),
    k.delta ? h('span', { className: 'kpi-delta' }, k.delta) : null,
    k.series ? sparkline(k.series, 96, 22, `${k.label} trend`) : null,
  );
}

/** The runway tile: the median simulated future's, with the pessimistic one beside it. */
function runwayKpi(game: Game, words: TurnWords): Kpi {
  const f = planForecast(game);
  const r = f ? forecastRunway(f.value) : null;
  const title = `Whole ${words.units} until the cash runs out in the median future of the forecast below (under this plan: one-off costs are paid once), and in the worst one in ten (p10).`;
  if (!r) return { id: 'runway', label: 'Runway (forecast)', value: runwayText(game) ?? '\u2014', title };
  return {
    id: 'runway',
    label: 'Runway (forecast)',
    value: runwayWords(r.p50, game.loaded.scenario),
    delta: r.p10 === r.p50 ? 'median future' : `median; p10 ${runwayWords(r.p10, game.loaded.scenario)}`,
    tone: r.p50 !== null && r.p50 < 12 ? 'bad' : '',
    title,
  };
}

function kpis(game: Game, snaps: TurnSnapshot[]): HTMLElement {
  const s = game.state;
  const last = snaps[snaps.length - 1];
  const words = turnWords(game.loaded.scenario);
  const unit = words.unit;
  const series = (f: (x: TurnSnapshot) => number): number[] => snaps.map(f);
  const net = last ? last.gained - last.lost : 0;
  const profit = last ? last.revenue - last.costs : 0;
  return h(
    'div',
    { className: 'kpis' },
    kpi({
      id: 'users',
      label: 'Users',
      value: count(s.market.users),
      delta: last ? `${signed(net)} this ${unit}` : '',
      series: series((x) => x.users),
      tone: net < 0 ? 'bad' : '',
    }),
    kpi({
      id: 'cash',
      label: 'Cash',
      value: money(s.money.cash / 100),
      delta: last ? `${signed(profit, money)} /${unit}` : '',
      series: series((x) => x.cash),
      tone: profit < 0 ? 'falling' : 'good',
    }),
    kpi(runwayKpi(game, words)),
    kpi({
      id: 'debt',
      label: 'Tech debt',
      value: s.debt.toFixed(0),
      series: series((x) => x.debt),
      tone: s.debt > DEBT_HIGH ? 'bad' : '',
    }),
    kpi({
      id: 'slo',
      label: 'SLO',
      value: pct(s.load.slo, 1),
      series: series((x) => x.slo),
      tone: sloMissed(s, sloTarget(game.loaded.scenario)) ? 'bad' : '',
      title: `Share of the last ${unit} within the service level objective (responses in time, no errors); the target is ${pct(sloTarget(game.loaded.scenario))}.`,
    }),
    kpi({ id: 'morale', label: 'Morale', value: pct(s.team.morale), series: series((x) => x.morale) }),
    kpi({
      id: 'board',
      label: 'Board',
      value: pct(s.stakeholders.board),
      series: series((x) => x.board),
      tone: s.stakeholders.board < BOARD_LOW ? 'bad' : '',
    }),
    kpi({
      id: 'satisfaction',
      label: 'Satisfaction',
      value: pct(s.market.satisfaction),
      series: series((x) => x.satisfaction),
    }),
  );
}

/** The money chart's drawing size: its text keeps a readable size on a phone as on a laptop. */
function chartSize(): { width: number; height: number } {
  const phone = typeof matchMedia === 'function' && matchMedia('(max-width: 600px)').matches;
  return phone ? { width: 360, height: 170 } : { width: 320, height: 170 };
}

/** Money in and out per turn, so a cost crossover (serverless against dedicated, salaries against revenue) shows. */
function moneyBlock(game: Game, snaps: TurnSnapshot[]): HTMLElement {
  const words = turnWords(game.loaded.scenario);
  const title = `Money in and out per ${words.unit}`;
  return h(
    'figure',
    { className: 'money-chart', id: 'money-chart' },
    h('figcaption', {}, h('strong', {}, title)),
    snaps.length < 2
      ? h('p', { className: 'hint' }, `Appears after your first two ${words.units}.`)
      : h(
          'div',
          { className: 'money-pair' },
          ...moneyFlowCharts(snaps).map((c) =>
            h(
              'figure',
              { className: 'money-sub' },
              h('figcaption', {}, c.title),
              lineChart(`${title}: ${c.title.toLowerCase()}`, c.series, money, {
                unit: words.unit,
                ...chartSize(),
              }),
              legend(c.series),
            ),
          ),
        ),
  );
}

/** The deploy queue of the week just played: deploys, and finished changes still waiting to go out. */
function deployLine(game: Game): HTMLElement | null {
  const d = game.state.delivery;
  if (game.history.length === 0) return null;
  const unit = turnWords(game.loaded.scenario).unit;
  const deploys = Math.round(d.deploys);
  const waiting =
    d.waiting >= 0.05
      ? `${d.waiting.toFixed(1)} engineer-weeks of finished changes wait for the next deploy (about ${days(d.waitingAgeDays)} old)`
      : 'nothing finished waits to go out';
  return h(
    'p',
    { className: 'hint', id: 'deploy-queue' },
    `Last ${unit}: ${deploys} deploy${deploys === 1 ? '' : 's'}${d.failures > 0 ? `, ${Math.round(d.failures)} failed` : ''}; ${waiting}.`,
  );
}

function doraBlock(game: Game): HTMLElement {
  const words = turnWords(game.loaded.scenario);
  const d = rollingDora(game.history, 4, game.loaded.scenario.params.weeksPerTurn);
  const title = h(
    'abbr',
    { title: 'DevOps Research and Assessment: four measures of software delivery' },
    'DORA',
  );
  // The engine says when the keys rest on enough deploys to mean anything (one failed deploy is not "100%").
  if (!d || !doraHasData(game.state))
    return h(
      'div',
      { className: 'dora', id: 'dora' },
      h('h3', {}, 'Delivery (', title, ' keys) ', h('span', { className: 'badge' }, 'not enough data')),
      h(
        'p',
        { className: 'hint' },
        `The four keys (deploys, lead time, change failure, recovery) and their cluster appear after ${DORA_MIN_DEPLOYS} deploys: ${Math.floor(game.state.totals.deploys)} so far.`,
      ),
      deployLine(game),
    );
  const cluster = doraCluster(d);
  return h(
    'div',
    { className: 'dora', id: 'dora' },
    h(
      'h3',
      {},
      'Delivery (',
      title,
      ` keys, last ${words.count(Math.min(4, game.history.length))}) `,
      h('span', { className: `badge cluster-${cluster}` }, cluster),
    ),
    h(
      'dl',
      {},
      ...(
        [
          // Deploys are counted per calendar week whatever the turn length, as DORA does.
          ['Deploys', `${d.deploysPerWeek.toFixed(1)}/week`],
          ['Lead time', days(d.leadTimeDays)],
          ['Change failure', pct(d.changeFailureRate)],
          ['Recovery', hours(d.recoveryHours)],
        ] as const
      ).map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))),
    ),
    deployLine(game),
  );
}

export function dashboard(game: Game): HTMLElement {
  const snaps = game.history.map((r) => r.snapshot);
  return h(
    'section',
    { className: 'dashboard', id: 'section-dashboard', 'aria-labelledby': 'dashboard-h' },
    h('h2', { id: 'dashboard-h', className: 'visually-hidden', tabindex: '-1' }, 'Dashboard'),
    kpis(game, snaps),
    h('div', { className: 'dash-row' }, forecastBlock(game, snaps), moneyBlock(game, snaps), doraBlock(game)),
  );
}
