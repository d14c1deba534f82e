/**
 * AI model lifecycle: training toward candidates whose true quality is hidden, evals that measure it with noise
 * shrinking with coverage, and the release of a candidate (ship, eval gate, A/B test, canary, rollback).
 * Pure over the working copy; consumes the `model` and `modelEval` streams.
 * Chapter ideas: evaluation-gated releases, A/B tests, rollback; the data flywheel.
 */
import { clamp01, saturate } from '../lib/num.ts';
import { ofServing } from './by-name.ts';
import { roll, rollNormal, Stream } from './rng.ts';
import type { Turn } from './turn.ts';
import { servingOf } from './overrides.ts';
import type { ArchChoice, GameState, Params } from './types.ts';

/** Quality ceiling by serving mode: a small fine-tuned model tops out lower unless the data flywheel feeds it. */
export function qualityCeiling(p: Params, serving: ArchChoice<'serving'>, dataPipeline: number): number {
  const ceiling = ofServing(servingOf(p).qualityCeiling, serving);
  return serving === 'fine-tuned' ? ceiling + 0.15 * dataPipeline : ceiling;
}

/** Noise (sd) of the eval score around true quality. */
export function evalNoise(base: number, coverage: number): number {
  return base * (1 - 0.85 * coverage);
}

/** ML work (or the vendor's release cadence on a hosted API) moves training forward; a candidate may arrive. */
export function train(s: GameState, turn: Turn): void {
  const m = s.model;
  const pr = s.practices;
  const vendor = s.arch.serving === 'hosted-api' ? 0.12 * turn.weeks : 0;
  const ml = (turn.mlCapacity * 0.6 * (1 + pr.dataPipeline)) / turn.p.model.trainingEffort;
  m.training += vendor + ml;
  if (m.training < 1 || m.candidate) {
    m.training = Math.min(m.training, 1);
    return;
  }
  m.training = 0;
  // Flywheel: feedback from many users through a mature pipeline makes candidates better on average.
  const flywheel = 0.05 * pr.dataPipeline * saturate(s.market.users / 5000);
  const gain =
    turn.p.model.meanGain + flywheel + turn.p.model.gainSpread * rollNormal(turn.dice, Stream.model, 0);
  const ceiling = qualityCeiling(turn.p, s.arch.serving, pr.dataPipeline);
  const quality = clamp01(Math.min(ceiling, m.quality + gain));
  const noise = evalNoise(turn.p.model.evalNoise, pr.evalCoverage);
  const evalScore = clamp01(quality + noise * rollNormal(turn.dice, Stream.modelEval, 0));
  m.candidate = { version: m.version + 1, quality, evalScore };
  turn.events?.push({
    turn: turn.t,
    kind: 'model',
    id: 'candidate-ready',
    title: `Model v${m.version + 1} is ready: eval score ${pct(evalScore)}`,
    detail: `The deployed v${m.version} scores ${pct(m.evalScore)}. Eval noise is about \u00b1${pct(noise)} at ${pct(pr.evalCoverage)} coverage.`,
    tone: 'info',
    causes: [],
  });
}

/**
 * Quality users get this week: the deployed model, blended with the candidate on the traffic a trial gives it,
 * plus what the serving mode adds or takes (format 2's `parameters.serving.quality`; nothing by default).
 */
export function servedQuality(s: GameState, p: Params): number {
  const m = s.model;
  const served =
    !m.trial || !m.candidate ? m.quality : m.quality + (m.candidate.quality - m.quality) * m.trial.exposure;
  return p.serving ? clamp01(served + ofServing(p.serving.quality, s.arch.serving)) : served;
}

function deploy(s: GameState, turn: Turn, how: string): void {
  const m = s.model;
  const c = m.candidate;
  if (!c) return;
  m.trial = null;
  s.totals.modelReleases += 1;
  m.previousQuality = m.quality;
  m.previousVersion = m.version;
  m.previousEvalScore = m.evalScore;
  turn.qualityDrop = Math.max(0, m.quality - c.quality);
  m.quality = c.quality;
  m.version = c.version;
  m.evalScore = c.evalScore;
  m.candidate = null;
  // Only what the player can see: a release whose eval score is below the replaced one is worth a warning.
  const worse = c.evalScore < m.previousEvalScore - 0.005;
  turn.events?.push({
    turn: turn.t,
    kind: 'model',
    id: 'model-released',
    title: `Model v${c.version} released (${how})`,
    detail: worse
      ? `Measured eval score ${pct(c.evalScore)}, below the ${pct(m.previousEvalScore)} of the model it replaces.`
      : `Measured eval score ${pct(c.evalScore)}.`,
    tone: worse ? 'warning' : 'info',
    causes: [],
  });
}

function discard(s: GameState, turn: Turn, why: string): void {
  const c = s.model.candidate;
  if (!c) return;
  s.model.candidate = null;
  s.model.trial = null;
  turn.events?.push({
    turn: turn.t,
    kind: 'model',
    id: 'model-rejected',
    title: `Model v${c.version} held back`,
    detail: why,
    tone: 'good',
    causes: [],
  });
}

/** Weeks an A/B test needs for a verdict: two with plenty of traffic, longer on a small user base. */
export function abWeeks(users: number): number {
  return Math.min(6, Math.max(2, Math.ceil(4000 / Math.max(1, users))));
}

/** Applies the release mode to a waiting candidate (or to a trial already running). */
export function releaseModel(s: GameState, turn: Turn): void {
  const m = s.model;
  const mode = s.plan.release;
  if (mode === 'rollback') {
    rollback(s, turn);
    return;
  }
  if (!m.candidate) return;
  if (m.trial && m.trial.mode !== mode) m.trial = null; // the player changed method: the trial stops
  const c = m.candidate;
  switch (mode) {
    case 'hold':
      return;
    case 'ship':
      deploy(s, turn, 'shipped');
      return;
    case 'gate': {
      const threshold = s.plan.policies.evalThreshold;
      if (c.evalScore >= threshold && c.evalScore >= m.evalScore - 0.01)
        deploy(s, turn, 'passed the eval gate');
      else
        discard(
          s,
          turn,
          `Eval score ${pct(c.evalScore)} did not pass the gate (threshold ${pct(threshold)}, current ${pct(m.evalScore)}).`,
        );
      return;
    }
    case 'ab':
      abTest(s, turn);
      return;
    case 'canary':
      canary(s, turn);
      return;
  }
}

/**
 * An A/B test serves the candidate to half the users for some weeks (they get its true quality, better or worse),
 * then live traffic tells the difference, with noise that shrinks with users and weeks.
 */
function abTest(s: GameState, turn: Turn): void {
  const m = s.model;
  const c = m.candidate!;
  if (!m.trial) {
    m.trial = { mode: 'ab', weeks: 0, needs: abWeeks(s.market.users), exposure: 0.5 };
    turn.events?.push({
      turn: turn.t,
      kind: 'model',
      id: 'trial-started',
      title: `A/B test of model v${c.version} started`,
      detail: `Half of your users get the new model for about ${m.trial.needs} weeks; then live traffic decides.`,
      tone: 'info',
      causes: [],
    });
  }
  m.trial.weeks += turn.weeks;
  if (m.trial.weeks < m.trial.needs) return;
  const sample = s.market.users * m.trial.weeks;
  const noise = 0.05 / (1 + sample / 4000);
  const delta = c.quality - m.quality + noise * rollNormal(turn.dice, Stream.modelEval, 1);
  m.abDelta = delta;
  if (delta > 0) deploy(s, turn, `won the A/B test by ${pct(delta)}`);
  else discard(s, turn, `Lost the A/B test by ${pct(-delta)} on live traffic.`);
}

/**
 * A canary serves the candidate to 5% of users for a week while dashboards watch for trouble: it catches a clear
 * regression when observability can see it, and misses small ones.
 */
function canary(s: GameState, turn: Turn): void {
  const m = s.model;
  const c = m.candidate!;
  if (!m.trial) {
    m.trial = { mode: 'canary', weeks: 0, needs: 1, exposure: 0.05 };
    return;
  }
  m.trial.weeks += turn.weeks;
  if (m.trial.weeks < m.trial.needs) return;
  const worse = m.quality - c.quality;
  const seen = 0.3 + 0.65 * s.practices.observability;
  const caught = worse > 0.03 && roll(turn.dice, Stream.modelEval, 2) < seen;
  if (caught)
    discard(s, turn, 'The canary showed worse answers on 5% of traffic; it was rolled back automatically.');
  else deploy(s, turn, 'canary then full rollout');
}

function rollback(s: GameState, turn: Turn): void {
  const m = s.model;
  m.trial = null;
  if (m.version === m.previousVersion) return;
  turn.events?.push({
    turn: turn.t,
    kind: 'model',
    id: 'model-rolled-back',
    title: `Rolled back to model v${m.previousVersion}`,
    detail: 'A rollback restores the previous model within the hour when the release pipeline supports it.',
    tone: 'info',
    causes: [],
  });
  m.quality = m.previousQuality;
  m.version = m.previousVersion;
  m.evalScore = m.previousEvalScore;
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
