/**
 * Architecture: the four axes plus model serving, migrations as multi-turn projects with cut-over risk, and
 * capacity, load, latency and SLO that follow from them. Pure over the working copy; consumes `migration`.
 * Chapter ideas: technical choices compound; serverless for iteration vs dedicated for cost at scale.
 */
import { clamp01 } from '../lib/num.ts';
import { ofServing } from './by-name.ts';
import { detectHours } from './delivery.ts';
import { servingOf } from './overrides.ts';
import { record } from './incidents.ts';
import { roll, Stream } from './rng.ts';
import type { Turn } from './turn.ts';
import type { ArchAxis, Cause, GameState } from './types.ts';
import { debtDensity } from './work.ts';

/** Thousand requests per week one dedicated unit serves. */
export const UNIT_CAPACITY = 1000;
/** Head-room a careful operator provisions above peak load. */
export const PROVISION_HEADROOM = 1.4;

export function startMigration(s: GameState, turn: Turn, axis: ArchAxis, target: string): void {
  const effort = turn.p.migrations[axis] * (1 + debtDensity(s));
  s.arch.migration = { axis, target, progress: 0, effort, startedTurn: turn.t };
  turn.events?.push({
    turn: turn.t,
    kind: 'migration',
    id: 'migration-started',
    title: `Migration started: ${axis} \u2192 ${target}`,
    detail: `About ${Math.round(effort)} engineer-weeks of work; debt makes it bigger. Allocate capacity to "migration".`,
    tone: 'info',
    causes: [],
  });
}

/** Peak load the system must absorb this turn (thousand requests per week). */
export function peakLoad(s: GameState, turn: Turn): number {
  const lp = turn.p.load;
  const peak = s.arch.processing === 'sync' ? lp.syncPeakFactor : lp.asyncPeakFactor;
  return s.market.users * lp.requestsPerUser * peak;
}

/** Minimal dedicated units a careful operator would run for a given peak load. */
export function unitsFor(peak: number): number {
  return Math.max(2, Math.ceil((peak * PROVISION_HEADROOM) / UNIT_CAPACITY));
}

/** Completes a migration whose effort is done, with a cut-over that can fail and set it back. */
export function progressMigration(s: GameState, turn: Turn): void {
  const m = s.arch.migration;
  if (!m || m.progress < m.effort) return;
  const pr = s.practices;
  const density = debtDensity(s);
  const risk = clamp01(0.25 * (1 - 0.6 * pr.testAutomation) * (1 - 0.4 * pr.observability) * (1 + density));
  if (roll(turn.dice, Stream.migration, 0) < risk) {
    m.progress = m.effort * 0.6;
    turn.downtimeHours += 6;
    turn.incidentImpact += 0.4;
    turn.pages += 0.6;
    s.incidents.total += 1;
    s.incidents.byKind[0] = s.incidents.byKind[0]! + 1;
    s.stakeholders.unexplained += 0.4;
    if (!turn.events) return;
    const a = 0.25;
    const t = 1 - 0.6 * pr.testAutomation;
    const total = a + t + density;
    turn.events.push({
      turn: turn.t,
      kind: 'migration',
      id: 'cutover-failed',
      title: `Cut-over to ${m.target} failed: outage, 40% of the work to redo`,
      detail: 'Big-bang cut-overs fail when tests and observability cannot show what broke.',
      tone: 'bad',
      causes: [
        { factor: 'base-rate', label: 'inherent cut-over risk', weight: a / total },
        { factor: 'automation', label: 'thin test automation', weight: t / total },
        { factor: 'debt', label: 'technical debt', weight: density / total },
      ],
    });
    return;
  }
  setAxis(s, turn, m.axis, m.target);
  s.arch.migration = null;
  turn.events?.push({
    turn: turn.t,
    kind: 'migration',
    id: 'migration-done',
    title: `Migration complete: ${m.axis} is now ${m.target}`,
    detail: `Finished after ${turn.t - m.startedTurn + 1} turn(s).`,
    tone: 'good',
    causes: [],
  });
}

/** An axis takes its new choice; dedicated hosting starts with units for the current peak if it has none. */
function setAxis(s: GameState, turn: Turn, axis: ArchAxis, target: string): void {
  (s.arch as unknown as Record<string, string>)[axis] = target;
  if (axis === 'hosting' && target === 'dedicated' && s.arch.dedicatedUnits === 0) {
    s.arch.dedicatedUnits = unitsFor(peakLoad(s, turn));
  }
}

/**
 * An event's architecture effect (format 2): `now` switches the axis at once (a migration of that axis under way
 * stops); otherwise a migration toward the target starts, replacing one under way. Nothing when the axis is
 * there already (and, for a migration, when one toward the same target is under way).
 */
export function architectureEffect(
  s: GameState,
  turn: Turn,
  axis: ArchAxis,
  target: string,
  now: boolean,
): void {
  const m = s.arch.migration;
  if ((s.arch as unknown as Record<string, string>)[axis] === target) {
    if (m && m.axis === axis) s.arch.migration = null;
    return;
  }
  if (!now) {
    if (!m || m.axis !== axis || m.target !== target) startMigration(s, turn, axis, target);
    return;
  }
  if (m && m.axis === axis) s.arch.migration = null;
  setAxis(s, turn, axis, target);
  turn.events?.push({
    turn: turn.t,
    kind: 'migration',
    id: 'architecture-switched',
    title: `${axis} is now ${target}`,
    detail: 'The change happened at once, forced by events rather than migrated.',
    tone: 'warning',
    causes: [],
  });
}

/** Capacity the architecture offers this turn (thousand requests per week). */
export function capacityOf(s: GameState, turn: Turn): number {
  return s.arch.hosting === 'serverless'
    ? turn.p.load.serverlessCeiling
    : s.arch.dedicatedUnits * UNIT_CAPACITY;
}

/** Load against capacity gives utilisation, latency and the share of the turn within SLO; overload is an incident. */
export function serveLoad(s: GameState, turn: Turn): void {
  const lp = turn.p.load;
  const peak = peakLoad(s, turn);
  const capacity = capacityOf(s, turn);
  const u = capacity > 0 ? peak / capacity : peak > 0 ? 2 : 0;
  const capped = Math.min(u, 0.97);
  const congestion = (capped * capped) / (1 - capped);
  const edge = s.arch.placement === 'edge' ? -120 : 0;
  const coldStarts = s.arch.hosting === 'serverless' ? 60 : 0;
  const latency =
    (lp.baseLatencyMs + ofServing(servingOf(turn.p).latencyMs, s.arch.serving) + edge + coldStarts) *
    (1 + 0.25 * congestion);
  // Over capacity, requests fail outright: the overflow counts as downtime.
  const overflow = u > 1 ? (u - 1) / u : 0;
  const hours = 168 * turn.weeks;
  const down = Math.min(hours, turn.downtimeHours + turn.failureHours * 0.3 + overflow * hours);
  const slow = latency > lp.sloLatencyMs ? Math.min(1, (latency - lp.sloLatencyMs) / lp.sloLatencyMs) : 0;
  s.load.load = s.market.users * lp.requestsPerUser;
  s.load.capacity = capacity;
  s.load.utilisation = u;
  s.load.latencyMs = latency;
  s.load.slo = clamp01(1 - down / hours - 0.5 * slow);
  s.sloSum += s.load.slo;
  if (overflow > 0.02 || slow > 0.05) overload(s, turn, u, overflow, slow);
}

/** Requests failing or crawling because load outgrew capacity: an incident users feel, with its causes. */
function overload(s: GameState, turn: Turn, u: number, overflow: number, slow: number): void {
  const severity = Math.min(1, 0.2 + 2 * overflow + 0.6 * slow);
  const detect = detectHours(s.practices.observability, s.plan.policies.onCall);
  record(s, turn, 'overload', severity, detect, 0);
  turn.incidentImpact += overflow;
  if (!turn.events) return;
  const dedicated = s.arch.hosting === 'dedicated';
  const sync = s.arch.processing === 'sync';
  const causes: Cause[] = [
    {
      factor: 'capacity',
      label: dedicated
        ? `${s.arch.dedicatedUnits} server units for a peak of ${Math.round(u * 100)}% of their capacity`
        : `the serverless concurrency limit, at ${Math.round(u * 100)}% of it`,
      weight: sync ? 0.7 : 1,
    },
  ];
  if (sync)
    causes.push({ factor: 'sync', label: 'synchronous processing: every peak hits at once', weight: 0.3 });
  turn.events.push({
    turn: turn.t,
    kind: 'incident',
    id: 'overload',
    title: `Overload: ${overflow > 0.02 ? `${Math.round(overflow * 100)}% of requests failed` : 'responses crawled'} at peak`,
    detail: `Peak load reached ${Math.round(u * 100)}% of capacity and responses took ${Math.round(s.load.latencyMs)} ms. ${
      dedicated
        ? 'Provision more server units'
        : 'Move to dedicated capacity (a migration of some weeks) or process asynchronously'
    } before the next peak.`,
    tone: severity > 0.5 ? 'bad' : 'warning',
    causes,
    incident: { severity, detectHours: detect, restoreHours: 0 },
  });
}
