/**
 * The users and the money as the world shows them: the crowd of dots and its scale, users arriving and leaving
 * as rates, the cash with its trend over the last turns, what comes in and goes out, and their labels. Pure.
 */
import type { Game } from '../../store/index.ts';
import { groupThousands, money, signed, turnWords } from '../format.ts';
import { runwayText } from '../runway.ts';
import { MAX_DOTS } from './layout.ts';

export interface MarketView {
  users: number;
  gained: number;
  lost: number;
  dots: number;
  dotScale: number;
  /** Users arriving and leaving, as dots per second (proportional to each other, capped). */
  flow: { inPerSec: number; outPerSec: number };
  labels: { scale: string; users: string; delta: string };
}

export interface MoneyView {
  cash: number;
  /** Cash at the end of each of the last turns (dollars), oldest first, ending with now. */
  trend: number[];
  profit: number;
  coins: { inPerSec: number; outPerSec: number };
  labels: { cash: string; burn: string; runway: string; in: string; out: string };
}

/** The users and cash labels, also used while the transition counts them to their new values. */
export const usersText = (n: number): string => `${groupThousands(n)} user${Math.round(n) === 1 ? '' : 's'}`;
export const cashText = (dollars: number): string => money(dollars);

/** Users per dot so that the market panel never holds more than MAX_DOTS dots: 1, 10, 100, 1,000 … */
export function dotScale(users: number): number {
  let scale = 1;
  while (users / scale > MAX_DOTS) scale *= 10;
  return scale;
}

/** Two flows as rates: the bigger one at `busy` per second (scaled down for a small turnover), the other pro rata. */
export function splitRate(a: number, b: number, busy: number): [number, number] {
  const total = a + b;
  if (total <= 0) return [0, 0];
  const top = Math.max(a, b);
  return [(busy * a) / top, (busy * b) / top];
}

export function marketView(game: Game): MarketView {
  const mk = game.state.market;
  const scale = dotScale(mk.users);
  const turnover = (mk.gained + mk.lost) / Math.max(1, mk.users);
  const busy = Math.min(4, 0.5 + 10 * turnover);
  const [inPerSec, outPerSec] = splitRate(mk.gained, mk.lost, busy);
  const unit = turnWords(game.loaded.scenario).unit;
  return {
    users: mk.users,
    gained: mk.gained,
    lost: mk.lost,
    dots: Math.min(MAX_DOTS, Math.ceil(mk.users / scale)),
    dotScale: scale,
    flow: { inPerSec, outPerSec },
    labels: {
      scale: `= ${groupThousands(scale)} user${scale === 1 ? '' : 's'}`,
      users: usersText(mk.users),
      delta:
        game.state.turn === 0
          ? `before the first ${unit}`
          : `+${groupThousands(mk.gained)} / \u2212${groupThousands(mk.lost)} this ${unit}`,
    },
  };
}

const TREND_TURNS = 12;

/** The runway as the world shows it (the one definition, runway.ts); it changes with the drafted plan. */
export function runwayLabel(game: Game): string {
  const runway = runwayText(game);
  return runway === null ? '' : `Runway ${runway}`;
}

export function moneyView(game: Game): MoneyView {
  const s = game.state;
  const unit = turnWords(game.loaded.scenario).unit;
  const cash = s.money.cash / 100;
  const revenue = s.money.revenue / 100;
  const costs = s.money.costs / 100;
  const profit = revenue - costs;
  // The cash at the end of the last turns, starting from the scenario's opening cash while there are few.
  const trend = game.history.slice(-TREND_TURNS).map((h) => h.snapshot.cash);
  if (game.history.length < TREND_TURNS) trend.unshift(game.loaded.scenario.initial.cash / 100);
  if (trend[trend.length - 1] !== cash) trend.push(cash);
  const [inPerSec, outPerSec] = splitRate(revenue, costs, 2.5);
  return {
    cash,
    trend,
    profit,
    coins: { inPerSec, outPerSec },
    labels: {
      cash: cashText(cash),
      burn: s.turn === 0 ? `no ${unit} played yet` : `${signed(Math.round(profit), money)} per ${unit}`,
      runway: runwayLabel(game),
      in: s.turn === 0 ? '' : `in ${money(revenue)}`,
      out: s.turn === 0 ? '' : `out ${money(costs)}`,
    },
  };
}
