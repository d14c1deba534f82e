/**
 * The light entry of a balance worker thread: only the simulation (engine, bots, balance), none of the CLI's
 * parsing libraries, so a worker starts in a few milliseconds. bin/tradeoffs.mjs bundles it beside the CLI as
 * `<cli bundle>.worker.mjs`; without that file the CLI's own bundle serves as the worker (see balance.ts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ToWorker } from '../balance/index.ts';
import { workerHandler } from '../balance/run.ts';

/** Set in the workerData of balance workers (other worker threads, e.g. a test runner's, load this file too). */
export const WORKER_FLAG = 'tradeoffsBalanceWorker';

export function serveBalanceWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('the balance worker must run in a worker thread');
  const handle = workerHandler();
  port.on('message', (msg: ToWorker) => {
    const reply = handle(msg);
    if (reply) port.postMessage(reply);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) serveBalanceWorker();
