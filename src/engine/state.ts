/**
 * Creating a game's first state, and the per-turn working copy the systems update.
 * Pure: the input state is never mutated; `workingCopy` returns fresh objects for every group.
 */
import { seedKey } from './rng.ts';
import type { GameState, RoleTeam, Scenario, TeamState } from './types.ts';
import { ROLES } from './types.ts';

export const ONBOARDING_STAGES = 4;
export const PIPELINE_SLOTS = 4;
/** Productivity of a new hire by onboarding stage (Brooks's law: the first weeks cost more than they give). */
export const STAGE_PRODUCTIVITY = [0.1, 0.35, 0.6, 0.85];
/** Time a ramped colleague spends mentoring each new hire, by stage (engineer-weeks per week). */
export const STAGE_MENTORING = [0.3, 0.2, 0.1, 0.05];

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

export function createInitialState(scenario: Scenario, seed: string): GameState {
  const init = scenario.initial;
  const roles = {} as TeamState['roles'];
  for (const role of ROLES) {
    roles[role] = { ramped: init.team[role], onboarding: zeros(ONBOARDING_STAGES), pipeline: zeros(PIPELINE_SLOTS) };
  }
  return {
    scenarioId: scenario.id,
    seed,
    key: seedKey(seed),
    turn: 0,
    status: 'playing',
    reason: 'in-progress',
    phase: 'iteration',
    plan: {
      allocation: { ...init.allocation },
      release: init.release,
      policies: { ...init.policies },
    },
    team: { roles, agents: init.agents, morale: init.morale, burnout: 0, departures: 0, hires: 0, coordinationLoss: 0 },
    arch: { ...init.arch, migration: null },
    practices: { ...init.practices },
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
    },
    load: { load: 0, capacity: 0, utilisation: 0, latencyMs: 0, slo: 1 },
    debt: init.debt,
    delivery: { deploys: 0, failures: 0, leadTimeDays: 0, recoveryHours: 0 },
    totals: { deploys: 0, failures: 0, leadTimeSum: 0, recoverySum: 0, weeks: 0 },
    incidents: {
      total: 0,
      byKind: zeros(6),
      downtimeHours: 0,
      detectHoursSum: 0,
      restoreHoursSum: 0,
      learning: 0,
      firefighting: 0,
    },
    stakeholders: { board: init.board, pressure: 0.2, credibility: 0.8, unexplained: 0, lastFraming: null },
    pending: [],
    scheduled: [],
    eventCounts: zeros(scenario.events.length),
    modifiers: [],
    peakUsers: init.users,
    sloSum: 0,
  };
}

function copyRole(r: RoleTeam): RoleTeam {
  return { ramped: r.ramped, onboarding: r.onboarding.slice(), pipeline: r.pipeline.slice() };
}

/** A deep-enough copy for one turn: every group is a new object the systems may update in place. */
export function workingCopy(s: GameState): GameState {
  const r = s.team.roles;
  return {
    ...s,
    plan: { allocation: { ...s.plan.allocation }, release: s.plan.release, policies: { ...s.plan.policies } },
    team: {
      ...s.team,
      roles: { engineer: copyRole(r.engineer), ml: copyRole(r.ml), sre: copyRole(r.sre), product: copyRole(r.product) },
    },
    arch: { ...s.arch, migration: s.arch.migration ? { ...s.arch.migration } : null },
    practices: { ...s.practices },
    model: { ...s.model },
    market: { ...s.market },
    money: { ...s.money },
    load: { ...s.load },
    delivery: { ...s.delivery },
    totals: { ...s.totals },
    incidents: { ...s.incidents, byKind: s.incidents.byKind.slice() },
    stakeholders: { ...s.stakeholders },
    pending: s.pending.slice(),
    scheduled: s.scheduled.slice(),
    eventCounts: s.eventCounts.slice(),
    modifiers: s.modifiers.slice(),
  };
}

export function headcountOf(team: TeamState, role?: (typeof ROLES)[number]): number {
  const roles = role ? [role] : ROLES;
  let n = 0;
  for (const r of roles) {
    const t = team.roles[r];
    n += t.ramped;
    for (const k of t.onboarding) n += k;
  }
  return n;
}
