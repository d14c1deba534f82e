/**
 * The light entry of a simulation worker thread (balance chunks and search slices): only the simulation (engine,
 * bots, balance, search), none of the CLI's parsing libraries, so a worker starts in a few milliseconds.
 * bin/tradeoffs.mjs bundles it beside the CLI as `<cli bundle>.worker.mjs`; without that file the CLI's own
 * bundle serves as the worker (see threads.ts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ToSimulationWorker } from '../search/worker.ts';
import { simulationWorkerHandler } from '../search/worker.ts';

/** Set in the workerData of simulation workers (other worker threads, e.g. a test runner's, load this file too). */
export const WORKER_FLAG = 'tradeoffsBalanceWorker';

export function serveBalanceWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('the balance worker must run in a worker thread');
  const handle = simulationWorkerHandler();
  port.on('message', (msg: ToSimulationWorker) => {
    const reply = handle(msg);
    if (reply) port.postMessage(reply);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) serveBalanceWorker();
