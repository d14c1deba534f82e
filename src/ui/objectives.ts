/**
 * How objectives and metrics read to a player: a target and a result in words for each kind of metric ("burn at
 * most $0 a week", "burning $2,507 a week"), how close a missed objective came, and why a game ended (which
 * objective was missing, which limit was crossed). Pure.
 */
import type { Condition, GameState, MetricName, ObjectiveDef, Scenario, Scorecard } from '../engine/index.ts';
import { days, groupThousands, hours, money, pct, type TurnWords } from './format.ts';

type ObjectiveResult = Scorecard['objectives'][number];

const SHARE_METRICS = new Set<MetricName>([
  'marketShare',
  'morale',
  'burnout',
  'satisfaction',
  'trust',
  'board',
  'pressure',
  'modelQuality',
  'evalScore',
  'evalCoverage',
  'observability',
  'testAutomation',
  'dataPipeline',
  'utilisation',
  'slo',
  'avgSlo',
  'changeFailureRate',
  'migrationProgress',
  'ownership',
]);
/** Metrics the player cannot see on any screen while playing. */
export const HIDDEN_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['modelQuality']);
const MONEY_METRICS = new Set<MetricName>([
  'cash',
  'revenue',
  'costs',
  'burn',
  'inferenceCost',
  'infraCost',
  'salaries',
]);

/** Whether a metric (or a card effect's target, named the same) is a share, read as a percentage. */
export function isShare(key: string): boolean {
  return (SHARE_METRICS as ReadonlySet<string>).has(key);
}

/** A metric's value alone, in its unit: "41%", "$2,507", "3,565". */
export function metricValue(metric: MetricName, value: number): string {
  if (SHARE_METRICS.has(metric)) return pct(value);
  if (MONEY_METRICS.has(metric)) return money(value);
  if (metric === 'debt') return value.toFixed(0);
  return groupThousands(Math.round(value * 100) / 100);
}

/** "Reach 100,000 users" is the label; the target is shown alongside when the label does not say it. */
export function objectiveText(o: ObjectiveDef): string {
  return o.label;
}

/** The name of what a share or a level measures, in a phrase: "board confidence", "average SLO attainment". */
const NAMES: Partial<Record<MetricName, string>> = {
  marketShare: 'market share',
  morale: 'morale',
  burnout: 'burnout',
  satisfaction: 'satisfaction',
  trust: 'customer trust',
  board: 'board confidence',
  pressure: 'investor pressure',
  modelQuality: "the model's true quality",
  evalScore: 'eval score',
  evalCoverage: 'eval coverage',
  observability: 'observability',
  testAutomation: 'test automation',
  dataPipeline: 'data pipeline maturity',
  utilisation: 'utilisation',
  slo: 'SLO attainment',
  avgSlo: 'average SLO attainment',
  changeFailureRate: 'change failure rate',
  debt: 'technical debt',
  latencyMs: 'latency',
  deploysPerWeek: 'deploys',
  leadTimeDays: 'lead time',
  recoveryHours: 'recovery time',
  cash: 'cash',
  revenue: 'revenue',
  costs: 'costs',
  inferenceCost: 'the inference bill',
  infraCost: 'the hosting bill',
  salaries: 'salaries',
  migrationProgress: 'the progress of the migration',
  ownership: "the founders' share of the company",
  phaseIndex: 'phase',
  modelVersion: 'model version',
  runwayTurns: 'runway',
};

/** Countable things: [one, many]. */
const COUNTS: Partial<Record<MetricName, [string, string]>> = {
  users: ['user', 'users'],
  addressable: ['potential user', 'potential users'],
  headcount: ['person', 'people'],
  engineers: ['engineer', 'engineers'],
  agents: ['agent seat', 'agent seats'],
  incidents: ['incident', 'incidents'],
  featureLevel: ['feature point', 'feature points'],
};

/** Architecture switches (1 or 0): what 1 is and what 0 is. */
const SWITCHES: Partial<Record<MetricName, [string, string]>> = {
  dedicated: ['on dedicated hosting', 'on serverless hosting'],
  async: ['processing asynchronously', 'processing synchronously'],
  microservices: ['on microservices', 'on a monolith'],
  edge: ['placed at the edge', 'placed in the cloud'],
  hostedApi: ['on a hosted model API', 'serving your own model'],
  selfHosted: ['self-hosting the model', 'not self-hosting the model'],
  fineTuned: ['serving a fine-tuned model', 'not serving a fine-tuned model'],
  migrating: ['in the middle of a migration', 'not migrating'],
  onCall: ['with an on-call rotation', 'without an on-call rotation'],
};

/** An objective on an architecture switch: done or not, no partial way. */
function isSwitch(o: ObjectiveDef): boolean {
  return SWITCHES[o.metric] !== undefined && (o.target === 0 || o.target === 1);
}

function plural(metric: MetricName, n: number): string {
  const c = COUNTS[metric]!;
  return `${groupThousands(Math.round(n * 100) / 100)} ${n === 1 ? c[0] : c[1]}`;
}

/** A value with its unit, for the metric: "3,565 users", "41%", "$2,507 a week", "5.6 days". */
export function amount(metric: MetricName, value: number, words: TurnWords): string {
  if (COUNTS[metric]) return plural(metric, value);
  if (metric === 'revenue' || metric === 'costs' || metric === 'burn')
    return `${money(value)} a ${words.unit}`;
  if (metric === 'deploysPerWeek') return `${value.toFixed(value < 10 ? 1 : 0)} a week`;
  if (metric === 'leadTimeDays') return days(value);
  if (metric === 'recoveryHours') return hours(value);
  if (metric === 'latencyMs') return `${Math.round(value)} ms`;
  if (metric === 'runwayTurns') return value >= 999 ? 'profitable' : words.count(Math.round(value));
  if (metric === 'modelVersion') return `v${Math.round(value)}`;
  if (metric === 'turn') return words.nth(Math.round(value));
  return metricValue(metric, value);
}

function bound(o: ObjectiveDef): string {
  return o.op === '>=' ? 'at least' : 'at most';
}

/** The target in words: "at least 100,000 users", "costs no higher than revenue", "processing asynchronously". */
export function objectiveTarget(o: ObjectiveDef, words: TurnWords): string {
  const sw = SWITCHES[o.metric];
  if (sw && (o.target === 0 || o.target === 1)) {
    const on = o.op === '>=' ? o.target === 1 : o.target === 0;
    return o.op === '>=' && o.target === 0 ? 'either way' : on ? sw[0] : sw[1];
  }
  if (o.metric === 'burn') {
    if (o.target === 0 && o.op === '<=') return `revenue covers costs (burn at most $0 a ${words.unit})`;
    return `burn ${bound(o)} ${amount('burn', o.target, words)}`;
  }
  if (COUNTS[o.metric]) return `${bound(o)} ${amount(o.metric, o.target, words)}`;
  const name = NAMES[o.metric] ?? o.metric;
  return `${name} ${bound(o)} ${amount(o.metric, o.target, words)}`;
}

const OP_WORDS: Record<Condition['op'], string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'above',
  '<': 'below',
  '==': 'exactly',
  '!=': 'not',
};

/** Whether `value` meets a condition's comparison. */
function meets(c: Condition, value: number): boolean {
  const ops: Record<Condition['op'], boolean> = {
    '>=': value >= c.value,
    '<=': value <= c.value,
    '>': value > c.value,
    '<': value < c.value,
    '==': value === c.value,
    '!=': value !== c.value,
  };
  return ops[c.op];
}

/** A card's condition as a rule: "burnout at least 12%", "at least 15,000 users", "you are on dedicated hosting". */
export function conditionText(c: Condition, words: TurnWords): string {
  // Hidden state is named, never given a threshold: the player cannot see it, and that is the lesson.
  if (HIDDEN_METRICS.has(c.metric)) return 'how good the model really is (hidden: evals only estimate it)';
  const sw = SWITCHES[c.metric];
  if (sw && (c.value === 0 || c.value === 1)) {
    const on = meets(c, 1);
    return on === meets(c, 0) ? 'either way' : `you are ${on ? sw[0] : sw[1]}`;
  }
  if (COUNTS[c.metric]) return `${OP_WORDS[c.op]} ${amount(c.metric, c.value, words)}`;
  return `${NAMES[c.metric] ?? c.metric} ${OP_WORDS[c.op]} ${amount(c.metric, c.value, words)}`;
}

/** The result in words, for the target's column beside it: "3,565 users", "burning $2,507 a week (costs above revenue)", "41%". */
export function objectiveResultText(o: ObjectiveDef, value: number, words: TurnWords): string {
  const sw = SWITCHES[o.metric];
  if (sw && (o.target === 0 || o.target === 1)) return value >= 1 ? sw[0] : sw[1];
  if (o.metric === 'burn') {
    if (value > 0) return `burning ${amount('burn', value, words)} (costs above revenue)`;
    return value < 0 ? `earning ${amount('burn', -value, words)} more than it costs` : 'breaking even';
  }
  return amount(o.metric, value, words);
}

/** A share of a missed target: rounded, but a miss never reads as "100%". */
const missedShare = (x: number): string => `${Math.min(99, Math.round(Math.max(0, x) * 100))}%`;

/** How far past a limit: "2.1×"; just over reads "1.01×", never "1.0×". */
function overLimit(ratio: number): string {
  const tenths = ratio.toFixed(1);
  return tenths === '1.0' ? Math.max(1.01, Math.ceil(ratio * 100 - 1e-9) / 100).toFixed(2) : tenths;
}

/**
 * How far a missed objective is from its target: "81% of the way" (from where the game started), "80% of the
 * target" (one the game started past), "2.1× the limit", "over the limit".
 */
export function shortfall(o: ObjectiveDef, r: ObjectiveResult): string {
  if (isSwitch(o)) return 'not done';
  if (o.op === '>=' && startedPast(o, r)) return `${missedShare(r.value / o.target)} of the target`;
  if (o.op === '>=') return `${missedShare(r.attainment)} of the way`;
  if (o.target > 0) return `${overLimit(r.value / o.target)}\u00d7 the limit`;
  return 'over the limit';
}

/**
 * Met, or how close a missed objective came with the partial credit the score gives it: "no: 81% of the way",
 * "no: 2.1× the limit (47% credit)".
 */
export function objectiveProgress(o: ObjectiveDef, r: ObjectiveResult): string {
  if (r.met) return 'yes';
  if (isSwitch(o)) return 'no';
  if (o.op === '>=' && !startedPast(o, r)) return `no: ${shortfall(o, r)}`;
  return `no: ${shortfall(o, r)} (${r.attainment > 0 ? `${missedShare(r.attainment)} credit` : 'no credit'})`;
}

/** A target the game started at or past (keep the board above 75%): its credit is not a share of the way. */
const startedPast = (o: ObjectiveDef, r: ObjectiveResult): boolean => o.target > 0 && r.start >= o.target;

/**
 * What the result of an objective measured over weeks is: "lowest from week 30 on", "average in weeks 3 to 8",
 * "best by week 9"; null for one read at the end.
 */
export function measuredOver(o: ObjectiveDef, turns: number, words: TurnWords): string | null {
  const w = o.over;
  if (!w) return null;
  if (w.by) return `best by ${words.nth(w.to)}`;
  const what = w.measure === 'min' ? 'lowest' : w.measure === 'max' ? 'highest' : 'average';
  return w.to >= turns
    ? `${what} from ${words.nth(w.from)} on`
    : `${what} in ${words.units} ${w.from} to ${w.to}`;
}

/** The start of a phrase that gives an objective's result: "you ended at", "your lowest from week 30 on was". */
function measured(o: ObjectiveDef, turns: number, words: TurnWords): string {
  const over = measuredOver(o, turns, words);
  return over === null ? 'you ended at' : `your ${over} was`;
}

/** The required objectives a game ended without, with their results. */
export function unmetRequired(
  card: Scorecard,
  scenario: Scenario,
): { def: ObjectiveDef; result: ObjectiveResult }[] {
  return scenario.objectives
    .map((def, i) => ({ def, result: card.objectives[i]! }))
    .filter((x) => x.def.required && x.result && !x.result.met);
}

/**
 * Why the game ended, in a sentence or two: the objective that was missing when time ran out, the limit that was
 * crossed (cash below zero, board confidence below the scenario's threshold, nobody left).
 */
export function outcomeReason(s: GameState, scenario: Scenario, card: Scorecard, words: TurnWords): string {
  const when = words.nth(s.turn);
  switch (s.reason) {
    case 'objectives-met': {
      const req = scenario.objectives.filter((o) => o.required);
      const met = card.objectives.filter((o) => o.met).length;
      return req.length > 0
        ? `You met ${req.length === 1 ? 'the required objective' : `all ${req.length} required objectives`}${
            met > req.length ? ` and ${met - req.length} more` : ''
          } by ${when}.`
        : 'You met the objectives.';
    }
    case 'bankrupt':
      return `The company ran out of cash in ${when}: ${money(s.money.cash / 100)} in the bank, and a company below $0 cannot pay its people.`;
    case 'board-ousted':
      return `The board replaced you in ${when}: its confidence fell to ${pct(s.stakeholders.board)}, below the ${pct(scenario.params.stakeholders.ousterBelow)} at which this board acts.`;
    case 'team-collapsed':
      return `Everyone left by ${when}: no people and no agents to run the company.`;
    case 'out-of-turns': {
      const missing = unmetRequired(card, scenario);
      if (missing.length === 0) return `Time ran out after ${words.count(s.turn)}.`;
      const list = missing.map(({ def, result }) => {
        const ended = objectiveResultText(def, result.value, words);
        const how = isSwitch(def)
          ? `you are still ${ended}`
          : `${measured(def, scenario.turns, words)} ${ended}, ${shortfall(def, result)}`;
        return `\u201c${def.label}\u201d (${how})`;
      });
      return `Time ran out after ${words.count(s.turn)} with ${missing.length === 1 ? 'a required objective' : `${missing.length} required objectives`} unmet: ${list.join('; ')}.`;
    }
    default:
      return '';
  }
}
