/**
 * What a balance run learns about a scenario's event conditions while a game is played: per condition, whether
 * it ever held; per metric a condition reads, its lowest and highest value; per event, in how many turns all its
 * conditions held; and the follow-ups still to come due. Scratch for one game at a time, reused across games.
 * Pure: reads states, changes nothing but itself.
 */
import type { GameState, MetricName, Scenario } from '../engine/index.ts';
import { metric } from '../engine/index.ts';
import type { BotAggregate } from './aggregate.ts';

/** Comparison operators as small integers, so a condition is checked without comparing strings. */
const OPS = ['>=', '<=', '>', '<', '==', '!='] as const;

function holds(v: number, op: number, target: number): boolean {
  switch (op) {
    case 0:
      return v >= target;
    case 1:
      return v <= target;
    case 2:
      return v > target;
    case 3:
      return v < target;
    case 4:
      return v === target;
    default:
      return v !== target;
  }
}

/**
 * Per-game scratch for event conditions, reused across games. Each turn reads every metric the conditions
 * name once (conditions on the same metric share the reading, and its lowest and highest value), then checks
 * the conditions against those readings: the same result as reading each condition on its own, for less.
 */
export class ConditionTracker {
  /** Per flattened condition: held at some turn of this game. */
  readonly held: Uint8Array;
  /** Per distinct metric: lowest and highest reading of this game. */
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly eligible: Uint8Array;
  readonly eligibleTurns: Uint32Array;
  /** Follow-ups scheduled in this game that have not come due yet: [event index, due turn] pairs. */
  readonly waiting: number[] = [];
  /** The distinct metrics the conditions read, and each condition's metric (index), operator and value. */
  readonly metrics: MetricName[];
  readonly condMetric: Uint16Array;
  private readonly condOp: Uint8Array;
  private readonly condValue: Float64Array;
  /** Index of each event's first condition among the flattened conditions (one more entry: the total). */
  private readonly firstCondition: Uint32Array;
  private readonly readings: Float64Array;

  constructor(scenario: Scenario) {
    const conds = scenario.events.flatMap((e) => e.when);
    this.metrics = [...new Set(conds.map((c) => c.metric))];
    this.condMetric = Uint16Array.from(conds, (c) => this.metrics.indexOf(c.metric));
    this.condOp = Uint8Array.from(conds, (c) => OPS.indexOf(c.op));
    this.condValue = Float64Array.from(conds, (c) => c.value);
    this.firstCondition = new Uint32Array(scenario.events.length + 1);
    scenario.events.forEach((e, i) => (this.firstCondition[i + 1] = this.firstCondition[i]! + e.when.length));
    this.held = new Uint8Array(conds.length);
    this.min = new Float64Array(this.metrics.length);
    this.max = new Float64Array(this.metrics.length);
    this.readings = new Float64Array(this.metrics.length);
    this.eligible = new Uint8Array(scenario.events.length);
    this.eligibleTurns = new Uint32Array(scenario.events.length);
  }

  reset(): void {
    this.held.fill(0);
    this.min.fill(Number.POSITIVE_INFINITY);
    this.max.fill(Number.NEGATIVE_INFINITY);
    this.eligible.fill(0);
    this.eligibleTurns.fill(0);
    this.waiting.length = 0;
  }

  /**
   * Follow-ups due in the turn just played (the engine checked them on this state, at the end of that turn):
   * counts each one that came due and, per condition of its `when`, the due turns on which it did not hold.
   */
  followUpsDue(s: GameState, agg: BotAggregate): void {
    const played = s.turn - 1;
    const w = this.waiting;
    for (let i = 0; i < w.length;) {
      if (w[i + 1]! > played) {
        i += 2;
        continue;
      }
      const e = w[i]!;
      agg.followUpDue[e]!++;
      for (let c = this.firstCondition[e]!; c < this.firstCondition[e + 1]!; c++) {
        const v = metric(s, this.metrics[this.condMetric[c]!]!);
        if (!holds(v, this.condOp[c]!, this.condValue[c]!)) agg.conditionFailedDue[c]!++;
      }
      w.splice(i, 2);
    }
  }

  /** Checks every event's conditions against a state (the one this turn's event draw saw). */
  observe(s: GameState): void {
    const { metrics, readings, min, max, condMetric, condOp, condValue, held, firstCondition } = this;
    for (let m = 0; m < metrics.length; m++) {
      const v = metric(s, metrics[m]!);
      readings[m] = v;
      if (v < min[m]!) min[m] = v;
      if (v > max[m]!) max[m] = v;
    }
    const events = this.eligible.length;
    for (let e = 0; e < events; e++) {
      let all = true;
      for (let c = firstCondition[e]!; c < firstCondition[e + 1]!; c++) {
        if (holds(readings[condMetric[c]!]!, condOp[c]!, condValue[c]!)) held[c] = 1;
        else all = false;
      }
      if (all) {
        this.eligible[e] = 1;
        this.eligibleTurns[e]!++;
      }
    }
  }
}
