/**
 * From a run to a grade: the basis (score, or the five domains weighted as a rubric), then a linear mapping, a
 * curve on the class's mean and spread, or thresholds; schemes written as text, and every mistake in them.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEME,
  basisOf,
  classSpread,
  gradeOf,
  mappingText,
  parseMapping,
  parseThresholds,
  parseWeights,
  schemeProblem,
  type GradeScheme,
} from '../../src/grading/index.ts';

const run = {
  score: 640,
  domains: { architecture: 80, coordination: 50, debt: 70, risk: 40, stakeholders: 60 },
};
const flat = { mean: 0, sd: 0 };

function scheme(mapping: string, extra: Partial<GradeScheme> = {}): GradeScheme {
  const m = parseMapping(mapping);
  if (!m.ok) throw new Error(m.message);
  return { ...DEFAULT_SCHEME, mapping: m.value, ...extra };
}

describe('the basis', () => {
  it('is the score, or the weighted mean of the domains on the 0–1000 scale', () => {
    expect(basisOf(run, { kind: 'score' })).toBe(640);
    const w = parseWeights('architecture=30,coordination=20,debt=20,risk=15,stakeholders=15');
    if (!w.ok) throw new Error(w.message);
    // (30·80 + 20·50 + 20·70 + 15·40 + 15·60) / 100 × 10
    expect(basisOf(run, { kind: 'rubric', weights: w.value })).toBe(630);
    const riskOnly = parseWeights('risk=1');
    expect(riskOnly.ok && basisOf(run, { kind: 'rubric', weights: riskOnly.value })).toBe(400);
  });
});

describe('linear', () => {
  it('maps 0–1000 to the points possible by default, two decimals', () => {
    expect(gradeOf(640, scheme('linear'), flat)).toBe(64);
    expect(gradeOf(641.3, scheme('linear', { points: 30 }), flat)).toBe(19.24);
  });

  it('between two chosen scores, clamped', () => {
    const s = scheme('linear:200-800');
    expect([100, 200, 500, 800, 950].map((b) => gradeOf(b, s, flat))).toEqual([0, 0, 50, 100, 100]);
  });
});

describe('curve', () => {
  it('gives the class mean the chosen percentage and each standard deviation the chosen spread', () => {
    const spread = classSpread([400, 500, 600]);
    expect(spread.mean).toBe(500);
    const s = scheme('curve:75,10');
    expect(gradeOf(500, s, spread)).toBe(75);
    expect(gradeOf(500 + spread.sd, s, spread)).toBe(85);
    expect(gradeOf(0, s, spread)).toBe(13.76);
    expect(gradeOf(2000, s, spread)).toBe(100);
  });

  it('gives everyone the mean when every run scored the same', () => {
    expect(gradeOf(612, scheme('curve:80,5'), classSpread([612, 612]))).toBe(80);
  });
});

describe('thresholds', () => {
  it('the first step a basis reaches gives its grade: letters or points', () => {
    const letters = scheme('thresholds:850=A,700=B,550=C,400=D,0=F');
    expect([900, 850, 849, 400, 12].map((b) => gradeOf(b, letters, flat))).toEqual(['A', 'A', 'B', 'D', 'F']);
    const points = scheme('thresholds: 0=40; 500=70; 800=100');
    expect(points.mapping.kind === 'thresholds' && points.mapping.steps.map((s) => s.from)).toEqual([
      800, 500, 0,
    ]);
    expect(gradeOf(640, points, flat)).toBe(70);
  });
});

describe('schemes written as text', () => {
  it('round-trip through mappingText', () => {
    for (const text of ['linear:0-1000', 'linear:200-900', 'curve:75,10', 'thresholds:850=A,0=F']) {
      const m = parseMapping(text);
      expect(m.ok && mappingText(m.value)).toBe(text);
    }
  });

  it('say what is wrong and where', () => {
    expect(parseMapping('bell')).toEqual({
      ok: false,
      message: expect.stringMatching(/^unknown mapping “bell”/),
    });
    expect(parseMapping('linear:900')).toEqual({
      ok: false,
      message: 'linear:FROM-TO needs 2 numbers separated by “-” (got “900”)',
    });
    expect(parseThresholds('850=A,700:B')).toEqual({
      ok: false,
      message: 'threshold “700:B”: write it as score=grade, e.g. 700=B or 700=85',
    });
    expect(parseThresholds('850=A,850=B')).toEqual({ ok: false, message: 'two thresholds start at 850' });
    expect(parseWeights('arch=3')).toEqual({
      ok: false,
      message: 'unknown domain “arch”: the domains are architecture, coordination, debt, risk, stakeholders',
    });
    expect(parseWeights('risk=0')).toEqual({
      ok: false,
      message: 'give at least one domain a weight above 0',
    });
  });

  it('a scheme that cannot grade everyone is refused', () => {
    expect(schemeProblem(scheme('thresholds:850=A,400=D'))).toMatch(/threshold from 0/);
    expect(schemeProblem(scheme('linear:800-200'))).toMatch(/above the score for no points/);
    expect(schemeProblem(scheme('curve:120,10'))).toMatch(/percentages/);
    expect(schemeProblem({ ...DEFAULT_SCHEME, points: 0 })).toMatch(/Points possible/);
    expect(schemeProblem(DEFAULT_SCHEME)).toBeNull();
  });
});
