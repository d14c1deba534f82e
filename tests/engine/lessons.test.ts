/**
 * The lessons of CALIBRATION.md §2, each a statistical test over at least 50 seeds with a size, not only a sign.
 * Seeds are shared between the compared strategies (common random numbers), so differences come from decisions.
 */
import { describe, expect, it } from 'vitest';
import { moveFast, playBot, steady, type Bot } from '../../src/bots/index.ts';
import { Moves } from '../../src/bots/common.ts';
import { runningCosts, opsWeeks } from '../../src/engine/money.ts';
import { unitsFor } from '../../src/engine/architecture.ts';
import { newTurn } from '../../src/engine/turn.ts';
import {
  advance,
  buildScenario,
  createInitialState,
  doraCluster,
  doraOverall,
  scorecard,
  type Allocation,
  type Decision,
  type Dora,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { plainScenario, scalingScenario, sprintScenario } from '../fixtures/scenarios.ts';

const SEEDS = Array.from({ length: 50 }, (_, i) => `lesson-${i}`);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Game {
  state: GameState;
  score: number;
  dora: Dora;
}

function games(scenario: Scenario, bot: Bot, seeds = SEEDS): Game[] {
  return seeds.map((seed) => {
    const { state } = playBot(scenario, seed, bot);
    return { state, score: scorecard(state, scenario).score, dora: doraOverall(state) };
  });
}

/** DORA keys of all games pooled: total deploys over total weeks, deploy-weighted lead time, and so on. */
function pooled(gs: Game[]): Dora {
  let deploys = 0;
  let weeks = 0;
  let failures = 0;
  let lead = 0;
  let recovery = 0;
  for (const g of gs) {
    const t = g.state.totals;
    deploys += t.deploys;
    weeks += t.weeks;
    failures += t.failures;
    lead += t.leadTimeSum;
    recovery += t.recoverySum;
  }
  return {
    deploysPerWeek: deploys / weeks,
    leadTimeDays: lead / deploys,
    changeFailureRate: failures / deploys,
    recoveryHours: recovery / failures,
  };
}

/** Share of seeds on which `a` scores higher than `b` (paired by seed). */
function winShare(a: Game[], b: Game[]): number {
  return a.filter((g, i) => g.score > b[i]!.score).length / a.length;
}

const share = (gs: Game[], clusters: string[]): number =>
  gs.filter((g) => clusters.includes(doraCluster(g.dora))).length / gs.length;

const allocation = (
  features: number,
  debt: number,
  reliability: number,
  evals = 0,
  data = 0,
): Allocation => ({
  features,
  debt,
  evals,
  reliability,
  data,
  migration: 0,
});

/** A bot that sets a plan in its first turn and then keeps it, with optional moves every turn. */
function fixed(first: Decision[], every: (s: GameState, m: Moves) => void = () => {}): Bot {
  return (s, sc) => {
    const m = new Moves(s, sc);
    if (s.turn === 0) for (const d of first) m.add(d);
    every(s, m);
    return m.list;
  };
}

describe('1. throughput and stability go together (DORA 2024), in DORA units', () => {
  const plain = plainScenario();
  const strong = games(plain, steady());
  const weak = games(plain, moveFast());

  it('strong practices reach the elite or high cluster', () => {
    expect(share(strong, ['elite', 'high'])).toBeGreaterThanOrEqual(0.9);
  });

  it('no practices land in low or medium: fewer deploys, failure rate at least twice, recovery in days, lead times of weeks', () => {
    expect(share(weak, ['low', 'medium'])).toBe(1);
    expect(share(weak, ['low'])).toBeGreaterThanOrEqual(0.5);
    const s = pooled(strong);
    const w = pooled(weak);
    expect(w.deploysPerWeek).toBeLessThan(s.deploysPerWeek / 3);
    expect(w.changeFailureRate).toBeGreaterThanOrEqual(2 * s.changeFailureRate);
    expect(w.recoveryHours).toBeGreaterThanOrEqual(72);
    expect(s.recoveryHours).toBeLessThan(24);
    expect(w.leadTimeDays).toBeGreaterThanOrEqual(14);
    expect(s.leadTimeDays).toBeLessThanOrEqual(7);
  });

  it('every cluster is reachable: a team with SREs and a reliability habit reaches elite', () => {
    const sc = buildScenario({
      id: 'platform',
      title: 'Platform team',
      turns: 40,
      initial: {
        team: { engineer: 4, ml: 0, sre: 2, product: 0 },
        practices: { testAutomation: 0.6, observability: 0.6, evalCoverage: 0.2, dataPipeline: 0.1 },
        cash: 2_000_000_000,
      },
    });
    const elite = games(
      sc,
      fixed([
        { type: 'plan/allocate', allocation: allocation(55, 10, 35) },
        { type: 'policy/set', policy: 'onCall', on: true },
      ]),
    );
    expect(share(elite, ['elite'])).toBeGreaterThanOrEqual(0.5);
    expect(share(weak, ['low'])).toBeGreaterThan(0);
    expect(share([...strong, ...weak], ['medium'])).toBeGreaterThan(0);
  });

  it('weeks without a deploy count: holding work makes lead time longer, never shorter', () => {
    const hold = games(
      plain,
      fixed([], (s, m) => {
        if (s.turn % 6 !== 5) m.add({ type: 'plan/allocate', allocation: allocation(70, 10, 20) });
      }),
    );
    expect(pooled(hold).leadTimeDays).toBeGreaterThan(0);
    const idle = games(plain, () => []);
    const noWork = games(
      plain,
      fixed([
        {
          type: 'plan/allocate',
          allocation: { features: 0, debt: 0, evals: 50, reliability: 0, data: 50, migration: 0 },
        },
      ]),
    );
    // A team that ships no code has no deploys: its throughput is low, never "perfect".
    expect(noWork.every((g) => doraCluster(g.dora) === 'low')).toBe(true);
    expect(pooled(idle).deploysPerWeek).toBeGreaterThan(0);
  });
});

describe('2. debt strategy depends on the phase', () => {
  it('in a short fast-iteration sprint, taking on debt beats paying it down', () => {
    const sc = sprintScenario();
    // The debt-taking strategy without hiring (new people would not ramp up within twelve weeks anyway).
    const fast = games(sc, moveFast({ maxHeadcount: 0 }));
    const careful = games(sc, steady());
    expect(mean(fast.map((g) => g.score))).toBeGreaterThan(mean(careful.map((g) => g.score)) + 50);
    expect(winShare(fast, careful)).toBeGreaterThanOrEqual(0.7);
  });

  it('entering the scaling phase, paying debt down first wins clearly', () => {
    const sc = scalingScenario();
    const careful = games(sc, steady());
    const fast = games(sc, moveFast());
    expect(mean(careful.map((g) => g.score))).toBeGreaterThan(mean(fast.map((g) => g.score)) + 100);
    expect(winShare(careful, fast)).toBeGreaterThanOrEqual(0.8);
  });

  it('paying the debt back costs at least the engineer-weeks the shortcut saved', () => {
    const sc = buildScenario({
      id: 'shortcut',
      title: 'Shortcut',
      turns: 80,
      initial: { team: { engineer: 4, ml: 0, sre: 0, product: 0 }, cash: 2_000_000_000, debt: 2 },
      params: { stakeholders: { ousterBelow: 0 } },
    });
    const ratios = SEEDS.slice(0, 20).map((seed) => {
      const run = (a: Allocation, weeks: number, s0?: GameState): GameState => {
        let s = s0 ?? createInitialState(sc, seed);
        for (let t = 0; t < weeks; t++) {
          const r = advance(s, t === 0 ? [{ type: 'plan/allocate', allocation: a }] : [], sc);
          if (!r.ok) throw new Error(r.rejection.reason);
          s = r.state;
        }
        return s;
      };
      const careful = run(allocation(75, 5, 20), 20);
      const shortcut = run(allocation(95, 5, 0), 20);
      const saved =
        shortcut.market.featureLevel +
        shortcut.market.pendingWork -
        careful.market.featureLevel -
        careful.market.pendingWork;
      // Now the shortcut team pays down until its debt is back to the careful team's.
      let s = shortcut;
      let spent = 0;
      for (let t = 0; t < 60 && s.debt > careful.debt; t++) {
        const before = s.debt;
        s = run(allocation(0, 100, 0), 1, s);
        spent += s.team.ramped.engineer * 0.6;
        if (s.debt >= before) break;
      }
      return spent / Math.max(0.01, saved);
    });
    expect(mean(ratios)).toBeGreaterThanOrEqual(1);
  });

  it('the same debt raises incident hazard more in the scaling phase than in fast iteration', () => {
    const sc = plainScenario();
    expect(sc.params.hazards.debtPhaseFactor.scaling).toBeGreaterThan(
      sc.params.hazards.debtPhaseFactor.iteration,
    );
    expect(sc.params.debt.interest.scaling).toBeGreaterThan(sc.params.debt.interest.iteration);
  });
});

describe("3. Brooks's law, at its real size", () => {
  const sc = buildScenario({
    id: 'brooks',
    title: 'Late hires',
    turns: 80,
    initial: { team: { engineer: 5, ml: 0, sre: 0, product: 0 }, cash: 2_000_000_000, users: 1000 },
    // Delivery is measured here, not the board's patience.
    params: { stakeholders: { ousterBelow: 0 } },
  });
  const delivered = (s: GameState): number => s.market.featureLevel + s.market.pendingWork;

  function deliveredByTurn(seed: string, hires: number): number[] {
    let s = createInitialState(sc, seed);
    const out: number[] = [];
    for (let t = 0; t < 70; t++) {
      const d: Decision[] = [];
      if (t === 0) d.push({ type: 'plan/allocate', allocation: allocation(80, 10, 10) });
      if (t === 20 && hires > 0) d.push({ type: 'team/hire', role: 'engineer', count: hires });
      const r = advance(s, d, sc);
      if (!r.ok) throw new Error(r.rejection.reason);
      s = r.state;
      out.push(delivered(s));
    }
    return out;
  }

  const late = SEEDS.map((seed) => deliveredByTurn(seed, 8));
  const none = SEEDS.map((seed) => deliveredByTurn(seed, 0));
  /** Features delivered in weeks (from, to]. */
  const between = (runs: number[][], from: number, to: number): number =>
    mean(runs.map((r) => r[to - 1]! - r[from - 1]!));

  it('hiring takes weeks and onboarding months: eight people hired in week 21 lower delivery for at least eight weeks', () => {
    // Offers take the lead time to arrive; then mentoring and new paths cost more than the newcomers add.
    // Offers made in week 21 arrive in week 27 (the six-week lead time): until then nothing changes.
    expect(between(late, 20, 26)).toBeCloseTo(between(none, 20, 26), 5);
    expect(between(late, 26, 34)).toBeLessThan(between(none, 26, 34));
  });

  it('and only pay back months later', () => {
    expect(between(late, 55, 70)).toBeGreaterThan(between(none, 55, 70));
  });

  function weeklyOutput(n: number, structured: boolean): number {
    const team = buildScenario({
      id: `team-${n}`,
      title: 'Team size',
      turns: 30,
      initial: {
        team: { engineer: n, ml: 0, sre: 0, product: structured ? Math.round(n / 7) : 0 },
        cash: 5_000_000_000,
        debt: 0,
        arch: { structure: structured && n >= 8 ? 'microservices' : 'monolith' },
      },
      params: { stakeholders: { ousterBelow: 0 } },
    });
    return mean(
      SEEDS.slice(0, 10).map((seed) => {
        let s = createInitialState(team, seed);
        const d: Decision[] = [{ type: 'plan/allocate', allocation: allocation(100, 0, 0) }];
        if (structured)
          d.push(
            { type: 'policy/set', policy: 'specDriven', on: true },
            { type: 'policy/set', policy: 'asyncDocs', on: true },
          );
        for (let t = 0; t < 10; t++) {
          const r = advance(s, t === 0 ? d : [], team);
          if (!r.ok) throw new Error(r.rejection.reason);
          s = r.state;
        }
        return delivered(s) / 10;
      }),
    );
  }

  it('without structure, 20 people deliver about what 5 to 8 deliver', () => {
    const five = weeklyOutput(5, false);
    const eight = weeklyOutput(8, false);
    const twenty = weeklyOutput(20, false);
    expect(twenty).toBeGreaterThanOrEqual(five * 0.9);
    expect(twenty).toBeLessThanOrEqual(eight * 1.25);
  });

  it('with specs, async docs, product managers and service boundaries, output grows with the team, sublinearly', () => {
    const eight = weeklyOutput(8, true);
    const twenty = weeklyOutput(20, true);
    expect(twenty).toBeGreaterThan(eight * 1.35);
    expect(twenty).toBeLessThan(eight * 2.5);
    expect(twenty).toBeGreaterThan(weeklyOutput(20, false) * 1.5);
  });
});

describe('4. eval-gated releases, A/B tests and canaries', () => {
  const sc = plainScenario();
  const gated = games(sc, steady({ release: 'gate' }));
  const shipped = games(sc, steady({ release: 'ship' }));
  const regressions = (gs: Game[]): number => mean(gs.map((g) => g.state.incidents.byKind[2]!));

  it('cut model-regression incidents by at least a third', () => {
    expect(regressions(gated)).toBeLessThan(regressions(shipped) * 0.67);
  });

  it('at the cost of release speed', () => {
    expect(mean(gated.map((g) => g.state.totals.modelReleases))).toBeLessThan(
      mean(shipped.map((g) => g.state.totals.modelReleases)),
    );
  });

  it('A/B tests take weeks and serve the candidate, good or bad, to half the users meanwhile', () => {
    const ab = games(sc, steady({ release: 'ab' }));
    expect(mean(ab.map((g) => g.state.totals.modelReleases))).toBeLessThan(
      mean(shipped.map((g) => g.state.totals.modelReleases)),
    );
    // Over a game some A/B test is always running for a while.
    let trialWeeks = 0;
    for (const seed of SEEDS.slice(0, 10)) {
      playBot(sc, seed, steady({ release: 'ab' }), { onTurn: (s) => (trialWeeks += s.model.trial ? 1 : 0) });
    }
    expect(trialWeeks / 10).toBeGreaterThanOrEqual(4);
  });
});

describe('5. observability shortens detection and recovery', () => {
  // Without an SRE, whose own time would build reliability whatever the plan.
  const base = scalingScenario();
  const sc = { ...base, initial: { ...base.initial, team: { ...base.initial.team, sre: 0, engineer: 7 } } };
  const watching = (reliability: number): Bot =>
    fixed([
      { type: 'plan/allocate', allocation: allocation(80 - reliability, 20, reliability) },
      { type: 'policy/set', policy: 'onCall', on: reliability > 0 },
    ]);
  const watched = games(sc, watching(35));
  const blind = games(sc, watching(0));
  const perIncident = (gs: Game[], key: 'detectHoursSum' | 'restoreHoursSum'): number =>
    gs.reduce((a, g) => a + g.state.incidents[key], 0) / gs.reduce((a, g) => a + g.state.incidents.total, 0);

  it('time to detect falls from hours to minutes', () => {
    expect(perIncident(blind, 'detectHoursSum')).toBeGreaterThan(5);
    expect(perIncident(watched, 'detectHoursSum')).toBeLessThan(perIncident(blind, 'detectHoursSum') * 0.3);
  });

  it('time to restore falls from days to hours', () => {
    expect(pooled(blind).recoveryHours).toBeGreaterThan(48);
    expect(pooled(watched).recoveryHours).toBeLessThan(pooled(blind).recoveryHours * 0.4);
  });
});

describe('6. cost crossover: serverless vs dedicated, with the people dedicated servers need', () => {
  const sc = plainScenario();
  /** Weekly cost of hosting at a load: the bill, plus the operations time at an engineer's salary. */
  function hostingCost(users: number, hosting: 'serverless' | 'dedicated'): number {
    const s0 = createInitialState(sc, 'costs');
    const peak = users * sc.params.load.requestsPerUser * sc.params.load.syncPeakFactor;
    const s: GameState = {
      ...s0,
      market: { ...s0.market, users },
      arch: { ...s0.arch, hosting, dedicatedUnits: hosting === 'dedicated' ? unitsFor(peak) : 0 },
    };
    const turn = newTurn(sc, s.key, 0);
    return runningCosts(s, turn).infra + opsWeeks(s, turn) * sc.params.money.salaryCents.engineer;
  }

  it('serverless is cheaper while load is small', () => {
    expect(hostingCost(1_000, 'serverless')).toBeLessThan(hostingCost(1_000, 'dedicated') * 0.5);
  });

  it('dedicated capacity is cheaper at high, sustained load', () => {
    expect(hostingCost(150_000, 'dedicated')).toBeLessThan(hostingCost(150_000, 'serverless') * 0.7);
  });

  it('and the crossover lands at a realistic scale, tens of thousands of users', () => {
    let crossover = 0;
    for (let users = 1_000; users <= 200_000; users += 1_000) {
      if (hostingCost(users, 'dedicated') < hostingCost(users, 'serverless')) {
        crossover = users;
        break;
      }
    }
    expect(crossover).toBeGreaterThanOrEqual(15_000);
    expect(crossover).toBeLessThanOrEqual(80_000);
  });
});

describe('7. spec-driven coordination', () => {
  function featuresAfter(engineers: number, spec: boolean, seed: string): number {
    const sc = buildScenario({
      id: 'spec',
      title: 'Specs',
      turns: 20,
      initial: { team: { engineer: engineers, ml: 0, sre: 0, product: 0 }, cash: 5_000_000_000 },
      params: { stakeholders: { ousterBelow: 0 } },
    });
    let s = createInitialState(sc, seed);
    for (let t = 0; t < 12; t++) {
      const d: Decision[] = t === 0 ? [{ type: 'policy/set', policy: 'specDriven', on: spec }] : [];
      const r = advance(s, d, sc);
      if (!r.ok) throw new Error(r.rejection.reason);
      s = r.state;
    }
    return s.market.featureLevel + s.market.pendingWork;
  }
  const gain = (n: number): number =>
    mean(SEEDS.map((seed) => featuresAfter(n, true, seed))) /
    mean(SEEDS.map((seed) => featuresAfter(n, false, seed)));

  it('reduces coordination loss, and more so as the team grows (a cost for two, a gain for sixteen)', () => {
    const small = gain(2);
    const large = gain(16);
    expect(small).toBeLessThan(1.02);
    expect(large).toBeGreaterThan(1.2);
  });
});

describe('8. agents amplify the system they work in', () => {
  const sc = plainScenario();
  const none = games(sc, steady());
  const unguarded = games(sc, steady({ agents: 4, agentReview: 'none', specs: false }));
  const guarded = games(sc, steady({ agents: 2, agentReview: 'all' }));
  const flood = games(sc, steady({ agents: 30, agentReview: 'all' }));
  const avg = (gs: Game[], f: (g: Game) => number): number => mean(gs.map(f));

  it('review is a capacity: agent output beyond what the engineers can read ships unreviewed', () => {
    // Nobody resigns here, so the engineers at the end are the ones who reviewed the last week.
    const steadyTeam = buildScenario({
      id: 'flood',
      title: 'Flood',
      turns: 52,
      params: { team: { baseAttrition: 0 } },
    });
    for (const g of games(steadyTeam, steady({ agents: 30, agentReview: 'all' }), SEEDS.slice(0, 10))) {
      expect(g.state.team.agentReviewed).toBeLessThanOrEqual(
        g.state.team.ramped.engineer * sc.params.team.reviewCapacity + 1e-9,
      );
      expect(g.state.team.agentReviewed).toBeLessThan(g.state.team.agentOutput);
    }
  });

  it('unguarded agents add debt, incidents and failed deploys faster than value', () => {
    expect(avg(unguarded, (g) => g.state.debt)).toBeGreaterThan(avg(none, (g) => g.state.debt) * 1.5);
    expect(avg(unguarded, (g) => g.state.incidents.total)).toBeGreaterThan(
      avg(none, (g) => g.state.incidents.total),
    );
    expect(pooled(unguarded).changeFailureRate).toBeGreaterThan(2 * pooled(none).changeFailureRate);
    expect(avg(unguarded, (g) => g.score)).toBeLessThan(avg(none, (g) => g.score));
  });

  it('guarded agents pay off, with diminishing returns: thirty seats are not fifteen times two', () => {
    const delivered = (g: Game): number => g.state.market.featureLevel;
    const more = (a: Game[], b: Game[], f: (g: Game) => number): number =>
      a.filter((g, i) => f(g) > f(b[i]!)).length / a.length;
    expect(more(guarded, none, delivered)).toBeGreaterThanOrEqual(0.7);
    expect(more(guarded, none, (g) => g.state.market.users)).toBeGreaterThanOrEqual(0.6);
    expect(avg(guarded, (g) => g.state.incidents.total)).toBeLessThan(
      avg(none, (g) => g.state.incidents.total) * 1.2,
    );
    expect(avg(flood, (g) => g.score)).toBeLessThan(avg(guarded, (g) => g.score));
    expect(avg(flood, delivered)).toBeLessThan(avg(guarded, delivered) * 2);
  });
});

describe('9. stakeholders', () => {
  const sc = plainScenario();
  const talk = (framing: 'risk' | 'spin' | 'silence', every = 4): Bot =>
    fixed([], (s, m) => {
      if (s.turn % every === every - 1) m.add({ type: 'stakeholder/communicate', framing });
    });

  it('honest updates at the board’s cadence keep more trust than silence', () => {
    const honest = games(sc, talk('risk'));
    const silent = games(sc, talk('silence'));
    expect(mean(honest.map((g) => g.state.stakeholders.board))).toBeGreaterThan(
      mean(silent.map((g) => g.state.stakeholders.board)) + 0.05,
    );
  });

  it('talking every week is not better than at the cadence (and costs founder time)', () => {
    const monthly = games(sc, talk('risk'));
    const weekly = games(sc, talk('risk', 1));
    expect(mean(weekly.map((g) => g.state.stakeholders.board))).toBeLessThan(
      mean(monthly.map((g) => g.state.stakeholders.board)) + 0.02,
    );
    expect(mean(weekly.map((g) => g.score))).toBeLessThanOrEqual(mean(monthly.map((g) => g.score)));
  });

  it('spin gains now and loses more when the truth comes out', () => {
    const spinAt = (turns: number, framing: 'risk' | 'spin'): number[] =>
      SEEDS.map((seed) => playBot(sc, seed, talk(framing), { turns }).state.stakeholders.board);
    const early = mean(spinAt(5, 'spin')) - mean(spinAt(5, 'risk'));
    const late = mean(spinAt(52, 'spin')) - mean(spinAt(52, 'risk'));
    expect(early).toBeGreaterThan(0);
    expect(late).toBeLessThan(-0.05);
  });

  it('raising takes weeks and traction, and dilutes the founders', () => {
    const raiser = fixed([{ type: 'money/raise' }]);
    const results = SEEDS.map((seed) => playBot(sc, seed, raiser, { turns: 12 }).state);
    const closed = results.filter((s) => s.money.rounds > 0);
    expect(closed.length).toBeGreaterThan(0);
    for (const s of closed) expect(s.money.ownership).toBeLessThan(0.95);
    const after3 = SEEDS.map((seed) => playBot(sc, seed, raiser, { turns: 3 }).state);
    expect(after3.every((s) => s.money.funding === 0 && s.money.raise !== null)).toBe(true);
  });
});
