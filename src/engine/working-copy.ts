/**
 * The per-turn working copy the systems update: every group a new object, so the input state is never mutated.
 * Pure.
 *
 * Every group is built by a literal, here and in a fresh state (state.ts): objects made by one literal share one
 * hidden class in the JS engine, whichever game or scenario they belong to. A copy made by spreading (`{ ...o }`)
 * does not: V8 gave each game's copy a class of its own once a field of it changed (measured: a new class per
 * game for `arch` after a migration), which turned every read of it megamorphic and slowed every system.
 */
import type { Allocation, ArchState, Policies, Practices, Role } from './types.ts';
import type { GameState } from './types.ts';

export function copyAllocation(al: Allocation): Allocation {
  return {
    features: al.features,
    debt: al.debt,
    evals: al.evals,
    reliability: al.reliability,
    data: al.data,
    migration: al.migration,
  };
}

export function copyPolicies(pol: Policies): Policies {
  return {
    crunch: pol.crunch,
    timeOff: pol.timeOff,
    specDriven: pol.specDriven,
    asyncDocs: pol.asyncDocs,
    onCall: pol.onCall,
    postmortems: pol.postmortems,
    agentReview: pol.agentReview,
    evalThreshold: pol.evalThreshold,
  };
}

export function copyPeople(r: Record<Role, number>): Record<Role, number> {
  return { engineer: r.engineer, ml: r.ml, sre: r.sre, product: r.product };
}

export function copyPractices(pr: Practices): Practices {
  return {
    testAutomation: pr.testAutomation,
    evalCoverage: pr.evalCoverage,
    observability: pr.observability,
    dataPipeline: pr.dataPipeline,
  };
}

/** The architecture, with a copy of the migration under way (a starting architecture has none). */
export function copyArch(
  a: Omit<ArchState, 'migration'> & { migration?: ArchState['migration'] },
): ArchState {
  const m = a.migration;
  return {
    hosting: a.hosting,
    processing: a.processing,
    structure: a.structure,
    placement: a.placement,
    serving: a.serving,
    migration: m
      ? { axis: m.axis, target: m.target, progress: m.progress, effort: m.effort, startedTurn: m.startedTurn }
      : null,
    dedicatedUnits: a.dedicatedUnits,
  };
}

/**
 * A deep-enough copy for one turn: every group is a new object the systems may update in place.
 * Written as literals on purpose: object spread was the single largest cost of a turn (measured, bench/).
 */
export function workingCopy(s: GameState): GameState {
  const t = s.team;
  const m = s.model;
  const mk = s.market;
  const mo = s.money;
  const l = s.load;
  const d = s.delivery;
  const tt = s.totals;
  const i = s.incidents;
  const st = s.stakeholders;
  return {
    scenarioId: s.scenarioId,
    seed: s.seed,
    key: s.key,
    turn: s.turn,
    status: s.status,
    reason: s.reason,
    phase: s.phase,
    plan: {
      allocation: copyAllocation(s.plan.allocation),
      release: s.plan.release,
      policies: copyPolicies(s.plan.policies),
    },
    team: {
      ramped: copyPeople(t.ramped),
      onboarding: t.onboarding.slice(),
      pipeline: t.pipeline.slice(),
      agents: t.agents,
      morale: t.morale,
      burnout: t.burnout,
      departures: t.departures,
      hires: t.hires,
      coordinationLoss: t.coordinationLoss,
      agentOutput: t.agentOutput,
      agentReviewed: t.agentReviewed,
    },
    arch: copyArch(s.arch),
    practices: copyPractices(s.practices),
    model: {
      version: m.version,
      quality: m.quality,
      previousQuality: m.previousQuality,
      previousVersion: m.previousVersion,
      previousEvalScore: m.previousEvalScore,
      evalScore: m.evalScore,
      training: m.training,
      candidate: m.candidate,
      abDelta: m.abDelta,
      trial: m.trial
        ? { mode: m.trial.mode, weeks: m.trial.weeks, needs: m.trial.needs, exposure: m.trial.exposure }
        : null,
    },
    market: {
      users: mk.users,
      addressable: mk.addressable,
      satisfaction: mk.satisfaction,
      featureLevel: mk.featureLevel,
      pendingWork: mk.pendingWork,
      trust: mk.trust,
      gained: mk.gained,
      lost: mk.lost,
    },
    money: {
      cash: mo.cash,
      revenue: mo.revenue,
      costs: mo.costs,
      funding: mo.funding,
      salaries: mo.salaries,
      infra: mo.infra,
      inference: mo.inference,
      raisedTotal: mo.raisedTotal,
      lastRaiseTurn: mo.lastRaiseTurn,
      raise: mo.raise
        ? {
            startedTurn: mo.raise.startedTurn,
            decidesTurn: mo.raise.decidesTurn,
            usersAtStart: mo.raise.usersAtStart,
          }
        : null,
      ownership: mo.ownership,
      rounds: mo.rounds,
    },
    load: {
      load: l.load,
      capacity: l.capacity,
      utilisation: l.utilisation,
      latencyMs: l.latencyMs,
      slo: l.slo,
    },
    debt: s.debt,
    delivery: {
      deploys: d.deploys,
      failures: d.failures,
      leadTimeDays: d.leadTimeDays,
      recoveryHours: d.recoveryHours,
      waiting: d.waiting,
      waitingAgeDays: d.waitingAgeDays,
    },
    totals: {
      deploys: tt.deploys,
      failures: tt.failures,
      leadTimeSum: tt.leadTimeSum,
      recoverySum: tt.recoverySum,
      weeks: tt.weeks,
      modelReleases: tt.modelReleases,
    },
    incidents: {
      total: i.total,
      byKind: i.byKind.slice(),
      downtimeHours: i.downtimeHours,
      detectHoursSum: i.detectHoursSum,
      restoreHoursSum: i.restoreHoursSum,
      learning: i.learning,
      firefighting: i.firefighting,
    },
    stakeholders: {
      board: st.board,
      pressure: st.pressure,
      credibility: st.credibility,
      unexplained: st.unexplained,
      lastFraming: st.lastFraming,
      agenda: st.agenda,
      updates: st.updates,
      hidden: st.hidden,
      meetings: st.meetings,
      trend: st.trend,
    },
    pending: s.pending.length ? s.pending.slice() : [],
    scheduled: s.scheduled.length ? s.scheduled.slice() : [],
    eventCounts: s.eventCounts.slice(),
    modifiers: s.modifiers.length ? s.modifiers.slice() : [],
    peakUsers: s.peakUsers,
    sloSum: s.sloSum,
    // Format 2's records, undefined in games without them (no key in the JSON, the hash or a save): present as
    // keys all the same, so that every state has one hidden class whatever its scenario.
    overrides: s.overrides ? { ...s.overrides } : undefined,
    tracks: s.tracks ? s.tracks.slice() : undefined,
  };
}
