/** What the debrief charts: the DORA keys over time end where the cluster is read, and the lines drawn on charts. */
import { describe, expect, it } from 'vitest';
import { BOTS, playBot } from '../../src/bots/index.ts';
import { doraCluster, doraOverall, type Dora } from '../../src/engine/index.ts';
import { replay } from '../../src/replay/index.ts';
import {
  CLUSTER_LIMITS,
  clusterGuides,
  doraOverTime,
  objectiveGuides,
  runningMean,
  runningTotal,
} from '../../src/ui/charts/debrief-series.ts';
import { plainScenario } from '../fixtures/scenarios.ts';

describe('the DORA keys over time', () => {
  it.each(['steady', 'move-fast'] as const)('end at the values the cluster is read from (%s)', (bot) => {
    const sc = plainScenario(30);
    const { log } = playBot(sc, 'dora-series', BOTS[bot]);
    const r = replay(sc, 'dora-series', log);
    if (!r.ok) throw new Error('replay failed');
    const series = doraOverTime(
      r.history.map((x) => x.snapshot),
      sc.params.weeksPerTurn,
    );
    const end = doraOverall(r.state);
    const n = r.history.length;
    expect(series.deploysPerWeek).toHaveLength(n);
    expect(series.deploysPerWeek[n - 1]).toBeCloseTo(end.deploysPerWeek, 9);
    expect(series.changeFailureRate[n - 1]).toBeCloseTo(end.changeFailureRate, 9);
    expect(series.leadTimeDays[n - 1]).toBeCloseTo(end.leadTimeDays, 9);
    if (r.state.totals.failures > 0) expect(series.recoveryHours[n - 1]).toBeCloseTo(end.recoveryHours, 9);
  });

  it('has no lead time or failure rate before the first deploy, and no recovery before the first failure', () => {
    const snap = (deploys: number, failures: number) =>
      ({ deploys, failures, leadTimeDays: 3, recoveryHours: failures ? 10 : 0 }) as never;
    const s = doraOverTime([snap(0, 0), snap(2, 0), snap(2, 1)], 2);
    expect(s.leadTimeDays).toEqual([null, 3, 3]);
    expect(s.changeFailureRate).toEqual([null, 0, 0.25]);
    expect(s.recoveryHours).toEqual([null, null, 10]);
    expect(s.deploysPerWeek).toEqual([0, 0.5, 4 / 6]);
  });
});

describe('lines on the charts', () => {
  it("draws the clusters' thresholds where the engine puts them", () => {
    for (const [cluster, limit] of Object.entries(CLUSTER_LIMITS)) {
      const just: Dora = {
        deploysPerWeek: limit.deploysPerWeek,
        leadTimeDays: limit.leadTimeDays - 0.01,
        changeFailureRate: limit.changeFailureRate,
        recoveryHours: limit.recoveryHours - 0.01,
      };
      expect(doraCluster(just)).toBe(cluster);
      expect(doraCluster({ ...just, deploysPerWeek: limit.deploysPerWeek - 0.01 })).not.toBe(cluster);
    }
    expect(clusterGuides('leadTimeDays', 'high').map((g) => [g.label, g.value])).toEqual([
      ['elite', 1],
      ['high', 7],
    ]);
    expect(clusterGuides('deploysPerWeek', 'low').map((g) => g.label)).toEqual(['high', 'medium']);
    expect(clusterGuides('changeFailureRate', 'medium').map((g) => g.label)).toEqual(['high', 'medium']);
  });

  it("draws an objective's target on the chart of its metric, marked required when it is", () => {
    const guides = objectiveGuides(
      [
        {
          id: 'u',
          label: '',
          domain: 'architecture',
          metric: 'users',
          op: '>=',
          target: 600,
          weight: 1,
          required: true,
        },
        {
          id: 'd',
          label: '',
          domain: 'debt',
          metric: 'debt',
          op: '<=',
          target: 40,
          weight: 1,
          required: false,
        },
      ],
      ['users'],
      String,
    );
    expect(guides).toEqual([{ value: 600, label: 'required \u2265 600', kind: 'target' }]);
  });

  it('sums and averages as it goes', () => {
    expect(runningTotal([1, 0, 2])).toEqual([1, 1, 3]);
    expect(runningMean([1, 0, 2])).toEqual([1, 0.5, 1]);
  });
});
