/**
 * Turning points for the debrief: a decision (or an answered card) and the later events the engine's causes tie
 * to it, each with the reason in plain words. A link is only made when the engine says so: a follow-up the
 * answer scheduled, the cut-over of a migration the player started, a regression whose causes name the release,
 * or an event whose causes name what the decision changed, when the change is big enough to matter (without it
 * the card's condition would not have held, or it is a real part of the number the event saw). A card's own
 * resolution is never its consequence. Pure.
 */
import type { Condition, Decision, EffectTarget, GameEvent, MetricName, Scenario } from '../engine/index.ts';
import type { TurnRecord, TurnSnapshot } from '../replay/index.ts';
import { describeDecision, roleName } from './describe.ts';
import { groupThousands, pct, turnWords, type TurnWords } from './format.ts';

export interface Consequence {
  /** The turn it happened in, as the player counts (1 = the first). */
  turn: number;
  event: GameEvent;
  /** Why it follows from the decision, in plain words. */
  why: string;
}

export interface TurningPoint {
  /** The turn of the decision, as the player counts. */
  turn: number;
  /** A decision of the plan, an answer to a card, or a model release under the release setting in force. */
  kind: 'decision' | 'answer' | 'release';
  /** What the player decided, in words. */
  decision: string;
  consequences: Consequence[];
}

/** Causes below this share are not enough to call a decision the reason for an event. */
export const MIN_WEIGHT = 0.2;
/** How many turns after a decision its effects are looked for (stocks such as debt or agents persist). */
export const WINDOW = 12;
/** A change smaller than this share of the value an event saw is not its reason. */
const MATERIAL = 0.25;

type Dir = 1 | -1 | 0;

/** One thing a cause says made the event likelier: more (1) or less (-1) of a quantity, or a state. */
interface CauseKey {
  key: string;
  dir: Dir;
  weight: number;
  label: string;
  /** A condition the event needed (a card's `when`, a phase threshold): it could not have happened without it. */
  gate: boolean;
  conds: readonly Condition[];
}

/** What the engine's cause factors (outside scenario cards) are made of: [quantity, more or less of it]. */
const FACTOR_KEYS: Record<string, readonly [string, Dir][]> = {
  debt: [['debt', 1]],
  utilisation: [['utilisation', 1]],
  migration: [['migrating', 1]],
  services: [['microservices', 1]],
  surface: [
    ['microservices', 1],
    ['edge', 1],
  ],
  sync: [['async', -1]],
  async: [['async', 1]],
  metered: [
    ['dedicated', -1],
    ['hostedApi', 1],
  ],
  evals: [['evalCoverage', -1]],
  agents: [
    ['agents', 1],
    ['review', -1],
  ],
  automation: [['testAutomation', -1]],
  burnout: [['burnout', 1]],
  morale: [['morale', -1]],
};

const CONSEQUENCE_IDS = new Set([
  'cutover-failed',
  'migration-done',
  'attrition',
  'phase-scaling',
  'raise-succeeded',
  'raise-failed',
]);

/** Events that can be a consequence: things that happened to the company, never a card's own answer. */
function eligible(e: GameEvent): boolean {
  if (e.kind === 'incident') return true;
  if (e.kind === 'scenario') return e.option === undefined;
  return CONSEQUENCE_IDS.has(e.id);
}

function conditionDir(conds: readonly Condition[]): Dir {
  const dirs = new Set<Dir>();
  for (const c of conds) {
    if (c.op === '>=' || c.op === '>') dirs.add(1);
    else if (c.op === '<=' || c.op === '<') dirs.add(-1);
    else if (c.op === '==') dirs.add(c.value > 0 ? 1 : -1);
    else dirs.add(0);
  }
  return dirs.size === 1 ? [...dirs][0]! : 0;
}

/** What an event's causes say made it happen, as quantities and directions. */
export function causeKeys(e: GameEvent, scenario: Scenario): CauseKey[] {
  const def = e.kind === 'scenario' ? scenario.events.find((d) => d.id === e.id) : undefined;
  const out: CauseKey[] = [];
  for (const c of e.causes) {
    const base = { weight: c.weight, label: c.label };
    if (c.factor.startsWith('when:')) {
      const metric = c.factor.slice(5);
      if (metric === 'turn') continue;
      const conds = def?.when.filter((w) => w.metric === metric) ?? [];
      out.push({ ...base, key: metric, dir: conditionDir(conds), gate: true, conds });
    } else if (e.id === 'phase-scaling' && (c.factor === 'team' || c.factor === 'users')) {
      // The company turns to scaling when the team or the user base crosses a threshold.
      const ph = scenario.params.phases;
      const metric: MetricName = c.factor === 'team' ? 'headcount' : 'users';
      const value = c.factor === 'team' ? ph.scalingHeadcount : ph.scalingUsers;
      out.push({ ...base, key: metric, dir: 1, gate: true, conds: [{ metric, op: '>=', value }] });
    } else if (c.weight < MIN_WEIGHT) {
      continue;
    } else if (def) {
      const f = def.factors.find((x) => x.metric === c.factor);
      if (f) out.push({ ...base, key: f.metric, dir: f.per >= 0 ? 1 : -1, gate: false, conds: [] });
    } else {
      for (const [key, dir] of FACTOR_KEYS[c.factor] ?? [])
        out.push({ ...base, key, dir, gate: false, conds: [] });
    }
  }
  return out;
}

/** A change a decision made, and the record indexes in which a consequence may show it. */
interface Lever {
  key: string;
  dir: Dir;
  from: number;
  until: number;
  /** How much the decision moved the quantity, when it is known (then it must be big enough to matter). */
  delta: number | null;
  /** What the decision changed, in words; null when the numbers at record `at` do not show the change. */
  says: (at: number) => string | null;
}

interface Anchor {
  at: number;
  kind: TurningPoint['kind'];
  decision: string;
  levers: Lever[];
  /** A link the engine states outright (a scheduled follow-up, a cut-over, a raise): the reason, or null. */
  direct: (e: GameEvent, at: number) => string | null;
}

const NONE = (): null => null;

/** The quantities the history records every turn, by the metric (or effect) name. */
const SNAPSHOT_KEY: Partial<Record<string, Exclude<keyof TurnSnapshot, 'phase'>>> = {
  users: 'users',
  cash: 'cash',
  debt: 'debt',
  burnout: 'burnout',
  morale: 'morale',
  headcount: 'headcount',
  agents: 'agents',
  board: 'board',
  trust: 'trust',
  satisfaction: 'satisfaction',
  utilisation: 'utilisation',
};

const SHARES = new Set([
  'burnout',
  'morale',
  'board',
  'pressure',
  'trust',
  'satisfaction',
  'evalCoverage',
  'observability',
  'testAutomation',
  'dataPipeline',
  'utilisation',
]);

const NOUN: Record<string, string> = {
  debt: 'technical debt',
  burnout: 'burnout',
  morale: 'morale',
  board: "the board's confidence",
  pressure: 'investor pressure',
  trust: 'customer trust',
  satisfaction: 'satisfaction',
  evalCoverage: 'eval coverage',
  observability: 'observability',
  testAutomation: 'test automation',
  dataPipeline: 'the data pipeline',
  featureLevel: 'features',
  users: 'users',
  agents: 'agent seats',
  engineers: 'engineers',
  pendingWork: 'the work waiting to ship',
  addressable: 'the market',
};

function level(key: string, v: number): string {
  return SHARES.has(key) ? pct(v) : groupThousands(Math.round(v));
}

function quote(text: string): string {
  return `\u201c${text}\u201d`;
}

function effectWords(target: EffectTarget, op: 'add' | 'multiply' | 'set', v: number): string {
  const noun = NOUN[target] ?? target;
  if (op === 'add') {
    const size = SHARES.has(target) ? `${Math.round(Math.abs(v) * 100)} points` : level(target, Math.abs(v));
    return v > 0 ? `added ${size} to ${noun}` : `took ${size} off ${noun}`;
  }
  if (op === 'multiply') return `multiplied ${noun} by ${v}`;
  return `set ${noun} to ${level(target, v)}`;
}

/** "“technical debt” is 85% of its causes" / "it could only happen because agents was 4 (…)". */
function causeWords(c: CauseKey, e: GameEvent, seen: number | null): string {
  if (!c.gate) return `${quote(c.label)} is ${pct(c.weight)} of its causes`;
  if (e.kind === 'scenario') return `the card could only come up because ${c.label}`;
  const at = c.conds[0]?.value ?? 0;
  const noun = c.key === 'headcount' ? 'people' : 'users';
  const had = seen === null || c.key === 'headcount' ? '' : `, and you had ${groupThousands(seen)}`;
  return `the scaling phase starts at ${groupThousands(at)} ${noun}${had}`;
}

/** "the round had a chance from board confidence 43%, user growth 38%": the heaviest named causes. */
function strongest(e: GameEvent): string {
  const named = e.causes.filter((c) => c.factor !== 'base-rate').sort((a, b) => b.weight - a.weight);
  if (named.length === 0) return 'no single cause stands out';
  return named
    .slice(0, 2)
    .map((c) => `${c.label} ${pct(c.weight)}`)
    .join(', ');
}

function holds(v: number, c: Condition): boolean {
  switch (c.op) {
    case '>=':
      return v >= c.value;
    case '<=':
      return v <= c.value;
    case '>':
      return v > c.value;
    case '<':
      return v < c.value;
    case '==':
      return v === c.value;
    case '!=':
      return v !== c.value;
  }
}

/**
 * Whether a change of `delta` is a reason for the event: for a condition, without it the condition would
 * not have held; for a share of the odds, it is at least a quarter of the value the event saw. Quantities the
 * history does not record are taken as the engine states them.
 */
function material(delta: number | null, seen: number | null, c: CauseKey): boolean {
  if (delta === null || seen === null) return true;
  if (c.gate && c.conds.length > 0)
    return c.conds.every((cond) => holds(seen, cond)) && c.conds.some((cond) => !holds(seen - delta, cond));
  return Math.abs(delta) >= MATERIAL * Math.abs(seen);
}

/** The architecture switch a migration target sets: [metric, more (1) or less (-1) of it]. */
const SWITCH_OF: Record<string, [string, Dir]> = {
  'hosting:dedicated': ['dedicated', 1],
  'hosting:serverless': ['dedicated', -1],
  'processing:async': ['async', 1],
  'processing:sync': ['async', -1],
  'structure:microservices': ['microservices', 1],
  'structure:monolith': ['microservices', -1],
  'placement:edge': ['edge', 1],
  'placement:cloud': ['edge', -1],
  'serving:hosted-api': ['hostedApi', 1],
  'serving:self-hosted': ['hostedApi', -1],
  'serving:fine-tuned': ['hostedApi', -1],
};

class Game {
  readonly words: TurnWords;
  constructor(
    readonly history: readonly TurnRecord[],
    readonly scenario: Scenario,
  ) {
    this.words = turnWords(scenario);
  }
  /** A recorded quantity after the turn of record `at` (the value an event of that turn saw). */
  value(at: number, key: string): number | null {
    const k = SNAPSHOT_KEY[key];
    const rec = this.history[Math.max(0, Math.min(this.history.length - 1, at))];
    return k && rec ? rec.snapshot[k] : null;
  }
  /** The same quantity before the turn of record `at` was played. */
  before(at: number, key: string): number | null {
    return this.value(at - 1, key);
  }
  turnOf(at: number): number {
    return this.history[at]?.snapshot.turn ?? at + 1;
  }
  turns(n: number): string {
    return this.words.count(n);
  }
  /** "week 12": record `at`'s turn, as the player counts. */
  nth(at: number): string {
    return this.words.nth(this.turnOf(at));
  }
  /** The first record after `at` with a decision that matches, or -1. */
  nextDecision(at: number, match: (d: Decision) => boolean): number {
    return this.history.findIndex((r, i) => i > at && r.decisions.some(match));
  }
}

/** An answered card (by the player or by its deadline): the follow-up it scheduled and what its effects moved. */
function cardAnchor(g: Game, res: GameEvent, at: number): Anchor | null {
  const def = g.scenario.events.find((d) => d.id === res.id);
  const option = def?.options.find((o) => o.id === res.option);
  const outcome = option?.outcomes.find((o) => o.id === res.outcome) ?? option?.outcomes[0];
  if (!def || !option || !outcome) return null;
  const follow = outcome.followUp;
  const due = follow ? res.turn + Math.max(1, follow.inTurns) : -1;
  const followDef = follow ? g.scenario.events.find((d) => d.id === follow.event) : undefined;
  const levers: Lever[] = [];
  for (const eff of outcome.effects) {
    // Hidden quality is never shown; money from a card is not a cause the engine names.
    if (eff.kind !== 'change' || eff.target === 'modelQuality' || eff.target === 'cash') continue;
    if (eff.op !== 'set' && eff.value === (eff.op === 'add' ? 0 : 1)) continue;
    const dir: Dir =
      eff.op === 'add'
        ? eff.value > 0
          ? 1
          : -1
        : eff.op === 'multiply'
          ? eff.value > 1
            ? 1
            : -1
          : eff.value === 0
            ? -1
            : 0;
    const words = `Your answer ${effectWords(eff.target, eff.op, eff.value)}`;
    levers.push({
      key: eff.target,
      dir,
      from: at,
      until: at + WINDOW,
      delta: eff.op === 'add' ? eff.value : null,
      says: () => words,
    });
  }
  return {
    at,
    kind: 'answer',
    decision: res.title,
    levers,
    direct: (e) =>
      follow && e.kind === 'scenario' && e.option === undefined && e.id === follow.event && e.turn === due
        ? `Your answer scheduled it: ${quote(option.label)} brought ${quote(followDef?.title ?? e.title)} ${g.turns(due - res.turn)} later.`
        : null,
  };
}

/** A model release (under the release setting in force) and a regression the engine blames on it. */
function releaseAnchor(rel: GameEvent, at: number): Anchor {
  return {
    at,
    kind: 'release',
    decision: rel.title,
    levers: [],
    direct: (e, when) => {
      const blame = e.causes.find((c) => c.factor === 'release');
      return when === at && e.id === 'model-regression' && blame && blame.weight >= MIN_WEIGHT
        ? `The release put a worse model in front of users: ${quote(blame.label)} is ${pct(blame.weight)} of the regression's causes.`
        : null;
    },
  };
}

function allocationAnchor(g: Game, d: Extract<Decision, { type: 'plan/allocate' }>, at: number): Anchor {
  // The split holds until the next one; debt that piles up under it is its doing.
  const next = g.nextDecision(at, (x) => x.type === 'plan/allocate');
  const until = next < 0 ? g.history.length - 1 : next - 1;
  const start = g.before(at, 'debt') ?? 0;
  const says = (when: number): string | null => {
    const now = g.value(when, 'debt') ?? 0;
    if (now < start + 15 || now < start * 1.5) return null;
    return `Under this split (${d.allocation.debt}% of the time on debt) technical debt rose from ${level('debt', start)} to ${level('debt', now)} by ${g.nth(when)}`;
  };
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    direct: NONE,
    levers: [{ key: 'debt', dir: 1, from: at, until, delta: null, says }],
  };
}

function crunchAnchor(g: Game, d: Decision, at: number): Anchor {
  const off = g.nextDecision(at, (x) => x.type === 'policy/set' && x.policy === 'crunch' && !x.on);
  // Burnout outlasts the crunch by a few turns.
  const until = (off < 0 ? g.history.length : off) + 3;
  const says =
    (key: 'burnout' | 'morale') =>
    (when: number): string | null => {
      const was = g.before(at, key) ?? 0;
      const now = g.value(when, key) ?? 0;
      if ((key === 'burnout' ? now - was : was - now) < 0.05) return null;
      return `Crunch ${key === 'burnout' ? 'raised burnout' : 'lowered morale'} from ${pct(was)} to ${pct(now)}`;
    };
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    direct: NONE,
    levers: [
      { key: 'burnout', dir: 1, from: at, until, delta: null, says: says('burnout') },
      { key: 'morale', dir: -1, from: at, until, delta: null, says: says('morale') },
    ],
  };
}

function reviewAnchor(
  g: Game,
  d: Extract<Decision, { type: 'policy/agent-review' }>,
  at: number,
): Anchor | null {
  if (d.level === 'all') return null;
  const next = g.nextDecision(at, (x) => x.type === 'policy/agent-review');
  const until = next < 0 ? g.history.length - 1 : next - 1;
  const says = (when: number): string | null =>
    (g.value(when, 'agents') ?? 0) > 0
      ? `With ${d.level === 'none' ? 'no human review' : 'only a sample reviewed'}, agent code went in unread`
      : null;
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    direct: NONE,
    levers: [{ key: 'review', dir: -1, from: at, until, delta: null, says }],
  };
}

function agentsAnchor(g: Game, d: Extract<Decision, { type: 'team/agents' }>, at: number): Anchor | null {
  const was = g.before(at, 'agents') ?? 0;
  if (d.seats === was) return null;
  const dir: Dir = d.seats > was ? 1 : -1;
  const says = (when: number): string | null => {
    const now = g.value(when, 'agents') ?? 0;
    return (dir > 0 ? now > was : now < was) ? `You went from ${was} to ${d.seats} agent seats` : null;
  };
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    direct: NONE,
    levers: [{ key: 'agents', dir, from: at, until: at + WINDOW, delta: d.seats - was, says }],
  };
}

function teamAnchor(
  g: Game,
  d: Extract<Decision, { type: 'team/hire' | 'team/let-go' }>,
  at: number,
): Anchor {
  const hire = d.type === 'team/hire';
  const rec = g.history[at];
  // Declined offers never join; the others arrive after the hiring lead time.
  const declined = hire
    ? (rec?.events ?? [])
        .filter((e) => e.id === 'offers-declined')
        .reduce((n, e) => n + Number(/^(\d+)/.exec(e.title)?.[1] ?? 0), 0)
    : 0;
  const people = Math.max(0, d.count - declined);
  const from = hire ? at + g.scenario.params.team.hireLeadTurns : at;
  const dir: Dir = hire ? 1 : -1;
  const delta = dir * people;
  const says = (when: number): string | null =>
    hire
      ? `The ${people === 1 ? '' : `${people} `}${roleName(d.role, people)} you hired had joined, making a team of ${g.value(when, 'headcount') ?? '?'}`
      : `You let ${d.count} ${roleName(d.role, d.count)} go`;
  const levers: Lever[] =
    people === 0 ? [] : [{ key: 'headcount', dir, from, until: from + WINDOW, delta, says }];
  if (people > 0 && d.role === 'engineer')
    levers.push({ key: 'engineers', dir, from, until: from + WINDOW, delta, says });
  return { at, kind: 'decision', decision: describeDecision(d, g.scenario), direct: NONE, levers };
}

function migrationAnchor(g: Game, d: Extract<Decision, { type: 'arch/migrate' }>, at: number): Anchor | null {
  if (!g.history[at]?.events.some((e) => e.id === 'migration-started')) return null;
  // The migration ends when it completes or is cancelled; a failed cut-over sends it back to work.
  let end = g.history.length - 1;
  let done = -1;
  for (let i = at; i < g.history.length; i++) {
    const rec = g.history[i]!;
    if (rec.events.some((e) => e.id === 'migration-done')) {
      end = done = i;
      break;
    }
    if (
      i > at &&
      rec.decisions.some((x) => x.type === 'arch/cancel-migration' || x.type === 'arch/migrate')
    ) {
      end = i - 1;
      break;
    }
  }
  const started = g.turnOf(at);
  const what = `${d.axis} \u2192 ${d.target}`;
  const levers: Lever[] = [
    {
      key: 'migrating',
      dir: 1,
      from: at,
      until: end,
      delta: null,
      says: () => `It happened while your migration (${what}) was under way`,
    },
  ];
  const sw = SWITCH_OF[`${d.axis}:${d.target}`];
  if (sw && done >= 0) {
    const says = (): string => `Your migration (${what}), finished in ${g.nth(done)}, made the change`;
    levers.push({ key: sw[0], dir: sw[1], from: done, until: done + WINDOW, delta: null, says });
  }
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    levers,
    direct: (e, when) => {
      if (when < at || when > end) return null;
      if (e.id === 'cutover-failed')
        return `The cut-over of the migration you started in ${g.nth(at)} failed; its causes: ${strongest(e)}.`;
      if (e.id === 'migration-done')
        return `The migration you started in ${g.nth(at)} is done, after ${g.turns(g.turnOf(when) - started + 1)}.`;
      return null;
    },
  };
}

function raiseAnchor(g: Game, d: Decision, at: number): Anchor {
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    levers: [],
    direct: (e, when) =>
      when === at && (e.id === 'raise-succeeded' || e.id === 'raise-failed')
        ? `The round you tried for. What weighed on its odds: ${strongest(e)}.`
        : null,
  };
}

function decisionAnchor(g: Game, d: Decision, at: number): Anchor | null {
  switch (d.type) {
    case 'plan/allocate':
      return allocationAnchor(g, d, at);
    case 'policy/set':
      return d.on && d.policy === 'crunch' ? crunchAnchor(g, d, at) : null;
    case 'policy/agent-review':
      return reviewAnchor(g, d, at);
    case 'team/agents':
      return agentsAnchor(g, d, at);
    case 'team/hire':
    case 'team/let-go':
      return teamAnchor(g, d, at);
    case 'arch/migrate':
      return migrationAnchor(g, d, at);
    case 'money/raise':
      return raiseAnchor(g, d, at);
    default:
      return null;
  }
}

/** The player's decisions and answers that can lead somewhere, in turn order. */
function anchors(g: Game): Anchor[] {
  const out: Anchor[] = [];
  g.history.forEach((rec, at) => {
    for (const e of rec.events) {
      const a =
        e.kind === 'scenario' && e.option !== undefined
          ? cardAnchor(g, e, at)
          : e.id === 'model-released'
            ? releaseAnchor(e, at)
            : null;
      if (a) out.push(a);
    }
    // Only the last split of a turn is the one that was played.
    const lastSplit = [...rec.decisions].reverse().find((d) => d.type === 'plan/allocate');
    for (const d of rec.decisions) {
      if (d.type === 'event/choose' || (d.type === 'plan/allocate' && d !== lastSplit)) continue;
      const a = decisionAnchor(g, d, at);
      if (a) out.push(a);
    }
  });
  return out;
}

interface Link {
  anchor: Anchor;
  at: number;
  event: GameEvent;
  why: string;
  strength: number;
}

/** The strongest link from one anchor to one event, or null when the engine's causes do not connect them. */
function linkOf(g: Game, a: Anchor, e: GameEvent, at: number, keys: readonly CauseKey[]): Link | null {
  const stated = a.direct(e, at);
  if (stated) return { anchor: a, at, event: e, why: stated, strength: 2 };
  let best: Link | null = null;
  for (const lever of a.levers) {
    if (at < lever.from || at > lever.until) continue;
    for (const c of keys) {
      if (c.key !== lever.key || (c.dir !== 0 && lever.dir !== 0 && c.dir !== lever.dir)) continue;
      const seen = g.value(at, c.key);
      if (!material(lever.delta, seen, c)) continue;
      const says = lever.says(at);
      if (!says) continue;
      const strength = c.gate ? 1 : c.weight;
      if (!best || strength > best.strength)
        best = { anchor: a, at, event: e, why: `${says}; ${causeWords(c, e, seen)}.`, strength };
    }
  }
  return best;
}

function toneScore(e: GameEvent): number {
  return e.tone === 'bad' ? 3 : e.tone === 'good' ? 2 : e.tone === 'warning' ? 1.5 : 1;
}

/** Up to `limit` turning points, each with up to three consequences, in turn order. */
export function turningPoints(history: readonly TurnRecord[], scenario: Scenario, limit = 8): TurningPoint[] {
  const g = new Game(history, scenario);
  const all = anchors(g);
  // Every event goes to the one decision that explains it best (a stated link, then the heaviest cause, then
  // the latest decision).
  const best = new Map<GameEvent, Link>();
  history.forEach((rec, at) => {
    for (const e of rec.events) {
      if (!eligible(e)) continue;
      const keys = causeKeys(e, scenario);
      for (const a of all) {
        if (a.at > at) break;
        const link = linkOf(g, a, e, at, keys);
        const prev = best.get(e);
        if (link && (!prev || link.strength >= prev.strength)) best.set(e, link);
      }
    }
  });

  const byAnchor = new Map<Anchor, Link[]>();
  for (const link of best.values()) byAnchor.set(link.anchor, [...(byAnchor.get(link.anchor) ?? []), link]);
  const points: { point: TurningPoint; score: number }[] = [];
  for (const [a, links] of byAnchor) {
    const kept = links
      .sort((x, y) => y.strength * toneScore(y.event) - x.strength * toneScore(x.event) || x.at - y.at)
      .slice(0, 3)
      .sort((x, y) => x.at - y.at);
    points.push({
      point: {
        turn: g.turnOf(a.at),
        kind: a.kind,
        decision: a.decision,
        consequences: kept.map((l) => ({ turn: g.turnOf(l.at), event: l.event, why: l.why })),
      },
      score: kept.reduce((s, l) => s + toneScore(l.event) * (0.5 + l.strength), 0),
    });
  }
  return points
    .sort((a, b) => b.score - a.score || a.point.turn - b.point.turn)
    .slice(0, limit)
    .map((p) => p.point)
    .sort((a, b) => a.turn - b.turn);
}
