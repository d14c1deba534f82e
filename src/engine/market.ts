/**
 * Market and users: satisfaction from model quality, features, reliability and speed; acquisition through word of
 * mouth in a saturating market with a weekly shock; churn. Pure over the working copy; consumes `market`.
 * Chapter idea: scaling from 100 to 100,000 users.
 */
import { clamp, clamp01, saturate, stochasticRound } from '../lib/num.ts';
import { MAX_USERS } from './limits.ts';
import { roll, rollNormal, Stream } from './rng.ts';
import type { Turn } from './turn.ts';
import type { GameState } from './types.ts';

/** What users would be content with right now, 0..1. */
export function satisfactionTarget(s: GameState, turn: Turn): number {
  const m = s.market;
  const features = saturate(m.featureLevel / turn.p.market.expectedFeatures);
  const speed = clamp01(1 - (s.load.latencyMs - 500) / 2000);
  const base = 0.38 * s.model.quality + 0.3 * features + 0.2 * s.load.slo + 0.12 * speed;
  return clamp01(base * (0.7 + 0.3 * m.trust));
}

/** The week's market shock multiplies acquisition; the same draw for every player of a seed. */
export function marketShock(s: GameState, turn: Turn): number {
  return Math.max(0.2, 1 + turn.p.market.shockVolatility * rollNormal(turn.dice, Stream.market, 0));
}

export function grow(s: GameState, turn: Turn): void {
  const m = s.market;
  const mp = turn.p.market;
  const target = satisfactionTarget(s, turn);
  m.satisfaction = clamp01(m.satisfaction + (target - m.satisfaction) * 0.35 - 0.15 * turn.incidentImpact);
  m.trust = clamp01(m.trust + 0.02 * turn.weeks - 0.06 * turn.incidentImpact);
  m.addressable = Math.min(
    MAX_USERS,
    Math.max(
      m.addressable,
      s.peakUsers,
      turn.scenario.initial.addressable + mp.marketPerFeature * m.featureLevel,
    ),
  );

  const room = clamp01(1 - m.users / m.addressable);
  // Word of mouth only works when people are happy: below 0.4 satisfaction users stop recommending.
  const delight = clamp01((m.satisfaction - 0.4) / 0.5);
  const expected = (mp.baseAcquisition + mp.viralRate * m.users * delight) * room * turn.weeks;
  const shock = marketShock(s, turn);
  const gained = stochasticRound(expected * shock * turn.mods.acquisition, roll(turn.dice, Stream.market, 8));
  const churnRate = mp.baseChurn * (1 + 2.5 * Math.max(0, 0.65 - m.satisfaction)) * turn.mods.churn;
  const incidentChurn = 0.03 * turn.incidentImpact;
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
