/**
 * Delivery: the release batch goes out in deploys whose number the pipeline allows; each deploy may fail.
 * Produces the DORA four keys of the turn. Pure over the working copy; consumes the `delivery` stream.
 * Chapter/DORA idea: small batches, automation and observability raise throughput and stability together.
 */
import { saturate, sq, stochasticRound } from '../lib/num.ts';
import { MAX_FEATURES } from './limits.ts';
import { roll, Stream } from './rng.ts';
import type { Turn } from './turn.ts';
import { debtDrag } from './work.ts';
import type { GameState, ReleaseMode } from './types.ts';

/** Hours until someone knows something is wrong: observability and on-call shorten it. */
export function detectHours(observability: number, onCall: boolean): number {
  return (0.2 + 20 * sq(1 - observability)) * (onCall ? 0.5 : 1);
}

/** Hours to restore service after a bad change: automation makes rollback routine; debt makes it a hunt. */
export function restoreHours(testAutomation: number, debt: number, canary: boolean): number {
  return (0.3 + 16 * sq(1 - testAutomation)) * (1 + debt / 200) * (canary ? 0.5 : 1);
}

/** Deploys per week the pipeline supports: automation enables small, frequent batches. */
export function cadence(s: GameState): number {
  const auto = s.practices.testAutomation;
  const services = s.arch.structure === 'microservices' ? 1.3 : 1;
  return (0.4 + 14 * auto * auto) * services * debtDrag(s.debt, 0.5);
}

const MODE_PACE: Record<ReleaseMode, number> = {
  ship: 1,
  gate: 0.85,
  ab: 0.8,
  canary: 0.9,
  rollback: 0,
  hold: 0,
};
const MODE_LEAD_DAYS: Record<ReleaseMode, number> = {
  ship: 0,
  gate: 0.3,
  ab: 3.5,
  canary: 0.5,
  rollback: 0,
  hold: 0,
};

export function deliver(s: GameState, turn: Turn): void {
  const mode = s.plan.release;
  const pr = s.practices;
  const d = s.delivery;
  d.deploys = 0;
  d.failures = 0;
  d.leadTimeDays = 0;
  d.recoveryHours = 0;
  s.totals.weeks += turn.weeks;
  if (MODE_PACE[mode] === 0 || s.market.pendingWork < 0.05) return;

  const deploys = stochasticRound(
    cadence(s) * MODE_PACE[mode] * turn.weeks,
    roll(turn.dice, Stream.delivery, 0),
  );
  if (deploys === 0) return; // a slow, manual pipeline: the batch waits and grows
  const batch = s.market.pendingWork / deploys;
  turn.released = s.market.pendingWork;
  s.market.featureLevel = Math.min(MAX_FEATURES, s.market.featureLevel + s.market.pendingWork);
  s.market.pendingWork = 0;

  const agentShare = turn.capacity > 0 ? Math.min(1, turn.agentWeeks / turn.capacity) : 0;
  let failP =
    0.03 +
    0.45 * (1 - pr.testAutomation) * saturate(batch / 1.5) +
    0.2 * saturate(s.debt / 150) +
    0.3 * turn.unreviewed * agentShare;
  if (mode === 'gate') failP *= 1 - 0.5 * pr.evalCoverage;
  if (mode === 'canary') failP *= 0.85;
  const failures = Math.min(
    deploys,
    stochasticRound(deploys * Math.min(1, failP), roll(turn.dice, Stream.delivery, 1)),
  );

  const perWeek = deploys / turn.weeks;
  const pipelineDays = 0.1 + 2.5 * (1 - pr.testAutomation);
  const reviewDays = s.team.agents > 0 && s.plan.policies.agentReview === 'all' ? 0.3 : 0;
  const lead = (0.5 * 7) / perWeek + pipelineDays + MODE_LEAD_DAYS[mode] + reviewDays;
  const canary = mode === 'canary';
  const recovery =
    detectHours(pr.observability, s.plan.policies.onCall) * (canary ? 0.6 : 1) +
    restoreHours(pr.testAutomation, s.debt, canary);

  d.deploys = deploys;
  d.failures = failures;
  d.leadTimeDays = lead;
  d.recoveryHours = failures > 0 ? recovery : 0;
  s.totals.deploys += deploys;
  s.totals.failures += failures;
  s.totals.leadTimeSum += lead * deploys;
  s.totals.recoverySum += recovery * failures;
  // A canary limits a bad change to a slice of users.
  turn.failureHours = failures * recovery * (canary ? 0.2 : 1);
}
