/**
 * Work: the capacity split turned into progress — features and fixes into the deploy queue, debt paid down, evals,
 * reliability (test automation and observability), the data pipeline and migration effort; plus what ML
 * engineers and SREs do with their own time. Also technical debt with interest. Pure over the working copy.
 * Chapter ideas: when to accumulate debt and when to pay it down; the same debt costs more in the scaling phase.
 */
import { clamp, clamp01 } from '../lib/num.ts';
import { MAX_DEBT, MAX_FEATURES } from './limits.ts';
import { ofPhase } from './by-name.ts';
import type { Turn } from './turn.ts';
import type { GameState } from './types.ts';

/** How much a practice improves per engineer-week invested, as a share of the remaining gap. */
const PRACTICE_GAIN = { evals: 0.12, reliability: 0.14, data: 0.08 } as const;
/** Practices decay a little each week without upkeep (tests rot, dashboards go stale). */
const PRACTICE_DECAY = 0.008;
/** The feature points of code a company has beyond what it shipped (the platform, libraries, glue). */
const BASE_CODE = 20;
/** Debt per engineer-week of agent output nobody reviewed (more without specs), and of reviewed output. */
const UNREVIEWED_DEBT = 0.6;
const REVIEWED_DEBT = 0.08;
/** Paydown gets harder as the worst debt is gone: the rate halves when this much debt is left. */
const PAYDOWN_HALF = 6;

/** Debt per unit of code: what each engineer trips over (Stripe: a debt-laden codebase eats a third of time). */
export function debtDensity(s: GameState): number {
  return s.debt / (s.market.featureLevel + BASE_CODE);
}

/** Velocity multiplier from debt: code that is hard to change is slow to change. */
export function debtDrag(s: GameState, drag: number): number {
  return 1 / (1 + drag * debtDensity(s));
}

export function doWork(s: GameState, turn: Turn): void {
  const a = s.plan.allocation;
  const migrating = s.arch.migration !== null;
  // Capacity planned for a migration that is not running goes to features rather than idling.
  const featureShare = (a.features + (migrating ? 0 : a.migration)) / 100;
  const cap = turn.capacity;
  const velocity = debtDrag(s, turn.p.debt.drag);
  const pr = s.practices;

  const features = cap * featureShare * velocity;
  const reliabilityWork = (cap * a.reliability) / 100;
  const paydownWork = (cap * a.debt) / 100;
  const migrationWork = migrating ? (cap * a.migration) / 100 : 0;
  turn.featureOutput = features;
  turn.changes = features + paydownWork * velocity + reliabilityWork * velocity + migrationWork * velocity;
  s.market.pendingWork = Math.min(MAX_FEATURES, s.market.pendingWork + features);

  // Shortcuts: features without automated tests, and agent output nobody reviewed (worse without specs).
  const shortcut = 1 - 0.8 * pr.testAutomation;
  const sloppy = s.plan.policies.specDriven ? 1 : 1.6;
  const agents =
    (turn.unreviewed * UNREVIEWED_DEBT * sloppy + s.team.agentReviewed * REVIEWED_DEBT) * turn.weeks;
  const added = features * turn.p.debt.perFeature * shortcut + agents;
  const paid = paydownWork * turn.p.debt.paydownPerWeek * (s.debt / (s.debt + PAYDOWN_HALF));
  const interest = s.debt * ofPhase(turn.p.debt.interest, s.phase) * turn.weeks;
  s.debt = clamp(s.debt + added + interest - paid, 0, MAX_DEBT);

  const evalWeeks = (cap * a.evals) / 100 + turn.mlCapacity * 0.25;
  const relWeeks = reliabilityWork + turn.sreCapacity * 0.5;
  const dataWeeks = (cap * a.data) / 100 + turn.mlCapacity * 0.15;
  const decay = PRACTICE_DECAY * turn.weeks;
  pr.evalCoverage = improve(pr.evalCoverage, evalWeeks * PRACTICE_GAIN.evals, decay);
  pr.testAutomation = improve(pr.testAutomation, relWeeks * PRACTICE_GAIN.reliability, decay);
  pr.observability = improve(pr.observability, relWeeks * PRACTICE_GAIN.reliability * 0.9, decay);
  pr.dataPipeline = improve(pr.dataPipeline, dataWeeks * PRACTICE_GAIN.data, decay);

  if (s.arch.migration) s.arch.migration.progress += migrationWork;
}

/** Diminishing returns: each week closes a share of the remaining gap; a little decays each week. */
function improve(level: number, gain: number, decay: number): number {
  const closed = level + (1 - level) * (gain / (1 + gain));
  return clamp01(closed - decay * closed);
}
