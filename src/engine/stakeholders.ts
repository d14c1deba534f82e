/**
 * Stakeholders and phases. Board confidence follows growth, money and surprises; how the player explains debt,
 * risk and incidents (in cost, risk or velocity terms — or spin, or silence) changes what the next surprise costs.
 * Phases shift from fast iteration to scaling to maintenance as users and team grow. Pure.
 * Chapter ideas: explaining technical risk to a CEO or board; the same debt is cheap in one phase, lethal in the next.
 */
import { clamp01, saturate } from '../lib/num.ts';
import { runwayTurns } from './metrics.ts';
import { headcountOf } from './state.ts';
import type { Turn } from './turn.ts';
import type { Framing, GameState, Phase } from './types.ts';

/** The framing that best fits the situation the board has not yet heard about. */
export function fittingFraming(s: GameState): Framing {
  if (s.incidents.total > 0 && s.stakeholders.unexplained >= 0.5) return 'risk';
  if (s.debt >= 60) return 'velocity';
  return 'cost';
}

export function communicate(s: GameState, turn: Turn, framing: Framing): void {
  const st = s.stakeholders;
  st.lastFraming = framing;
  const news = saturate(st.unexplained);
  switch (framing) {
    case 'cost':
    case 'risk':
    case 'velocity': {
      const fit = framing === fittingFraming(s) ? 1 : 0.5;
      st.board = clamp01(st.board + 0.02 + 0.06 * fit * news);
      st.credibility = clamp01(st.credibility + 0.05 * fit);
      st.pressure = clamp01(st.pressure - 0.04 * fit);
      st.unexplained = st.unexplained * (1 - fit);
      break;
    }
    case 'spin':
      st.board = clamp01(st.board + 0.06);
      st.credibility = clamp01(st.credibility - 0.12);
      break;
    case 'silence':
      st.credibility = clamp01(st.credibility - 0.02);
      break;
  }
}

/** Board confidence drifts toward what the numbers say; surprises cost more when credibility is low. */
export function updateStakeholders(s: GameState, turn: Turn): void {
  const st = s.stakeholders;
  const m = s.market;
  const growth = m.users > 0 ? (m.gained - m.lost) / m.users : 0;
  const runway = runwayTurns(s);
  const target = clamp01(0.5 + 4 * growth + 0.15 * (m.satisfaction - 0.5) - 0.25 * st.pressure);
  st.board = clamp01(st.board + (target - st.board) * 0.12 * turn.weeks);
  // Surprises: incidents the board hears about from customers rather than from you.
  const surprise = turn.incidentImpact * (1.5 - st.credibility);
  st.board = clamp01(st.board - 0.08 * surprise);
  const pressureTarget = clamp01(1 - runway / 40) * 0.8 + (growth < 0.01 ? 0.2 : 0);
  st.pressure = clamp01(st.pressure + (pressureTarget - st.pressure) * 0.2 * turn.weeks);
  st.unexplained = st.unexplained * 0.9;
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
  turn.events.push({
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
