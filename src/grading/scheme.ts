/**
 * From a verified run to a grade, the way the instructor chooses:
 *  - the basis: the run's score (0–1000), or a rubric: the five domain scores of the scorecard (0–100 each)
 *    weighted as the instructor weighs the chapter's domains, on the same 0–1000 scale;
 *  - the mapping: linear (a basis for no points and one for full points, clamped between), a curve (the class's
 *    mean basis gets a chosen percentage and each standard deviation a chosen number of percentage points,
 *    clamped to 0–100%), or thresholds (the first "from basis → grade" step the basis reaches: points or letters);
 *  - the points possible, and whether a student with no run gets a blank or 0.
 * Grades in points are rounded to two decimals, as LMS gradebooks show them. Pure.
 */
import type { Domain } from '../engine/index.ts';
import { DOMAINS } from '../engine/index.ts';
import type { VerifiedRun } from '../replay/index.ts';

export type Basis = { kind: 'score' } | { kind: 'rubric'; weights: Record<Domain, number> };

export interface Threshold {
  from: number;
  grade: number | string;
}

export type Mapping =
  | { kind: 'linear'; zeroAt: number; fullAt: number }
  | { kind: 'curve'; mean: number; spread: number }
  | { kind: 'thresholds'; steps: Threshold[] };

export interface GradeScheme {
  basis: Basis;
  mapping: Mapping;
  points: number;
  missing: 'blank' | 'zero';
}

export const DEFAULT_SCHEME: GradeScheme = {
  basis: { kind: 'score' },
  mapping: { kind: 'linear', zeroAt: 0, fullAt: 1000 },
  points: 100,
  missing: 'blank',
};

export const MAX_POINTS = 10_000;

const round = (x: number, places: number): number => {
  const f = places === 1 ? 10 : 100;
  return Math.round(x * f) / f;
};

/** The run's basis on the 0–1000 scale (a rubric: weighted mean of the domains × 10, one decimal). */
export function basisOf(run: Pick<VerifiedRun, 'score' | 'domains'>, basis: Basis): number {
  if (basis.kind === 'score') return run.score;
  let total = 0;
  let weight = 0;
  for (const d of DOMAINS) {
    total += basis.weights[d] * run.domains[d];
    weight += basis.weights[d];
  }
  return weight > 0 ? round((10 * total) / weight, 1) : 0;
}

/** What the curve needs: the class's mean and (population) standard deviation of the basis. */
export interface ClassSpread {
  mean: number;
  sd: number;
}

export function classSpread(bases: readonly number[]): ClassSpread {
  if (bases.length === 0) return { mean: 0, sd: 0 };
  const mean = bases.reduce((a, b) => a + b, 0) / bases.length;
  const variance = bases.reduce((a, b) => a + (b - mean) * (b - mean), 0) / bases.length;
  return { mean, sd: Math.sqrt(variance) };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** The grade of a basis under the scheme: points (two decimals) or a threshold's grade. */
export function gradeOf(basis: number, scheme: GradeScheme, spread: ClassSpread): number | string {
  const m = scheme.mapping;
  switch (m.kind) {
    case 'linear':
      return round(scheme.points * clamp((basis - m.zeroAt) / (m.fullAt - m.zeroAt), 0, 1), 2);
    case 'curve': {
      const z = spread.sd > 0 ? (basis - spread.mean) / spread.sd : 0;
      return round((scheme.points * clamp(m.mean + m.spread * z, 0, 100)) / 100, 2);
    }
    case 'thresholds':
      return m.steps.find((s) => basis >= s.from)?.grade ?? '';
  }
}

/** Why a scheme cannot grade, or null. */
export function schemeProblem(scheme: GradeScheme): string | null {
  const { basis, mapping: m, points } = scheme;
  if (!(points > 0 && points <= MAX_POINTS))
    return `Points possible must be above 0 and at most ${MAX_POINTS}.`;
  if (basis.kind === 'rubric') {
    const ws = DOMAINS.map((d) => basis.weights[d]);
    if (ws.some((w) => !Number.isFinite(w) || w < 0)) return 'Rubric weights must be numbers from 0 up.';
    if (ws.every((w) => w === 0)) return 'Give at least one domain a weight above 0.';
  }
  if (m.kind === 'linear' && !(m.zeroAt < m.fullAt && m.zeroAt >= 0 && m.fullAt <= 1000))
    return 'The score for full points must be above the score for no points, both from 0 to 1000.';
  if (m.kind === 'curve' && !(m.mean >= 0 && m.mean <= 100 && m.spread >= 0 && m.spread <= 100))
    return 'The curve\u2019s mean and spread are percentages from 0 to 100.';
  if (m.kind === 'thresholds') {
    if (m.steps.length === 0) return 'Give at least one threshold.';
    if (!m.steps.some((s) => s.from === 0))
      return 'Add a threshold from 0, so that every score gets a grade.';
    if (m.steps.some((s, i) => i > 0 && s.from >= m.steps[i - 1]!.from))
      return 'Thresholds go from the highest score down, each lower than the one before.';
  }
  return null;
}

/** Whether the scheme gives letters (text) rather than points. */
export const givesLetters = (scheme: GradeScheme): boolean =>
  scheme.mapping.kind === 'thresholds' && scheme.mapping.steps.some((s) => typeof s.grade === 'string');
