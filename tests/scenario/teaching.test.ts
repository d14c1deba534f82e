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
  doraCluster,
  doraOverall,
  headcountOf,
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

const NINE = [
  'tutorial',
  'solo-founder',
  'ship-it',
  'rebuild-or-patch',
  'five-engineers',
  'growing-pains',
  'the-pivot',
  'incident-night',
  'demo-day',
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

/** Move-fast's hiring (two engineers every other turn while the runway is long, up to 14) on another bot. */
function blitzHiring(bot: Bot): Bot {
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => d.type !== 'team/hire');
    if (runwayTurns(s) > 16 && headcountOf(s.team) + pipelineOf(s.team, 'engineer') < 14 && s.turn % 2 === 0)
      own.push({ type: 'team/hire', role: 'engineer', count: 2 });
    return own;
  };
}

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
 * hiring (a hire arrives after the deadline), hardening the demo path when it breaks and closing honestly.
 */
function sprint(): Bot {
  return answering(moveFast({ maxHeadcount: 0 }), {
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
    // measured: 962 vs 619, 1.00
    scenario: 'rebuild-or-patch',
    lesson: 'paying debt down before scaling beats patching on',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 200,
    minWinShare: 0.95,
  },
  {
    // measured: 942 vs 566, 1.00
    scenario: 'five-engineers',
    lesson: 'specs and reviewed agents beat speed without either',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 200,
    minWinShare: 0.95,
  },
  {
    // measured: 949 vs 933, 0.98
    scenario: 'five-engineers',
    lesson: 'four agent seats with specs and every change reviewed beat four unreviewed seats without specs',
    rewarded: ['steady with 4 reviewed agents', () => steady({ agents: 4, agentReview: 'all' })],
    punished: [
      'steady with 4 unreviewed agents, no specs',
      () => steady({ agents: 4, agentReview: 'none', specs: false }),
    ],
    minGap: 8,
    minWinShare: 0.8,
  },
  {
    // measured: 942 vs 936, 0.90 (97 vs 88 feature points; won on 45 seeds vs 37)
    scenario: 'five-engineers',
    lesson: 'spec-driven development beats the same team without specs',
    rewarded: ['steady', () => steady()],
    punished: ['steady without specs', () => steady({ specs: false })],
    minGap: 3,
    minWinShare: 0.75,
  },
  {
    // measured: 928 vs 690, 1.00
    scenario: 'growing-pains',
    lesson: 'paced hiring with specs and async docs beats a hiring blitz without them',
    rewarded: named('steady'),
    punished: named('move-fast'),
    minGap: 150,
    minWinShare: 0.95,
  },
  {
    // measured: 943 vs 690, 1.00
    scenario: 'growing-pains',
    lesson: 'the same hiring blitz goes far better with specs, async docs and onboarding',
    rewarded: ['steady practices, move-fast hiring', () => blitzHiring(steady())],
    punished: named('move-fast'),
    minGap: 150,
    minWinShare: 0.95,
  },
  {
    // measured: 947 vs 646, 1.00
    scenario: 'the-pivot',
    lesson: 'moving to async processing before the ceiling beats staying synchronous',
    rewarded: [
      'steady, async migration from week 2',
      () => migrating(steady(), 'processing', 'async', early),
    ],
    punished: named('steady'),
    minGap: 200,
    minWinShare: 0.95,
  },
  {
    // measured: 947 vs 885, 1.00
    scenario: 'the-pivot',
    lesson: 'starting the pivot early beats starting it when the peak hits the ceiling',
    rewarded: [
      'steady, async migration from week 2',
      () => migrating(steady(), 'processing', 'async', early),
    ],
    punished: [
      'steady, async migration at the wall',
      () => migrating(steady(), 'processing', 'async', atTheWall),
    ],
    minGap: 30,
    minWinShare: 0.9,
  },
  {
    // measured: 947 vs 861, 1.00
    scenario: 'the-pivot',
    lesson: 'a prepared pivot beats a big-bang pivot by a team with thin tests and no observability',
    rewarded: [
      'steady, async migration from week 2',
      () => migrating(steady(), 'processing', 'async', early),
    ],
    punished: [
      'move-fast, big-bang async migration',
      () => migrating(moveFast(), 'processing', 'async', early, 100),
    ],
    minGap: 40,
    minWinShare: 0.9,
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
    // measured: 883 vs 538, win share 0.90 (52 vs 41 feature points; debt 21 vs 8)
    scenario: 'demo-day',
    lesson: 'a deliberate sprint that takes on debt to ship the demo beats building foundations',
    rewarded: ['a deliberate sprint', sprint],
    punished: named('steady'),
    minGap: 200,
    minWinShare: 0.8,
  },
  {
    // measured: 691 vs 532, 0.80 (move-fast ships the demo in 36% of games, steady in none)
    scenario: 'demo-day',
    lesson: 'even with its hiring blitz, the bot that takes on debt beats the one that builds foundations',
    rewarded: named('move-fast'),
    punished: named('steady'),
    minGap: 80,
    minWinShare: 0.7,
  },
  {
    // measured: 883 vs 691, 1.00 (hires made for the deadline arrive after it and need mentoring: 52 vs 49
    // feature points)
    scenario: 'demo-day',
    lesson:
      'the same sprint without hiring beats it with a hiring blitz: a careful player beats a reckless one',
    rewarded: ['a deliberate sprint', sprint],
    punished: named('move-fast'),
    minGap: 100,
    minWinShare: 0.85,
  },
];

// ---------------------------------------------------------------- the tests

describe('the built-in scenarios', () => {
  it('are the nine of the design, in order', () => {
    expect([...BUILT_IN_IDS]).toEqual(NINE);
  });

  it.each(NINE)('%s validates', (id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) expect.fail(r.problems.map(formatProblem).join('\n'));
    expect(r.loaded.scenario.id).toBe(id);
    expect(r.loaded.meta.briefing.length).toBeGreaterThan(200);
    expect(r.loaded.meta.learningObjectives.length).toBeGreaterThanOrEqual(2);
    expect(r.loaded.meta.debrief.some((n) => n.when !== null)).toBe(true);
    expect(r.loaded.scenario.objectives.length).toBeGreaterThanOrEqual(3);
  });

  it.each(NINE)('%s plays to the end with every bot, without an illegal move', (id) => {
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
    const specs = games('five-engineers', 'steady', () => steady());
    const none = games('five-engineers', 'steady without specs', () => steady({ specs: false }));
    const delivered = (gs: Game[]): number => avg(gs, (s) => s.market.featureLevel);
    expect(delivered(specs)).toBeGreaterThan(delivered(none) * 1.05);
  });

  it('rebuild-or-patch: paying down ends with little debt; patching ends buried in it', () => {
    const paid = games('rebuild-or-patch', 'steady', () => BOTS.steady);
    const patched = games('rebuild-or-patch', 'move-fast', () => BOTS['move-fast']);
    expect(share(paid, (s) => s.debt < 50)).toBeGreaterThan(0.9);
    expect(share(patched, (s) => s.debt > 150)).toBeGreaterThan(0.9);
  });

  it('the-pivot: an early pivot finishes and keeps the SLO; waiting for the wall does not', () => {
    const earlyPivot = games('the-pivot', 'steady, async migration from week 2', () =>
      migrating(steady(), 'processing', 'async', early),
    );
    const latePivot = games('the-pivot', 'steady, async migration at the wall', () =>
      migrating(steady(), 'processing', 'async', atTheWall),
    );
    expect(share(earlyPivot, (s) => s.arch.processing === 'async')).toBeGreaterThan(0.9);
    const slo = (gs: Game[]): number => avg(gs, (s) => s.sloSum / s.turn);
    expect(slo(earlyPivot)).toBeGreaterThan(slo(latePivot) + 0.08);
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
    // measured (50 seeds, Rules 2): demo-day move-fast 691 vs steady 532 (paired 0.80). The tutorial's objectives
    // now follow what the player does, so the careful bot leads there (steady 946, frugal 890, idle 878) and it is
    // no longer one of these; the other clear scenarios come from the other built-ins (see the ranking printed
    // on failure).
    const clear = NINE.flatMap((id) => {
      const [best, second] = ranking(id);
      const margin = best!.mean - second!.mean;
      const paired = winShare(best!.games, second!.games);
      return best!.name !== 'steady' && margin >= 5 && paired >= 0.7 ? [`${id}: ${best!.name}`] : [];
    });
    const summary = NINE.map(
      (id) =>
        `${id}: ${ranking(id)
          .map((r) => `${r.name} ${r.mean.toFixed(0)}`)
          .join(' > ')}`,
    ).join('\n');
    expect(clear, summary).toEqual(expect.arrayContaining(['demo-day: move-fast']));
    expect(clear.length, summary).toBeGreaterThanOrEqual(2);
  });
});
