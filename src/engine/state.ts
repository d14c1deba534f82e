/**
 * Creating a game's first state, and the per-turn working copy the systems update.
 * Pure: the input state is never mutated; `workingCopy` returns fresh objects for every group.
 */
import { seedKey } from './rng.ts';
import { applyStart } from './start.ts';
import { copyAllocation, copyArch, copyPeople, copyPolicies, copyPractices } from './working-copy.ts';
import { ofRole } from './by-name.ts';
import type { GameState, Role, Scenario, TeamState } from './types.ts';
import { INCIDENT_KINDS } from './types.ts';

/** Numbers per cohort in the flat onboarding and pipeline arrays: [roleIndex, count, weeks]. */
export const COHORT = 3;

/** A packed array of zeros (`new Array(n)` would make a holey one, slower on every read of a turn). */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

export function createInitialState(scenario: Scenario, seed: string): GameState {
  return applyStart(freshState(scenario, seed), scenario);
}

function freshState(scenario: Scenario, seed: string): GameState {
  const init = scenario.initial;
  return {
    scenarioId: scenario.id,
    seed,
    key: seedKey(seed),
    turn: 0,
    status: 'playing',
    reason: 'in-progress',
    phase: 'iteration',
    plan: {
      allocation: copyAllocation(init.allocation),
      release: init.release,
      policies: copyPolicies(init.policies),
    },
    team: {
      ramped: copyPeople(init.team),
      onboarding: [],
      pipeline: [],
      agents: init.agents,
      morale: init.morale,
      burnout: 0,
      departures: 0,
      hires: 0,
      coordinationLoss: 0,
      agentOutput: 0,
      agentReviewed: 0,
    },
    arch: copyArch(init.arch),
    practices: copyPractices(init.practices),
    model: {
      version: 1,
      quality: init.modelQuality,
      previousQuality: init.modelQuality,
      previousVersion: 1,
      previousEvalScore: init.modelQuality,
      evalScore: init.modelQuality,
      training: 0,
      candidate: null,
      abDelta: null,
      trial: null,
    },
    market: {
      users: init.users,
      addressable: init.addressable,
      satisfaction: 0.6,
      featureLevel: init.featureLevel,
      pendingWork: 0,
      trust: 0.7,
      gained: 0,
      lost: 0,
    },
    money: {
      cash: init.cash,
      revenue: 0,
      costs: 0,
      funding: 0,
      salaries: 0,
      infra: 0,
      inference: 0,
      raisedTotal: 0,
      lastRaiseTurn: -1000,
      raise: null,
      ownership: 1,
      rounds: 0,
    },
    load: { load: 0, capacity: 0, utilisation: 0, latencyMs: 0, slo: 1 },
    debt: init.debt,
    delivery: { deploys: 0, failures: 0, leadTimeDays: 0, recoveryHours: 0, waiting: 0, waitingAgeDays: 0 },
    totals: { deploys: 0, failures: 0, leadTimeSum: 0, recoverySum: 0, weeks: 0, modelReleases: 0 },
    incidents: {
      total: 0,
      byKind: zeros(INCIDENT_KINDS.length),
      downtimeHours: 0,
      detectHoursSum: 0,
      restoreHoursSum: 0,
      learning: 0,
      firefighting: 0,
    },
    stakeholders: {
      board: init.board,
      pressure: 0.2,
      credibility: 0.8,
      unexplained: 0,
      lastFraming: null,
      agenda: null,
      updates: 0,
      hidden: 0,
      meetings: 0,
      trend: 0,
    },
    pending: [],
    scheduled: [],
    eventCounts: zeros(scenario.events.length),
    modifiers: [],
    peakUsers: init.users,
    sloSum: 0,
    // Keys without a value (see workingCopy): applyStart sets them in the scenarios that have them.
    overrides: undefined,
    tracks: undefined,
  };
}

export { workingCopy } from './working-copy.ts';

/** Index of a role in ROLES (the flat cohort arrays store it). A switch: it runs many times a turn. */
export function roleIndex(role: Role): number {
  switch (role) {
    case 'engineer':
      return 0;
    case 'ml':
      return 1;
    case 'sre':
      return 2;
    case 'product':
      return 3;
  }
}

/** People in the cohorts of a flat [roleIndex, count, weeks] array, for one role (or all when role is -1). */
function cohortCount(cohorts: readonly number[], role: number): number {
  let n = 0;
  for (let i = 0; i < cohorts.length; i += COHORT) if (role < 0 || cohorts[i] === role) n += cohorts[i + 1]!;
  return n;
}

/** People on the team (ramped and onboarding), for one role or all. */
export function headcountOf(team: TeamState, role?: Role): number {
  if (role) return headcountAt(team, roleIndex(role));
  const r = team.ramped;
  return r.engineer + r.ml + r.sre + r.product + cohortCount(team.onboarding, -1);
}

/** People on the team in the role at index `i` of ROLES. */
export function headcountAt(team: TeamState, i: number): number {
  return ofRole(team.ramped, i) + cohortCount(team.onboarding, i);
}

/** People onboarding (not yet fully productive), for one role or all. */
export function onboardingOf(team: TeamState, role?: Role): number {
  return cohortCount(team.onboarding, role ? roleIndex(role) : -1);
}

/** Accepted offers not yet arrived, for one role or all. */
export function pipelineOf(team: TeamState, role?: Role): number {
  return cohortCount(team.pipeline, role ? roleIndex(role) : -1);
}
