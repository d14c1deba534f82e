/**
 * When an event can happen and why it did: its conditions, its chance per turn built from named factors, and the
 * causes the player sees ("Why did this happen?"), in words. Pure; reads the state, changes nothing.
 */
import { groupThousands } from '../lib/format.ts';
import { clamp01 } from '../lib/num.ts';
import { metric } from './metrics.ts';
import type {
  AnyOf,
  Cause,
  ChanceFactor,
  Condition,
  EventDef,
  GameState,
  MetricName,
  OptionDef,
} from './types.ts';

export function holds(s: GameState, c: Condition): boolean {
  const v = metric(s, c.metric);
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

export function allHold(s: GameState, conditions: readonly Condition[]): boolean {
  for (const c of conditions) if (!holds(s, c)) return false;
  return true;
}

/** The first condition of an `anyOf` group that holds, or null when none does. */
export function heldOf(s: GameState, group: AnyOf): Condition | null {
  for (const c of group) if (holds(s, c)) return c;
  return null;
}

/** Whether an event can fire now: all its conditions, and at least one of each `anyOf` group. */
export function eventHolds(s: GameState, def: EventDef): boolean {
  if (!allHold(s, def.when)) return false;
  if (def.whenAny) for (const group of def.whenAny) if (!heldOf(s, group)) return false;
  return true;
}

/**
 * The chance of each outcome of an option now. Without outcome factors, the written chances. With them (format 2),
 * each outcome weighs min(1, chance + its factors) and the weights are scaled to add up to 1; should every weight
 * be 0, the written chances apply.
 */
export function outcomeChances(s: GameState, option: OptionDef): number[] {
  const outcomes = option.outcomes;
  if (!outcomes.some((o) => o.factors)) return outcomes.map((o) => o.chance);
  const weights = outcomes.map((o) => {
    let w = o.chance;
    for (const f of o.factors ?? []) w += factorValue(s, f);
    return Math.min(1, w);
  });
  let total = 0;
  for (const w of weights) total += w;
  return total > 0 ? weights.map((w) => w / total) : outcomes.map((o) => o.chance);
}

/** Chance per turn and its causes: the base chance plus each factor's contribution. */
export function eventChance(s: GameState, def: EventDef): { chance: number; causes: Cause[] } {
  return { chance: chanceOf(s, def), causes: causesOf(s, def) };
}

/** Chance per turn alone: the base plus each factor's capped contribution (no allocation: runs every turn). */
export function chanceOf(s: GameState, def: EventDef): number {
  let chance = def.baseChance;
  for (const f of def.factors) chance += factorValue(s, f);
  return clamp01(chance);
}

function factorValue(s: GameState, f: ChanceFactor): number {
  return Math.min(f.max, Math.max(0, (metric(s, f.metric) - f.from) * f.per));
}

/**
 * Why an event came up, with weights summing to 1: the conditions that let it happen (`when`) and what set its
 * odds (the base chance plus each factor). A card that is certain once its conditions hold (chance 1) is all
 * conditions; otherwise the conditions and the odds share the weight half and half. Built only when it fires or
 * is shown.
 */
export function causesOf(s: GameState, def: EventDef): Cause[] {
  const odds = oddsOf(s, def);
  // Of each anyOf group, the condition that let it happen.
  const held = def.whenAny ? def.whenAny.map((g) => heldOf(s, g) ?? g[0]!) : [];
  const conditions = held.length > 0 ? [...def.when, ...held] : def.when;
  if (conditions.length === 0) return odds;
  const certain = def.baseChance >= 1 && odds.length === 1;
  const share = certain ? 1 : 0.5;
  const gates = conditions.map((c) => ({
    factor: `when:${c.metric}`,
    label: conditionLabel(s, c),
    weight: share / conditions.length,
  }));
  return certain ? gates : [...gates, ...odds.map((o) => ({ ...o, weight: o.weight * (1 - share) }))];
}

function oddsOf(s: GameState, def: EventDef): Cause[] {
  let chance = def.baseChance;
  const parts: { factor: string; label: string; value: number }[] = [
    { factor: 'base-rate', label: 'background chance', value: def.baseChance },
  ];
  for (const f of def.factors) {
    const v = factorValue(s, f);
    chance += v;
    if (v > 0) parts.push({ factor: f.metric, label: f.label, value: v });
  }
  const total = chance > 0 ? chance : 1;
  return parts.map((p) => ({ factor: p.factor, label: p.label, weight: p.value / total }));
}

const OP_WORDS: Record<Condition['op'], string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'above',
  '<': 'below',
  '==': 'exactly',
  '!=': 'not',
};

/** Switch-like metrics (1 or 0), in words: what 1 means and what 0 means. */
const SWITCHES: Partial<Record<MetricName, [string, string]>> = {
  dedicated: ['on dedicated hosting', 'on serverless hosting'],
  async: ['processing asynchronously', 'processing synchronously'],
  microservices: ['on microservices', 'on a monolith'],
  edge: ['placed at the edge', 'placed in the cloud'],
  hostedApi: ['on a hosted model API', 'serving your own model'],
  selfHosted: ['serving a self-hosted model', 'not self-hosting the model'],
  fineTuned: ['serving a fine-tuned model', 'not serving a fine-tuned model'],
  migrating: ['in the middle of a migration', 'not migrating'],
  onCall: ['with an on-call rotation', 'without an on-call rotation'],
};

/** Metrics whose names are not plain words. */
const NOUNS: Partial<Record<MetricName, string>> = {
  turn: 'turns played',
  runwayTurns: 'runway (turns)',
  avgSlo: 'average SLO',
  slo: 'SLO',
  latencyMs: 'latency (ms)',
  headcount: 'headcount',
  board: 'board confidence',
  pressure: 'investor pressure',
  evalScore: 'eval score',
  evalCoverage: 'eval coverage',
  testAutomation: 'test automation',
  dataPipeline: 'data pipeline maturity',
  featureLevel: 'feature level',
  marketShare: 'market share',
  phaseIndex: 'phase',
  modelVersion: 'model version',
  deploysPerWeek: 'deploys per week',
  leadTimeDays: 'lead time (days)',
  changeFailureRate: 'change failure rate',
  recoveryHours: 'recovery time (hours)',
  inferenceCost: 'the inference bill ($ a turn)',
  infraCost: 'the hosting bill ($ a turn)',
  salaries: 'salaries ($ a turn)',
  migrationProgress: 'migration progress',
};

/** "burnout was 0.15 (this card needs at least 0.12)"; a hidden metric's value is never shown. */
function conditionLabel(s: GameState, c: Condition): string {
  const v = metric(s, c.metric);
  const sw = SWITCHES[c.metric];
  if (sw && (c.value === 0 || c.value === 1)) return `you were ${sw[v === 1 ? 0 : 1]}`;
  const need = `this card needs ${OP_WORDS[c.op]} ${shortNumber(c.value)}`;
  if (c.metric === 'modelQuality') return `the model's true quality, which evals only estimate (${need})`;
  return `${NOUNS[c.metric] ?? c.metric} was ${shortNumber(v)} (${need})`;
}

/** Up to three decimals without trailing zeros; toFixed is exactly specified, so every engine agrees. */
function shortNumber(x: number): string {
  return Math.abs(x) >= 1000 ? groupThousands(x) : String(Number(x.toFixed(3)));
}
