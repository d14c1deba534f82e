/**
 * `tradeoffs verify … --roster roster.csv --grades grades.csv`: the verified runs matched to an LMS roster and
 * written as that LMS's gradebook, with the grade scheme chosen by flags (--format, --map, --points, --weights,
 * --missing, --column) and matches decided by hand (--assign "run name=student id, e-mail or name", or
 * "=none"; a team member is "Team / Member"). The matching report goes to stderr: every match to check, every
 * student with no run, and the --assign line that settles each open question.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import {
  DEFAULT_SCHEME,
  GRADEBOOK_FORMATS,
  LMS_NAMES,
  claimKey,
  claimSummary,
  claimsToCheck,
  decodeText,
  findStudent,
  gradeRows,
  gradebookCsv,
  indexRoster,
  mappingText,
  matchRoster,
  parseMapping,
  parseRoster,
  parseWeights,
  rosterSummary,
  schemeProblem,
  studentLabel,
  studentSummary,
  type Choices,
  type GradeScheme,
  type GradebookFormat,
  type Roster,
} from '../grading/index.ts';
import type { Ranking } from '../replay/index.ts';
import { UsageError } from './errors.ts';

export interface GradeFlags {
  roster?: string;
  grades?: string;
  format?: string;
  map?: string;
  points?: string;
  weights?: string;
  missing?: string;
  column?: string;
  assign?: string[];
}

const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

function readRoster(path: string): Roster {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_ROSTER_BYTES) throw new UsageError(`--roster ${path}: larger than 5 MB`);
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `--roster ${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
  const r = parseRoster(decodeText(bytes).text);
  if (!r.ok) throw new UsageError(`--roster ${path}: ${r.message}`);
  return r.roster;
}

function value<T>(flag: string, parsed: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.message}`);
  return parsed.value;
}

export function schemeOf(flags: GradeFlags): GradeScheme {
  const points = flags.points === undefined ? DEFAULT_SCHEME.points : Number(flags.points);
  if (flags.missing !== undefined && flags.missing !== 'blank' && flags.missing !== 'zero')
    throw new UsageError(`--missing must be blank or zero (got "${flags.missing}")`);
  const scheme: GradeScheme = {
    basis: flags.weights
      ? { kind: 'rubric', weights: value('--weights', parseWeights(flags.weights)) }
      : { kind: 'score' },
    mapping: flags.map ? value('--map', parseMapping(flags.map)) : DEFAULT_SCHEME.mapping,
    points,
    missing: flags.missing ?? DEFAULT_SCHEME.missing,
  };
  const problem = schemeProblem(scheme);
  if (problem) throw new UsageError(problem);
  return scheme;
}

function formatOf(flags: GradeFlags, roster: Roster): GradebookFormat {
  const wanted = flags.format ?? (roster.lms === 'other' ? undefined : roster.lms);
  if (!wanted)
    throw new UsageError(
      '--format canvas|moodle|blackboard is needed: the roster does not say which LMS wrote it',
    );
  const format = GRADEBOOK_FORMATS.find((f) => f === wanted.toLowerCase());
  if (!format)
    throw new UsageError(`--format must be one of ${GRADEBOOK_FORMATS.join(', ')} (got "${wanted}")`);
  return format;
}

/** --assign "label=who": who is a student id, login, e-mail or name that finds exactly one student, or none. */
function choicesOf(assigns: readonly string[], roster: Roster, labels: readonly string[]): Choices {
  const index = indexRoster(roster.students);
  const choices: Record<string, number | 'none'> = {};
  for (const assign of assigns) {
    const eq = assign.lastIndexOf('=');
    const label = assign.slice(0, eq).trim();
    const who = assign.slice(eq + 1).trim();
    if (eq < 0 || label === '' || who === '')
      throw new UsageError(`--assign "${assign}": write it as "run name=student id"`);
    if (!labels.some((l) => claimKey(l) === claimKey(label)))
      throw new UsageError(
        `--assign "${assign}": no verified run is named "${label}" (a team member is "Team / Member")`,
      );
    if (who.toLowerCase() === 'none') {
      choices[claimKey(label)] = 'none';
      continue;
    }
    const found = findStudent(who, 'name', index);
    if (found.status === 'ambiguous')
      throw new UsageError(
        `--assign "${assign}": "${who}" could be ${found.candidates.map(studentLabel).join(' or ')}; give a student id or e-mail`,
      );
    if (found.status !== 'exact')
      throw new UsageError(
        `--assign "${assign}": no student on the roster has the id, login, e-mail or name "${who}"`,
      );
    choices[claimKey(label)] = found.student.row;
  }
  return choices;
}

/** Matches the ranking to the roster, writes the gradebook file and returns the report's lines. */
export function writeGrades(ranking: Ranking, flags: GradeFlags): string[] {
  if (!flags.roster || !flags.grades)
    throw new UsageError('--roster and --grades go together: the roster to match, the file to write');
  const roster = readRoster(flags.roster);
  const scheme = schemeOf(flags);
  const format = formatOf(flags, roster);
  const first = matchRoster(roster, ranking);
  const matching = matchRoster(
    roster,
    ranking,
    choicesOf(
      flags.assign ?? [],
      roster,
      first.claims.map((c) => c.label),
    ),
  );
  const rows = gradeRows(matching, ranking, scheme);
  const book = gradebookCsv(format, roster, rows, scheme, flags.column ?? 'Tradeoffs');
  if (!book.ok) throw new UsageError(book.message);
  try {
    writeFileSync(flags.grades, book.text);
  } catch (e) {
    throw new UsageError(
      `--grades ${flags.grades}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
  return report(roster, matching, format, scheme, flags.grades, book.notes);
}

function report(
  roster: Roster,
  matching: ReturnType<typeof matchRoster>,
  format: GradebookFormat,
  scheme: GradeScheme,
  path: string,
  notes: readonly string[],
): string[] {
  const lines = [`roster: ${rosterSummary(roster)}`, ...roster.notes.map((n) => `  ${n}`)];
  const check = claimsToCheck(matching);
  if (check.length > 0) lines.push('matches to check:');
  for (const c of check) {
    const open = !c.counted && c.status !== 'not-in-roster';
    lines.push(
      `  ${c.label}: ${claimSummary(c)}${open ? ` \u2014 settle with --assign "${c.label}=<student id or e-mail>" (or =none)` : ''}`,
    );
  }
  const missing = matching.students.filter((s) => !s.run);
  if (missing.length > 0)
    lines.push(`no run (${missing.length}):`, ...missing.map((s) => `  ${studentSummary(s)}`));
  for (const s of matching.students.filter((g) => g.runs.length > 1)) lines.push(`  ${studentSummary(s)}`);
  const basis = scheme.basis.kind === 'score' ? 'score' : 'rubric weights';
  lines.push(
    `wrote ${path}: ${LMS_NAMES[format]} gradebook (${basis}, ${mappingText(scheme.mapping)}, ${scheme.points} points, no run: ${scheme.missing})`,
    ...notes.map((n) => `  ${n}`),
  );
  return lines;
}
