/**
 * `tradeoffs balance <scenario>`: thousands of bot playthroughs on shared seeds, on every core (worker threads),
 * as a table (or JSON) on stdout, a progress bar on stderr and optionally a self-contained HTML page. The same
 * arguments give the same report whatever the number of workers.
 *
 * The strategy search then runs on the same threads (on by default: five bots miss the strategies a scenario
 * lets players get away with; --no-search skips it). Worker threads: src/cli/threads.ts.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Aggregate, BalanceJob, ChunkRunner, FromWorker, Progress, ToWorker } from '../balance/index.ts';
import {
  buildReport,
  chunkCount,
  defaultConfig,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_VARIANT_RUNS,
  inProcessRunner,
  MAX_RUNS,
  messageRunner,
  runBalance,
  simulateChunk,
  totalGames,
} from '../balance/index.ts';
import type { BotName } from '../bots/index.ts';
import { BOT_NAMES, isBotName } from '../bots/index.ts';
import { groupThousands } from '../lib/format.ts';
import type { FullReport } from '../search/index.ts';
import { formatFull, fullHtml, MAX_SEARCH_SECONDS, searchConfig } from '../search/index.ts';
import type { Io } from './main.ts';
import { checkOutputFolder, UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';
import { searchOn } from './search.ts';
import type { Threads } from './threads.ts';
import { channel, gamesText, progressLine, spawnWorker, startThreads } from './threads.ts';

export interface BalanceFlags {
  runs: number;
  bots?: string;
  seed: string;
  json?: boolean;
  html?: string;
  workers?: number;
  variantRuns?: number;
  /** False with --no-search. */
  search?: boolean;
  searchSeconds?: number;
}

export function parseBots(text: string | undefined): BotName[] {
  if (text === undefined) return [...BOT_NAMES];
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0) throw new UsageError(`--bots needs at least one bot (${BOT_NAMES.join(', ')})`);
  for (const n of names) {
    if (!isBotName(n)) throw new UsageError(`unknown bot "${n}" (choose from: ${BOT_NAMES.join(', ')})`);
  }
  return [...new Set(names)] as BotName[];
}

/** Games worth a worker of their own: below that, starting a thread and warming its JIT costs more than it saves. */
const GAMES_PER_WORKER = 2000;

/** Threads that play, this one included: the flag, else one per core (fewer for a small report without search). */
function threadCount(flags: BalanceFlags, job: BalanceJob): number {
  if (flags.workers !== undefined) return flags.workers;
  if (flags.search !== false) return availableParallelism();
  return Math.max(
    1,
    Math.min(availableParallelism(), chunkCount(job.config), Math.ceil(totalGames(job) / GAMES_PER_WORKER)),
  );
}

/**
 * A worker thread started before the scenario is read, so that it loads while this thread parses: when the
 * run may use one (more than one core, and --workers not 1). Unreferenced, so it never keeps the process alive.
 */
function earlyWorker(flags: BalanceFlags): Worker | null {
  if (flags.workers === 1 || availableParallelism() < 2) return null;
  const w = spawnWorker();
  w.unref();
  return w;
}

async function run(scenarioArg: string, flags: BalanceFlags, io: Io): Promise<FullReport> {
  const bots = parseBots(flags.bots);
  const early = earlyWorker(flags);
  try {
    return await runWith(scenarioArg, flags, io, bots, early);
  } finally {
    // Terminated by the run if it played; otherwise (a usage error, a small run) here.
    void early?.terminate();
  }
}

async function runWith(
  scenarioArg: string,
  flags: BalanceFlags,
  io: Io,
  bots: BotName[],
  early: Worker | null,
): Promise<FullReport> {
  const { scenario } = resolveScenario(scenarioArg);
  checkOutputFolder('--html', flags.html);
  const config = defaultConfig({
    runs: flags.runs,
    seed: flags.seed,
    bots,
    ...(flags.variantRuns !== undefined ? { variantRuns: flags.variantRuns } : {}),
  });
  const job: BalanceJob = { scenario, config };
  const workers = Math.max(1, threadCount(flags, job));
  io.err(
    `balance: ${scenario.id}, ${groupThousands(config.runs)} seeds x ${bots.length} bots, ${groupThousands(totalGames(job))} games on ${workers} worker${workers === 1 ? '' : 's'}${flags.search === false ? '' : ', then a strategy search'}`,
  );
  // The same threads play the report and then the search: started and warmed up once.
  const threads = workers > 1 ? startThreads(workers - 1, early ? [early] : []) : null;
  try {
    const report = buildReport(scenario, config, await runJob(job, threads, io));
    const search =
      flags.search === false
        ? null
        : await searchOn(
            scenario,
            searchConfig(config.seed, flags.searchSeconds ? { seconds: flags.searchSeconds } : {}),
            threads,
            io,
          );
    return { ...report, search };
  } finally {
    await threads?.stop();
  }
}

/**
 * Plays chunks on this thread, one per turn of the event loop (setImmediate), so that between two chunks the
 * worker threads' results are merged and their next chunks sent at once.
 */
function mainThreadRunner(job: BalanceJob): ChunkRunner {
  return {
    run: (index) =>
      new Promise((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(simulateChunk(job, index));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      }),
  };
}

/**
 * Plays a job on this thread and the given worker threads (null: this thread alone) and returns the merged
 * aggregate. This thread only merges between its own chunks, so it plays too rather than wait: one thread
 * fewer to start and warm up, and none left idle.
 */
export async function runJob(job: BalanceJob, threads: Threads | null, io: Io): Promise<Aggregate> {
  const progress = progressLine(io.err, 'balance');
  const opts = {
    onProgress: (p: Progress) =>
      progress.update(p.totalGames > 0 ? p.games / p.totalGames : 1, gamesText(p.games, p.totalGames)),
  };
  try {
    if (!threads) return await runBalance(job, [inProcessRunner(job)], opts);
    const runners = threads.workers.map((w) => {
      const c = channel<ToWorker, FromWorker>(w);
      return messageRunner(job, c.post, c.listen);
    });
    return await Promise.race([runBalance(job, [mainThreadRunner(job), ...runners], opts), threads.failed]);
  } finally {
    progress.end();
  }
}

export function registerBalance(program: Command, io: Io): void {
  program
    .command('balance')
    .description(
      'play a scenario thousands of times with every bot, search for the strategy that beats them, and report on its balance',
    )
    .argument('<scenario>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .option(
      '--runs <n>',
      `seeds each bot plays (default ${DEFAULT_RUNS})`,
      wholeNumber('--runs', 1, MAX_RUNS),
      DEFAULT_RUNS,
    )
    .option('--bots <list>', `comma-separated bots (default all: ${BOT_NAMES.join(',')})`)
    .option('--seed <seed>', 'root seed; run i plays the world "<seed>-<i>"', DEFAULT_SEED)
    .option('--json', 'print the report as one JSON object')
    .option('--html <file>', 'also write a self-contained HTML page with charts')
    .option(
      '--workers <n>',
      'threads that play, this one included (default: one per core, fewer for a small run without search)',
      wholeNumber('--workers', 1, 64),
    )
    .option(
      '--variant-runs <n>',
      `paired seeds for the decision variants (default min(runs, ${DEFAULT_VARIANT_RUNS}); 0 = none)`,
      wholeNumber('--variant-runs', 0, MAX_RUNS),
    )
    .option('--no-search', 'skip the strategy search (see `tradeoffs search`)')
    .option(
      '--search-seconds <n>',
      'search for about this long instead of its fixed budget',
      wholeNumber('--search-seconds', 1, MAX_SEARCH_SECONDS),
    )
    .action(async (scenarioArg: string, flags: BalanceFlags) => {
      const report = await run(scenarioArg, flags, io);
      io.out(flags.json ? JSON.stringify(report) : formatFull(report));
      if (flags.html !== undefined) {
        writeFileSync(flags.html, fullHtml(report));
        io.err(`balance: wrote ${flags.html}`);
      }
    });
}
