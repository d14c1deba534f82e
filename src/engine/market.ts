/**
 * Market and users: satisfaction from model quality, features (against what competitors have taught users to
 * expect), reliability and speed; acquisition through word of mouth in a saturating market with a weekly shock;
 * churn that rises with dissatisfaction and incidents. Pure over the working copy; consumes `market`.
 * Chapter idea: scaling from 100 to 100,000 users — growth comes from a product that keeps getting better.
 */
import { clamp, clamp01, stochasticRound } from '../lib/num.ts';
import { MAX_USERS } from './limits.ts';
import { roll, rollNormal, Stream } from './rng.ts';
import { servedQuality } from './model.ts';
import type { Turn } from './turn.ts';
import type { GameState } from './types.ts';

/** The feature level users expect now: where the product started plus what competitors shipped since. */
export function expectedFeatures(s: GameState, turn: Turn): number {
  const mp = turn.p.market;
  return mp.expectedFeatures + mp.competitorPace * s.turn * turn.weeks;
}

/** The parts of what users feel, each 0..1 (shown to players as what drives growth and churn). */
export interface SatisfactionParts {
  quality: number;
  features: number;
  reliability: number;
  speed: number;
}

/**
 * Weights of the parts users enjoy (model quality, features, speed). Reliability is not enjoyed, it is expected:
 * it multiplies the rest (an unreliable product loses up to half its appeal), as trust does.
 */
export const SATISFACTION_WEIGHTS = { quality: 0.4, features: 0.45, speed: 0.15 } as const;

export function satisfactionParts(s: GameState, turn: Turn): SatisfactionParts {
  return {
    // A model at 0.3 is useless, at 0.9 excellent.
    quality: clamp01((servedQuality(s, turn.p) - 0.3) / 0.6),
    // At what users expect, three quarters of the way; a third ahead of the market, delighted.
    features: clamp01((0.75 * s.market.featureLevel) / Math.max(1, expectedFeatures(s, turn))),
    // A week at 99% within SLO is fine; at 80% users have stopped trusting it.
    reliability: clamp01((s.load.slo - 0.8) / 0.19),
    speed: clamp01(1 - (s.load.latencyMs - 500) / 2000),
  };
}

/** What users would be content with right now, 0..1. */
export function satisfactionTarget(s: GameState, turn: Turn): number {
  const p = satisfactionParts(s, turn);
  const w = SATISFACTION_WEIGHTS;
  const enjoyed = w.quality * p.quality + w.features * p.features + w.speed * p.speed;
  return clamp01(enjoyed * (0.5 + 0.5 * p.reliability) * (0.7 + 0.3 * s.market.trust));
}

/** The week's market shock multiplies acquisition; the same draw for every player of a seed. */
export function marketShock(s: GameState, turn: Turn): number {
  return Math.max(0.2, 1 + turn.p.market.shockVolatility * rollNormal(turn.dice, Stream.market, 0));
}

/** Word of mouth only works when people are happy: below 0.45 satisfaction nobody recommends the product. */
export function delight(satisfaction: number): number {
  return clamp01((satisfaction - 0.45) / 0.4);
}

export function grow(s: GameState, turn: Turn): void {
  const m = s.market;
  const mp = turn.p.market;
  const target = satisfactionTarget(s, turn);
  m.satisfaction = clamp01(m.satisfaction + (target - m.satisfaction) * 0.35 - 0.2 * turn.incidentImpact);
  m.trust = clamp01(m.trust + 0.015 * turn.weeks - 0.08 * turn.incidentImpact);
  m.addressable = Math.min(
    MAX_USERS,
    Math.max(
      m.addressable,
      s.peakUsers,
      turn.scenario.initial.addressable + mp.marketPerFeature * m.featureLevel,
    ),
  );

  const room = clamp01(1 - m.users / m.addressable);
  const expected =
    (mp.baseAcquisition + mp.viralRate * m.users * delight(m.satisfaction)) * room * turn.weeks;
  const shock = marketShock(s, turn);
  const gained = stochasticRound(expected * shock * turn.mods.acquisition, roll(turn.dice, Stream.market, 8));
  const churnRate = mp.baseChurn * (1 + 3 * Math.max(0, 0.65 - m.satisfaction)) * turn.mods.churn;
  const incidentChurn = 0.06 * turn.incidentImpact;
  const lost = Math.min(
    m.users,
    stochasticRound(
      m.users * clamp01(churnRate * turn.weeks + incidentChurn),
      roll(turn.dice, Stream.market, 9),
    ),
  );
  m.users = clamp(m.users + gained - lost, 0, MAX_USERS);
  m.gained = gained;
  m.lost = lost;
  if (m.users > s.peakUsers) s.peakUsers = m.users;
}
