/**
 * `tradeoffs search <scenario>`: the strategy search on every core (this thread and worker threads), as text or
 * JSON on stdout, a progress bar on stderr and optionally a self-contained HTML page. The same arguments give
 * the same result whatever the number of threads (with --seconds, the generations played depend on the machine;
 * the output says how many, and --generations replays exactly that).
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { renderDocumentHtml } from '../balance/index.ts';
import type { Scenario } from '../engine/index.ts';
import type { SearchConfig, SearchResult, SliceRunner } from '../search/index.ts';
import {
  DEFAULT_SEARCH,
  formatSearch,
  inThreadRunner,
  MAX_SEARCH_SECONDS,
  messageSliceRunner,
  phaseText,
  runSearch,
  searchConfig,
  searchDocument,
} from '../search/index.ts';
import type { FromSearchWorker, ToSearchWorker } from '../search/index.ts';
import type { Io } from './main.ts';
import { checkOutputFolder, UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';
import type { Threads } from './threads.ts';
import { channel, gamesText, progressLine, startThreads } from './threads.ts';

export interface SearchFlags {
  seed: string;
  seconds?: number;
  generations?: number;
  trainingSeeds?: number;
  heldOutSeeds?: number;
  workers?: number;
  json?: boolean;
  html?: string;
}

export function configFrom(flags: Omit<SearchFlags, 'workers' | 'json' | 'html'>): SearchConfig {
  if (flags.seconds !== undefined && flags.generations !== undefined)
    throw new UsageError(
      'give a time budget or a number of generations, not both (time plays generations while it lasts)',
    );
  return searchConfig(flags.seed, {
    ...(flags.seconds !== undefined ? { seconds: flags.seconds } : {}),
    ...(flags.generations !== undefined ? { generations: flags.generations } : {}),
    ...(flags.trainingSeeds !== undefined ? { trainingSeeds: flags.trainingSeeds } : {}),
    ...(flags.heldOutSeeds !== undefined ? { heldOutSeeds: flags.heldOutSeeds } : {}),
  });
}

/** The command that replays this very search (the time budget becomes the generations it played). */
export function searchCommand(r: SearchResult): string {
  const c = r.config;
  const extra = [
    c.trainingSeeds !== DEFAULT_SEARCH.trainingSeeds ? ` --training-seeds ${c.trainingSeeds}` : '',
    c.heldOutSeeds !== DEFAULT_SEARCH.heldOutSeeds ? ` --held-out-seeds ${c.heldOutSeeds}` : '',
    r.generations - 1 !== DEFAULT_SEARCH.generations ? ` --generations ${r.generations - 1}` : '',
  ].join('');
  return `npx tradeoffs search <scenario> --seed ${JSON.stringify(r.seed)}${extra}`;
}

/**
 * Plays a search on this thread and the given worker threads (null: this thread alone), with a progress line.
 * This thread plays too rather than wait: one thread fewer to start and warm up, and none left idle.
 */
export async function searchOn(
  scenario: Scenario,
  config: SearchConfig,
  threads: Threads | null,
  io: Io,
): Promise<SearchResult> {
  const runners: SliceRunner[] = [inThreadRunner(scenario)];
  for (const w of threads?.workers ?? []) {
    const c = channel<ToSearchWorker, FromSearchWorker>(w);
    runners.push(messageSliceRunner(scenario, c.post, c.listen));
  }
  const progress = progressLine(io.err, 'search');
  try {
    const run = runSearch({ scenario, config }, runners, {
      onProgress: (p) => progress.update(p.fraction, `${phaseText(p)}, ${gamesText(p.games)}`),
      now: () => performance.now(),
    });
    return await (threads ? Promise.race([run, threads.failed]) : run);
  } finally {
    progress.end();
  }
}

async function run(scenarioArg: string, flags: SearchFlags, io: Io): Promise<SearchResult> {
  if (flags.seconds !== undefined && flags.generations !== undefined)
    throw new UsageError(
      'give --seconds or --generations, not both (--seconds plays generations while time lasts)',
    );
  const { scenario } = resolveScenario(scenarioArg);
  checkOutputFolder('--html', flags.html);
  const config = configFrom(flags);
  const workers = Math.max(1, flags.workers ?? availableParallelism());
  io.err(
    `search: ${scenario.id}, seed "${config.seed}", ${config.seconds !== null ? `about ${config.seconds} s` : `${config.generations + 1} generations`} on ${workers} thread${workers === 1 ? '' : 's'}`,
  );
  return searchOnThreads(scenario, config, workers, io);
}

/** The search on `workers` threads (this one included), started for it and stopped after. */
export async function searchOnThreads(
  scenario: Scenario,
  config: SearchConfig,
  workers: number,
  io: Io,
): Promise<SearchResult> {
  const threads = workers > 1 ? startThreads(workers - 1) : null;
  try {
    return await searchOn(scenario, config, threads, io);
  } finally {
    await threads?.stop();
  }
}

export function registerSearch(program: Command, io: Io): void {
  program
    .command('search')
    .description(
      'search for the strategy that beats the bots, and report what a scenario lets players get away with',
    )
    .argument('<scenario>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .option('--seed <seed>', 'root seed (the held-out seeds are the balance report\'s: "<seed>-<i>")', '1')
    .option(
      '--seconds <n>',
      'search for about this long (then the result depends on the machine)',
      wholeNumber('--seconds', 1, MAX_SEARCH_SECONDS),
    )
    .option(
      '--generations <n>',
      `generations after the first random one (default ${DEFAULT_SEARCH.generations})`,
      wholeNumber('--generations', 0, 1000),
    )
    .option(
      '--training-seeds <n>',
      `seeds each policy plays while searching (default ${DEFAULT_SEARCH.trainingSeeds})`,
      wholeNumber('--training-seeds', 1, 1000),
    )
    .option(
      '--held-out-seeds <n>',
      `seeds the strongest strategy and the bots are measured on (default ${DEFAULT_SEARCH.heldOutSeeds})`,
      wholeNumber('--held-out-seeds', 2, 100_000),
    )
    .option(
      '--workers <n>',
      'threads that play, this one included (default: one per core)',
      wholeNumber('--workers', 1, 64),
    )
    .option('--json', 'print the result as one JSON object')
    .option('--html <file>', 'also write a self-contained HTML page')
    .action(async (scenarioArg: string, flags: SearchFlags) => {
      const result = await run(scenarioArg, flags, io);
      io.out(flags.json ? JSON.stringify(result) : formatSearch(result));
      if (flags.html !== undefined) {
        writeFileSync(flags.html, renderDocumentHtml(searchDocument(result), searchCommand(result)));
        io.err(`search: wrote ${flags.html}`);
      }
    });
}
