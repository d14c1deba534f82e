/**
 * `tradeoffs guide <scenario|file> --out guide.html [--runs N] [--no-search]`: the scenario's facilitator guide
 * as a printable HTML page, its teaching notes with expected outcomes from a balance run of the current rules made
 * now (N games per strategy, in this thread) and the strategy search's ceiling and tricks (on every core; about
 * 5 to 20 s for a built-in scenario).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import pkg from '../../package.json';
import { balanceReport } from '../balance/index.ts';
import { ENGINE_VERSION } from '../engine/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import {
  GUIDE_RUNS,
  GUIDE_SEED,
  guideConfig,
  guideHtml,
  outcomeFigures,
  searchFigures,
} from '../guide/index.ts';
import type { SearchFigures } from '../guide/index.ts';
import { searchConfig } from '../search/index.ts';
import type { Io } from './main.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';
import { searchOnThreads } from './search.ts';

interface GuideFlags {
  out: string;
  runs?: number;
  /** commander's --no-search */
  search: boolean;
}

/** The strategy search behind the guide's ceiling, with the guide's seed, on every core. */
async function guideSearch(loaded: LoadedScenario, io: Io): Promise<SearchFigures> {
  const workers = Math.max(1, availableParallelism());
  return searchFigures(await searchOnThreads(loaded.scenario, searchConfig(GUIDE_SEED), workers, io));
}

async function writeGuide(scenarioArg: string, flags: GuideFlags, io: Io): Promise<void> {
  const loaded = resolveScenario(scenarioArg);
  const config = guideConfig(flags.runs ?? GUIDE_RUNS);
  const report = balanceReport(loaded.scenario, config);
  const html = guideHtml({
    loaded,
    outcomes: outcomeFigures(report),
    search: flags.search ? await guideSearch(loaded, io) : null,
    appVersion: pkg.version,
    engineVersion: ENGINE_VERSION,
  });
  try {
    writeFileSync(flags.out, html);
  } catch (e) {
    throw new UsageError(`cannot write ${flags.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const notes = loaded.meta.teachingNotes ? '' : ' (the scenario has no teaching notes yet: figures only)';
  const search = flags.search ? ' and a strategy search' : '';
  io.out(
    `Facilitator guide for ${loaded.scenario.title} written to ${flags.out}${notes}; outcomes from ${config.runs} games per strategy${search}. Open it in a browser and print it.`,
  );
}

export function registerGuide(program: Command, io: Io): void {
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
    .option('--no-search', 'leave out the strategy search (its ceiling and the tricks that do not pay)')
    .action((scenario: string, flags: GuideFlags) => writeGuide(scenario, flags, io));
}
