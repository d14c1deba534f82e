/**
 * Delivery: finished code changes wait in a queue and go out in deploys whose number the pipeline allows; each
 * deploy may fail, and a failed deploy is an incident users feel. Produces the DORA four keys of the turn in DORA's
 * units: lead time is the age of a change when it reaches production (weeks without a deploy count), recovery
 * stretches to days without rollback, tests and observability. Model releases are separate (model.ts).
 * Pure over the working copy; consumes the `delivery` stream.
 * Chapter/DORA idea: small batches, automation and observability raise throughput and stability together.
 */
import { saturate, sq, stochasticRound } from '../lib/num.ts';
import { MAX_FEATURES } from './limits.ts';
import { roll, Stream } from './rng.ts';
import type { Turn } from './turn.ts';
import { debtDensity, debtDrag } from './work.ts';
import type { Cause, GameState } from './types.ts';
import { INCIDENT_KINDS } from './types.ts';

const FAILED_DEPLOY = INCIDENT_KINDS.indexOf('failed-deploy');

/** Hours until someone knows something is wrong: observability and on-call shorten it. */
export function detectHours(observability: number, onCall: boolean): number {
  const blind = 1 - observability;
  return (0.05 + 40 * blind * blind * blind) * (onCall ? 0.5 : 1);
}

/**
 * Hours to restore service after a bad change: automation makes rollback routine (minutes); without it the fix
 * is found by hand, and debt makes the hunt longer (days, even weeks).
 */
export function restoreHours(testAutomation: number, density: number): number {
  const manual = 1 - testAutomation;
  return (0.1 + 150 * manual * manual * manual) * (1 + density);
}

/** Deploys per week the pipeline supports: automation enables small, frequent batches; debt slows them. */
export function cadence(s: GameState): number {
  const auto = s.practices.testAutomation;
  const services = s.arch.structure === 'microservices' ? 1.3 : 1;
  return (0.25 + 14 * auto * auto) * services * debtDrag(s, 0.5);
}

/**
 * Days a finished change spends in review, build, test and release: minutes to hours on an automated pipeline;
 * without one, manual QA and stabilisation cycles of weeks.
 */
export function pipelineDays(s: GameState): number {
  const manual = 1 - s.practices.testAutomation;
  return 0.05 + 10 * manual * manual * manual;
}

/** Chance that one deploy breaks production, and its parts (for the causes of a failure). */
export function failureParts(s: GameState, turn: Turn, batch: number): number[] {
  const auto = s.practices.testAutomation;
  const agentShare = turn.changes > 0 ? Math.min(1, (turn.unreviewed * turn.weeks) / turn.changes) : 0;
  return [
    0.02,
    0.5 * sq(1 - auto) * saturate(batch),
    0.25 * saturate(debtDensity(s) / 0.6),
    0.4 * agentShare,
  ];
}

const FAILURE_LABELS: [string, string][] = [
  ['base-rate', 'every change carries some risk'],
  ['automation', 'thin test automation on a big batch'],
  ['debt', 'technical debt'],
  ['agents', 'agent code nobody reviewed'],
];

export function deliver(s: GameState, turn: Turn): void {
  const d = s.delivery;
  d.deploys = 0;
  d.failures = 0;
  d.leadTimeDays = 0;
  d.recoveryHours = 0;
  s.totals.weeks += turn.weeks;
  const carried = d.waiting;
  const fresh = turn.changes;
  const total = carried + fresh;
  const days = 7 * turn.weeks;
  const deploys =
    total < 0.05 ? 0 : stochasticRound(cadence(s) * turn.weeks, roll(turn.dice, Stream.delivery, 0));
  if (deploys === 0) {
    // Nothing shipped: the queue grows older (new work finished mid-turn on average).
    d.waiting = total;
    d.waitingAgeDays = total > 0 ? (carried * (d.waitingAgeDays + days) + fresh * days * 0.5) / total : 0;
    return;
  }
  const wait = (days * 0.5) / deploys;
  const lead = pipelineDays(s) + (carried * (d.waitingAgeDays + wait) + fresh * wait) / total;
  const batch = total / deploys;
  const parts = failureParts(s, turn, batch);
  const failP = Math.min(1, parts[0]! + parts[1]! + parts[2]! + parts[3]!);
  const failures = Math.min(deploys, stochasticRound(deploys * failP, roll(turn.dice, Stream.delivery, 1)));

  // A failed deploy is rolled back: its batch goes back to the queue to be fixed and shipped again.
  const shipped = 1 - failures / deploys;
  const features = s.market.pendingWork * shipped;
  turn.released = features;
  s.market.featureLevel = Math.min(MAX_FEATURES, s.market.featureLevel + features);
  s.market.pendingWork -= features;
  d.waiting = total * (1 - shipped);
  d.waitingAgeDays = d.waiting > 0 ? lead : 0;
  d.deploys = deploys;
  d.leadTimeDays = lead;
  s.totals.deploys += deploys;
  s.totals.leadTimeSum += lead * deploys;
  if (failures > 0) failedDeploys(s, turn, failures, deploys, batch, parts);
}

/** Failed deploys: errors until someone notices and rolls back; users feel them, people get paged. */
function failedDeploys(
  s: GameState,
  turn: Turn,
  failures: number,
  deploys: number,
  batch: number,
  parts: number[],
): void {
  const pr = s.practices;
  const detect = detectHours(pr.observability, s.plan.policies.onCall);
  const restore = restoreHours(pr.testAutomation, debtDensity(s));
  const recovery = detect + restore;
  const severity = 0.2 + 0.5 * saturate(batch);
  s.delivery.failures = failures;
  s.delivery.recoveryHours = recovery;
  s.totals.failures += failures;
  s.totals.recoverySum += recovery * failures;
  const inc = s.incidents;
  inc.total += failures;
  inc.byKind[FAILED_DEPLOY] = inc.byKind[FAILED_DEPLOY]! + failures;
  inc.detectHoursSum += detect * failures;
  inc.restoreHoursSum += restore * failures;
  inc.firefighting += (restore / 40) * failures;
  turn.failureHours += recovery * severity * failures;
  turn.incidentImpact += failures * severity * saturate(recovery / 12);
  turn.pages += failures * severity;
  s.stakeholders.unexplained += 0.5 * failures * severity;
  if (!turn.events) return;
  const sum = parts[0]! + parts[1]! + parts[2]! + parts[3]!;
  const causes: Cause[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]! > 0)
      causes.push({ factor: FAILURE_LABELS[i]![0], label: FAILURE_LABELS[i]![1], weight: parts[i]! / sum });
  }
  turn.events.push({
    turn: turn.t,
    kind: 'incident',
    id: 'failed-deploy',
    title: `${failures} of ${deploys} deploy${deploys === 1 ? '' : 's'} failed: errors for ${formatHours(recovery)}`,
    detail: `Detected after ${formatHours(detect)}, rolled back or fixed after ${formatHours(restore)} more.`,
    tone: severity > 0.5 ? 'bad' : 'warning',
    causes,
    incident: { severity, detectHours: detect, restoreHours: restore },
  });
}

export function formatHours(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${Math.round(h)} h`;
  return `${Math.round(h / 24)} days`;
}
