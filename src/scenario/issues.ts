/**
 * Turns zod validation issues into problems an author can act on: the field path, what was expected and what
 * the file has (`turns: expected a number, got the string "5" (remove the quotes)`), "did you mean" hints for unknown
 * fields and enum values, and the relevant branch of a union rather than "invalid input". Pure.
 */
import type { z } from 'zod';
import { PARAMETER_NAMES } from './parameter-paths.ts';
import { METRICS, nearHint } from './schema/common.ts';
import {
  describeValue,
  hint,
  MAX_PROBLEMS,
  quote,
  yamlQuoted,
  type Path,
  type PathProblem,
} from './problems.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

/** The raw value at a path, and whether the path exists at all. */
export function valueAt(data: unknown, path: Path): { found: boolean; value: unknown } {
  let current: unknown = data;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part))
      return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[part];
  }
  return { found: true, value: current };
}

/** What issue messages need besides the issue: the raw data, and the field names allowed at a path. */
export interface IssueContext {
  data: unknown;
  keysAt: (path: Path) => readonly string[];
}

export function issuesToProblems(
  issues: readonly Issue[],
  ctx: IssueContext,
  prefix: Path = [],
): PathProblem[] {
  const out: PathProblem[] = [];
  const pathOf = (issue: Issue): Path => [
    ...prefix,
    ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
  ];
  // zod still runs a list's length check on a string given instead (`when: users >= 400` would also be "too
  // long: 12 characters"): once a value has the wrong type, its other issues only mislead.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => pathKey(pathOf(i))));
  const bounds = tightestBounds(issues, pathOf);
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code !== 'invalid_type' && wrongType.has(pathKey(path))) continue;
    if (isBound(issue) && bounds.get(boundKey(issue, path)) !== issue) continue;
    out.push(...issueToProblems(issue, path, ctx));
  }
  return out;
}

type BoundIssue = Extract<Issue, { code: 'too_big' | 'too_small' }>;
const isBound = (issue: Issue): issue is BoundIssue => issue.code === 'too_big' || issue.code === 'too_small';
const boundKey = (issue: BoundIssue, path: Path): string => `${issue.code} ${pathKey(path)}`;

/**
 * A whole number past 2^53 breaks two bounds, zod's safe-integer limit and the field's own (`turns: 1–520`):
 * only the tighter one is worth saying. The issue kept for each path and direction.
 */
function tightestBounds(issues: readonly Issue[], pathOf: (i: Issue) => Path): Map<string, BoundIssue> {
  const kept = new Map<string, BoundIssue>();
  for (const issue of issues) {
    if (!isBound(issue)) continue;
    const key = boundKey(issue, pathOf(issue));
    const other = kept.get(key);
    const limit = (i: BoundIssue): number => Number(i.code === 'too_big' ? i.maximum : i.minimum);
    const tighter =
      !other || (issue.code === 'too_big' ? limit(issue) < limit(other) : limit(issue) > limit(other));
    if (tighter) kept.set(key, issue);
  }
  return kept;
}

const pathKey = (path: Path): string => JSON.stringify(path);

function issueToProblems(issue: Issue, path: Path, ctx: IssueContext): PathProblem[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      // Only the first keys can be listed (see MAX_PROBLEMS): the others skip the costly "did you mean".
      return issue.keys.map((key, i) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown field ${quote(key)}${i < MAX_PROBLEMS ? hint(key, ctx.keysAt(path)) : ''}${commaTip(key, valueAt(ctx.data, [...path, key]).value)}`,
      }));
    case 'invalid_union':
      return unionProblems(issue, path, ctx);
    default:
      return [{ path, message: describeIssue(issue, path, ctx.data) }];
  }
}

/**
 * A union failed: report the branch that fits the value's shape (a string condition's grammar, or the
 * mapping form's fields), or say what both forms look like when the value fits neither.
 */
function unionProblems(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: Path,
  ctx: IssueContext,
): PathProblem[] {
  const branches = issue.errors.filter(
    (errs) => !errs.some((e) => e.path.length === 0 && e.code === 'invalid_type'),
  );
  if (branches.length > 0) {
    const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
    return issuesToProblems(best, ctx, path);
  }
  const { found, value } = valueAt(ctx.data, path);
  const got = found ? describeValue(value) : 'nothing';
  return [
    {
      path,
      message: `${issue.message && issue.message !== 'Invalid input' ? issue.message : 'expected one of the allowed forms'}, got ${got}`,
    },
  ];
}

/** Lists too long to print in a message: what a name of each is, and where all of them are listed. */
const LONG_LISTS: readonly { names: readonly string[]; noun: string; where: string }[] = [
  { names: METRICS, noun: 'a metric', where: 'every metric is listed in scenarios/README.md (Metrics)' },
  {
    names: PARAMETER_NAMES,
    noun: 'a parameter',
    where: 'every parameter is listed in scenarios/README.md (the tables under `parameters`)',
  },
];

function describeIssue(issue: Issue, path: Path, data: unknown): string {
  const { found, value } = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (!found || value === undefined) return 'missing (this field is required)';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const tip =
        typeof value === 'string' && issue.expected !== 'string' && /^-?[0-9.]+$/.test(value)
          ? ' (remove the quotes)'
          : issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')
            ? ` (it is a list even with one entry: [${typeof value === 'string' ? yamlQuoted(value) : value}])`
            : '';
      return `expected ${expected}, got ${describeValue(value)}${tip}`;
    }
    case 'too_small':
      return sizeMessage('small', issue.origin, Number(issue.minimum), issue.inclusive ?? true, value);
    case 'too_big':
      return sizeMessage('big', issue.origin, Number(issue.maximum), issue.inclusive ?? true, value);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      // The metrics and the parameters are too many to list: the nearest are named. Other lists are short.
      const long = LONG_LISTS.find(
        (l) => allowed.length === l.names.length && l.names.every((n) => allowed.includes(n)),
      );
      if (long)
        return `${describeValue(value)} is not ${long.noun}${nearHint(typeof value === 'string' ? value : '', long.names, long.where)}`;
      const got = typeof value === 'string' ? hint(value, allowed) : '';
      return `expected one of ${allowed.join(', ')}; got ${describeValue(value)}${got}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message;
  }
}

/**
 * Field names never contain spaces, and a field is never left empty: such a key (`000 users`, or `really` from
 * `{ label: a bigger user base, really, per: … }`) usually comes from a comma splitting text inside { … }.
 */
function commaTip(key: string, value: unknown): string {
  return /\s/.test(key) || value === null
    ? '; if a comma inside { … } split your text, put the text in quotes'
    : '';
}

function sizeMessage(
  kind: 'small' | 'big',
  origin: string,
  limit: number,
  inclusive: boolean,
  value: unknown,
): string {
  if (origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    return kind === 'big'
      ? `too long: ${length} characters (at most ${limit})`
      : `too short (at least ${limit} characters)`;
  }
  if (origin === 'array') {
    const length = Array.isArray(value) ? value.length : 0;
    return kind === 'big'
      ? `too many entries: ${length} (at most ${limit})`
      : `needs at least ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
  }
  const bound =
    kind === 'small'
      ? inclusive
        ? `at least ${limit}`
        : `greater than ${limit}`
      : inclusive
        ? `at most ${limit}`
        : `less than ${limit}`;
  return `must be ${bound} (got ${describeValue(value)})`;
}
