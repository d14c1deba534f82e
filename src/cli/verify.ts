/**
 * `tradeoffs verify <files or codes...> [--competition <link|code>]`: re-simulates every run and prints one line
 * per run, in the order given: `OK name score` (with `(check: …)` when the instructor should look at it: a name
 * that looks like another, the same decisions as another run) or `REJECTED name: reason`. Exit code 0 only when every run
 * verifies, 1 otherwise, 2 for usage errors. An unreadable file is a REJECTED line, never a crash.
 *
 * With --competition, runs are checked against that competition (as the browser leaderboard does). Given a scenario
 * file there, each run is checked on that file's scenario, in the competition it names (on --seed's world only,
 * when given): the runs of `play --scenario my.yaml` or of a competition hosted on the file. Without it,
 * each run is checked against the competition it names, on the built-in scenario with its hash: its decisions
 * must reproduce its score, and its time limit is the one its competition id was made with. A competition played
 * in rounds needs the release codes the instructor gave (--release, round 2 first); extended-time codes count
 * only with the competition key (--key, the Host screen's export), as on the leaderboard.
 *
 * With --roster and --grades, the verified runs are also matched to an LMS roster and written as its gradebook
 * (grades.ts); the exit code still says only whether every run verified.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { printable } from '../lib/printable.ts';
import type {
  Entry,
  HostKey,
  Ranking,
  RejectedRun,
  RunFile,
  VerifyResult,
  VerifyTarget,
} from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import {
  MAX_CODE_CHARS,
  decodeRelease,
  flagText,
  impliedCompetition,
  rankRuns,
  readHostKey,
  readRun,
  verifyRun,
} from '../replay/index.ts';
import {
  builtInCatalogue,
  competitionScenarioFile,
  isScenarioPath,
  resolveCompetition,
  TAKES_LINK_OR_FILE,
  type ResolvedCompetition,
} from './competition.ts';
import { UsageError } from './errors.ts';
import { writeGrades, type GradeFlags } from './grades.ts';

interface VerifyFlags extends GradeFlags {
  competition?: string;
  release: string[];
  key?: string;
  seed?: string;
}

/** What --competition fixed: a competition, or a scenario file (and, with --seed, the world its runs must be on). */
type Fixed =
  | { kind: 'competition'; resolved: ResolvedCompetition; target: VerifyTarget }
  | { kind: 'file'; loaded: LoadedScenario; seed: string | null };

/** What runs are checked with besides their competition: the instructor's releases and the competition key. */
interface Context {
  releases: readonly string[];
  hostKey: HostKey | null;
}

/** The releases as the game writes them (TRR-2-05-9WZP) for this target; a code that does not read stays as given. */
function withContext(target: VerifyTarget, context: Context): VerifyTarget {
  const releases = context.releases.map((text) => {
    const r = decodeRelease(text, target.competition, target.scenario);
    return r.ok ? r.release.code : text.trim();
  });
  return { ...target, releases, hostKey: context.hostKey };
}

/** The competition key from --key: a key file, or the key itself. */
function keyOf(arg: string | undefined): HostKey | null {
  if (arg === undefined) return null;
  let text = arg;
  if (existsSync(arg)) {
    try {
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      throw new UsageError(`--key: cannot read ${arg} (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  }
  const r = readHostKey(text);
  if (!r.ok) throw new UsageError(`--key: ${r.message}`);
  return r.value;
}

interface Input {
  /** How the run is named while its own name is unknown. */
  label: string;
  text: string | null;
  problem?: string;
}

function rejected(reason: string): RejectedRun {
  return { ok: false, kind: 'corrupt', reason: `truncated or corrupt: ${reason}` };
}

/** A file's text, or the argument itself when it is a code. */
function readInput(arg: string, index: number): Input {
  const label = arg.length > 60 ? `${arg.slice(0, 57)}...` : arg;
  if (existsSync(arg)) {
    try {
      const stat = statSync(arg);
      if (!stat.isFile()) return { label, text: null, problem: 'not a file' };
      if (stat.size > MAX_CODE_CHARS * 2) return { label, text: null, problem: 'too large to be a run file' };
      return { label, text: readFileSync(arg, 'utf8') };
    } catch (e) {
      return {
        label,
        text: null,
        problem: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`,
      };
    }
  }
  if (/^\s*(TRUN|\{)/.test(arg)) return { label: `code ${index + 1}`, text: arg };
  return { label, text: null, problem: 'no such file, and not a run code' };
}

function targetFor(text: string, fixed: Fixed | null, context: Context): VerifyTarget | RejectedRun {
  if (fixed?.kind === 'competition') return fixed.target;
  const read = readRun(text);
  if (!read.ok) return read;
  const { run } = read;
  if (fixed) return fileTarget(run, fixed.loaded, fixed.seed, context);
  const loaded = builtInCatalogue().find((l) => l.hash === run.scenarioHash);
  if (!loaded)
    return {
      ok: false,
      kind: 'scenario',
      reason: `another scenario: ${run.scenarioId} (hash ${run.scenarioHash}) is not a built-in scenario of this version; give --competition <link> (the link carries the scenario) or --competition <scenario file>`,
      name: run.name,
    };
  return withContext({ competition: impliedCompetition(run), scenario: loaded.scenario }, context);
}

/** A run checked on a scenario file: in the competition it names, on the file's scenario (and --seed's world). */
function fileTarget(
  run: RunFile,
  loaded: LoadedScenario,
  seed: string | null,
  context: Context,
): VerifyTarget | RejectedRun {
  if (seed !== null && run.seed !== seed)
    return {
      ok: false,
      kind: 'competition',
      reason: `another competition: played on the world seed ${JSON.stringify(run.seed)}, not ${JSON.stringify(seed)} (--seed)`,
      name: run.name,
    };
  const competition = {
    ...impliedCompetition(run),
    scenario: { id: loaded.scenario.id, hash: loaded.hash },
  };
  return withContext({ competition, scenario: loaded.scenario }, context);
}

function verifyOne(input: Input, fixed: Fixed | null, context: Context): VerifyResult {
  if (input.text === null) return rejected(input.problem ?? 'unreadable');
  const target = targetFor(input.text, fixed, context);
  return 'ok' in target ? target : verifyRun(input.text, target);
}

/** What --competition (and --seed) name: a competition, a scenario file, or nothing. */
function fixedBy(competition: string | undefined, seed: string | undefined, context: Context): Fixed | null {
  if (competition !== undefined && isScenarioPath(competition))
    return { kind: 'file', loaded: competitionScenarioFile(competition), seed: seed ?? null };
  if (seed !== undefined)
    throw new UsageError(
      '--seed goes with a scenario file as --competition (a competition link or code has its own seed)',
    );
  if (competition === undefined) return null;
  const resolved = resolveCompetition(competition, TAKES_LINK_OR_FILE);
  if (context.hostKey && context.hostKey.competitionId !== resolved.competition.id)
    throw new UsageError('--key: this key belongs to another competition than --competition');
  for (const text of context.releases) {
    const r = decodeRelease(text, resolved.competition, resolved.loaded.scenario);
    if (!r.ok) throw new UsageError(`--release ${text}: ${r.message}`);
  }
  const target = withContext(
    { competition: resolved.competition, scenario: resolved.loaded.scenario },
    context,
  );
  return { kind: 'competition', resolved, target };
}

export function verifyArgs(
  args: readonly string[],
  competition?: string,
  flags: { release?: readonly string[]; key?: string; seed?: string } = {},
): { lines: string[]; exitCode: 0 | 1; ranking: Ranking } {
  const context: Context = { releases: flags.release ?? [], hostKey: keyOf(flags.key) };
  const fixed = fixedBy(competition, flags.seed, context);
  const inputs = args.map(readInput);
  const entries: Entry[] = inputs.map((input, i) => ({
    source: String(i),
    result: verifyOne(input, fixed, context),
  }));
  const ranking = rankRuns(entries);
  const { ranked, rejected: refused } = ranking;
  const lines: string[] = new Array<string>(entries.length);
  // One line per run, whatever a run file holds: printable() escapes a line break in a name too.
  for (const r of ranked) {
    const check = r.flags.length > 0 ? ` (check: ${r.flags.map(flagText).join('; ')})` : '';
    lines[Number(r.source)] = printable(`OK ${r.name} ${r.score}${check}`);
  }
  for (const r of refused) {
    const i = Number(r.source);
    lines[i] = `REJECTED ${printable(r.name ?? inputs[i]!.label)}: ${printable(r.reason)}`;
  }
  return { lines, exitCode: refused.length === 0 ? 0 : 1, ranking };
}

export function registerVerify(
  program: Command,
  print: (text: string) => void,
  warn: (text: string) => void,
): void {
  program
    .command('verify')
    .description(
      're-simulate classroom runs (run files or run codes); prints OK name score or REJECTED name: reason',
    )
    .argument('<runs...>', 'run files (.json) or run codes (TRUN2.…, TRUN3.…)')
    .option(
      '--competition <link|code|file>',
      'the competition the runs must belong to (its link or short code), or the scenario file they were played on',
    )
    .option(
      '--seed <seed>',
      'with a scenario file as --competition: the world seed the runs must be played on',
    )
    .option('--roster <file>', 'an LMS roster (CSV from Canvas, Moodle or Blackboard) to match the runs to')
    .option('--grades <file>', 'write the gradebook to import into the LMS here (with --roster)')
    .option('--format <lms>', "gradebook format: canvas, moodle or blackboard (default: the roster's LMS)")
    .option(
      '--map <mapping>',
      'score to grade: linear, linear:200-900, curve:75,10 or thresholds:850=A,700=B,0=F',
    )
    .option('--points <n>', 'points possible (default 100)')
    .option(
      '--weights <weights>',
      'grade a rubric of the domains: architecture=30,coordination=20,debt=20,risk=15,stakeholders=15',
    )
    .option(
      '--missing <blank|zero>',
      'grade of a student with no run (default blank: the LMS keeps what it has)',
    )
    .option(
      '--column <name>',
      'the gradebook column (default "Tradeoffs"; an existing one as the roster names it)',
    )
    .option(
      '--assign <run=student>',
      'decide a match by hand: run name (or "Team / Member") = student id, e-mail or name, or =none',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--release <code>',
      'a release code you gave the class (a competition played in rounds; repeat, round 2 first)',
      (value: string, list: string[]) => [...list, value],
      [],
    )
    .option(
      '--key <file|key>',
      'the competition key (TRK1.…, from the Host screen): checks extended-time codes',
    )
    .action((runs: string[], flags: VerifyFlags) => {
      if ((flags.roster === undefined) !== (flags.grades === undefined))
        throw new UsageError('--roster and --grades go together: the roster to match, the file to write');
      const { lines, exitCode, ranking } = verifyArgs(runs, flags.competition, flags);
      for (const line of lines) print(line);
      const ok = lines.filter((l) => l.startsWith('OK ')).length;
      warn(`${ok} of ${lines.length} run${lines.length === 1 ? '' : 's'} verified`);
      if (!flags.competition)
        warn('(no --competition given: each run was checked against the competition it names)');
      else if (isScenarioPath(flags.competition))
        warn(
          `(each run was checked on the scenario of ${flags.competition}, ${flags.seed === undefined ? 'on the seed it names' : `on the seed ${flags.seed}`})`,
        );
      if (flags.roster) for (const line of writeGrades(ranking, flags)) warn(printable(line));
      process.exitCode = exitCode;
    });
}
