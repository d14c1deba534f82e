/**
 * Runs a balance job in Web Workers (one per core, fewer for a small job without search), then the strategy
 * search on the same workers, and builds the report on the main thread. Stop ends the search early (the best
 * found so far is still measured); Cancel terminates the workers at once. Same settings → same JSON as the
 * command line.
 */
import type { BalanceConfig, FromWorker, Progress, ToWorker } from '../balance/index.ts';
import {
  BalanceCancelled,
  buildReport,
  chunkCount,
  messageRunner,
  runBalance,
  totalGames,
} from '../balance/index.ts';
import type { Scenario } from '../engine/index.ts';
import type {
  FromSimulationWorker,
  FullReport,
  SearchConfig,
  SearchProgress,
  ToSimulationWorker,
} from '../search/index.ts';
import { messageSliceRunner, runSearch, SearchCancelled } from '../search/index.ts';
import type { FromSearchWorker, ToSearchWorker } from '../search/index.ts';

/** Where a run is: the balance report's games, then the search's generations. */
export type RunProgress =
  { stage: 'balance'; progress: Progress } | { stage: 'search'; progress: SearchProgress };

export interface BalanceRun {
  report: Promise<FullReport>;
  workers: number;
  /** Ends the search early: what it found so far is measured and reported. */
  stop: () => void;
  cancel: () => void;
}

const GAMES_PER_WORKER = 2000;

function workerCount(config: BalanceConfig, search: SearchConfig | null, scenario: Scenario): number {
  const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  if (search) return cores;
  const games = totalGames({ scenario, config });
  return Math.max(1, Math.min(cores, chunkCount(config), Math.ceil(games / GAMES_PER_WORKER)));
}

interface Channel {
  post: (msg: ToSimulationWorker) => void;
  listen: (handler: (msg: FromSimulationWorker) => void) => void;
}

function channelOf(w: Worker): Channel {
  return {
    post: (msg) => w.postMessage(msg),
    listen: (handler) =>
      w.addEventListener('message', (e: MessageEvent<FromSimulationWorker>) => handler(e.data)),
  };
}

interface Flags {
  cancelled: boolean;
  stopped: boolean;
}

/** The bots' report, then the search, on the same workers. */
async function play(
  scenario: Scenario,
  config: BalanceConfig,
  search: SearchConfig | null,
  channels: readonly Channel[],
  flags: Flags,
  onProgress: (p: RunProgress) => void,
): Promise<FullReport> {
  const job = { scenario, config };
  const runners = channels.map((c) =>
    messageRunner(job, c.post as (m: ToWorker) => void, c.listen as (h: (m: FromWorker) => void) => void),
  );
  const agg = await runBalance(job, runners, {
    onProgress: (progress) => onProgress({ stage: 'balance', progress }),
    cancelled: () => flags.cancelled,
  });
  const report = buildReport(scenario, config, agg);
  if (!search) return { ...report, search: null };
  const slices = channels.map((c) =>
    messageSliceRunner(
      scenario,
      c.post as (m: ToSearchWorker) => void,
      c.listen as (h: (m: FromSearchWorker) => void) => void,
    ),
  );
  const found = await runSearch({ scenario, config: search }, slices, {
    onProgress: (progress) => onProgress({ stage: 'search', progress }),
    cancelled: () => flags.cancelled,
    stopped: () => flags.stopped,
  });
  return { ...report, search: found };
}

export function startBalance(
  scenario: Scenario,
  config: BalanceConfig,
  search: SearchConfig | null,
  onProgress: (p: RunProgress) => void,
): BalanceRun {
  const count = workerCount(config, search, scenario);
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module' }),
  );
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const flags: Flags = { cancelled: false, stopped: false };
  const channels = workers.map((w) => {
    w.addEventListener('error', (e) => fail(new Error(e.message || 'a balance worker failed')));
    return channelOf(w);
  });
  const report = Promise.race([play(scenario, config, search, channels, flags, onProgress), failed]).finally(
    () => workers.forEach((w) => w.terminate()),
  );
  return {
    report,
    workers: count,
    stop: () => void (flags.stopped = true),
    cancel: () => {
      flags.cancelled = true;
      fail(new BalanceCancelled());
    },
  };
}

export const isCancelled = (e: unknown): boolean =>
  e instanceof BalanceCancelled || e instanceof SearchCancelled;
