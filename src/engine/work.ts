/**
 * Work: the capacity split turned into progress — features into the release batch, debt paid down, evals,
 * reliability (test automation and observability), the data pipeline and migration effort; plus what ML
 * engineers and SREs do with their own time. Also technical debt with interest. Pure over the working copy.
 * Chapter ideas: when to accumulate debt and when to pay it down; the same debt costs more in the scaling phase.
 */
import { clamp, clamp01 } from '../lib/num.ts';
import { MAX_DEBT, MAX_FEATURES } from './limits.ts';
import type { Turn } from './turn.ts';
import type { GameState } from './types.ts';

/** How much a practice improves per engineer-week invested, as a share of the remaining gap. */
const PRACTICE_GAIN = { evals: 0.12, reliability: 0.1, data: 0.08 } as const;
/** Practices decay a little each week without upkeep (tests rot, dashboards go stale). */
const PRACTICE_DECAY = 0.008;

/** Velocity multiplier from debt: code that is hard to change is slow to change. */
export function debtDrag(debt: number, drag: number): number {
  return 1 / (1 + (drag * debt) / 100);
}

export function doWork(s: GameState, turn: Turn): void {
  const a = s.plan.allocation;
  const migrating = s.arch.migration !== null;
  // Capacity planned for a migration that is not running goes to features rather than idling.
  const featureShare = (a.features + (migrating ? 0 : a.migration)) / 100;
  const cap = turn.capacity;
  const velocity = debtDrag(s.debt, turn.p.debt.drag);
  const pr = s.practices;

  const features = cap * featureShare * velocity;
  turn.featureOutput = features;
  s.market.pendingWork = Math.min(MAX_FEATURES, s.market.pendingWork + features);

  // Debt from shipping without automated tests, plus agent output nobody reviewed.
  const shortcut = 1 - 0.75 * pr.testAutomation;
  const agentShare = cap > 0 ? Math.min(1, (turn.agentWeeks * turn.weeks) / cap) : 0;
  const unreviewedDebt = features * agentShare * turn.unreviewed * 4;
  const sloppyAgents = s.plan.policies.specDriven ? 1 : 1.6;
  const added = features * turn.p.debt.perFeature * shortcut + unreviewedDebt * sloppyAgents;
  const paid = ((cap * a.debt) / 100) * turn.p.debt.paydownPerWeek;
  const interest = s.debt * turn.p.debt.interest[s.phase] * turn.weeks;
  s.debt = clamp(s.debt + added + interest - paid, 0, MAX_DEBT);

  const evalWeeks = (cap * a.evals) / 100 + turn.mlCapacity * 0.25;
  const relWeeks = (cap * a.reliability) / 100 + turn.sreCapacity * 0.5;
  const dataWeeks = (cap * a.data) / 100 + turn.mlCapacity * 0.15;
  const decay = PRACTICE_DECAY * turn.weeks;
  pr.evalCoverage = improve(pr.evalCoverage, evalWeeks * PRACTICE_GAIN.evals, decay);
  pr.testAutomation = improve(pr.testAutomation, relWeeks * PRACTICE_GAIN.reliability, decay);
  pr.observability = improve(pr.observability, relWeeks * PRACTICE_GAIN.reliability * 0.9, decay);
  pr.dataPipeline = improve(pr.dataPipeline, dataWeeks * PRACTICE_GAIN.data, decay);

  if (s.arch.migration) s.arch.migration.progress += (cap * a.migration) / 100;
}

/** Diminishing returns: each week closes a share of the remaining gap; a little decays each week. */
function improve(level: number, gain: number, decay: number): number {
  const closed = level + (1 - level) * (gain / (1 + gain));
  return clamp01(closed - decay * closed);
}
