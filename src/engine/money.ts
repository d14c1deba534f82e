/**
 * Money: revenue from users, costs of people, agents, infrastructure and inference, funding rounds.
 * Cash changes by exactly revenue - costs + funding, in whole cents. Pure; consumes the `funding` stream.
 * Chapter idea: cost optimisation at scale (the serverless/dedicated and hosted/self-hosted crossovers).
 */
import { formatDollars } from '../lib/format.ts';
import { cents, clamp, clamp01 } from '../lib/num.ts';
import { MAX_CASH_CENTS, MAX_FLOW_CENTS } from './limits.ts';
import { roll, Stream } from './rng.ts';
import { headcountOf } from './state.ts';
import type { Turn } from './turn.ts';
import type { GameState } from './types.ts';
import { ROLES } from './types.ts';

export interface CostBreakdown {
  salaries: number;
  infra: number;
  inference: number;
}

/** Weekly running costs in cents for a state (also used by forecasts and the cost-crossover lesson). */
export function runningCosts(s: GameState, turn: Turn): CostBreakdown {
  const mp = turn.p.money;
  let salaries = s.team.agents * mp.agentSeatCents;
  for (const role of ROLES) salaries += headcountOf(s.team, role) * mp.salaryCents[role];
  const requests = s.market.users * turn.p.load.requestsPerUser;
  const edge = s.arch.placement === 'edge' ? 1.25 : 1;
  // While a migration runs, both worlds are paid for.
  const dual = s.arch.migration && s.arch.migration.axis === 'hosting' ? 1.2 : 1;
  const hosting =
    s.arch.hosting === 'serverless'
      ? requests * mp.serverlessPerKReqCents
      : Math.max(s.arch.dedicatedUnits, requests > 0 ? 1 : 0) * mp.dedicatedUnitCents;
  const infra = hosting * edge * dual * turn.mods.infraCost * turn.costSpike;
  const serving = s.arch.serving;
  const inference =
    (requests * mp.inferencePerKReqCents[serving] + mp.servingFixedCents[serving]) *
    turn.mods.inferenceCost *
    turn.costSpike;
  return { salaries, infra, inference };
}

/** Success chance of a funding round: traction and board confidence open doors, pressure closes them. */
export function raiseChance(s: GameState): number {
  const growth = s.market.users > 0 ? s.market.gained / s.market.users : 0;
  return clamp01(0.15 + 0.45 * s.stakeholders.board + 2.5 * growth - 0.2 * s.stakeholders.pressure);
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
  if (turn.raise) raise(s, turn);
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

function raise(s: GameState, turn: Turn): void {
  const mp = turn.p.money;
  s.money.lastRaiseTurn = turn.t;
  const chance = raiseChance(s);
  const ok = roll(turn.dice, Stream.funding, 0) < chance;
  const board = s.stakeholders.board;
  const amount = flow(
    Math.max(mp.raiseMinCents, s.market.users * mp.raisePerUserCents) * (0.6 + 0.6 * board),
  );
  const growth = s.market.users > 0 ? s.market.gained / s.market.users : 0;
  const parts = [0.15, 0.45 * board, 2.5 * growth];
  const sum = parts[0]! + parts[1]! + parts[2]!;
  const causes = [
    { factor: 'base-rate', label: 'investor appetite', weight: parts[0]! / sum },
    { factor: 'board', label: 'board confidence', weight: parts[1]! / sum },
    { factor: 'growth', label: 'user growth', weight: parts[2]! / sum },
  ];
  if (ok) {
    turn.fundingIn += amount;
    s.money.raisedTotal = Math.min(MAX_CASH_CENTS, s.money.raisedTotal + amount);
    s.stakeholders.pressure = clamp01(s.stakeholders.pressure - 0.3);
    s.stakeholders.board = clamp01(board + 0.05);
  } else {
    s.stakeholders.pressure = clamp01(s.stakeholders.pressure + 0.1);
    s.stakeholders.board = clamp01(board - 0.05);
  }
  turn.events.push({
    turn: turn.t,
    kind: 'money',
    id: ok ? 'raise-succeeded' : 'raise-failed',
    title: ok ? `Raised ${formatDollars(amount)}` : 'Investors passed on the round',
    detail: `The round had a ${Math.round(chance * 100)}% chance, from traction, board confidence and investor pressure.`,
    tone: ok ? 'good' : 'bad',
    causes,
  });
}
