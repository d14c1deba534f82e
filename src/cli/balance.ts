/**
 * `tradeoffs balance <scenario>`: thousands of bot playthroughs on shared seeds, on every core (worker threads),
 * as a table (or JSON) on stdout, a progress bar on stderr and optionally a self-contained HTML page. The same
 * arguments give the same report whatever the number of workers.
 *
 * Workers run src/cli/balance-worker.ts: bundled on its own by bin/tradeoffs.mjs, or as part of the CLI's bundle
 * (a worker thread loads that same file and, seeing the flag in its workerData, serves chunk requests).
 */
import type { Command } from 'commander';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  Aggregate,
  BalanceJob,
  BalanceReport,
  ChunkRunner,
  FromWorker,
  Progress,
} from '../balance/index.ts';
import {
  buildReport,
  chunkCount,
  defaultConfig,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_VARIANT_RUNS,
  formatReport,
  inProcessRunner,
  MAX_RUNS,
  messageRunner,
  renderHtml,
  runBalance,
  simulateChunk,
  totalGames,
} from '../balance/index.ts';
import type { BotName } from '../bots/index.ts';
import { BOT_NAMES, isBotName } from '../bots/index.ts';
import { groupThousands } from '../lib/format.ts';
// Imported for its effect too: in a balance worker thread this bundle serves chunks (see balance-worker.ts).
import { WORKER_FLAG } from './balance-worker.ts';
import type { Io } from './main.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';

export interface BalanceFlags {
  runs: number;
  bots?: string;
  seed: string;
  json?: boolean;
  html?: string;
  workers?: number;
  variantRuns?: number;
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

/**
 * A worker thread for the balance simulation. Bundled, that is the light worker bundle beside this file when
 * bin/tradeoffs.mjs built one, else this very bundle (which serves as a worker when it sees the flag above).
 * Unbundled (tsx, tests) it is TypeScript, so a tiny bootstrap registers the tsx loader in the worker first.
 */
function spawnWorker(): Worker {
  const self = import.meta.url;
  const workerData = { [WORKER_FLAG]: true };
  if (self.endsWith('.ts')) {
    const entry = new URL('./balance-worker.ts', self).href;
    const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  // Node flags pass on to workers, except those that only make sense for an eval'd main script.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  const light = new URL(self.replace(/\.mjs$/, '.worker.mjs'));
  const file = light.href !== self && existsSync(light) ? light : new URL(self);
  try {
    return new Worker(file, { workerData, execArgv });
  } catch (e) {
    // V8 flags (`node --single-threaded-gc …`) hold for the whole process already, and a worker refuses them
    // among its own flags: start it without the ones it names (or without any, if it names none).
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    const refused = new Set((/flags: (.*)$/.exec(String((e as Error).message))?.[1] ?? '').split(', '));
    const kept = execArgv.filter((a) => !refused.has(a));
    return new Worker(file, { workerData, execArgv: kept.length < execArgv.length ? kept : [] });
  }
}

/** Worker threads as chunk runners (`started` ones first, then new ones); `stop` terminates them. */
function threadRunners(
  job: BalanceJob,
  count: number,
  started: readonly Worker[] = [],
): { runners: ChunkRunner[]; failed: Promise<never>; stop: () => Promise<void> } {
  const workers: Worker[] = [];
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const runners = Array.from({ length: count }, (_, i) => {
    const w = started[i] ?? spawnWorker();
    // A thread started early was unreferenced until it had work: now the run waits for it.
    w.ref();
    workers.push(w);
    w.on('error', (e) => fail(e));
    return messageRunner(
      job,
      (msg) => w.postMessage(msg),
      (handler) => w.on('message', (m: FromWorker) => handler(m)),
    );
  });
  return { runners, failed, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

function bar(done: number, total: number, width = 30): string {
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/** A redrawn bar when stderr is a terminal; otherwise a line every 10%. */
function progressReporter(err: (text: string) => void): { update: (p: Progress) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  const start = Date.now();
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;
  return {
    update: (p) => {
      const share = p.totalGames > 0 ? p.games / p.totalGames : 1;
      const secs = ((Date.now() - start) / 1000).toFixed(1);
      const text = `${Math.floor(share * 100)}% ${groupThousands(p.games)}/${groupThousands(p.totalGames)} games ${secs} s`;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 80 && p.games < p.totalGames) return;
        lastDraw = now;
        drawn = true;
        process.stderr.write(`\r${bar(p.games, p.totalGames)} ${text}\x1b[K`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth && p.games > 0) {
        lastTenth = tenth;
        err(`balance: ${text}`);
      }
    },
    end: () => {
      if (tty && drawn) process.stderr.write('\n');
    },
  };
}

/** Games worth a worker of their own: below that, starting a thread and warming its JIT costs more than it saves. */
const GAMES_PER_WORKER = 2000;

function defaultWorkers(job: BalanceJob): number {
  return Math.min(availableParallelism(), Math.ceil(totalGames(job) / GAMES_PER_WORKER));
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

async function run(scenarioArg: string, flags: BalanceFlags, io: Io): Promise<BalanceReport> {
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
): Promise<BalanceReport> {
  const { scenario } = resolveScenario(scenarioArg);
  if (flags.html !== undefined) {
    const dir = dirname(resolve(flags.html));
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`--html ${flags.html}: the folder ${dir} does not exist`);
  }
  const config = defaultConfig({
    runs: flags.runs,
    seed: flags.seed,
    bots,
    ...(flags.variantRuns !== undefined ? { variantRuns: flags.variantRuns } : {}),
  });
  const job: BalanceJob = { scenario, config };
  const workers = Math.max(1, Math.min(flags.workers ?? defaultWorkers(job), chunkCount(config)));
  io.err(
    `balance: ${scenario.id}, ${groupThousands(config.runs)} seeds x ${bots.length} bots, ${groupThousands(totalGames(job))} games on ${workers} worker${workers === 1 ? '' : 's'}`,
  );
  const progress = progressReporter(io.err);
  try {
    return buildReport(scenario, config, await runJob(job, workers, progress.update, early ? [early] : []));
  } finally {
    progress.end();
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
 * Plays a job on `workers` threads, this one included (1 = this thread alone; 2 = this thread and one worker
 * thread, …) and returns the merged aggregate. This thread only merges between its own chunks, so it plays
 * too rather than wait: one thread fewer to start and warm up, and none left idle.
 */
export async function runJob(
  job: BalanceJob,
  workers: number,
  onProgress?: (p: Progress) => void,
  started: readonly Worker[] = [],
): Promise<Aggregate> {
  const opts = onProgress ? { onProgress } : {};
  if (workers <= 1) return runBalance(job, [inProcessRunner(job)], opts);
  const pool = threadRunners(job, workers - 1, started);
  try {
    return await Promise.race([runBalance(job, [mainThreadRunner(job), ...pool.runners], opts), pool.failed]);
  } finally {
    await pool.stop();
  }
}

export function registerBalance(program: Command, io: Io): void {
  program
    .command('balance')
    .description('play a scenario thousands of times with every bot and report on its balance')
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
      'worker threads (default: one per core, fewer for small runs)',
      wholeNumber('--workers', 1, 64),
    )
    .option(
      '--variant-runs <n>',
      `paired seeds for the decision variants (default min(runs, ${DEFAULT_VARIANT_RUNS}); 0 = none)`,
      wholeNumber('--variant-runs', 0, MAX_RUNS),
    )
    .action(async (scenarioArg: string, flags: BalanceFlags) => {
      const report = await run(scenarioArg, flags, io);
      io.out(flags.json ? JSON.stringify(report) : formatReport(report));
      if (flags.html !== undefined) {
        writeFileSync(flags.html, renderHtml(report));
        io.err(`balance: wrote ${flags.html}`);
      }
    });
}
