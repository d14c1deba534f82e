/**
 * `tradeoffs validate <files...>`: checks scenario files and prints, on stdout, `OK file` for each valid file
 * and `file:line:col: message` for every problem of the others (the format editors and CI annotate).
 * Exit code 0 when every file is valid, 1 when any is not, 2 for usage errors (no files).
 * Reads files; never throws for a bad or missing file (that is a problem, reported like any other).
 */
import type { Command } from 'commander';
import { printable } from '../lib/printable.ts';
import { formatProblem } from '../scenario/index.ts';
import { migrationNote } from '../scenario/migrations.ts';
import { loadScenarioFile } from '../scenario/node.ts';
import { UsageError } from './errors.ts';

export const VALIDATE_USAGE = 'usage: tradeoffs validate <files...> (scenario files: .yaml, .yml or .json)';

export interface ValidateResult {
  output: string[];
  exitCode: 0 | 1 | 2;
}

export function validateFiles(paths: readonly string[]): ValidateResult {
  if (paths.length === 0) return { output: [`no files to validate; ${VALIDATE_USAGE}`], exitCode: 2 };
  const output: string[] = [];
  let allValid = true;
  for (const path of paths) {
    const result = loadScenarioFile(path);
    if (result.ok) {
      const note = migrationNote(result.loaded.meta.formatVersion);
      output.push(`OK ${printable(path)}${note ? ` (note: ${note})` : ''}`);
    } else {
      allValid = false;
      output.push(...result.problems.map(formatProblem));
    }
  }
  return { output, exitCode: allValid ? 0 : 1 };
}

export function registerValidate(
  program: Command,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): void {
  program
    .command('validate')
    .description(
      'check scenario files; prints file:line:col: message for every problem, OK file for valid ones',
    )
    .argument('[files...]', 'scenario files (.yaml, .yml or .json)')
    .action((files: string[]) => {
      const result = validateFiles(files);
      if (result.exitCode === 2) throw new UsageError(result.output.join('\n'));
      for (const line of result.output) out(line);
      process.exitCode = result.exitCode;
    });
}
