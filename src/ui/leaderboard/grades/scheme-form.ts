/**
 * The grade scheme form: the basis (the score, or rubric weights for the five domains), the mapping (linear
 * between two scores, a curve on the class, or thresholds to points or letters), the points possible and what a
 * student with no run gets. The form keeps what was typed (SchemeInputs) and says what is wrong with it; the
 * scheme itself is grading/scheme.ts.
 */
import type { Domain } from '../../../engine/index.ts';
import { DOMAINS } from '../../../engine/index.ts';
import type { GradeScheme, Mapping } from '../../../grading/index.ts';
import { DEFAULT_CURVE, parseThresholds, schemeProblem } from '../../../grading/index.ts';
import { DOMAIN_NAME } from '../../debrief/score.ts';
import { h } from '../../dom.ts';
import { radios } from '../../panels/section.ts';

export interface SchemeInputs {
  basis: 'score' | 'rubric';
  weights: Record<Domain, string>;
  mapping: Mapping['kind'];
  zeroAt: string;
  fullAt: string;
  mean: string;
  spread: string;
  thresholds: string;
  points: string;
  missing: 'blank' | 'zero';
}

export function defaultInputs(): SchemeInputs {
  return {
    basis: 'score',
    weights: Object.fromEntries(DOMAINS.map((d) => [d, '20'])) as Record<Domain, string>,
    mapping: 'linear',
    zeroAt: '0',
    fullAt: '1000',
    mean: String(DEFAULT_CURVE.mean),
    spread: String(DEFAULT_CURVE.spread),
    thresholds: '850=A, 700=B, 550=C, 400=D, 0=F',
    points: '100',
    missing: 'blank',
  };
}

const num = (text: string): number => (/^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN);

/** The scheme the inputs describe, or what is wrong with them. */
export function schemeOf(
  i: SchemeInputs,
): { ok: true; scheme: GradeScheme } | { ok: false; message: string } {
  let mapping: Mapping;
  if (i.mapping === 'thresholds') {
    const t = parseThresholds(i.thresholds);
    if (!t.ok) return { ok: false, message: `Thresholds: ${t.message}.` };
    mapping = { kind: 'thresholds', steps: t.value };
  } else if (i.mapping === 'curve') mapping = { kind: 'curve', mean: num(i.mean), spread: num(i.spread) };
  else mapping = { kind: 'linear', zeroAt: num(i.zeroAt), fullAt: num(i.fullAt) };
  const weights = Object.fromEntries(DOMAINS.map((d) => [d, num(i.weights[d])])) as Record<Domain, number>;
  const scheme: GradeScheme = {
    basis: i.basis === 'score' ? { kind: 'score' } : { kind: 'rubric', weights },
    mapping,
    points: num(i.points),
    missing: i.missing,
  };
  const problem = schemeProblem(scheme);
  return problem ? { ok: false, message: problem } : { ok: true, scheme };
}

function field(
  id: string,
  label: string,
  value: string,
  set: (v: string) => void,
  wide = false,
): HTMLElement {
  const input = wide
    ? h('textarea', { id, rows: 2, spellcheck: 'false' })
    : h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', className: 'short' });
  input.value = value;
  input.addEventListener('input', () => set(input.value));
  return h('div', { className: 'grade-field' }, h('label', { for: id }, label), input);
}

type Setter = <K extends keyof SchemeInputs>(key: K) => (v: SchemeInputs[K]) => void;

/** The fields of each mapping, one group per kind (only the chosen kind's group is shown). */
function mappingFields(inputs: SchemeInputs, set: Setter): Record<SchemeInputs['mapping'], HTMLElement> {
  const group = (...fields: HTMLElement[]): HTMLElement =>
    h('div', { className: 'grade-mapping' }, ...fields);
  return {
    linear: group(
      field('grade-zero-at', 'Score for no points', inputs.zeroAt, set('zeroAt')),
      field('grade-full-at', 'Score for full points', inputs.fullAt, set('fullAt')),
    ),
    curve: group(
      field('grade-mean', 'The class mean gets (% of the points)', inputs.mean, set('mean')),
      field('grade-spread', 'Each standard deviation adds (% of the points)', inputs.spread, set('spread')),
    ),
    thresholds: group(
      field(
        'grade-thresholds',
        'From score = grade (points or letters), highest first',
        inputs.thresholds,
        set('thresholds'),
        true,
      ),
    ),
  };
}

const BASIS = [
  { value: 'score', label: 'The score (0\u20131000)' },
  {
    value: 'rubric',
    label: 'A rubric: the five domains, weighted',
    hint: 'Each domain is scored 0\u2013100; the weighted mean \u00d7 10 is graded.',
  },
] as const;

const MAPPINGS = [
  { value: 'linear', label: 'Linear', hint: 'Points in proportion between two scores.' },
  { value: 'curve', label: 'Curve', hint: 'On the class\u2019s mean and spread.' },
  { value: 'thresholds', label: 'Thresholds', hint: 'Grade bands: points or letters.' },
] as const;

const MISSING = [
  { value: 'blank', label: 'A blank cell', hint: 'The LMS keeps the grade it has.' },
  { value: 'zero', label: '0 (or the lowest threshold\u2019s grade)' },
] as const;

/** The form; `changed` runs after every edit (the caller re-grades). */
export function schemeForm(inputs: SchemeInputs, changed: () => void): HTMLElement {
  const set: Setter = (key) => (v) => {
    inputs[key] = v;
    show();
    changed();
  };
  const weights = h(
    'div',
    { className: 'grade-weights' },
    ...DOMAINS.map((d) =>
      field(`grade-weight-${d}`, DOMAIN_NAME[d], inputs.weights[d], (v) => {
        inputs.weights[d] = v;
        changed();
      }),
    ),
  );
  const mappings = mappingFields(inputs, set);
  const show = (): void => {
    weights.hidden = inputs.basis !== 'rubric';
    for (const [kind, el] of Object.entries(mappings)) el.hidden = inputs.mapping !== kind;
  };
  show();
  return h(
    'div',
    { className: 'scheme-form' },
    radios('grade-basis', 'Grade on', BASIS, inputs.basis, set('basis')),
    weights,
    radios('grade-mapping', 'Score to grade', MAPPINGS, inputs.mapping, set('mapping')),
    ...Object.values(mappings),
    field('grade-points', 'Points possible', inputs.points, set('points')),
    radios('grade-missing', 'A student with no run gets', MISSING, inputs.missing, set('missing')),
  );
}
