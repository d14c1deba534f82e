/**
 * Turning points of a setting that holds until the player changes it, linked to what piled up under it: the
 * work split (technical debt), crunch (burnout and morale, which outlast it by a few turns) and agent code
 * review below "all" (agent code that went in unread). Pure.
 */
import type { Decision } from '../../engine/index.ts';
import { describeDecision } from '../describe.ts';
import { pct } from '../format.ts';
import type { GameHistory } from './history.ts';
import { NONE, type Anchor } from './types.ts';
import { level } from './words.ts';

/** The last record a setting decided at `at` holds in: the one before the next decision of its kind, or the end. */
function heldUntil(g: GameHistory, at: number, match: (d: Decision) => boolean): number {
  const next = g.nextDecision(at, match);
  return next < 0 ? g.history.length - 1 : next - 1;
}

export function allocationAnchor(
  g: GameHistory,
  d: Extract<Decision, { type: 'plan/allocate' }>,
  at: number,
): Anchor {
  // The split holds until the next one; debt that piles up under it is its doing.
  const until = heldUntil(g, at, (x) => x.type === 'plan/allocate');
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

export function crunchAnchor(g: GameHistory, d: Decision, at: number): Anchor {
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

export function reviewAnchor(
  g: GameHistory,
  d: Extract<Decision, { type: 'policy/agent-review' }>,
  at: number,
): Anchor | null {
  if (d.level === 'all') return null;
  const until = heldUntil(g, at, (x) => x.type === 'policy/agent-review');
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
