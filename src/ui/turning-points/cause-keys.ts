/**
 * What an event's causes say made it happen, as quantities and directions a decision can have moved; and which
 * events can be a consequence at all (things that happened to the company, never a card's own answer). Pure.
 */
import type { Condition, GameEvent, MetricName, Scenario } from '../../engine/index.ts';
import { MIN_WEIGHT, type CauseKey, type Dir } from './types.ts';

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
export function eligible(e: GameEvent): boolean {
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
