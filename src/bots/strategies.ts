/**
 * The strategy bots: move-fast, steady, frugal, random and idle. Each is a pure function state → decisions,
 * built by a factory whose options let tests vary one setting at a time (the model's lessons compare such
 * variants).
 * They read only what a player can see: eval scores, never a model's hidden true quality.
 */
import {
  cadenceTurns,
  deriveKey,
  draw,
  fittingFraming,
  headcountOf,
  pipelineOf,
  runwayTurns,
  serverOpsWeeks,
  turnsToMeeting,
} from '../engine/index.ts';
import type {
  Allocation,
  ArchAxis,
  Decision,
  GameState,
  ReleaseMode,
  Scenario,
  Stance,
} from '../engine/index.ts';
import { ARCH_OPTIONS, FRAMINGS, RELEASE_MODES, ROLES } from '../engine/index.ts';
import type { Bot, Moves } from './common.ts';
import { answerEvents, headcount, inPipeline, movesFor, provision, raiseIfShort } from './common.ts';

/**
 * An allocation of whole percentages. `| 0` keeps each one a small integer in the JIT's eyes too: a share computed
 * through doubles (the random bot's) once reached the plan as a boxed double, which changed the shape of every
 * allocation object and left a bulk run of frugal games 30% slower in some processes (1.7 s or 2.3 s per 10,000).
 * The values are unchanged.
 */
const alloc = (
  features: number,
  debt: number,
  evals: number,
  reliability: number,
  data: number,
  migration = 0,
): Allocation => ({
  features: features | 0,
  debt: debt | 0,
  evals: evals | 0,
  reliability: reliability | 0,
  data: data | 0,
  migration: migration | 0,
});

export interface MoveFastOptions {
  /** Agent seats to add (with no review); 0 keeps agents out. */
  agents: number;
  maxHeadcount: number;
}

/** All capacity to features, ship every turn, no gates, never pay debt, hire aggressively. */
export function moveFast(opts: Partial<MoveFastOptions> = {}): Bot {
  const o: MoveFastOptions = { agents: 0, maxHeadcount: 14, ...opts };
  return (s, sc, moves) => {
    const m = movesFor(s, sc, moves);
    m.allocate(alloc(100, 0, 0, 0, 0)).release('ship');
    if (o.agents > 0 && s.team.agents !== o.agents) {
      m.add({ type: 'team/agents', seats: o.agents }).add({ type: 'policy/agent-review', level: 'none' });
    }
    if (
      runwayTurns(s) > 16 &&
      headcount(s) + inPipeline(s, 'engineer') < o.maxHeadcount &&
      s.turn % 2 === 0
    ) {
      m.add({ type: 'team/hire', role: 'engineer', count: 2 });
    }
    if (s.stakeholders.board < 0.5) m.add({ type: 'stakeholder/communicate', framing: 'spin' });
    raiseIfShort(m, s, 10 + sc.params.money.raiseWeeks);
    provision(m, s, sc);
    answerEvents(m, s, sc, 'bold');
    return m.list;
  };
}

export interface SteadyOptions {
  release: ReleaseMode;
  /** Use specs and async docs as the team grows. */
  specs: boolean;
  /** Migrate to dedicated hosting once load makes it cheaper. */
  switchHosting: boolean;
  /** Weeks of foundations (evals, observability, automation) before shifting to features. */
  foundationTurns: number;
  agents: number;
  agentReview: 'all' | 'sample' | 'none';
  maxHeadcount: number;
  /** Share of capacity for debt paydown once founded; null adapts it to the debt and the phase. */
  debtShare: number | null;
  /** How events are answered. */
  stance: Stance;
  /** An architecture migration to start as soon as no other one runs (null: only the hosting switch above). */
  migrate: { axis: ArchAxis; target: string } | null;
}

/** Evals, observability and automation early; pays debt before scaling; gated releases; sustainable hiring. */
export function steady(opts: Partial<SteadyOptions> = {}): Bot {
  const o: SteadyOptions = {
    release: 'gate',
    specs: true,
    switchHosting: true,
    foundationTurns: 8,
    agents: 0,
    agentReview: 'all',
    maxHeadcount: 12,
    debtShare: null,
    stance: 'careful',
    migrate: null,
    ...opts,
  };
  return (s, sc, moves) => {
    const m = movesFor(s, sc, moves);
    const pr = s.practices;
    const migrating = s.arch.migration !== null;
    const founded = s.turn >= o.foundationTurns || (pr.testAutomation > 0.7 && pr.observability > 0.7);
    const scalingSoon = s.phase !== 'iteration' || s.market.users > sc.params.phases.scalingUsers * 0.6;
    const debtShare = o.debtShare ?? (s.debt > 40 || (scalingSoon && s.debt > 20) ? 25 : 10);
    const migration = migrating ? 30 : 0;
    const a = founded
      ? alloc(60 - debtShare - migration, debtShare, 10, 25, 5, migration)
      : alloc(40 - migration, 10, 20, 25, 5, migration);
    m.allocate(a).release(o.release);
    if (o.release === 'gate' && s.plan.policies.evalThreshold !== 0.55)
      m.add({ type: 'policy/eval-threshold', threshold: 0.55 });
    const n = headcount(s);
    m.policy('postmortems', true).policy('onCall', n >= 4 || headcountOf(s.team, 'sre') > 0);
    if (o.specs) m.policy('specDriven', n >= 5 || o.agents > 0).policy('asyncDocs', n >= 8);
    if (o.agents > 0 && s.team.agents !== o.agents && s.turn >= 2) {
      m.add({ type: 'team/agents', seats: o.agents }).add({
        type: 'policy/agent-review',
        level: o.agentReview,
      });
    }
    hireSustainably(m, s, o.maxHeadcount, teamGoal(sc));
    if (o.migrate && !migrating && s.arch[o.migrate.axis] !== o.migrate.target)
      m.add({ type: 'arch/migrate', axis: o.migrate.axis, target: o.migrate.target });
    if (o.switchHosting) considerDedicated(m, s, sc);
    provision(m, s, sc);
    if (meetingNext(s, sc))
      m.add({ type: 'stakeholder/communicate', framing: fittingFraming(s) ?? 'velocity' });
    raiseIfShort(m, s, 14 + sc.params.money.raiseWeeks);
    answerEvents(m, s, sc, o.stance);
    return m.list;
  };
}

/**
 * The team size to hire towards when an objective asks for one (0: none): a careful player reads the board's
 * targets on the first day, and hires one more, since someone always leaves and a replacement takes weeks.
 */
function teamGoal(sc: Scenario): number {
  let goal = 0;
  for (const ob of sc.objectives)
    if (ob.metric === 'headcount' && ob.op === '>=') goal = Math.max(goal, Math.ceil(ob.target) + 1);
  return goal;
}

/**
 * One hire at a time while the runway is long and the team is below what the user base will need by the time a
 * hire is ramped up (hiring takes weeks and onboarding months, so it plans on the growth trend). A team size
 * the objectives ask for is hired early instead, two at a time, so that the ramp is over before it matters.
 */
function hireSustainably(m: Moves, s: GameState, max: number, goal: number): void {
  const n = headcount(s);
  const coming = pipelineOf(s.team);
  if (n + coming < goal && s.turn % 2 === 0 && runwayTurns(s) > 16) {
    m.add({ type: 'team/hire', role: nextRole(s, n), count: Math.min(2, goal - n - coming) });
    return;
  }
  if (coming > 0) return;
  // Replace a departed founder or engineer at once: a team of one cannot take a holiday.
  if (n < 2 && runwayTurns(s) > 8) {
    m.add({ type: 'team/hire', role: 'engineer', count: 1 });
    return;
  }
  if (s.turn % 2 !== 0 || runwayTurns(s) < 30 || n >= max) return;
  const ahead = s.market.users * (1 + 10 * Math.max(0, s.stakeholders.trend));
  const needed = 2 + Math.floor(ahead / 4000);
  if (n >= needed) return;
  m.add({ type: 'team/hire', role: nextRole(s, n), count: 1 });
}

/** An SRE once the team is four, a product person once it is six, engineers otherwise. */
function nextRole(s: GameState, n: number): 'engineer' | 'sre' | 'product' {
  if (n >= 4 && headcountOf(s.team, 'sre') + inPipeline(s, 'sre') === 0) return 'sre';
  if (n >= 6 && headcountOf(s.team, 'product') + inPipeline(s, 'product') === 0) return 'product';
  return 'engineer';
}

/**
 * Dedicated servers pay off at high, sustained load (counting the people who run them); serverless is cheaper
 * while small. A migration takes weeks, so it looks at where the users will be in about ten weeks, and moves
 * early when the serverless ceiling is coming.
 */
function considerDedicated(m: Moves, s: GameState, sc: Scenario): void {
  if (s.arch.hosting !== 'serverless' || s.arch.migration) return;
  const mp = sc.params.money;
  const lp = sc.params.load;
  const users = s.market.users * (1 + 10 * Math.max(0, s.stakeholders.trend));
  const requests = users * lp.requestsPerUser;
  const serverless = requests * mp.serverlessPerKReqCents;
  const units = Math.max(2, Math.ceil((requests * 2.5) / 1000));
  const ops = serverOpsWeeks(lp, units) * mp.salaryCents.engineer;
  const dedicated = units * mp.dedicatedUnitCents + mp.dedicatedFixedCents + ops;
  const peak = requests * (s.arch.processing === 'sync' ? lp.syncPeakFactor : lp.asyncPeakFactor);
  if (serverless > dedicated || peak > lp.serverlessCeiling * 0.8)
    m.add({ type: 'arch/migrate', axis: 'hosting', target: 'dedicated' });
}

/** Whether the board meets at the end of this turn (an update now is the one it hears). */
function meetingNext(s: GameState, sc: Scenario): boolean {
  return turnsToMeeting(s, cadenceTurns(sc.params.weeksPerTurn, sc.params.stakeholders.boardCadence)) === 0;
}

/** Minimal hiring and spend: no new people, no agents, stay on what is cheapest now. */
export function frugal(): Bot {
  return (s, sc, moves) => {
    const m = movesFor(s, sc, moves);
    const migration = s.arch.migration ? 15 : 0;
    m.allocate(alloc(70 - migration, 10, 5, 10, 5, migration)).release('ship');
    if (s.team.agents > 0) m.add({ type: 'team/agents', seats: 0 });
    considerDedicated(m, s, sc);
    provision(m, s, sc);
    if (meetingNext(s, sc) && s.turn % 8 === 7) m.add({ type: 'stakeholder/communicate', framing: 'cost' });
    raiseIfShort(m, s, 8 + sc.params.money.raiseWeeks);
    answerEvents(m, s, sc, 'frugal');
    return m.list;
  };
}

/**
 * The baseline that decides nothing: the starting plan all game, every event left to its default option, no
 * money raised. What any strategy scores above it is what its decisions were worth.
 */
export function idle(): Bot {
  return () => [];
}

/** Legal random moves from the common-random-number streams of a key of its own (seeded by the game's seed). */
export function randomBot(): Bot {
  return (s, sc, moves) => {
    const key = deriveKey(s.key, 'bot:random', 0);
    let slot = 0;
    const u = (): number => draw(key, s.turn, 1, slot++);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(u() * list.length)] as T;
    const m = movesFor(s, sc, moves);
    const tries = Math.floor(u() * 4);
    for (let i = 0; i < tries; i++) m.add(randomDecision(s, pick, u));
    for (const p of s.pending) {
      const def = sc.events.find((e) => e.id === p.eventId);
      if (def && u() < 0.8) m.add({ type: 'event/choose', eventId: def.id, option: pick(def.options).id });
    }
    provision(m, s, sc);
    return m.list;
  };
}

function randomAllocation(u: () => number): Allocation {
  const weights = [u() + 0.5, u(), u(), u(), u(), u() * 0.5];
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((w / sum) * 100));
  parts[0]! += 100 - parts.reduce((a, b) => a + b, 0);
  return alloc(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!);
}

function randomDecision(s: GameState, pick: <T>(l: readonly T[]) => T, u: () => number): Decision {
  switch (Math.floor(u() * 9)) {
    case 0:
      return { type: 'plan/allocate', allocation: randomAllocation(u) };
    case 1:
      return { type: 'release/set', mode: pick(RELEASE_MODES) };
    case 2:
      return { type: 'team/hire', role: pick(ROLES), count: 1 + Math.floor(u() * 2) };
    case 3:
      return {
        type: 'policy/set',
        policy: pick(['crunch', 'timeOff', 'specDriven', 'asyncDocs', 'onCall', 'postmortems'] as const),
        on: u() < 0.5,
      };
    case 4: {
      const axis = pick(Object.keys(ARCH_OPTIONS) as (keyof typeof ARCH_OPTIONS)[]);
      return { type: 'arch/migrate', axis, target: pick(ARCH_OPTIONS[axis]) };
    }
    case 5:
      return { type: 'stakeholder/communicate', framing: pick(FRAMINGS) };
    case 6:
      return { type: 'team/agents', seats: Math.floor(u() * 4) };
    case 7:
      return { type: 'team/let-go', role: pick(ROLES), count: 1 };
    default:
      return s.turn % 10 === 0
        ? { type: 'money/raise' }
        : { type: 'policy/agent-review', level: pick(['all', 'sample', 'none'] as const) };
  }
}
