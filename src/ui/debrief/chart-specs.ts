/**
 * What the debrief charts for every game, as specs: users, cash, money in and out, technical debt, board
 * confidence, incidents and failed deploys, runway, and the DORA four keys. Each carries the lines its objectives
 * and limits draw (targets, where the board acts, the thresholds of the DORA clusters). Pure.
 */
import type { DoraCluster, MetricName } from '../../engine/index.ts';
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import {
  clusterGuides,
  doraOverTime,
  objectiveGuides,
  runningTotal,
  type DoraKey,
} from '../charts/debrief-series.ts';
import type { Guide, Series } from '../charts/line.ts';
import { moneyFlowCharts } from '../charts/money-flow.ts';
import { count, money, pct, type TurnWords } from '../format.ts';

export type Format = (x: number) => string;

export interface ChartSpec {
  title: string;
  series: Series[];
  format: Format;
  guides?: Guide[];
  note?: string;
}

/** The lines the scenario's objectives on `metrics` draw. */
type Targets = (metrics: MetricName[], format: Format) => Guide[];

/** The metrics the charts of every game already show (an objective on one adds no chart of its own). */
export const COVERED: ReadonlySet<MetricName> = new Set<MetricName>([
  'users',
  'cash',
  'revenue',
  'costs',
  'debt',
  'board',
  'incidents',
  'slo',
  'utilisation',
  'deploysPerWeek',
  'leadTimeDays',
  'changeFailureRate',
  'recoveryHours',
]);

/** A chart of one line. */
export function oneLine(title: string, series: Series, format: Format): ChartSpec {
  return { title, series: [series], format };
}

const whole: Format = (x) => x.toFixed(0);

/** Targets first; a threshold at the same level as a target is folded into the target's label. */
function withTargets(targets: Guide[], thresholds: Guide[]): Guide[] {
  const out = targets.map((t) => {
    const same = thresholds.filter((g) => g.value === t.value).map((g) => g.label);
    return same.length ? { ...t, label: `${t.label} (${same.join(', ')})` } : t;
  });
  return [...out, ...thresholds.filter((g) => !targets.some((t) => t.value === g.value))];
}

function moneyCharts(sn: readonly TurnSnapshot[], targets: Targets, words: TurnWords): ChartSpec[] {
  return [
    {
      ...oneLine('Users', { name: 'users', values: sn.map((x) => x.users), className: 's-users' }, count),
      guides: targets(['users'], count),
    },
    {
      ...oneLine('Cash', { name: 'cash', values: sn.map((x) => x.cash), className: 's-cash' }, money),
      guides: targets(['cash'], money),
      note: 'below $0 the company is bankrupt',
    },
    ...moneyFlowCharts(sn).map((c, i) => ({
      title: `Money in and out per ${words.unit}: ${c.title.toLowerCase()}`,
      series: c.series,
      format: money,
      // A revenue or cost objective is drawn where revenue meets what it must cover: beside the salaries.
      guides: i === 0 ? targets(['revenue', 'costs'], money) : [],
    })),
  ];
}

function incidentsChart(sn: readonly TurnSnapshot[], targets: Targets, words: TurnWords): ChartSpec {
  return {
    title: 'Incidents and failed deploys',
    series: [
      {
        name: 'incidents so far',
        values: runningTotal(sn.map((x) => x.incidents)),
        className: 's-bad',
        marker: 'circle',
        markAt: 'changes',
      },
      {
        name: 'failed deploys so far',
        values: runningTotal(sn.map((x) => x.failures)),
        className: 's-warn',
        dash: 'dashed',
        marker: 'square',
        markAt: 'changes',
      },
    ],
    format: whole,
    guides: targets(['incidents'], whole),
    note: `running totals; a mark is a ${words.unit} with new ones`,
  };
}

/**
 * The SLO week by week (a cumulative average hides a few weeks at 40%) against the scenario's target, with the
 * peak load as a share of capacity, whose overflow is most of a bad week.
 */
function reliabilityChart(
  sn: readonly TurnSnapshot[],
  sloTarget: number,
  targets: Targets,
  words: TurnWords,
): ChartSpec {
  const share: Format = (x) => pct(x);
  return {
    title: `SLO and load per ${words.unit}`,
    series: [
      { name: 'SLO', values: sn.map((x) => x.slo), className: 's-good', marker: 'none' },
      {
        name: 'peak load / capacity',
        values: sn.map((x) => x.utilisation),
        className: 's-warn',
        dash: 'dashed',
        marker: 'none',
      },
    ],
    format: share,
    guides: withTargets(targets(['slo', 'utilisation'], share), [
      { value: sloTarget, label: `SLO target ${pct(sloTarget)}`, kind: 'threshold' },
    ]),
    note: `the SLO is the share of each ${words.unit} within the objective; load above 100% fails requests`,
  };
}

function healthCharts(
  sn: readonly TurnSnapshot[],
  ousterBelow: number,
  targets: Targets,
  words: TurnWords,
): ChartSpec[] {
  const board: Format = (x) => pct(x);
  return [
    {
      ...oneLine(
        'Technical debt',
        { name: 'debt', values: sn.map((x) => x.debt), className: 's-debt' },
        whole,
      ),
      guides: targets(['debt'], whole),
    },
    {
      ...oneLine(
        'Board confidence',
        { name: 'board confidence', values: sn.map((x) => x.board), className: 's-good' },
        board,
      ),
      guides: [
        ...targets(['board'], board),
        { value: ousterBelow, label: 'board replaces you below', kind: 'limit' },
      ],
    },
    incidentsChart(sn, targets, words),
    {
      ...oneLine(
        `Runway in ${words.units}`,
        { name: 'runway', values: sn.map((x) => Math.min(x.runwayTurns, 104)), className: 's-cash' },
        (x) => (x >= 104 ? '2y+' : x.toFixed(0)),
      ),
      note: 'capped at 104; the top means profitable or near it',
    },
  ];
}

/** The four keys: [key, title, format, note]; each key is also the metric an objective names it by. */
const DORA_CHARTS: readonly [DoraKey, string, Format, string][] = [
  ['deploysPerWeek', 'Deploy frequency', (x) => `${x.toFixed(1)}/wk`, 'deploys per week so far'],
  ['leadTimeDays', 'Lead time for changes', (x) => `${x.toFixed(1)} d`, 'average so far'],
  ['changeFailureRate', 'Change failure rate', (x) => pct(x), 'share of deploys that failed, so far'],
  ['recoveryHours', 'Failed-deployment recovery', (x) => `${x.toFixed(x < 10 ? 1 : 0)} h`, 'average so far'],
];

function doraCharts(
  sn: readonly TurnSnapshot[],
  weeksPerTurn: number,
  cluster: DoraCluster,
  targets: Targets,
): ChartSpec[] {
  const dk = doraOverTime(sn, weeksPerTurn);
  return DORA_CHARTS.map(([key, title, format, note]) => ({
    title,
    series: [{ name: title.toLowerCase(), values: dk[key], className: 's-users', marker: 'none' }],
    format,
    guides: withTargets(targets([key], format), clusterGuides(key, cluster)),
    note,
  }));
}

/** The charts of every game, in the order the debrief shows them. */
export function gameCharts(game: Game, cluster: DoraCluster, words: TurnWords): ChartSpec[] {
  const { objectives, params } = game.loaded.scenario;
  const targets: Targets = (metrics, format) => objectiveGuides(objectives, metrics, format);
  const sn = game.history.map((r) => r.snapshot);
  return [
    ...moneyCharts(sn, targets, words),
    reliabilityChart(sn, params.load.sloTarget, targets, words),
    ...healthCharts(sn, params.stakeholders.ousterBelow, targets, words),
    ...doraCharts(sn, params.weeksPerTurn, cluster, targets),
  ];
}
