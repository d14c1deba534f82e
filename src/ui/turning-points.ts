/**
 * Turning points for the debrief: the decisions that mattered and the events they led to, linked through the
 * causes the engine gave each event, plus the big events of the game. Pure.
 */
import type { Decision, GameEvent, Scenario } from '../engine/index.ts';
import type { TurnRecord } from '../replay/index.ts';
import { describeDecision } from './describe.ts';

export interface TurningPoint {
  turn: number;
  decision: string | null;
  consequences: GameEvent[];
}

/** Cause factors a decision can plausibly lead to. */
function factorsOf(d: Decision): string[] {
  switch (d.type) {
    case 'plan/allocate':
      return d.allocation.debt + d.allocation.reliability < 15 ? ['debt', 'automation', 'utilisation'] : [];
    case 'release/set':
      return d.mode === 'ship' ? ['release', 'evals'] : [];
    case 'arch/migrate':
      return ['migration', 'debt'];
    case 'team/hire':
      return d.count >= 2 ? ['morale', 'burnout', 'team'] : [];
    case 'team/agents':
      return d.seats > 0 ? ['agents', 'debt'] : [];
    case 'policy/agent-review':
      return d.level === 'none' ? ['agents'] : [];
    case 'policy/set':
      return d.on && d.policy === 'crunch' ? ['burnout', 'morale'] : [];
    case 'event/choose':
      return ['follow-up', 'decision'];
    case 'money/raise':
      return ['board', 'growth'];
    default:
      return [];
  }
}

const MAJOR_IDS = new Set([
  'cutover-failed',
  'migration-done',
  'raise-succeeded',
  'raise-failed',
  'phase-scaling',
  'phase-maintenance',
  'attrition',
]);

function major(e: GameEvent): boolean {
  return (
    (e.kind === 'incident' && e.tone === 'bad') ||
    MAJOR_IDS.has(e.id) ||
    (e.kind === 'scenario' && e.option !== undefined)
  );
}

function ledTo(d: Decision, e: GameEvent): boolean {
  if (d.type === 'event/choose')
    return e.kind === 'scenario' && (e.id === d.eventId || e.causes.some((c) => c.factor === 'follow-up'));
  if (d.type === 'arch/migrate')
    return e.kind === 'migration' || e.causes.some((c) => c.factor === 'migration' && c.weight >= 0.2);
  const factors = factorsOf(d);
  return e.causes.some((c) => factors.includes(c.factor) && c.weight >= 0.25);
}

/** Up to `limit` turning points, in turn order. */
export function turningPoints(history: readonly TurnRecord[], scenario: Scenario, limit = 8): TurningPoint[] {
  const points: TurningPoint[] = [];
  const explained = new Set<GameEvent>();
  history.forEach((rec, i) => {
    for (const d of rec.decisions) {
      if (factorsOf(d).length === 0) continue;
      const later = history.slice(i, i + 6).flatMap((r) => r.events);
      const consequences = later.filter((e) => major(e) && !explained.has(e) && ledTo(d, e)).slice(0, 3);
      if (consequences.length === 0) continue;
      consequences.forEach((e) => explained.add(e));
      points.push({ turn: rec.snapshot.turn, decision: describeDecision(d, scenario), consequences });
    }
  });
  for (const rec of history) {
    for (const e of rec.events) {
      if (
        major(e) &&
        !explained.has(e) &&
        (e.id.startsWith('phase-') ||
          e.id === 'cutover-failed' ||
          (e.kind === 'incident' && e.tone === 'bad'))
      ) {
        points.push({ turn: e.turn + 1, decision: null, consequences: [e] });
        explained.add(e);
      }
    }
  }
  return points
    .sort((a, b) => score(b) - score(a))
    .slice(0, limit)
    .sort((a, b) => a.turn - b.turn);
}

function score(p: TurningPoint): number {
  return (
    p.consequences.reduce((a, e) => a + (e.tone === 'bad' ? 3 : e.tone === 'good' ? 2 : 1), 0) +
    (p.decision ? 2 : 0)
  );
}
