/**
 * Runs a balance job in Web Workers (one per core, fewer for small jobs) and builds the report on the main
 * thread. Cancel terminates the workers at once. Same job → same report as the command line.
 */
import type { BalanceConfig, BalanceReport, Progress } from '../balance/index.ts';
import {
  BalanceCancelled,
  buildReport,
  chunkCount,
  messageRunner,
  runBalance,
  totalGames,
} from '../balance/index.ts';
import type { FromWorker } from '../balance/index.ts';
import type { Scenario } from '../engine/index.ts';

export interface BalanceRun {
  report: Promise<BalanceReport>;
  workers: number;
  cancel: () => void;
}

const GAMES_PER_WORKER = 2000;

export function startBalance(
  scenario: Scenario,
  config: BalanceConfig,
  onProgress: (p: Progress) => void,
): BalanceRun {
  const job = { scenario, config };
  const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  const count = Math.max(
    1,
    Math.min(cores, chunkCount(config), Math.ceil(totalGames(job) / GAMES_PER_WORKER)),
  );
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module' }),
  );
  let stop: (e: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  let cancelled = false;
  const runners = workers.map((w) => {
    w.addEventListener('error', (e) => stop(new Error(e.message || 'a balance worker failed')));
    return messageRunner(
      job,
      (msg) => w.postMessage(msg),
      (handler) => w.addEventListener('message', (e: MessageEvent<FromWorker>) => handler(e.data)),
    );
  });
  const finish = (): void => workers.forEach((w) => w.terminate());
  const report = Promise.race([runBalance(job, runners, { onProgress, cancelled: () => cancelled }), stopped])
    .then((agg) => buildReport(scenario, config, agg))
    .finally(finish);
  return {
    report,
    workers: count,
    cancel: () => {
      cancelled = true;
      stop(new BalanceCancelled());
    },
  };
}
