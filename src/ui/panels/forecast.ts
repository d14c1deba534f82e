/**
 * The dashboard's forecast: users and cash, the turns played so far and the p10–p90 band of the simulated
 * futures under the plan being drafted (runway.ts). The first forecast of a new turn is computed after the turn
 * is painted; meanwhile the same two charts show the past with the futures' room left empty, so nothing on the
 * page moves when the band arrives (End turn then repaints the charts, not half the page, and the log below the
 * forecast does not come into view and go again).
 */
import type { Band, Forecast } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { fanChart } from '../charts/fan.ts';
import { h } from '../dom.ts';
import { count, money, pct, turnWords, type TurnWords } from '../format.ts';
import { FORECAST_HORIZON, FORECAST_SAMPLES, planForecast, runwayText } from '../runway.ts';

type Charted = 'users' | 'cash';

const CHARTS: { metric: Charted; label: string; format: (x: number) => string }[] = [
  { metric: 'users', label: 'Users', format: count },
  { metric: 'cash', label: 'Cash', format: money },
];

/** The charted past of `metric`: up to 12 turns, from the start of the game when it is that young. */
function past(game: Game, snaps: TurnSnapshot[], metric: Charted): number[] {
  const recent = snaps.slice(-12);
  const now = metric === 'users' ? game.state.market.users : game.state.money.cash / 100;
  if (recent.length === 0) return [now];
  const start =
    metric === 'users' ? game.loaded.scenario.initial.users : game.loaded.scenario.initial.cash / 100;
  return [...(snaps.length <= 12 ? [start] : []), ...recent.map((x) => x[metric])];
}

/** Both fan charts over `ahead` turns to come; `f` null while the turn's forecast is computed. */
function fans(
  game: Game,
  snaps: TurnSnapshot[],
  ahead: number,
  f: Forecast | null,
  ghost: Forecast | null,
): HTMLElement {
  const words = turnWords(game.loaded.scenario);
  const recent = snaps.slice(-12);
  const start = snaps.length <= 12 ? 'start' : words.nth(recent[0]!.turn);
  const end = ahead > 0 ? words.nth(game.state.turn + ahead) : 'now';
  const bands = (m: Charted, of: Forecast | null): Band[] => (of ? of.turns.map((t) => t.bands[m]!) : []);
  return h(
    'div',
    { className: 'fans' },
    ...CHARTS.map((c) =>
      fanChart({
        history: past(game, snaps, c.metric),
        bands: bands(c.metric, f),
        ghost: ghost ? bands(c.metric, ghost) : null,
        ahead,
        label: c.label,
        format: c.format,
        start,
        end,
      }),
    ),
  );
}

/** What the charts show, with the runway read from them ("…" while they are computed). */
function key(game: Game, f: Forecast | null, ghost: Forecast | null, words: TurnWords): HTMLElement {
  const runway = h('span', { id: 'forecast-runway' }, `Runway ${runwayText(game) ?? '\u2014'}`);
  if (!f)
    return h(
      'p',
      { className: 'hint forecast-key' },
      `Simulating ${FORECAST_SAMPLES} futures of the next ${words.units}\u2026 the band will hold 8 in 10 of them (p10\u2013p90), the dashed line the median. `,
      runway,
      ': how long the cash lasts in the median future.',
    );
  return h(
    'p',
    { className: 'hint forecast-key' },
    `${f.samples} simulated futures: the band holds 8 in 10 of them (p10\u2013p90), the dashed line is the median. `,
    runway,
    ': how long the cash lasts in the median future.',
    ghost ? ' The faint band is the forecast under your plan before this change.' : '',
  );
}

export function forecastBlock(game: Game, snaps: TurnSnapshot[]): HTMLElement {
  const words = turnWords(game.loaded.scenario);
  const planned = planForecast(game);
  const f = planned?.value ?? null;
  // After a change of plan, the band of the plan before stays as a faint ghost, so the change shows.
  const ghost = planned?.fresh ? planned.before : null;
  const ahead = f ? f.horizon : Math.min(FORECAST_HORIZON, game.loaded.scenario.turns - game.state.turn);
  const alive = f?.turns[f.turns.length - 1]?.alive ?? 1;
  return h(
    'div',
    {
      className: `forecast${!planned ? ' pending' : planned.fresh ? '' : ' stale'}`,
      'aria-busy': planned?.fresh ? 'false' : 'true',
    },
    h('h3', {}, `Forecast: next ${words.count(ahead)} under this plan`),
    key(game, f, ghost, words),
    fans(game, snaps, ahead, f, ghost),
    alive < 0.95
      ? h(
          'p',
          { className: 'warning' },
          `In ${pct(1 - alive)} of simulated futures the company does not make it through the next ${words.count(ahead)}.`,
        )
      : null,
  );
}
