/**
 * `tradeoffs package <scenario|file> --format scorm12|scorm2004|cmi5 [--seed S] [--minutes M] [--title T]
 * [--pass-score N] [--game DIR] --out course.zip`: a course package an LMS can host, made of the built game
 * (see built-game.ts: dist/, built first when it is missing or stale) and the competition (scenario, seed, time
 * limit, title). Prints what it wrote and the competition to give the leaderboard or `tradeoffs verify`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { LmsStandard } from '../lms/index.ts';
import { LMS_STANDARDS, MAX_SCORE, STANDARD_LABEL, buildPackage, isLmsStandard } from '../lms/index.ts';
import {
  MAX_TIME_LIMIT_MINUTES,
  competitionFragment,
  competitionInputProblem,
  createCompetition,
  drawShortSeed,
} from '../replay/index.ts';
import { builtGameDir, readBuiltGame } from './built-game.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { builtInIds, resolveScenario } from './scenarios.ts';

interface PackageFlags {
  format: string;
  seed?: string;
  minutes?: number;
  title?: string;
  passScore?: number;
  game?: string;
  out: string;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

function packageCourse(scenarioArg: string, flags: PackageFlags, print: (text: string) => void): void {
  if (!isLmsStandard(flags.format))
    throw new UsageError(`--format must be one of ${LMS_STANDARDS.join(', ')} (got "${flags.format}")`);
  const standard: LmsStandard = flags.format;
  const loaded = resolveScenario(scenarioArg);
  // A scenario file travels inside the course file (resolveScenario has read and validated it).
  const fromFile = !builtInIds().includes(scenarioArg);
  const input = {
    seed: flags.seed ?? drawShortSeed(Math.random),
    timeLimitMinutes: flags.minutes ?? 0,
    title: (flags.title ?? '').trim(),
    source: fromFile ? { fileName: basename(scenarioArg), text: readFileSync(scenarioArg, 'utf8') } : null,
  };
  const problem = competitionInputProblem(input);
  if (problem) throw new UsageError(problem);
  const competition = createCompetition({ ...input, loaded, createdAt: Date.now() });
  const dir = builtGameDir(flags.game, print);
  const pack = buildPackage({
    standard,
    competition,
    scenarioTitle: loaded.scenario.title,
    passScore: flags.passScore ?? null,
    game: readBuiltGame(dir),
  });
  try {
    writeFileSync(flags.out, pack.zip);
  } catch (e) {
    throw new UsageError(`cannot write ${flags.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const limit =
    competition.timeLimitMinutes > 0 ? `${competition.timeLimitMinutes} minutes` : 'no time limit';
  const passing =
    flags.passScore === undefined ? 'winning the scenario' : `a score of ${flags.passScore} or more`;
  print(
    `${STANDARD_LABEL[standard]} package written to ${flags.out} (${kb(pack.zip.length)}, ${pack.entries.length} files).`,
  );
  print(`Course: ${loaded.scenario.title}, seed ${competition.seed}, ${limit}; passing: ${passing}.`);
  print(
    `Competition (give it to the leaderboard or to tradeoffs verify --competition): ${competitionFragment(competition)}`,
  );
}

export function registerPackage(program: Command, print: (text: string) => void): void {
  program
    .command('package')
    .description('export a competition as an LMS course package (SCORM 1.2, SCORM 2004 4th edition or cmi5)')
    .argument('<scenario>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .requiredOption('--format <format>', `package standard: ${LMS_STANDARDS.join(', ')}`)
    .option('--seed <seed>', 'seed of the world (default: a drawn six-character seed)')
    .option(
      '--minutes <m>',
      'time limit in minutes (default 0: none)',
      wholeNumber('--minutes', 0, MAX_TIME_LIMIT_MINUTES),
    )
    .option('--title <title>', 'the course title students see (default: the scenario and seed)')
    .option(
      '--pass-score <n>',
      `score (0-${MAX_SCORE}) that passes (default: winning the scenario passes)`,
      wholeNumber('--pass-score', 0, MAX_SCORE),
    )
    .option('--game <dir>', 'a built game to package (default: dist/, built first when missing or stale)')
    .requiredOption('--out <file>', 'the zip file to write')
    .action((scenario: string, flags: PackageFlags) => packageCourse(scenario, flags, print));
}
