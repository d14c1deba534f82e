/**
 * Conditions in scenario files: parsing the text form ("users >= 1000"), the range each metric can take, and
 * whether a set of conditions can ever hold together (so an author learns that `users >= 10` and `users < 5`,
 * or `morale > 1`, make an event that never fires). Pure.
 */
import type { Comparison, Condition, MetricName } from '../engine/types.ts';

const TEXT_FORM = /^\s*([A-Za-z]+)\s*(>=|<=|==|!=|>|<)\s*(-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*$/;

/** "users >= 1000" → {metric, op, value}; null when the text does not have that shape. The metric is unchecked. */
export function parseConditionText(text: string): { metric: string; op: Comparison; value: number } | null {
  const m = TEXT_FORM.exec(text);
  if (!m) return null;
  return { metric: m[1]!, op: m[2] as Comparison, value: Number(m[3]) };
}

/** A validated condition in either form → the engine's Condition. */
export function toCondition(input: string | Condition): Condition {
  if (typeof input !== 'string') return { metric: input.metric, op: input.op, value: input.value };
  const parsed = parseConditionText(input);
  if (!parsed) throw new Error(`not a condition: ${input}`);
  return { metric: parsed.metric as MetricName, op: parsed.op, value: parsed.value };
}

export function conditionText(c: Condition): string {
  return `${c.metric} ${c.op} ${c.value}`;
}

/** The values a metric can take (inclusive); missing bounds are unbounded. `turn` is bounded by the scenario. */
const SHARE: readonly [number, number] = [0, 1];
const NON_NEGATIVE: readonly [number, number] = [0, Infinity];
export const METRIC_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  users: NON_NEGATIVE,
  addressable: NON_NEGATIVE,
  marketShare: NON_NEGATIVE,
  revenue: NON_NEGATIVE,
  costs: NON_NEGATIVE,
  // Negative once the cash has run out (floor of a negative cash over the burn; the game ends bankrupt then).
  runwayTurns: [-Infinity, 999],
  debt: NON_NEGATIVE,
  morale: SHARE,
  burnout: SHARE,
  headcount: NON_NEGATIVE,
  engineers: NON_NEGATIVE,
  agents: NON_NEGATIVE,
  satisfaction: SHARE,
  trust: SHARE,
  board: SHARE,
  pressure: SHARE,
  modelQuality: SHARE,
  evalScore: SHARE,
  evalCoverage: SHARE,
  observability: SHARE,
  testAutomation: SHARE,
  dataPipeline: SHARE,
  utilisation: NON_NEGATIVE,
  latencyMs: NON_NEGATIVE,
  slo: SHARE,
  avgSlo: SHARE,
  incidents: NON_NEGATIVE,
  featureLevel: NON_NEGATIVE,
  deploysPerWeek: NON_NEGATIVE,
  leadTimeDays: NON_NEGATIVE,
  changeFailureRate: SHARE,
  recoveryHours: NON_NEGATIVE,
  phaseIndex: [0, 2],
  migrating: SHARE,
  migrationProgress: SHARE,
  onCall: SHARE,
  dedicated: SHARE,
  async: SHARE,
  microservices: SHARE,
  edge: SHARE,
  hostedApi: SHARE,
  modelVersion: [1, Infinity],
  ownership: [0, 1],
  selfHosted: SHARE,
  fineTuned: SHARE,
  inferenceCost: NON_NEGATIVE,
  infraCost: NON_NEGATIVE,
  salaries: NON_NEGATIVE,
};

/** Metrics that only take whole values (counts, flags, turns), so `turn == 2.5` can never hold. */
export const WHOLE_METRICS: ReadonlySet<string> = new Set([
  'turn',
  'users',
  'runwayTurns',
  'headcount',
  'engineers',
  'agents',
  'incidents',
  'phaseIndex',
  'migrating',
  'onCall',
  'dedicated',
  'async',
  'microservices',
  'edge',
  'hostedApi',
  'selfHosted',
  'fineTuned',
  'modelVersion',
]);

/** Metrics that are an on/off state (an architecture choice, a migration under way): 0 or 1, nothing between. */
export function isSwitchMetric(metric: string): boolean {
  const r = METRIC_RANGES[metric];
  return WHOLE_METRICS.has(metric) && r !== undefined && r[0] === 0 && r[1] === 1;
}

/**
 * When a condition is checked: `event` for an event's `when` (checked after each turn but the last: `turn` is
 * 1 to turns − 1, since the game ends before a card could be answered), `end` for what is checked at the end.
 */
export type CheckedAt = 'event' | 'end';

export function metricRange(
  metric: MetricName,
  turns: number,
  at: CheckedAt = 'end',
): readonly [number, number] {
  if (metric === 'turn') return at === 'event' ? [1, turns - 1] : [0, turns];
  return METRIC_RANGES[metric] ?? [-Infinity, Infinity];
}

/** An interval with open or closed ends, plus excluded points. */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
  excluded: number[];
}

function narrow(iv: Interval, c: Condition): void {
  const v = c.value;
  const raiseLo = (open: boolean): void => {
    if (v > iv.lo || (v === iv.lo && open)) Object.assign(iv, { lo: v, loOpen: open });
  };
  const lowerHi = (open: boolean): void => {
    if (v < iv.hi || (v === iv.hi && open)) Object.assign(iv, { hi: v, hiOpen: open });
  };
  if (c.op === '>=') raiseLo(false);
  else if (c.op === '>') raiseLo(true);
  else if (c.op === '<=') lowerHi(false);
  else if (c.op === '<') lowerHi(true);
  else if (c.op === '==') {
    raiseLo(false);
    lowerHi(false);
  } else iv.excluded.push(v);
}

/** For a whole-valued metric, the interval's whole numbers (`> 4` and `< 5` hold none). */
function toWhole(iv: Interval): void {
  const lo = iv.loOpen ? Math.floor(iv.lo) + 1 : Math.ceil(iv.lo);
  const hi = iv.hiOpen ? Math.ceil(iv.hi) - 1 : Math.floor(iv.hi);
  Object.assign(iv, { lo, hi, loOpen: false, hiOpen: false });
}

function isEmpty(iv: Interval): boolean {
  if (iv.lo > iv.hi) return true;
  if (iv.lo === iv.hi) return iv.loOpen || iv.hiOpen || iv.excluded.includes(iv.lo);
  return false;
}

/**
 * Conditions that can never all hold, grouped by metric: for each impossible metric, the conditions involved.
 * `turns` bounds the `turn` metric.
 */
export function impossibleConditions(
  conditions: readonly Condition[],
  turns: number,
  at: CheckedAt = 'end',
): Map<MetricName, Condition[]> {
  const byMetric = new Map<MetricName, Condition[]>();
  for (const c of conditions) byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
  const out = new Map<MetricName, Condition[]>();
  for (const [metric, list] of byMetric) {
    const [lo, hi] = metricRange(metric, turns, at);
    const iv: Interval = { lo, loOpen: false, hi, hiOpen: false, excluded: [] };
    for (const c of list) narrow(iv, c);
    if (WHOLE_METRICS.has(metric)) toWhole(iv);
    if (isEmpty(iv)) out.set(metric, list);
  }
  return out;
}

/** Explains why conditions on one metric never hold: "morale is between 0 and 1" or "they contradict each other". */
export function explainImpossible(
  metric: MetricName,
  list: readonly Condition[],
  turns: number,
  at: CheckedAt = 'end',
): string {
  const [lo, hi] = metricRange(metric, turns, at);
  const show = (cs: readonly Condition[]): string => cs.map((c) => `"${conditionText(c)}"`).join(' and ');
  const alone = list.filter((c) => impossibleConditions([c], turns, at).size > 0);
  if (alone.length === 0) return `${show(list)} can never hold at the same time`;
  const whole =
    WHOLE_METRICS.has(metric) && (metric === 'turn' || alone.some((c) => !Number.isInteger(c.value)));
  return `${show(alone)} can never hold: ${metric} is always ${describeRange(lo, hi, whole)}`;
}

/** "between 0 and 1", "at least 0"; for a whole-valued metric "a whole number between 1 and 9", "0 or 1". */
export function describeRange(lo: number, hi: number, whole = false): string {
  if (whole && lo === 0 && hi === 1) return '0 or 1';
  const kind = whole ? 'a whole number ' : '';
  if (hi === Infinity) return whole ? `a whole number of at least ${lo}` : `at least ${lo}`;
  if (lo === -Infinity) return whole ? `a whole number of at most ${hi}` : `at most ${hi}`;
  return `${kind}between ${lo} and ${hi}`;
}
