/**
 * Money: revenue from users, costs of people, agents, infrastructure and inference, and funding rounds that take
 * weeks, need traction and dilute the founders. Cash changes by exactly revenue - costs + funding, in whole cents.
 * Pure; consumes the `funding` stream.
 * Chapter idea: cost optimisation at scale (the serverless/dedicated and hosted/self-hosted crossovers).
 */
import { formatDollars } from '../lib/format.ts';
import { cents, clamp, clamp01, saturate } from '../lib/num.ts';
import { MAX_CASH_CENTS, MAX_FLOW_CENTS } from './limits.ts';
import { roll, Stream } from './rng.ts';
import { ofRole, ofServing } from './by-name.ts';
import { headcountAt } from './state.ts';
import type { Turn } from './turn.ts';
import type { GameState, Params } from './types.ts';
import { ROLES } from './types.ts';

export interface CostBreakdown {
  salaries: number;
  infra: number;
  inference: number;
}

/** Founder time a round in progress takes each week (pitch meetings, diligence), engineer-weeks. */
export const RAISE_TIME = 0.3;

/** Weekly hosting cost in cents: per request on serverless; units plus a fixed platform cost on dedicated. */
export function hostingCents(s: GameState, turn: Turn, requests: number): number {
  const mp = turn.p.money;
  if (s.arch.hosting === 'serverless') return requests * mp.serverlessPerKReqCents;
  return s.arch.dedicatedUnits * mp.dedicatedUnitCents + mp.dedicatedFixedCents;
}

/** Weekly running costs in cents for a state (also used by forecasts and the cost-crossover lesson). */
export function runningCosts(s: GameState, turn: Turn): CostBreakdown {
  const mp = turn.p.money;
  let salaries = s.team.agents * mp.agentSeatCents;
  for (let i = 0; i < ROLES.length; i++) salaries += headcountAt(s.team, i) * ofRole(mp.salaryCents, i);
  const requests = s.market.users * turn.p.load.requestsPerUser;
  const edge = s.arch.placement === 'edge' ? 1.25 : 1;
  // While a hosting migration runs, both worlds are paid for.
  const dual = s.arch.migration && s.arch.migration.axis === 'hosting' ? 1.2 : 1;
  const infra = hostingCents(s, turn, requests) * edge * dual * turn.mods.infraCost * turn.costSpike;
  const serving = s.arch.serving;
  // A hostedApiPrice modifier scales the hosted API's price alone (×1 otherwise: the same bits as before).
  const perK =
    ofServing(mp.inferencePerKReqCents, serving) * (serving === 'hosted-api' ? turn.mods.hostedApiPrice : 1);
  const inference =
    (requests * perK + ofServing(mp.servingFixedCents, serving)) * turn.mods.inferenceCost * turn.costSpike;
  return { salaries, infra, inference };
}

/** Engineer-weeks a week that `units` dedicated servers take to run (patching, provisioning, on-call). */
export function serverOpsWeeks(lp: Params['load'], units: number): number {
  return lp.dedicatedOpsWeeks + 0.002 * units;
}

/** Engineer-weeks a week that running your own servers and model takes (patching, provisioning, on-call). */
export function opsWeeks(s: GameState, turn: Turn): number {
  const lp = turn.p.load;
  const servers = s.arch.hosting === 'dedicated' ? serverOpsWeeks(lp, s.arch.dedicatedUnits) : 0;
  const model = s.arch.serving === 'hosted-api' ? 0 : lp.servingOpsWeeks;
  return servers + model;
}

/** Weekly growth of users over the last weeks of a round (traction is what investors buy). */
function traction(s: GameState): number {
  const r = s.money.raise;
  if (!r) return 0;
  const weeks = Math.max(1, s.turn - r.startedTurn);
  const grown = (s.market.users - r.usersAtStart) / Math.max(100, r.usersAtStart);
  return grown / weeks;
}

/**
 * Success chance of a round when investors decide: growth during the round opens doors (about 3% a week is a
 * strong seed-stage story), board confidence helps, pressure and a thin user base close them.
 */
export function raiseChance(s: GameState): number {
  const growth = traction(s);
  const scale = saturate(s.market.users / 5000);
  return clamp01(
    0.05 + 6 * growth + 0.25 * s.stakeholders.board + 0.2 * scale - 0.2 * s.stakeholders.pressure,
  );
}

/** Starts a round: investors decide after the scenario's raise weeks (turns rounded up). */
export function startRaise(s: GameState, turn: Turn): void {
  const turns = Math.max(1, Math.ceil(turn.p.money.raiseWeeks / turn.weeks));
  s.money.raise = { startedTurn: turn.t, decidesTurn: turn.t + turns, usersAtStart: s.market.users };
  s.money.lastRaiseTurn = turn.t;
  turn.events?.push({
    turn: turn.t,
    kind: 'money',
    id: 'raise-started',
    title: 'You started raising a round',
    detail: `Investors will decide in about ${turns * turn.weeks} weeks; they will watch your growth until then. Pitching takes some of your time each week.`,
    tone: 'info',
    causes: [],
  });
}

export function settle(s: GameState, turn: Turn): void {
  const m = s.money;
  const w = turn.weeks;
  const costs = runningCosts(s, turn);
  const revenue = flow(
    s.market.users * turn.p.money.arpuCents * (0.6 + 0.4 * s.market.satisfaction) * w * turn.mods.revenue,
  );
  const salaries = flow(costs.salaries * w);
  const infra = flow(costs.infra * w);
  const inference = flow(costs.inference * w);
  const total = salaries + infra + inference + flow(turn.otherCosts);
  if (m.raise && turn.t + 1 >= m.raise.decidesTurn) decideRaise(s, turn);
  const funding = flow(turn.fundingIn);
  m.revenue = revenue;
  m.costs = total;
  m.funding = funding;
  m.salaries = salaries;
  m.infra = infra;
  m.inference = inference;
  m.cash = clamp(m.cash + revenue - total + funding, -MAX_CASH_CENTS, MAX_CASH_CENTS);
}

/** A turn's flow of money in whole cents, within the world's limits (see limits.ts). */
function flow(x: number): number {
  return cents(clamp(x, 0, MAX_FLOW_CENTS));
}

/**
 * The investors' decision. A closed round brings cash, sells part of the company (less with strong traction) and
 * raises the board's expectations; a failed one costs board confidence and adds pressure.
 */
function decideRaise(s: GameState, turn: Turn): void {
  const mp = turn.p.money;
  const st = s.stakeholders;
  const chance = raiseChance(s);
  const growth = traction(s);
  const ok = roll(turn.dice, Stream.funding, 0) < chance;
  s.money.raise = null;
  s.money.lastRaiseTurn = turn.t;
  const amount = flow(
    Math.max(mp.raiseMinCents, s.market.users * mp.raisePerUserCents) * (0.7 + 0.6 * st.board),
  );
  const sold = clamp(mp.dilution * (1.4 - 10 * growth), mp.dilution * 0.6, mp.dilution * 1.5);
  if (ok) {
    turn.fundingIn += amount;
    s.money.raisedTotal = Math.min(MAX_CASH_CENTS, s.money.raisedTotal + amount);
    s.money.ownership = s.money.ownership * (1 - sold);
    s.money.rounds += 1;
    st.pressure = clamp01(st.pressure + 0.1);
    st.board = clamp01(st.board + 0.05);
  } else {
    st.pressure = clamp01(st.pressure + 0.15);
    st.board = clamp01(st.board - 0.08);
  }
  if (!turn.events) return;
  const parts = [0.05, 6 * Math.max(0, growth), 0.25 * st.board, 0.2 * saturate(s.market.users / 5000)];
  const sum = parts[0]! + parts[1]! + parts[2]! + parts[3]!;
  turn.events.push({
    turn: turn.t,
    kind: 'money',
    id: ok ? 'raise-succeeded' : 'raise-failed',
    title: ok
      ? `Raised ${formatDollars(amount)} for ${Math.round(sold * 100)}% of the company`
      : 'Investors passed on the round',
    detail: ok
      ? `The round had a ${Math.round(chance * 100)}% chance. The board now expects faster growth.`
      : `The round had a ${Math.round(chance * 100)}% chance, from your growth during the round, board confidence and investor pressure.`,
    tone: ok ? 'good' : 'bad',
    causes: [
      { factor: 'base-rate', label: 'investor appetite', weight: parts[0]! / sum },
      { factor: 'growth', label: 'user growth during the round', weight: parts[1]! / sum },
      { factor: 'board', label: 'board confidence', weight: parts[2]! / sum },
      { factor: 'users', label: 'size of the user base', weight: parts[3]! / sum },
    ],
  });
}
