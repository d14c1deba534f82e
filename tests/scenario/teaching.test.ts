/**
 * The built-in scenarios teach what they claim. Each one is played by strategy bots over 50 seeds (common random
 * numbers: the same seed is the same world, so a difference between two bots comes from their decisions) and the
 * strategy a scenario rewards must beat the one it punishes: a higher mean score and a paired win share with
 * margin. Bots that isolate one decision (steady but shipping ungated models, steady but spinning to the board…)
 * are built here from the named bots. Calibrate with `npx tsx scripts/calibrate-scenarios.ts <id>`.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, BOT_NAMES, moveFast, playBot, steady, type Bot } from '../../src/bots/index.ts';
import {
  advance,
  createInitialState,
  doraCluster,
  doraOverall,
  headcountOf,
  metric,
  pipelineOf,
  runwayTurns,
  scorecard,
  type Allocation,
  type ArchAxis,
  type Decision,
  type GameEvent,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { formatProblem } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';

const BUILT_INS = [
  'tutorial',
  'solo-founder',
  'ship-it',
  'rebuild-or-patch',
  'five-engineers',
  'growing-pains',
  'the-pivot',
  'incident-night',
  'demo-day',
  // Written in format 2; their lessons are tested in teaching-format2.test.ts.
  'inference-bill',
  'prompt-injection',
];
const SEEDS = Array.from({ length: 50 }, (_, i) => `teach-${i}`);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function scenario(id: string): Scenario {
  const r = loadBuiltIn(id);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded.scenario;
}

interface Game {
  state: GameState;
  score: number;
}

/** Games per scenario and bot, played once and shared by every test that needs them. */
const played = new Map<string, Game[]>();
function games(id: string, name: string, make: () => Bot): Game[] {
  const key = `${id}/${name}`;
  let gs = played.get(key);
  if (!gs) {
    const sc = scenario(id);
    const bot = make();
    gs = SEEDS.map((seed) => {
      const { state } = playBot(sc, seed, bot);
      return { state, score: scorecard(state, sc).score };
    });
    played.set(key, gs);
  }
  return gs;
}
const meanScore = (gs: Game[]): number => mean(gs.map((g) => g.score));
/** Share of seeds on which `a` scores higher than `b`. */
const winShare = (a: Game[], b: Game[]): number =>
  a.filter((g, i) => g.score > b[i]!.score).length / a.length;
const share = (gs: Game[], f: (s: GameState) => boolean): number =>
  gs.filter((g) => f(g.state)).length / gs.length;
const avg = (gs: Game[], f: (s: GameState) => number): number => mean(gs.map((g) => f(g.state)));

/** Mean of `f` over the seeds after `weeks` turns of a bot: what a player sees in the middle of the game. */
function meanAtWeek(id: string, make: () => Bot, weeks: number, f: (s: GameState) => number): number {
  const sc = scenario(id);
  return mean(
    SEEDS.map((seed) => {
      const bot = make();
      let s = createInitialState(sc, seed);
      while (s.turn < weeks && s.status === 'playing') {
        const r = advance(s, bot(s, sc), sc, false);
        if (!r.ok) throw new Error(r.rejection.reason);
        s = r.state;
      }
      return f(s);
    }),
  );
}

// ---------------------------------------------------------------- bots that isolate one decision

/** Answers some events with fixed options; everything else as the bot would. */
function answering(bot: Bot, answers: Record<string, string>): Bot {
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => !(d.type === 'event/choose' && d.eventId in answers));
    for (const p of s.pending) {
      const option = answers[p.eventId];
      if (option) own.push({ type: 'event/choose', eventId: p.eventId, option });
    }
    return own;
  };
}

/** Replaces every board update with spin, or drops them all (silence). */
function framing(bot: Bot, f: 'spin' | 'silence'): Bot {
  return (s, sc) =>
    bot(s, sc).flatMap((d): Decision[] =>
      d.type !== 'stakeholder/communicate' ? [d] : f === 'silence' ? [] : [{ ...d, framing: f }],
    );
}

/**
 * Move-fast's hiring (two engineers every other turn while the runway is long, up to 14) on another bot, from
 * turn `from` on (0: from the start).
 */
function blitzHiring(bot: Bot, from = 0): Bot {
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => d.type !== 'team/hire');
    const room = headcountOf(s.team) + pipelineOf(s.team, 'engineer') < 14;
    if (s.turn >= from && runwayTurns(s) > 16 && room && s.turn % 2 === 0)
      own.push({ type: 'team/hire', role: 'engineer', count: 2 });
    return own;
  };
}

/** The bot's decisions with its own hiring replaced by `count` engineers hired once, after `turn` turns. */
function hiringOnce(bot: Bot, turn: number, count: number): Bot {
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => d.type !== 'team/hire');
    if (s.turn === turn) own.push({ type: 'team/hire', role: 'engineer', count });
    return own;
  };
}

/** The bot's decisions with its capacity split replaced by `split(turn)` (when to pay debt down, say). */
function splitting(bot: Bot, split: (turn: number) => Allocation): Bot {
  return (s, sc) => {
    const a = split(s.turn);
    const own = bot(s, sc).filter((d) => d.type !== 'plan/allocate');
    const c = s.plan.allocation;
    const same = (Object.keys(a) as (keyof Allocation)[]).every((k) => a[k] === c[k]);
    return same ? own : [...own, { type: 'plan/allocate', allocation: a }];
  };
}

const split = (features: number, debt: number, reliability: number): Allocation => ({
  features,
  debt,
  evals: 5,
  reliability,
  data: 5,
  migration: 0,
});

/**
 * Starts an architecture migration the first time `when` holds. With `share` the migration gets that percent of
 * capacity until the cut-over (100: a big bang, every hand on it); without, the bot's own split carries it.
 */
function migrating(
  bot: Bot,
  axis: ArchAxis,
  target: string,
  when: (s: GameState) => boolean,
  share?: number,
): Bot {
  return (s, sc) => {
    const own = bot(s, sc);
    const busy = s.arch.migration !== null || own.some((d) => d.type === 'arch/migrate');
    const start = !busy && s.arch[axis] !== target && when(s);
    if (start) own.push({ type: 'arch/migrate', axis, target });
    if (share === undefined || (!start && s.arch.migration === null)) return own;
    const allocation: Allocation = {
      features: 100 - share,
      debt: 0,
      evals: 0,
      reliability: 0,
      data: 0,
      migration: share,
    };
    return [...own.filter((d) => d.type !== 'plan/allocate'), { type: 'plan/allocate', allocation }];
  };
}

/** Solo founder: steady's play with the move to dedicated hosting started in week `week` (and not before). */
function dedicatedFrom(week: number): Bot {
  return migrating(steady({ switchHosting: false }), 'hosting', 'dedicated', (s) => s.turn >= week - 1);
}

/**
 * Demo day's deliberate sprint: move-fast's all-features plan and bold shortcuts on internal code, without its
 * hiring (a hire arrives after the deadline), fixing the test suite when it goes red, hardening the demo path
 * when it breaks and closing honestly. `suite` answers the red build otherwise.
 */
function sprint(suite = 'fix'): Bot {
  return answering(moveFast({ maxHeadcount: 0 }), {
    'red-build': suite,
    'rehearsal-crash': 'harden',
    'demo-day-strong': 'honest',
  });
}

// ---------------------------------------------------------------- the claims

interface Claim {
  scenario: string;
  /** What a player would notice. */
  lesson: string;
  rewarded: [string, () => Bot];
  punished: [string, () => Bot];
  /** Least mean-score gap and paired win share, set with margin below the measured ones (in comments). */
  minGap: number;
  minWinShare: number;
}

const named = (name: keyof typeof BOTS): [string, () => Bot] => [name, () => BOTS[name]];
const early = (s: GameState): boolean => s.turn >= 1;
const atTheWall = (s: GameState): boolean => s.load.utilisation >= 0.85;
/** Rebuild or patch: the same steady team, with tests first and debt paid down before, after or never. */
const payFirst = (t: number): Allocation =>
  t < 8 ? split(40, 0, 50) : t < 24 ? split(40, 40, 10) : split(60, 20, 10);
const payLate = (t: number): Allocation =>
  t < 8 ? split(40, 0, 50) : t < 24 ? split(70, 10, 10) : split(30, 50, 10);
const payNever = (t: number): Allocation => (t < 8 ? split(40, 0, 50) : split(75, 0, 15));
const payingFirst: [string, () => Bot] = [
  'steady, paying down in weeks 9-24',
  () => splitting(steady(), payFirst),
];
/** The pivot: steady staying on the serverless platform, so only the processing model can move the wall. */
const onServerless = (): Bot => steady({ switchHosting: false });
const asyncEarly: [string, () => Bot] = [
  'steady on serverless, async migration from week 2',
  () => migrating(onServerless(), 'processing', 'async', early),
];

const CLAIMS: Claim[] = [
  {
    // measured: 946 vs 878, win share 1.00 (lead time 3.0 vs 6.6 days, board 0.85 vs 0.73)
    scenario: 'tutorial',
    lesson:
      'using the controls (tests, a board update before each meeting) scores clearly above doing nothing',
    rewarded: named('steady'),
    punished: named('idle'),
    minGap: 45,
    minWinShare: 0.9,
  },
  {
    // measured: 946 vs 459, 1.00 (move-fast ends with $80k, below the $150k the tutorial asks to keep)
    scenario: 'tutorial',
    lesson: 'hiring two engineers every other week runs the money out: a careful player beats a reckless one',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 300,
    minWinShare: 0.95,
  },
  {
    // measured: 826 vs 478, win share 0.88 (119,000 vs 72,000 users: serverless slows past the objective at about
    // 70,000)
    scenario: 'solo-founder',
    lesson: 'switching to dedicated servers past the cost crossover beats staying serverless',
    rewarded: ['steady', () => steady()],
    punished: ['steady, never switching hosting', () => steady({ switchHosting: false })],
    minGap: 250,
    minWinShare: 0.8,
  },
  {
    // measured: 826 vs 162, 1.00 (move-fast's hiring blitz runs the cash out or loses the board in 42 of 50 games)
    scenario: 'solo-founder',
    lesson: 'a careful founder beats a reckless one',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 500,
    minWinShare: 0.95,
  },
  {
    // measured: 890 vs 481 (won 42 of 50 games vs 0)
    scenario: 'solo-founder',
    lesson: 'a migration takes a small team months: starting it when the limit is close is too late',
    rewarded: ['steady, dedicated from week 27', () => dedicatedFrom(27)],
    punished: ['steady, dedicated from week 40', () => dedicatedFrom(40)],
    minGap: 300,
    minWinShare: 0.85,
  },
  {
    // measured: 857 vs 160, 1.00 (move-fast is ousted in 41 of 50 games)
    scenario: 'ship-it',
    lesson: 'gated releases with growing evals beat shipping every model with no evals',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 400,
    minWinShare: 0.95,
  },
  {
    // measured: 857 vs 549, 0.90 (true quality 0.79 vs 0.54; won 76% of games vs 18%)
    scenario: 'ship-it',
    lesson: 'the same team scores higher gating model releases on evals than shipping every candidate',
    rewarded: ['steady', () => steady()],
    punished: ['steady shipping every model', () => steady({ release: 'ship' })],
    minGap: 200,
    minWinShare: 0.8,
  },
  {
    // measured: 761 vs 549, 0.90
    scenario: 'ship-it',
    lesson: 'a canary on a slice of traffic catches the bad models that thin evals let through',
    rewarded: ['steady with canary releases', () => steady({ release: 'canary' })],
    punished: ['steady shipping every model', () => steady({ release: 'ship' })],
    minGap: 120,
    minWinShare: 0.8,
  },
  {
    // measured: 938 vs 549, 0.94 (true quality 0.85; 0.3 model-regression incidents vs 2.9)
    scenario: 'ship-it',
    lesson: 'an A/B test on live traffic reads true quality: it beats shipping every model by far',
    rewarded: ['steady with A/B tests', () => steady({ release: 'ab' })],
    punished: ['steady shipping every model', () => steady({ release: 'ship' })],
    minGap: 250,
    minWinShare: 0.85,
  },
  {
    // measured: 712 vs 77, 1.00 (move-fast is ousted in every game)
    scenario: 'rebuild-or-patch',
    lesson: 'tests and steady paydown beat patching on',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 300,
    minWinShare: 0.95,
  },
  {
    // measured: 712 vs 560, 0.88 (won 19 vs 3 of 50: the rewrite lands on time in about a third of games)
    scenario: 'rebuild-or-patch',
    lesson: 'refactoring incrementally beats a stop-the-world rewrite',
    rewarded: ['steady', () => steady()],
    punished: ['steady, approving the rewrite', () => answering(steady(), { 'rewrite-proposal': 'rewrite' })],
    minGap: 80,
    minWinShare: 0.75,
  },
  {
    // measured: 787 vs 604, 0.96 (won 28 vs 7; debt at the end 44 vs 49 after 4 more weeks of payment)
    scenario: 'rebuild-or-patch',
    lesson: 'paying debt down as scaling arrives beats paying the same share of capacity after it',
    rewarded: payingFirst,
    punished: ['steady, paying down in weeks 25-40', () => splitting(steady(), payLate)],
    minGap: 100,
    minWinShare: 0.85,
  },
  {
    // measured: 787 vs 506, 1.00 (won 28 vs 0)
    scenario: 'rebuild-or-patch',
    lesson: 'paying debt down beats never paying it, though never paying ships more features',
    rewarded: payingFirst,
    punished: ['steady, never paying down', () => splitting(steady(), payNever)],
    minGap: 150,
    minWinShare: 0.9,
  },
  {
    // measured: 740 vs 182, 1.00
    scenario: 'five-engineers',
    lesson: 'specs and reviewed agents beat speed without either',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 300,
    minWinShare: 0.95,
  },
  {
    // measured: 867 vs 388, 1.00
    scenario: 'five-engineers',
    lesson: 'four agent seats with specs and every change reviewed beat four unreviewed seats without specs',
    rewarded: ['steady with 4 reviewed agents', () => steady({ agents: 4, agentReview: 'all' })],
    punished: [
      'steady with 4 unreviewed agents, no specs',
      () => steady({ agents: 4, agentReview: 'none', specs: false }),
    ],
    minGap: 200,
    minWinShare: 0.95,
  },
  {
    // measured: 740 vs 556, 0.92 (74 vs 68 feature points; won 22 vs 0 of 50)
    scenario: 'five-engineers',
    lesson: 'spec-driven development beats the same team without specs',
    rewarded: ['steady', () => steady()],
    punished: ['steady without specs', () => steady({ specs: false })],
    minGap: 60,
    minWinShare: 0.75,
  },
  {
    // measured: 954 vs 466, 1.00 (8 seats are within what five engineers can review; 24 are not)
    scenario: 'five-engineers',
    lesson: 'as many agent seats as people can review beat three times as many with the same review policy',
    rewarded: ['steady with 8 reviewed agents', () => steady({ agents: 8, agentReview: 'all' })],
    punished: [
      'steady with 24 agents, review on everything',
      () => steady({ agents: 24, agentReview: 'all' }),
    ],
    minGap: 250,
    minWinShare: 0.95,
  },
  {
    // measured: 879 vs 147, 1.00 (steady hires towards the board's ten first, two at a time)
    scenario: 'growing-pains',
    lesson: 'paced hiring with specs and async docs beats a hiring blitz without them',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 300,
    minWinShare: 0.95,
  },
  {
    // measured: 916 vs 151, 1.00
    scenario: 'growing-pains',
    lesson: 'the same hiring blitz goes far better with specs, async docs and onboarding',
    rewarded: ['steady practices, move-fast hiring', () => blitzHiring(steady())],
    punished: named('move-fast'),
    minGap: 500,
    minWinShare: 0.95,
  },
  {
    // measured: 916 vs 756, 0.94 (76 vs 62 feature points)
    scenario: 'growing-pains',
    lesson: 'a team growing to fourteen delivers more with specs and async docs than without',
    rewarded: ['steady practices, move-fast hiring', () => blitzHiring(steady())],
    punished: ['steady without specs, move-fast hiring', () => blitzHiring(steady({ specs: false }))],
    minGap: 60,
    minWinShare: 0.9,
  },
  {
    // measured: 916 vs 653, 1.00 (76 vs 62 feature points: hires from week 21 are still ramping at the end, and
    // some arrive after the board's week 30)
    scenario: 'growing-pains',
    lesson: 'hiring from the start beats the same hiring from week 21',
    rewarded: ['steady practices, move-fast hiring', () => blitzHiring(steady())],
    punished: ['steady practices, move-fast hiring from week 21', () => blitzHiring(steady(), 20)],
    minGap: 50,
    minWinShare: 0.9,
  },
  {
    // measured: 779 vs 485, 1.00 (won 32 vs 0 of 50: offers after week 24 arrive after the board's week 30)
    scenario: 'growing-pains',
    lesson: 'six offers in week 3 beat the same six in week 29, made only to reach the headcount',
    rewarded: ['steady with six hires in week 3 only', () => hiringOnce(steady(), 2, 6)],
    punished: ['steady with six hires in week 29 only', () => hiringOnce(steady(), 28, 6)],
    minGap: 250,
    minWinShare: 0.95,
  },
  {
    // measured: 916 vs 904, 1.00 (the launch card comes on every seed; 75 vs 70 feature points at the end)
    scenario: 'growing-pains',
    lesson: 'cutting scope beats adding four contractors four weeks before the launch',
    rewarded: ['steady practices, move-fast hiring', () => blitzHiring(steady())],
    punished: [
      'the same, adding contractors before the launch',
      () => answering(blitzHiring(steady()), { 'late-launch': 'add-contractors' }),
    ],
    minGap: 5,
    minWinShare: 0.9,
  },
  {
    // measured: 938 vs 484, 0.98 (won 47 vs 0 of 50: staying synchronous overloads every Monday)
    scenario: 'the-pivot',
    lesson: 'moving to async processing before the ceiling beats staying synchronous',
    rewarded: asyncEarly,
    punished: ['steady on serverless, staying synchronous', () => onServerless()],
    minGap: 250,
    minWinShare: 0.95,
  },
  {
    // measured: 938 vs 483, 0.98 (started at the wall, the migration never finishes in time)
    scenario: 'the-pivot',
    lesson: 'starting the pivot early beats starting it when the peak hits the ceiling',
    rewarded: asyncEarly,
    punished: [
      'steady on serverless, async migration at the wall',
      () => migrating(onServerless(), 'processing', 'async', atTheWall),
    ],
    minGap: 250,
    minWinShare: 0.95,
  },
  {
    // measured: 938 vs 483, 0.98 (edge: 488)
    scenario: 'the-pivot',
    lesson: "the pivot that lowers the peak beats the CTO's microservices, which do not",
    rewarded: asyncEarly,
    punished: [
      'steady on serverless, microservices from week 2',
      () => migrating(onServerless(), 'structure', 'microservices', early),
    ],
    minGap: 250,
    minWinShare: 0.95,
  },
  {
    // measured: 938 vs 830, 0.98 (won 47 vs 45: own servers pass the ceiling too, at the price of the peak)
    scenario: 'the-pivot',
    lesson: 'a queue beats buying servers sized for the synchronous peak',
    rewarded: asyncEarly,
    punished: [
      'steady, moving to dedicated servers from week 2',
      () => migrating(onServerless(), 'hosting', 'dedicated', early),
    ],
    minGap: 60,
    minWinShare: 0.85,
  },
  {
    // measured: 938 vs 176, 1.00
    scenario: 'the-pivot',
    lesson: 'a prepared pivot beats a big-bang pivot by a team with thin tests and no observability',
    rewarded: asyncEarly,
    punished: [
      'move-fast, big-bang async migration',
      () => migrating(moveFast(), 'processing', 'async', early, 100),
    ],
    minGap: 400,
    minWinShare: 0.95,
  },
  {
    // measured: 938 vs 745, 0.72 (every hand on the migration stops the product for weeks)
    scenario: 'the-pivot',
    lesson: 'a migration with steady capacity beats the same team stopping everything for it',
    rewarded: asyncEarly,
    punished: [
      'steady on serverless, big-bang async migration',
      () => migrating(onServerless(), 'processing', 'async', early, 100),
    ],
    minGap: 100,
    minWinShare: 0.65,
  },
  {
    // measured: 921 vs 240, 1.00 (move-fast is ousted by the board in 31 of 50 games)
    scenario: 'incident-night',
    lesson: 'rollback, observability and plain updates beat fixing forward and spin',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 400,
    minWinShare: 0.95,
  },
  {
    // measured: 921 vs 547, 1.00 (the spin is found out: won 98% of games vs 22%, ousted in 7)
    scenario: 'incident-night',
    lesson: 'the same engineering scores higher with plain board updates than with spin',
    rewarded: ['steady', () => steady()],
    punished: [
      'steady, spinning to the board',
      () => answering(framing(steady(), 'spin'), { 'board-call': 'blip' }),
    ],
    minGap: 250,
    minWinShare: 0.85,
  },
  {
    // measured: 921 vs 552, 1.00 (won 98% of games vs 10%)
    scenario: 'incident-night',
    lesson: 'the same engineering scores higher with plain board updates than with silence',
    rewarded: ['steady', () => steady()],
    punished: [
      'steady, saying nothing',
      () => answering(framing(steady(), 'silence'), { 'board-call': 'wait', 'customers-ask': 'silent' }),
    ],
    minGap: 250,
    minWinShare: 0.85,
  },
  {
    // measured: 881 vs 528, win share 0.90 (debt 17 vs 8)
    scenario: 'demo-day',
    lesson: 'a deliberate sprint that takes on debt to ship the demo beats building foundations',
    rewarded: ['a deliberate sprint', sprint],
    punished: named('steady'),
    minGap: 200,
    minWinShare: 0.8,
  },
  {
    // measured: 706 vs 528, 0.64 (move-fast ships the demo in about half the games, steady in none; when it
    // misses, its blitz leaves it a little below steady)
    scenario: 'demo-day',
    lesson: 'even with its hiring blitz, the bot that takes on debt beats the one that builds foundations',
    rewarded: named('move-fast'),
    punished: named('steady'),
    minGap: 80,
    minWinShare: 0.6,
  },
  {
    // measured: 881 vs 706, 0.96 (hires made for the deadline arrive after it and need mentoring)
    scenario: 'demo-day',
    lesson:
      'the same sprint without hiring beats it with a hiring blitz: a careful player beats a reckless one',
    rewarded: ['a deliberate sprint', sprint],
    punished: named('move-fast'),
    minGap: 100,
    minWinShare: 0.85,
  },
  {
    // measured: 881 vs 830, 0.92 (the suite goes red in 48 of 50 games; won 43 vs 38)
    scenario: 'demo-day',
    lesson: 'even in a sprint, a week to fix the red test suite beats skipping the tests',
    rewarded: ['a deliberate sprint', sprint],
    punished: ['the same sprint, skipping the red tests', () => sprint('skip')],
    minGap: 30,
    minWinShare: 0.85,
  },
];

// ---------------------------------------------------------------- the tests

describe('the built-in scenarios', () => {
  it('are the eleven of the design, in order', () => {
    expect([...BUILT_IN_IDS]).toEqual(BUILT_INS);
  });

  it.each(BUILT_INS)('%s validates', (id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) expect.fail(r.problems.map(formatProblem).join('\n'));
    expect(r.loaded.scenario.id).toBe(id);
    expect(r.loaded.meta.briefing.length).toBeGreaterThan(200);
    expect(r.loaded.meta.learningObjectives.length).toBeGreaterThanOrEqual(2);
    expect(r.loaded.meta.debrief.some((n) => n.when !== null)).toBe(true);
    expect(r.loaded.scenario.objectives.length).toBeGreaterThanOrEqual(3);
  });

  it.each(BUILT_INS)('%s plays to the end with every bot, without an illegal move', (id) => {
    const sc = scenario(id);
    for (const name of BOT_NAMES) {
      for (const seed of ['smoke-1', 'smoke-2', 'smoke-3']) {
        const { state } = playBot(sc, seed, BOTS[name]);
        expect(state.status, `${name} on ${seed}`).not.toBe('playing');
        expect(state.reason, `${name} on ${seed}`).not.toBe('in-progress');
      }
    }
  });
});

describe('each scenario teaches what it claims (50 seeds, paired)', () => {
  it.each(CLAIMS.map((c) => [c.scenario, c.lesson, c] as const))('%s: %s', (_id, _lesson, c) => {
    const good = games(c.scenario, c.rewarded[0], c.rewarded[1]);
    const bad = games(c.scenario, c.punished[0], c.punished[1]);
    const gap = meanScore(good) - meanScore(bad);
    expect(gap, `${c.rewarded[0]} ${meanScore(good)} vs ${c.punished[0]} ${meanScore(bad)}`).toBeGreaterThan(
      c.minGap,
    );
    expect(winShare(good, bad)).toBeGreaterThanOrEqual(c.minWinShare);
  });
});

describe('what a player notices', () => {
  it('tutorial: one card a week from the second week on, each control introduced once', () => {
    const sc = scenario('tutorial');
    for (const seed of ['tour-1', 'tour-2', 'tour-3']) {
      const { events } = playBot(sc, seed, BOTS.steady, { keepEvents: true });
      const fired = events.flatMap((turn: GameEvent[]) =>
        turn.filter((e) => e.kind === 'scenario' && !e.option).map((e) => [e.turn, e.id] as const),
      );
      expect(fired.map(([t]) => t)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(new Set(fired.map(([, id]) => id.replace(/^why-.*/, 'why'))).size).toBe(10);
    }
  });

  it('tutorial: the objectives follow what the player does, not only the money', () => {
    const careful = games('tutorial', 'steady', () => BOTS.steady);
    const idle = games('tutorial', 'idle', () => BOTS.idle);
    // Tests bought with reliability work: changes reach users in about three days rather than six or more.
    expect(avg(careful, (s) => doraOverall(s).leadTimeDays)).toBeLessThan(3.5);
    expect(avg(idle, (s) => doraOverall(s).leadTimeDays)).toBeGreaterThan(5.5);
    // An update before each board meeting: the board ends at 80% or better (measured 84% of games); left alone
    // it rarely does (6%).
    expect(share(careful, (s) => s.stakeholders.board >= 0.8)).toBeGreaterThan(0.7);
    expect(share(idle, (s) => s.stakeholders.board >= 0.8)).toBeLessThan(0.25);
  });

  it('tutorial: sensible play wins; hiring past the runway does not', () => {
    const won = (name: string, bot: () => Bot): number =>
      share(games('tutorial', name, bot), (s) => s.status === 'won');
    expect(won('steady', () => BOTS.steady)).toBe(1);
    expect(won('frugal', () => BOTS.frugal)).toBe(1);
    expect(won('move-fast without hiring', () => moveFast({ maxHeadcount: 0 }))).toBe(1);
    expect(won('move-fast', () => BOTS['move-fast'])).toBeLessThan(0.1);
  });

  it('solo-founder: the move to dedicated starts at a few thousand users, not in week one nor near the limit', () => {
    const won = (gs: Game[]): number => share(gs, (s) => s.status === 'won');
    const users = (gs: Game[]): number => avg(gs, (s) => s.market.users);
    const w1 = games('solo-founder', 'steady, dedicated from week 1', () => dedicatedFrom(1));
    const w27 = games('solo-founder', 'steady, dedicated from week 27', () => dedicatedFrom(27));
    const w40 = games('solo-founder', 'steady, dedicated from week 40', () => dedicatedFrom(40));
    // measured: won 56% / 84% / 0% of games, 99,900 / 128,600 / 73,900 users: in week one the founder runs
    // servers for a hundred users instead of building; in week 40 the migration ends after the limit bites
    expect(won(w27)).toBeGreaterThan(won(w1) + 0.15);
    expect(users(w27)).toBeGreaterThan(users(w1) + 15_000);
    expect(won(w40)).toBeLessThan(0.1);
    expect(share(w27, (s) => s.arch.hosting === 'dedicated')).toBe(1);
  });

  it('ship-it: the eval gate means fewer model-regression incidents and a truly better model', () => {
    const gated = games('ship-it', 'steady', () => steady());
    const shipped = games('ship-it', 'steady shipping every model', () => steady({ release: 'ship' }));
    const regressions = (gs: Game[]): number => avg(gs, (s) => s.incidents.byKind[2]!);
    expect(regressions(gated)).toBeLessThan(regressions(shipped) * 0.6);
    expect(avg(gated, (s) => s.model.quality)).toBeGreaterThan(avg(shipped, (s) => s.model.quality) + 0.05);
  });

  it('ship-it: shipping every version drifts the model below v1; a gate or an A/B test lifts it above', () => {
    const quality = (gs: Game[]): number => avg(gs, (s) => s.model.quality);
    // measured: ship 0.54, doing nothing (it ships) 0.59, gate 0.79, A/B 0.85; v1 was 0.66
    expect(
      quality(games('ship-it', 'steady shipping every model', () => steady({ release: 'ship' }))),
    ).toBeLessThan(0.62);
    expect(quality(games('ship-it', 'idle', () => BOTS.idle))).toBeLessThan(0.64);
    expect(quality(games('ship-it', 'steady', () => steady()))).toBeGreaterThan(0.74);
    expect(
      quality(games('ship-it', 'steady with A/B tests', () => steady({ release: 'ab' }))),
    ).toBeGreaterThan(0.8);
  });

  it('five-engineers: with specs the same five people deliver more', () => {
    // measured: 74 vs 68 feature points
    const specs = games('five-engineers', 'steady', () => steady());
    const none = games('five-engineers', 'steady without specs', () => steady({ specs: false }));
    const delivered = (gs: Game[]): number => avg(gs, (s) => s.market.featureLevel);
    expect(delivered(specs)).toBeGreaterThan(delivered(none) * 1.05);
  });

  it('five-engineers: past what people can review, "review everything" still ships unread code', () => {
    // measured: 100% vs 65% of agent output reviewed in the last week; change failure rate 9.9% vs 26%
    const few = games('five-engineers', 'steady with 4 reviewed agents', () =>
      steady({ agents: 4, agentReview: 'all' }),
    );
    const many = games('five-engineers', 'steady with 16 agents, review on everything', () =>
      steady({ agents: 16, agentReview: 'all' }),
    );
    const reviewed = (gs: Game[]): number =>
      avg(gs, (s) => (s.team.agentOutput > 0 ? s.team.agentReviewed / s.team.agentOutput : 1));
    expect(reviewed(few)).toBeGreaterThan(0.99);
    expect(reviewed(many)).toBeLessThan(0.8);
    const cfr = (gs: Game[]): number => avg(gs, (s) => metric(s, 'changeFailureRate'));
    expect(cfr(many)).toBeGreaterThan(2 * cfr(few));
  });

  it('rebuild-or-patch: paying down costs features first, and ends with far less debt', () => {
    // measured: 52 vs 57 feature points in week 16, 60 vs 69 in week 24; debt at the end 44 vs 72
    const never = (): Bot => splitting(steady(), payNever);
    const features = (make: () => Bot, weeks: number): number =>
      meanAtWeek('rebuild-or-patch', make, weeks, (s) => s.market.featureLevel);
    expect(features(payingFirst[1], 16)).toBeLessThan(features(never, 16) - 2);
    expect(features(payingFirst[1], 24)).toBeLessThan(features(never, 24) - 5);
    const paid = games('rebuild-or-patch', payingFirst[0], payingFirst[1]);
    const unpaid = games('rebuild-or-patch', 'steady, never paying down', never);
    expect(avg(paid, (s) => s.debt)).toBeLessThan(avg(unpaid, (s) => s.debt) - 20);
  });

  it('growing-pains: contractors four weeks before the launch slow the team down; late hires are still ramping', () => {
    // measured: 56.2 vs 57.7 feature points at the launch (week 27), 70 vs 75 at the end; hiring from week 21: 61
    const blitz = (): Bot => blitzHiring(steady());
    const contractors = (): Bot => answering(blitzHiring(steady()), { 'late-launch': 'add-contractors' });
    const atLaunch = (make: () => Bot): number =>
      meanAtWeek('growing-pains', make, 27, (s) => s.market.featureLevel);
    expect(atLaunch(contractors)).toBeLessThan(atLaunch(blitz) - 0.5);
    const end = (name: string, make: () => Bot): number =>
      avg(games('growing-pains', name, make), (s) => s.market.featureLevel);
    const early = end('steady practices, move-fast hiring', blitz);
    expect(end('the same, adding contractors before the launch', contractors)).toBeLessThan(early - 2);
    const late = end('steady practices, move-fast hiring from week 21', () => blitzHiring(steady(), 20));
    expect(late).toBeLessThan(early - 8);
  });

  it('the-pivot: an early pivot finishes and keeps the SLO; one started at the wall does not finish', () => {
    // measured: async in 98% vs 0% of games; average SLO 99.6% vs 96.2%
    const earlyPivot = games('the-pivot', asyncEarly[0], asyncEarly[1]);
    const latePivot = games('the-pivot', 'steady on serverless, async migration at the wall', () =>
      migrating(onServerless(), 'processing', 'async', atTheWall),
    );
    expect(share(earlyPivot, (s) => s.arch.processing === 'async')).toBeGreaterThan(0.9);
    expect(share(latePivot, (s) => s.arch.processing === 'async')).toBeLessThan(0.1);
    const slo = (gs: Game[]): number => avg(gs, (s) => s.sloSum / s.turn);
    expect(slo(earlyPivot)).toBeGreaterThan(slo(latePivot) + 0.02);
  });

  it('incident-night: observability built early finds incidents in hours and restores within a day', () => {
    const careful = games('incident-night', 'steady', () => BOTS.steady);
    const idle = games('incident-night', 'idle', () => BOTS.idle);
    const detect = (gs: Game[]): number =>
      avg(gs, (s) => s.incidents.detectHoursSum / Math.max(1, s.incidents.total));
    // measured: 2.4 h vs 11.2 h to detect; failed-deploy recovery 14 h vs 42 h; DORA high in 50 of 50 vs 0
    expect(detect(careful)).toBeLessThan(detect(idle) / 3);
    expect(avg(careful, (s) => doraOverall(s).recoveryHours)).toBeLessThan(24);
    expect(avg(idle, (s) => doraOverall(s).recoveryHours)).toBeGreaterThan(24);
    expect(share(careful, (s) => ['elite', 'high'].includes(doraCluster(doraOverall(s))))).toBeGreaterThan(
      0.9,
    );
    expect(share(idle, (s) => ['elite', 'high'].includes(doraCluster(doraOverall(s))))).toBeLessThan(0.1);
  });

  it('demo-day: the sprint ships the demo and ends with the debt; the careful team does neither', () => {
    const fast = games('demo-day', 'a deliberate sprint', sprint);
    const careful = games('demo-day', 'steady', () => BOTS.steady);
    expect(share(fast, (s) => s.market.featureLevel >= 50)).toBeGreaterThan(0.7);
    expect(share(careful, (s) => s.market.featureLevel >= 50)).toBeLessThan(0.1);
    expect(avg(fast, (s) => s.debt)).toBeGreaterThan(avg(careful, (s) => s.debt) + 8);
  });

  /** Every state right after `card` fired, in 20 games of `bot` (the test checks what the card's text assumes). */
  function firings(id: string, card: string, bot: Bot): GameState[] {
    const sc = scenario(id);
    const index = sc.events.findIndex((e) => e.id === card);
    const out: GameState[] = [];
    for (const seed of SEEDS.slice(0, 20)) {
      let s = createInitialState(sc, seed);
      while (s.status === 'playing') {
        const before = s.eventCounts[index]!;
        const r = advance(s, bot(s, sc), sc, false);
        if (!r.ok) throw new Error(r.rejection.reason);
        s = r.state;
        if (s.eventCounts[index] !== before) out.push(structuredClone(s));
      }
    }
    return out;
  }

  it('the-pivot: the cut-over question comes once most of the migration is done, never the week it starts', () => {
    const asked = firings('the-pivot', 'cutover-plan', BOTS.steady);
    expect(asked.length).toBeGreaterThan(10);
    for (const s of asked)
      expect(metric(s, 'migrationProgress'), `week ${s.turn}`).toBeGreaterThanOrEqual(0.6);
  });

  it('incident-night: "woken up every night, without an on-call rotation" comes only without one', () => {
    const noRotation: Bot = (s, sc) =>
      BOTS.steady(s, sc).filter((d) => !(d.type === 'policy/set' && d.policy === 'onCall'));
    const tired = firings('incident-night', 'tired-team', noRotation);
    expect(tired.length).toBeGreaterThan(5);
    for (const s of tired) expect(s.plan.policies.onCall).toBe(false);
    expect(
      firings('incident-night', 'tired-team', BOTS.steady).filter((s) => s.plan.policies.onCall),
    ).toEqual([]);
  });

  it('demo-day: the demo happens once, with one ending, in every game played to the end', () => {
    const sc = scenario('demo-day');
    const endings = ['demo-day-strong', 'demo-day-shaky'].map((id) =>
      sc.events.findIndex((e) => e.id === id),
    );
    for (const name of BOT_NAMES) {
      for (const g of games('demo-day', name, () => BOTS[name])) {
        if (g.state.turn < sc.turns) continue;
        const fired = endings.map((i) => g.state.eventCounts[i]!);
        expect(
          fired.reduce((a, b) => a + b, 0),
          `${name}: ${fired.join(', ')}`,
        ).toBe(1);
      }
    }
  });

  it('demo-day: move-fast, whose style is the lesson, wins some games; steady and doing nothing win none', () => {
    const won = (name: string, bot: () => Bot): number =>
      share(games('demo-day', name, bot), (s) => s.status === 'won');
    expect(won('move-fast', () => BOTS['move-fast'])).toBeGreaterThan(0.2);
    expect(won('steady', () => BOTS.steady)).toBe(0);
    expect(won('idle', () => BOTS.idle)).toBe(0);
  });
});

describe('no dominant strategy', () => {
  /** Per scenario, the named bots by mean score over the 50 seeds, best first. */
  const ranking = (id: string): { name: string; mean: number; games: Game[] }[] =>
    BOT_NAMES.map((name) => {
      const gs = games(id, name, () => BOTS[name]);
      return { name, mean: meanScore(gs), games: gs };
    }).sort((a, b) => b.mean - a.mean);

  it('the best bot differs across scenarios, clearly: somewhere a bot other than steady is best by a margin', () => {
    // measured (50 seeds, Rules 2): demo-day move-fast 709 vs steady 528 (paired 0.66). The tutorial's objectives
    // now follow what the player does, so the careful bot leads there (steady 953, frugal 898, idle 884), as it
    // does in the other seven: among the named bots, demo-day is where the bold style is the lesson. (Whether a
    // strategy none of them plays beats a scenario is the strategy search's question.)
    const clear = BUILT_INS.flatMap((id) => {
      const [best, second] = ranking(id);
      const margin = best!.mean - second!.mean;
      const paired = winShare(best!.games, second!.games);
      return best!.name !== 'steady' && margin >= 5 && paired >= 0.6 ? [`${id}: ${best!.name}`] : [];
    });
    const summary = BUILT_INS.map(
      (id) =>
        `${id}: ${ranking(id)
          .map((r) => `${r.name} ${r.mean.toFixed(0)}`)
          .join(' > ')}`,
    ).join('\n');
    expect(clear, summary).toEqual(['demo-day: move-fast']);
  });
});
