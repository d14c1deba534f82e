/**
 * Stakeholders and phases. The board meets at its cadence (monthly by default) and reads two things: the numbers,
 * and what you told it. An honest update framed for the situation (risk after incidents, cost when cash is short,
 * velocity when debt slows the team) keeps trust; more updates between meetings are not more trust (each costs
 * preparation time); spin lifts confidence now and hides the bad news, which comes out later with a chance that
 * grows with what it hid, and then costs more than it gained. Phases shift from fast iteration to scaling to
 * maintenance as users and team grow. Pure; consumes the `board` stream.
 * Chapter ideas: explaining technical risk to a CEO or board; the same debt is cheap in one phase, lethal in the next.
 */
import { clamp01, saturate } from '../lib/num.ts';
import { runwayTurns } from './metrics.ts';
import { roll, Stream } from './rng.ts';
import { headcountOf } from './state.ts';
import type { Turn } from './turn.ts';
import type { Framing, GameState, Phase } from './types.ts';
import { debtDensity } from './work.ts';

/** Founder time one board update takes to prepare (engineer-weeks). */
export const UPDATE_TIME = 0.15;
/** Growth a week the board expects on top of its baseline for every round it has closed. */
const EXPECTED_GROWTH_PER_ROUND = 0.01;

/**
 * The framing the situation calls for, or null when nothing is pressing (any honest update then fits): risk when
 * incidents are unexplained, cost when cash is running short, velocity when debt is slowing the team.
 */
export function fittingFraming(s: GameState): Framing | null {
  if (s.stakeholders.unexplained >= 0.5) return 'risk';
  if (runwayTurns(s) < 26) return 'cost';
  if (debtDensity(s) > 0.35) return 'velocity';
  return null;
}

/** Turns between board meetings. */
export function cadenceTurns(weeksPerTurn: number, boardCadence: number): number {
  return Math.max(1, Math.round(boardCadence / Math.max(1, weeksPerTurn)));
}

/** Turns until the next board meeting (0: it meets at the end of this turn). */
export function turnsToMeeting(s: GameState, cadence: number): number {
  return cadence - 1 - (s.turn % cadence);
}

/** An update for the next board meeting: the last one before the meeting is what the board hears. */
export function communicate(s: GameState, turn: Turn, framing: Framing): void {
  const st = s.stakeholders;
  st.lastFraming = framing;
  st.agenda = framing;
  st.updates += 1;
  if (framing !== 'silence') turn.leadershipWeeks += UPDATE_TIME;
}

/** The meeting: the board hears the agenda against what it has seen, then the slate is clean. */
function meet(s: GameState, turn: Turn): void {
  const st = s.stakeholders;
  const framing = st.agenda ?? 'silence';
  const news = saturate(st.unexplained);
  const need = fittingFraming(s);
  switch (framing) {
    case 'cost':
    case 'risk':
    case 'velocity':
      if (need === null || need === framing) {
        st.board = clamp01(st.board + 0.03 + 0.05 * news);
        st.credibility = clamp01(st.credibility + 0.05);
        st.pressure = clamp01(st.pressure - 0.04);
        st.unexplained = 0;
      } else {
        st.board = clamp01(st.board + 0.01);
        st.credibility = clamp01(st.credibility + 0.01);
        st.unexplained *= 0.7;
      }
      break;
    case 'spin':
      st.board = clamp01(st.board + 0.08 + 0.08 * news);
      st.hidden += st.unexplained + 0.5 * debtDensity(s) + (s.market.gained < s.market.lost ? 0.3 : 0);
      st.unexplained = 0;
      break;
    case 'silence':
      // The board reads the numbers anyway; what it was not told costs some confidence and some credibility.
      st.credibility = clamp01(st.credibility - (st.unexplained > 0.2 ? 0.03 : 0.005));
      st.board = clamp01(st.board - 0.04 * news * (1.5 - st.credibility));
      st.unexplained *= 0.5;
      break;
  }
  st.meetings += 1;
  st.agenda = null;
  st.updates = 0;
  void turn;
}

/** Spin comes out with a weekly chance that grows with what it hid (and with incidents that make people look). */
function discoverSpin(s: GameState, turn: Turn): void {
  const st = s.stakeholders;
  if (st.hidden <= 0) return;
  const chance = clamp01(0.04 + 0.25 * saturate(st.hidden) + 0.3 * turn.incidentImpact);
  if (roll(turn.dice, Stream.board, 0) >= chance) {
    st.hidden *= 0.97;
    return;
  }
  const cost = 0.12 + 0.25 * saturate(2 * st.hidden);
  st.board = clamp01(st.board - cost);
  st.credibility = clamp01(st.credibility - 0.3);
  st.unexplained += st.hidden;
  st.hidden = 0;
  turn.events?.push({
    turn: turn.t,
    kind: 'stakeholder',
    id: 'spin-discovered',
    title: 'The board found out what the spin left out',
    detail: `Confidence fell by ${Math.round(cost * 100)} points and they will discount what you say for a while.`,
    tone: 'bad',
    causes: [
      { factor: 'spin', label: 'bad news presented as good', weight: 0.7 },
      { factor: 'incidents', label: 'incidents that made people look', weight: 0.3 },
    ],
  });
}

/** Board confidence drifts toward what the numbers say; surprises cost more when credibility is low. */
export function updateStakeholders(s: GameState, turn: Turn): void {
  const st = s.stakeholders;
  const m = s.market;
  const growth = m.users > 0 ? (m.gained - m.lost) / m.users / turn.weeks : 0;
  st.trend += (growth - st.trend) * 0.25 * turn.weeks;
  const expected = EXPECTED_GROWTH_PER_ROUND * s.money.rounds;
  const runway = runwayTurns(s) * turn.weeks;
  const versus = Math.max(-0.08, Math.min(0.08, st.trend - expected));
  const target = clamp01(0.55 + 4 * versus + 0.15 * (m.satisfaction - 0.5) - 0.25 * st.pressure);
  st.board = clamp01(st.board + (target - st.board) * 0.12 * turn.weeks);
  // Surprises: incidents the board hears about from customers rather than from you.
  const surprise = turn.incidentImpact * (1.5 - st.credibility);
  st.board = clamp01(st.board - 0.08 * surprise);
  const pressureTarget = clamp01(1 - runway / 40) * 0.8 + (st.trend < 0.01 + expected ? 0.2 : 0);
  st.pressure = clamp01(st.pressure + (pressureTarget - st.pressure) * 0.2 * turn.weeks);
  discoverSpin(s, turn);
  const cadence = cadenceTurns(turn.weeks, turn.p.stakeholders.boardCadence);
  if (turnsToMeeting(s, cadence) === 0) meet(s, turn);
}

/** Phases never go back: once scaling, the company lives with what it built. */
export function updatePhase(s: GameState, turn: Turn): void {
  const pp = turn.p.phases;
  let next: Phase = s.phase;
  if (
    s.phase === 'iteration' &&
    (s.market.users >= pp.scalingUsers || headcountOf(s.team) >= pp.scalingHeadcount)
  ) {
    next = 'scaling';
  } else if (s.phase === 'scaling' && s.market.users >= pp.maintenanceShare * s.market.addressable) {
    next = 'maintenance';
  }
  if (next === s.phase) return;
  s.phase = next;
  turn.events?.push({
    turn: turn.t,
    kind: 'phase',
    id: `phase-${next}`,
    title:
      next === 'scaling'
        ? 'The company has entered the scaling phase'
        : 'The product has entered the maintenance phase',
    detail:
      next === 'scaling'
        ? 'Debt now charges more interest and makes incidents likelier: what was cheap during fast iteration is expensive now.'
        : 'Growth is slowing as the market fills; keeping the system modifiable matters more than new features.',
    tone: 'warning',
    causes:
      next === 'scaling'
        ? [
            { factor: 'users', label: 'user base', weight: s.market.users >= pp.scalingUsers ? 0.7 : 0.3 },
            { factor: 'team', label: 'team size', weight: s.market.users >= pp.scalingUsers ? 0.3 : 0.7 },
          ]
        : [{ factor: 'market', label: 'market share', weight: 1 }],
  });
}
