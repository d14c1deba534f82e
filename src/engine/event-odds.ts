/**
 * When an event can happen and why it did: its conditions, its chance per turn built from named factors, and the
 * causes the player sees ("Why did this happen?"), in words. Pure; reads the state, changes nothing.
 */
import { groupThousands } from '../lib/format.ts';
import { clamp01 } from '../lib/num.ts';
import { metric } from './metrics.ts';
import type { Cause, Condition, EventDef, GameState, MetricName } from './types.ts';

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

function factorValue(s: GameState, f: EventDef['factors'][number]): number {
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
  if (def.when.length === 0) return odds;
  const certain = def.baseChance >= 1 && odds.length === 1;
  const share = certain ? 1 : 0.5;
  const gates = def.when.map((c) => ({
    factor: `when:${c.metric}`,
    label: conditionLabel(s, c),
    weight: share / def.when.length,
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
  migrating: ['in the middle of a migration', 'not migrating'],
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
