/**
 * The debrief's extra charts: a metric an objective is about that the history records and the charts of every
 * game do not show (SLO attainment, morale, team size, burn…) gets a chart of its own, with the objective's
 * line. Pure.
 */
import type { MetricName } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { objectiveGuides, runningMean } from '../charts/debrief-series.ts';
import { money, pct, type TurnWords } from '../format.ts';
import { COVERED, oneLine, type ChartSpec, type Format } from './chart-specs.ts';

/** The chart of each metric an objective may name that the history records. */
function chartable(sn: readonly TurnSnapshot[], words: TurnWords): Partial<Record<MetricName, ChartSpec>> {
  const share: Format = (x) => pct(x);
  const whole: Format = (x) => x.toFixed(0);
  return {
    avgSlo: oneLine(
      'Average SLO attainment',
      { name: 'average so far', values: runningMean(sn.map((x) => x.slo)), className: 's-users' },
      share,
    ),
    slo: oneLine(
      'SLO attainment',
      { name: 'SLO attainment', values: sn.map((x) => x.slo), className: 's-users' },
      share,
    ),
    morale: oneLine(
      'Morale',
      { name: 'morale', values: sn.map((x) => x.morale), className: 's-good' },
      share,
    ),
    burnout: oneLine(
      'Burnout',
      { name: 'burnout', values: sn.map((x) => x.burnout), className: 's-bad' },
      share,
    ),
    headcount: oneLine(
      'Team size',
      { name: 'people', values: sn.map((x) => x.headcount), className: 's-users' },
      whole,
    ),
    trust: oneLine(
      'Customer trust',
      { name: 'trust', values: sn.map((x) => x.trust), className: 's-good' },
      share,
    ),
    satisfaction: oneLine(
      'Satisfaction',
      { name: 'satisfaction', values: sn.map((x) => x.satisfaction), className: 's-good' },
      share,
    ),
    agents: oneLine(
      'Agent seats',
      { name: 'agent seats', values: sn.map((x) => x.agents), className: 's-users' },
      whole,
    ),
    burn: oneLine(
      `Burn per ${words.unit} (costs minus revenue)`,
      { name: 'burn', values: sn.map((x) => x.costs - x.revenue), className: 's-debt' },
      money,
    ),
  };
}

/** One chart per metric the objectives name, in the objectives' order, each metric once. */
export function objectiveCharts(game: Game, words: TurnWords): ChartSpec[] {
  const objectives = game.loaded.scenario.objectives;
  const specs = chartable(
    game.history.map((r) => r.snapshot),
    words,
  );
  const out: ChartSpec[] = [];
  const seen = new Set<MetricName>();
  for (const o of objectives) {
    const spec = specs[o.metric];
    if (!spec || COVERED.has(o.metric) || seen.has(o.metric)) continue;
    seen.add(o.metric);
    out.push({ ...spec, guides: objectiveGuides(objectives, [o.metric], spec.format) });
  }
  return out;
}
