/**
 * The lessons of CALIBRATION.md, each a statistical test over at least 50 seeds comparing bots or settings.
 * Seeds are shared between the compared strategies (common random numbers), so differences come from decisions.
 */
import { describe, expect, it } from 'vitest';
import { moveFast, playBot, steady, type Bot } from '../../src/bots/index.ts';
import { runningCosts } from '../../src/engine/money.ts';
import { unitsFor } from '../../src/engine/architecture.ts';
import { newTurn } from '../../src/engine/turn.ts';
import {
  buildScenario,
  createInitialState,
  doraCluster,
  doraOverall,
  scorecard,
  step,
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

function games(scenario: Scenario, bot: Bot): Game[] {
  return SEEDS.map((seed) => {
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

describe('1. throughput and stability go together (DORA 2024)', () => {
  const plain = plainScenario();
  const strong = games(plain, steady());
  const weak = games(plain, moveFast());

  it('strong practices reach the elite or high cluster', () => {
    expect(['elite', 'high']).toContain(doraCluster(pooled(strong)));
    const good = strong.filter((g) => ['elite', 'high'].includes(doraCluster(g.dora))).length;
    expect(good / strong.length).toBeGreaterThanOrEqual(0.9);
  });

  it('no practices land in the low cluster: fewer deploys, more failures, slower recovery', () => {
    expect(doraCluster(pooled(weak))).toBe('low');
    expect(weak.filter((g) => doraCluster(g.dora) === 'low').length / weak.length).toBeGreaterThanOrEqual(
      0.6,
    );
    const s = pooled(strong);
    const w = pooled(weak);
    expect(w.deploysPerWeek).toBeLessThan(s.deploysPerWeek);
    expect(w.changeFailureRate).toBeGreaterThanOrEqual(2 * s.changeFailureRate);
    expect(w.recoveryHours).toBeGreaterThan(s.recoveryHours);
  });
});

describe('2. debt strategy depends on the phase', () => {
  it('in a short fast-iteration sprint, taking on debt beats paying it down', () => {
    const sc = sprintScenario();
    const fast = games(sc, moveFast());
    const careful = games(sc, steady());
    expect(mean(fast.map((g) => g.score))).toBeGreaterThan(mean(careful.map((g) => g.score)));
    expect(winShare(fast, careful)).toBeGreaterThanOrEqual(0.7);
  });

  it('entering the scaling phase, paying debt down beats piling it on', () => {
    const sc = scalingScenario();
    const careful = games(sc, steady());
    const fast = games(sc, moveFast());
    expect(mean(careful.map((g) => g.score))).toBeGreaterThan(mean(fast.map((g) => g.score)));
    expect(winShare(careful, fast)).toBeGreaterThanOrEqual(0.8);
  });

  it('the same debt raises incident hazard more in the scaling phase than in fast iteration', () => {
    const sc = plainScenario();
    const p = sc.params.hazards.debtPhaseFactor;
    expect(p.scaling).toBeGreaterThan(p.iteration);
    expect(sc.params.debt.interest.scaling).toBeGreaterThan(sc.params.debt.interest.iteration);
  });
});

describe("3. Brooks's law", () => {
  const sc = buildScenario({
    id: 'brooks',
    title: 'Late hires',
    turns: 60,
    initial: { team: { engineer: 5, ml: 0, sre: 0, product: 0 }, cash: 2_000_000_000, users: 1000 },
  });
  const delivered = (s: GameState): number => s.market.featureLevel + s.market.pendingWork;

  function deliveredByTurn(seed: string, hires: number): number[] {
    let s = createInitialState(sc, seed);
    const out: number[] = [];
    for (let t = 0; t < 45; t++) {
      const d: Decision[] = [];
      if (t === 0)
        d.push({
          type: 'plan/allocate',
          allocation: { features: 80, debt: 10, evals: 0, reliability: 10, data: 0, migration: 0 },
        });
      if (t === 20 && hires > 0) d.push({ type: 'team/hire', role: 'engineer', count: hires });
      const r = step(s, d, sc);
      if (!r.ok) throw new Error(r.rejection.reason);
      s = r.state;
      out.push(delivered(s));
    }
    return out;
  }

  const late = SEEDS.map((seed) => deliveredByTurn(seed, 8));
  const none = SEEDS.map((seed) => deliveredByTurn(seed, 0));
  const at = (runs: number[][], turn: number): number => mean(runs.map((r) => r[turn - 1]!));

  it('adding eight people lowers delivery in the weeks after they arrive', () => {
    expect(at(late, 24)).toBeLessThan(at(none, 24));
  });

  it('and only pays back later', () => {
    expect(at(late, 40)).toBeGreaterThan(at(none, 40));
  });
});

describe('4. eval-gated releases', () => {
  const sc = plainScenario();
  const gated = games(sc, steady({ release: 'gate' }));
  const shipped = games(sc, steady({ release: 'ship' }));
  const regressions = (gs: Game[]): number => mean(gs.map((g) => g.state.incidents.byKind[2]!));

  it('cut model-regression incidents', () => {
    expect(regressions(gated)).toBeLessThan(regressions(shipped) * 0.85);
  });

  it('at the cost of release speed', () => {
    expect(pooled(gated).deploysPerWeek).toBeLessThan(pooled(shipped).deploysPerWeek);
    expect(pooled(gated).leadTimeDays).toBeGreaterThan(pooled(shipped).leadTimeDays);
    expect(mean(gated.map((g) => g.state.model.version))).toBeLessThan(
      mean(shipped.map((g) => g.state.model.version)),
    );
  });
});

describe('5. observability shortens detection and recovery', () => {
  const sc = scalingScenario();
  const fixed =
    (reliability: number): Bot =>
    (s) =>
      s.turn === 0
        ? [
            {
              type: 'plan/allocate',
              allocation: {
                features: 80 - reliability,
                debt: 20,
                evals: 0,
                reliability,
                data: 0,
                migration: 0,
              },
            },
          ]
        : [];
  const watched = games(sc, fixed(30));
  const blind = games(sc, fixed(0));
  const perIncident = (gs: Game[], key: 'detectHoursSum' | 'restoreHoursSum'): number =>
    gs.reduce((a, g) => a + g.state.incidents[key], 0) / gs.reduce((a, g) => a + g.state.incidents.total, 0);

  it('time to detect falls', () => {
    expect(perIncident(watched, 'detectHoursSum')).toBeLessThan(perIncident(blind, 'detectHoursSum') * 0.7);
  });

  it('time to restore falls', () => {
    expect(perIncident(watched, 'restoreHoursSum')).toBeLessThan(perIncident(blind, 'restoreHoursSum'));
    expect(pooled(watched).recoveryHours).toBeLessThan(pooled(blind).recoveryHours);
  });
});

describe('6. cost crossover: serverless vs dedicated', () => {
  const sc = plainScenario();
  function hostingCost(users: number, hosting: 'serverless' | 'dedicated'): number {
    const s0 = createInitialState(sc, 'costs');
    const peak = users * sc.params.load.requestsPerUser * sc.params.load.syncPeakFactor;
    const s: GameState = {
      ...s0,
      market: { ...s0.market, users },
      arch: { ...s0.arch, hosting, dedicatedUnits: hosting === 'dedicated' ? unitsFor(peak) : 0 },
    };
    return runningCosts(s, newTurn(sc, s.key, 0)).infra;
  }

  it('serverless is cheaper at low load', () => {
    expect(hostingCost(300, 'serverless')).toBeLessThan(hostingCost(300, 'dedicated'));
  });

  it('dedicated capacity is cheaper at high, sustained load', () => {
    expect(hostingCost(100_000, 'dedicated')).toBeLessThan(hostingCost(100_000, 'serverless') * 0.7);
  });
});

describe('7. spec-driven coordination', () => {
  function featuresAfter(engineers: number, spec: boolean, seed: string): number {
    const sc = buildScenario({
      id: 'spec',
      title: 'Specs',
      turns: 20,
      initial: { team: { engineer: engineers, ml: 0, sre: 0, product: 0 }, cash: 5_000_000_000 },
    });
    let s = createInitialState(sc, seed);
    for (let t = 0; t < 12; t++) {
      const d: Decision[] = t === 0 ? [{ type: 'policy/set', policy: 'specDriven', on: spec }] : [];
      const r = step(s, d, sc);
      if (!r.ok) throw new Error(r.rejection.reason);
      s = r.state;
    }
    return s.market.featureLevel + s.market.pendingWork;
  }
  const gain = (n: number): number =>
    mean(SEEDS.map((seed) => featuresAfter(n, true, seed))) /
    mean(SEEDS.map((seed) => featuresAfter(n, false, seed)));

  it('reduces coordination loss, and more so as the team grows', () => {
    const small = gain(3);
    const large = gain(16);
    expect(large).toBeGreaterThan(1.1);
    expect(large).toBeGreaterThan(small + 0.1);
  });
});

describe('8. agents without specs, evals or review', () => {
  const sc = plainScenario();
  const none = games(sc, steady());
  const unguarded = games(sc, steady({ agents: 4, agentReview: 'none', specs: false }));
  const guarded = games(sc, steady({ agents: 4, agentReview: 'all' }));
  const avg = (gs: Game[], f: (g: Game) => number): number => mean(gs.map(f));

  it('add debt and incidents', () => {
    expect(avg(unguarded, (g) => g.state.debt)).toBeGreaterThan(avg(none, (g) => g.state.debt) + 10);
    expect(avg(unguarded, (g) => g.state.incidents.total)).toBeGreaterThan(
      avg(none, (g) => g.state.incidents.total),
    );
    expect(pooled(unguarded).changeFailureRate).toBeGreaterThan(2 * pooled(none).changeFailureRate);
  });

  it('faster than they add value, while guarded agents pay off', () => {
    expect(avg(unguarded, (g) => g.score)).toBeLessThan(avg(none, (g) => g.score));
    expect(avg(guarded, (g) => g.score)).toBeGreaterThan(avg(none, (g) => g.score));
  });
});
