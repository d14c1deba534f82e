/**
 * The words of a turning point's reasons: a level in its unit, what a card's effect did ("added 10 points to
 * burnout"), what a cause says ("“technical debt” is 85% of its causes") and an event's heaviest causes. Pure.
 */
import type { EffectTarget, GameEvent } from '../../engine/index.ts';
import { groupThousands, pct, type TurnWords } from '../format.ts';
import { amount as amountOf, conditionText, HIDDEN_METRICS, isShare } from '../objectives.ts';
import type { CauseKey } from './types.ts';

/** What an effect's target is called in a sentence. */
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

/** A quantity's level: a share as a percentage, anything else as a whole number. */
export function level(key: string, v: number): string {
  return isShare(key) ? pct(v) : groupThousands(Math.round(v));
}

export function quote(text: string): string {
  return `\u201c${text}\u201d`;
}

export function effectWords(target: EffectTarget, op: 'add' | 'multiply' | 'set', v: number): string {
  const noun = NOUN[target] ?? target;
  if (op === 'add') {
    const size = isShare(target) ? `${Math.round(Math.abs(v) * 100)} points` : level(target, Math.abs(v));
    return v > 0 ? `added ${size} to ${noun}` : `took ${size} off ${noun}`;
  }
  if (op === 'multiply') return `multiplied ${noun} by ${v}`;
  return `set ${noun} to ${level(target, v)}`;
}

/** "“technical debt” is 85% of its causes" / "it could only happen because agents was 4 (…)". */
export function causeWords(c: CauseKey, e: GameEvent, seen: number | null, words: TurnWords): string {
  if (!c.gate) return `${quote(c.label)} is ${pct(c.weight)} of its causes`;
  if (e.kind === 'scenario') {
    const rule = c.conds.map((x) => conditionText(x, words)).join(' and ') || c.label;
    const shown = c.conds[0] && !HIDDEN_METRICS.has(c.conds[0].metric);
    const had = seen === null || !shown ? '' : `, and you had ${amountOf(c.conds[0]!.metric, seen, words)}`;
    return `the card only comes up with ${rule}${had}`;
  }
  const at = c.conds[0]?.value ?? 0;
  const noun = c.key === 'headcount' ? 'people' : 'users';
  const had = seen === null || c.key === 'headcount' ? '' : `, and you had ${groupThousands(seen)}`;
  return `the scaling phase starts at ${groupThousands(at)} ${noun}${had}`;
}

/** "the round had a chance from board confidence 43%, user growth 38%": the heaviest named causes. */
export function strongest(e: GameEvent): string {
  const named = e.causes.filter((c) => c.factor !== 'base-rate').sort((a, b) => b.weight - a.weight);
  if (named.length === 0) return 'no single cause stands out';
  return named
    .slice(0, 2)
    .map((c) => `${c.label} ${pct(c.weight)}`)
    .join(', ');
}
