/**
 * Format 2's starting state: what a scenario may set about the company on turn 0 beyond format 1's fields (its
 * phase, customer trust and satisfaction, burnout, investor pressure and the board's credibility, the founders'
 * ownership and earlier rounds, people still ramping up), and the running records of objectives measured over
 * time. Each absent field leaves the rules' start as it was. Pure over the fresh state.
 */
import { clamp01 } from '../lib/num.ts';
import { initialTracks } from './objectives.ts';
import type { GameState, Scenario } from './types.ts';
import { ROLES } from './types.ts';

export function applyStart(s: GameState, scenario: Scenario): GameState {
  const init = scenario.initial;
  if (init.phase !== undefined) s.phase = init.phase;
  if (init.trust !== undefined) s.market.trust = clamp01(init.trust);
  if (init.satisfaction !== undefined) s.market.satisfaction = clamp01(init.satisfaction);
  if (init.burnout !== undefined) s.team.burnout = clamp01(init.burnout);
  if (init.pressure !== undefined) s.stakeholders.pressure = clamp01(init.pressure);
  if (init.credibility !== undefined) s.stakeholders.credibility = clamp01(init.credibility);
  if (init.ownership !== undefined) s.money.ownership = clamp01(init.ownership);
  if (init.rounds !== undefined) s.money.rounds = init.rounds;
  if (init.onboarding) {
    ROLES.forEach((role, i) => {
      const n = init.onboarding![role] ?? 0;
      if (n > 0) s.team.onboarding.push(i, n, 0);
    });
  }
  const tracks = initialTracks(scenario);
  if (tracks) s.tracks = tracks;
  return s;
}
