/**
 * `tradeoffs guide <scenario|file> --out guide.html [--runs N]`: the scenario's facilitator guide as a printable
 * HTML page, its teaching notes with expected outcomes from a balance run of the current rules made now (N games
 * per strategy, in this thread).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import pkg from '../../package.json';
import { balanceReport } from '../balance/index.ts';
import { ENGINE_VERSION } from '../engine/index.ts';
import { GUIDE_RUNS, guideConfig, guideHtml, outcomeFigures } from '../guide/index.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';

interface GuideFlags {
  out: string;
  runs?: number;
}

function writeGuide(scenarioArg: string, flags: GuideFlags, print: (text: string) => void): void {
  const loaded = resolveScenario(scenarioArg);
  const config = guideConfig(flags.runs ?? GUIDE_RUNS);
  const report = balanceReport(loaded.scenario, config);
  const html = guideHtml({
    loaded,
    outcomes: outcomeFigures(report),
    search: null,
    appVersion: pkg.version,
    engineVersion: ENGINE_VERSION,
  });
  try {
    writeFileSync(flags.out, html);
  } catch (e) {
    throw new UsageError(`cannot write ${flags.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const notes = loaded.meta.teachingNotes ? '' : ' (the scenario has no teaching notes yet: figures only)';
  print(
    `Facilitator guide for ${loaded.scenario.title} written to ${flags.out}${notes}; outcomes from ${config.runs} games per strategy. Open it in a browser and print it.`,
  );
}

export function registerGuide(program: Command, print: (text: string) => void): void {
  program
    .command('guide')
    .description('write a scenario\u2019s printable facilitator guide (teaching notes and expected outcomes)')
    .argument('<scenario>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option(
      '--runs <n>',
      `games per strategy behind the outcome figures (default ${GUIDE_RUNS})`,
      wholeNumber('--runs', 20, 10_000),
    )
    .action((scenario: string, flags: GuideFlags) => writeGuide(scenario, flags, print));
}
