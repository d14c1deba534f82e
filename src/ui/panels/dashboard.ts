/**
 * The dashboard: key numbers with trend sparklines, the forecast with p10–p90 ranges for users and runway under
 * the plan being drafted, the DORA keys with their cluster, and the phase.
 */
import type { Forecast } from '../../engine/index.ts';
import { doraCluster, forecast } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { fanChart } from '../charts/fan.ts';
import { sparkline } from '../charts/sparkline.ts';
import { h } from '../dom.ts';
import { count, days, hours, money, pct, runway, signed, turnUnit } from '../format.ts';
import { rollingDora } from '../metrics.ts';

const HORIZON = 8;
let cache: { state: unknown; draft: unknown; value: Forecast } | null = null;

/** The forecast under the drafted plan, computed once per state and draft. */
export function planForecast(game: Game): Forecast {
  if (cache && cache.state === game.state && cache.draft === game.draft) return cache.value;
  const value = forecast(game.state, game.loaded.scenario, {
    horizon: HORIZON,
    samples: 40,
    metrics: ['users', 'cash', 'runwayTurns'],
    decisions: game.draft,
  });
  cache = { state: game.state, draft: game.draft, value };
  return value;
}

interface Kpi {
  id: string;
  label: string;
  value: string;
  delta?: string;
  series?: number[];
  tone?: 'good' | 'bad' | 'falling' | '';
}

function kpi(k: Kpi): HTMLElement {
  return h(
    'div',
    { className: `kpi ${k.tone ?? ''}`, id: `kpi-${k.id}` },
    h('span', { className: 'kpi-label' }, k.label),
    h('span', { className: 'kpi-value' }, k.value),
    k.delta ? h('span', { className: 'kpi-delta' }, k.delta) : null,
    k.series ? sparkline(k.series, 96, 22, `${k.label} trend`) : null,
  );
}

function kpis(game: Game, snaps: TurnSnapshot[]): HTMLElement {
  const s = game.state;
  const last = snaps[snaps.length - 1];
  const unit = turnUnit(game.loaded.scenario.params.weeksPerTurn);
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
    kpi({
      id: 'runway',
      label: 'Runway',
      value: last ? runway(last.runwayTurns, unit) : '\u2014',
      tone: last && last.runwayTurns < 12 ? 'bad' : '',
    }),
    kpi({
      id: 'debt',
      label: 'Tech debt',
      value: s.debt.toFixed(0),
      series: series((x) => x.debt),
      tone: s.debt > 80 ? 'bad' : '',
    }),
    kpi({
      id: 'slo',
      label: 'SLO',
      value: pct(s.load.slo, 1),
      series: series((x) => x.slo),
      tone: s.load.slo < 0.97 ? 'bad' : '',
    }),
    kpi({ id: 'morale', label: 'Morale', value: pct(s.team.morale), series: series((x) => x.morale) }),
    kpi({
      id: 'board',
      label: 'Board',
      value: pct(s.stakeholders.board),
      series: series((x) => x.board),
      tone: s.stakeholders.board < 0.35 ? 'bad' : '',
    }),
    kpi({
      id: 'satisfaction',
      label: 'Satisfaction',
      value: pct(s.market.satisfaction),
      series: series((x) => x.satisfaction),
    }),
  );
}

function forecastBlock(game: Game, snaps: TurnSnapshot[]): HTMLElement {
  const f = planForecast(game);
  const unit = turnUnit(game.loaded.scenario.params.weeksPerTurn);
  const bands = (m: 'users' | 'runwayTurns'): NonNullable<Forecast['turns'][number]['bands']['users']>[] =>
    f.turns.map((t) => t.bands[m]!);
  const recent = snaps.slice(-12);
  const alive = f.turns[f.turns.length - 1]?.alive ?? 1;
  return h(
    'div',
    { className: 'forecast' },
    h('h3', {}, `Forecast: next ${f.horizon} ${unit}s under this plan`),
    h(
      'div',
      { className: 'fans' },
      h(
        'figure',
        {},
        fanChart({
          history: [...recent.map((x) => x.users), game.state.market.users],
          bands: bands('users'),
          label: 'Users',
          format: count,
        }),
        h('figcaption', {}, 'Users (p10\u2013p90)'),
      ),
      h(
        'figure',
        {},
        fanChart({
          history: [
            ...recent.map((x) => Math.min(x.runwayTurns, 104)),
            Math.min(recent[recent.length - 1]?.runwayTurns ?? 104, 104),
          ],
          bands: bands('runwayTurns').map((b) => ({
            p10: Math.min(b.p10, 104),
            p50: Math.min(b.p50, 104),
            p90: Math.min(b.p90, 104),
          })),
          label: `Runway in ${unit}s`,
          format: (x) => (x >= 104 ? '2y+' : `${Math.round(x)}`),
        }),
        h('figcaption', {}, `Runway in ${unit}s (p10\u2013p90)`),
      ),
    ),
    alive < 0.95
      ? h(
          'p',
          { className: 'warning' },
          `In ${pct(1 - alive)} of simulated futures the company does not make it through the next ${f.horizon} ${unit}s.`,
        )
      : null,
  );
}

function doraBlock(game: Game): HTMLElement {
  const d = rollingDora(game.history, 4, game.loaded.scenario.params.weeksPerTurn);
  if (!d)
    return h(
      'div',
      { className: 'dora' },
      h('h3', {}, 'Delivery (DORA keys)'),
      h('p', { className: 'hint' }, 'Appears after your first release.'),
    );
  const cluster = doraCluster(d);
  return h(
    'div',
    { className: 'dora' },
    h(
      'h3',
      {},
      'Delivery (DORA keys, last 4 turns) ',
      h('span', { className: `badge cluster-${cluster}` }, cluster),
    ),
    h(
      'dl',
      {},
      h('dt', {}, 'Deploys'),
      h('dd', {}, `${d.deploysPerWeek.toFixed(1)}/week`),
      h('dt', {}, 'Lead time'),
      h('dd', {}, days(d.leadTimeDays)),
      h('dt', {}, 'Change failure'),
      h('dd', {}, pct(d.changeFailureRate)),
      h('dt', {}, 'Recovery'),
      h('dd', {}, hours(d.recoveryHours)),
    ),
  );
}

export function dashboard(game: Game): HTMLElement {
  const snaps = game.history.map((r) => r.snapshot);
  return h(
    'section',
    { className: 'dashboard', id: 'section-dashboard', 'aria-labelledby': 'dashboard-h' },
    h('h2', { id: 'dashboard-h', className: 'visually-hidden', tabindex: '-1' }, 'Dashboard'),
    kpis(game, snaps),
    h('div', { className: 'dash-row' }, forecastBlock(game, snaps), doraBlock(game)),
  );
}
