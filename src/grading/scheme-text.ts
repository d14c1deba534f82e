/**
 * A grade scheme written as text, the same on the command line and in the leaderboard's form:
 *   mapping   linear | linear:200-900 | curve | curve:75,10 | thresholds:850=A,700=B,550=C,400=D,0=F
 *   weights   architecture=30,coordination=20,debt=20,risk=15,stakeholders=15
 * Every mistake gets a message that says what and where. Pure.
 */
import type { Domain } from '../engine/index.ts';
import { DOMAINS } from '../engine/index.ts';
import type { Mapping, Threshold } from './scheme.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const NUMBER = /^\d+(?:\.\d+)?$/;
const MAX_GRADE_CHARS = 20;

export const DEFAULT_CURVE = { mean: 75, spread: 10 };

/** "850=A, 700=B; 0=F" (commas, semicolons or lines between steps), highest first once read. */
export function parseThresholds(text: string): Parsed<Threshold[]> {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const steps: Threshold[] = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    const from = part.slice(0, eq).trim();
    const grade = part.slice(eq + 1).trim();
    if (eq < 0 || !NUMBER.test(from) || grade === '')
      return fail(`threshold \u201c${part}\u201d: write it as score=grade, e.g. 700=B or 700=85`);
    if (Number(from) > 1000) return fail(`threshold \u201c${part}\u201d: scores go up to 1000`);
    if (grade.length > MAX_GRADE_CHARS)
      return fail(`threshold \u201c${part}\u201d: a grade has at most ${MAX_GRADE_CHARS} characters`);
    steps.push({ from: Number(from), grade: NUMBER.test(grade) ? Number(grade) : grade });
  }
  if (steps.length === 0) return fail('no thresholds given: write them as 850=A,700=B,…,0=F');
  steps.sort((a, b) => b.from - a.from);
  const twice = steps.find((s, i) => i > 0 && s.from === steps[i - 1]!.from);
  if (twice) return fail(`two thresholds start at ${twice.from}`);
  return { ok: true, value: steps };
}

function numbers(text: string, count: number, sep: string, what: string): Parsed<number[]> {
  const parts = text.split(sep).map((p) => p.trim());
  if (parts.length !== count || !parts.every((p) => NUMBER.test(p)))
    return fail(`${what} needs ${count} numbers separated by \u201c${sep}\u201d (got \u201c${text}\u201d)`);
  return { ok: true, value: parts.map(Number) };
}

export function parseMapping(text: string): Parsed<Mapping> {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
  const args = colon < 0 ? '' : trimmed.slice(colon + 1).trim();
  if (kind === 'linear') {
    if (args === '') return { ok: true, value: { kind: 'linear', zeroAt: 0, fullAt: 1000 } };
    const n = numbers(args, 2, '-', 'linear:FROM-TO');
    return n.ok ? { ok: true, value: { kind: 'linear', zeroAt: n.value[0]!, fullAt: n.value[1]! } } : n;
  }
  if (kind === 'curve') {
    if (args === '') return { ok: true, value: { kind: 'curve', ...DEFAULT_CURVE } };
    const n = numbers(args, 2, ',', 'curve:MEAN,SPREAD');
    return n.ok ? { ok: true, value: { kind: 'curve', mean: n.value[0]!, spread: n.value[1]! } } : n;
  }
  if (kind === 'thresholds') {
    const t = parseThresholds(args);
    return t.ok ? { ok: true, value: { kind: 'thresholds', steps: t.value } } : t;
  }
  return fail(
    `unknown mapping \u201c${kind}\u201d: use linear, linear:200-900, curve, curve:75,10 or thresholds:850=A,700=B,0=F`,
  );
}

/** "architecture=30,risk=20": domains not named weigh 0. */
export function parseWeights(text: string): Parsed<Record<Domain, number>> {
  const weights = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, value, extra] = part.split('=').map((x) => x.trim());
    const domain = DOMAINS.find((d) => d === name?.toLowerCase());
    if (!domain) return fail(`unknown domain \u201c${name}\u201d: the domains are ${DOMAINS.join(', ')}`);
    if (extra !== undefined || !value || !NUMBER.test(value))
      return fail(`weight \u201c${part}\u201d: write it as ${domain}=30`);
    weights[domain] = Number(value);
  }
  if (DOMAINS.every((d) => weights[d] === 0)) return fail('give at least one domain a weight above 0');
  return { ok: true, value: weights };
}

/** A mapping as text (what parseMapping reads), to show the scheme in use. */
export function mappingText(m: Mapping): string {
  switch (m.kind) {
    case 'linear':
      return `linear:${m.zeroAt}-${m.fullAt}`;
    case 'curve':
      return `curve:${m.mean},${m.spread}`;
    case 'thresholds':
      return `thresholds:${m.steps.map((s) => `${s.from}=${s.grade}`).join(',')}`;
  }
}
