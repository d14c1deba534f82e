/**
 * Lever families of the plan: the capacity split per window of turns (and the share a migration takes while it
 * runs), the release mode per window and the eval gate's threshold, and each on/off policy with its schedule.
 * Built from the engine's lists (ALLOCATION_KEYS, RELEASE_MODES, BOOLEAN_POLICIES): a new option there is a new
 * value here. Pure.
 */
import type { Allocation, AllocationKey, BooleanPolicy, ReleaseMode } from '../../engine/index.ts';
import { ALLOCATION_KEYS, BOOLEAN_POLICIES, RELEASE_MODES } from '../../engine/index.ts';
import type { Extreme, Family, Getter, Lever, SpaceContext } from '../lever.ts';
import { choiceLever, describeSpans, labelOf, offers, sentence } from '../lever.ts';

/** The allocation key that only counts while a migration runs (the split family sets it from its own lever). */
const MIGRATION_KEY: AllocationKey = 'migration';
const SPLIT_KEYS = ALLOCATION_KEYS.filter((k) => k !== MIGRATION_KEY);
const WEIGHTS = [0, 1, 2, 3, 4];
const MIGRATION_SHARES = [10, 20, 30, 50];
const WORK_LABEL: Record<string, string> = {
  features: 'features',
  debt: 'debt paydown',
  evals: 'evals',
  reliability: 'reliability',
  data: 'data',
};

/** Whole percentages proportional to `weights`, summing to `total` (largest remainders, ties to the first). */
export function shares(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const s = sum > 0 ? sum : weights.length;
  const out = w.map((x) => Math.floor((x * total) / s));
  const order = w.map((x, i) => ({ i, rest: (x * total) % s })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - out.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

function allocation(percent: readonly number[], migration: number): Allocation {
  const a = { migration } as Allocation;
  SPLIT_KEYS.forEach((k, i) => (a[k] = percent[i]!));
  return a;
}

/** The split of window `w`, or null when the policy leaves it alone. */
function windowSplit(get: Getter, w: number): number[] | null {
  const weights = SPLIT_KEYS.map((k) => get(`split.${w}.${k}`));
  if (weights.every((x) => x === undefined)) return null;
  return shares(
    weights.map((x) => (x as number | undefined) ?? 0),
    100,
  );
}

function splitText(percent: readonly number[]): string {
  return SPLIT_KEYS.flatMap((k, i) =>
    percent[i]! > 0 ? [`${labelOf(WORK_LABEL, k)} ${percent[i]}%`] : [],
  ).join(', ');
}

export const split: Family = {
  id: 'split',
  uses: ['plan/allocate'],
  levers: (ctx) => {
    const out: Lever[] = ctx.windows.flatMap((_, w) =>
      SPLIT_KEYS.map((k) => ({
        id: `split.${w}.${k}`,
        family: 'split',
        label: `Capacity split ${ctx.windowLabel(w)}: weight of ${labelOf(WORK_LABEL, k)}`,
        values: WEIGHTS,
        valueLabels: WEIGHTS.map(String),
        ordered: true,
        extremes: [],
      })),
    );
    if (offers(ctx.scenario, 'arch/migrate')) {
      out.push({
        id: 'split.migration',
        family: 'split',
        label: 'Capacity on a migration while it runs',
        values: MIGRATION_SHARES,
        valueLabels: MIGRATION_SHARES.map((x) => `${x}%`),
        ordered: true,
        extremes: [],
        inPlay: (get) => ctx.windows.some((_, w) => windowSplit(get, w) !== null),
      });
    }
    return out;
  },
  compile: (get, ctx) => {
    const plain = ctx.windows.map((_, w) => windowSplit(get, w));
    if (plain.every((p) => p === null)) return null;
    const m = (get('split.migration') as number | undefined) ?? 0;
    const base = plain.map((p) => (p ? allocation(p, 0) : null));
    const migrating = plain.map((p) => (p ? allocation(shares(p, 100 - m), m) : null));
    return (t) => {
      const a = (t.migrating ? migrating : base)[t.w];
      if (a) t.m.allocate(a);
    };
  },
  describe: (get, ctx) => {
    const windows = ctx.windows.map((_, w) => windowSplit(get, w));
    const text = describeSpans(
      ctx,
      windows.map((p) => (p ? splitText(p) : null)),
      (v) => v,
    );
    if (text === null) return [];
    const m = get('split.migration');
    return [
      `Capacity: ${text}.`,
      ...(m === undefined ? [] : [`${m}% of capacity on a migration while it runs.`]),
    ];
  },
  extremes: (get, ctx) =>
    ctx.windows.flatMap((_, w): Extreme[] => {
      const p = windowSplit(get, w);
      const top = p ? p.findIndex((x) => x >= 90) : -1;
      return top < 0
        ? []
        : [
            {
              lever: `split.${w}`,
              text: `${p![top]}% of capacity on ${labelOf(WORK_LABEL, SPLIT_KEYS[top]!)} ${ctx.windowLabel(w)}`,
            },
          ];
    }),
};

const RELEASE_LABEL: Record<string, string> = {
  ship: 'ship every change',
  gate: 'gate releases on evals',
  ab: 'A/B test every release',
  canary: 'canary releases',
  rollback: 'roll back (and hold)',
  hold: 'hold releases',
};
const THRESHOLDS = [0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8];
const releaseOf = (get: Getter, w: number): ReleaseMode | undefined =>
  get(`release.${w}`) as ReleaseMode | undefined;

export const release: Family = {
  id: 'release',
  uses: ['release/set', 'policy/eval-threshold'],
  levers: (ctx) => {
    const out: Lever[] = [];
    if (offers(ctx.scenario, 'release/set')) {
      for (let w = 0; w < ctx.windows.length; w++)
        out.push(
          choiceLever(`release.${w}`, 'release', `Release ${ctx.windowLabel(w)}`, RELEASE_MODES, (v) =>
            labelOf(RELEASE_LABEL, String(v)),
          ),
        );
    }
    if (offers(ctx.scenario, 'policy/eval-threshold')) {
      const gates = (get: Getter): boolean =>
        ctx.windows.some((_, w) => (releaseOf(get, w) ?? ctx.scenario.initial.release) === 'gate');
      out.push({
        ...choiceLever('threshold', 'release', 'Eval gate threshold', THRESHOLDS, (v) => String(v), {
          inPlay: gates,
        }),
        ordered: true,
      });
    }
    return out;
  },
  compile: (get, ctx) => {
    const modes = ctx.windows.map((_, w) => releaseOf(get, w));
    const threshold = get('threshold') as number | undefined;
    if (modes.every((x) => x === undefined) && threshold === undefined) return null;
    return (t) => {
      const mode = modes[t.w];
      if (mode) t.m.release(mode);
      if (threshold !== undefined && t.s.plan.policies.evalThreshold !== threshold)
        t.m.add({ type: 'policy/eval-threshold', threshold });
    };
  },
  describe: (get, ctx) => {
    const text = describeSpans(
      ctx,
      ctx.windows.map((_, w) => releaseOf(get, w) ?? null),
      (v) => (v === null ? null : labelOf(RELEASE_LABEL, v)),
    );
    const threshold = get('threshold');
    const gate = threshold === undefined ? '' : ` (eval threshold ${threshold})`;
    return text === null ? [] : [sentence(`${text}${gate}`)];
  },
  extremes: (get, ctx) =>
    ctx.windows.every((_, w) => releaseOf(get, w) === 'hold')
      ? [{ lever: 'release', text: 'never releases a model' }]
      : [],
};

const POLICY_LABEL: Record<string, string> = {
  crunch: 'crunch',
  timeOff: 'time off',
  specDriven: 'spec-driven development',
  asyncDocs: 'async docs',
  onCall: 'on-call',
  postmortems: 'postmortems',
};
/** Policies that are degenerate when held on all game. */
const NOT_ALL_GAME: readonly string[] = ['crunch', 'timeOff'];

/** Schedules: off, on all game, on from window k, on until window k. */
function schedules(ctx: SpaceContext): string[] {
  const out = ['off', 'on'];
  for (let k = 1; k < ctx.windows.length; k++) out.push(`from:${k}`, `until:${k}`);
  return out;
}

/** Whether a schedule has the policy on in window `w`. */
export function scheduledOn(schedule: string, w: number): boolean {
  if (schedule === 'on') return true;
  if (schedule === 'off') return false;
  const [kind, at] = schedule.split(':');
  return kind === 'from' ? w >= Number(at) : w < Number(at);
}

function scheduleLabel(ctx: SpaceContext, schedule: string): string {
  if (schedule === 'on' || schedule === 'off') return schedule === 'on' ? 'all game' : 'never';
  const k = Number(schedule.split(':')[1]);
  return schedule.startsWith('from') ? `from ${ctx.startLabel(k)}` : `until ${ctx.unit} ${ctx.windows[k]!}`;
}

export const policies: Family = {
  id: 'policy',
  uses: ['policy/set'],
  levers: (ctx) =>
    BOOLEAN_POLICIES.map((p) => {
      const values = schedules(ctx);
      return choiceLever(
        `policy.${p}`,
        'policy',
        sentence(labelOf(POLICY_LABEL, p)).slice(0, -1),
        values,
        (v) => scheduleLabel(ctx, String(v)),
        {
          extremes: NOT_ALL_GAME.includes(p) ? [values.indexOf('on')] : [],
        },
      );
    }),
  compile: (get, ctx) => {
    // Each schedule read once into on/off per window: parsing it every turn was a fifth of a search's time.
    const set = BOOLEAN_POLICIES.flatMap((p) => {
      const v = get(`policy.${p}`);
      if (v === undefined) return [];
      return [{ p, on: ctx.windows.map((_, w) => scheduledOn(String(v), w)) }];
    });
    if (set.length === 0) return null;
    return (t) => {
      // Switch off first, so that one policy going on is never refused for another still on (crunch, time off).
      for (const { p, on } of set) if (!on[t.w]) t.m.policy(p, false);
      for (const { p, on } of set) if (on[t.w]) t.m.policy(p, true);
    };
  },
  describe: (get, ctx) => {
    const parts = BOOLEAN_POLICIES.flatMap((p: BooleanPolicy) => {
      const v = get(`policy.${p}`);
      if (v === undefined || (v === 'off' && !ctx.scenario.initial.policies[p])) return [];
      return [`${labelOf(POLICY_LABEL, p)} ${scheduleLabel(ctx, String(v))}`];
    });
    return parts.length === 0 ? [] : [sentence(`Policies: ${parts.join('; ')}`)];
  },
};
