/**
 * A Web Worker of the balance screen: plays chunks of a balance job and posts back their partial aggregates
 * (the same protocol and code as the command line's worker threads, src/balance/run.ts).
 */
import type { ToWorker } from '../balance/index.ts';
import { workerHandler } from '../balance/run.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const handle = workerHandler();
scope.onmessage = (e) => {
  const reply = handle(e.data);
  if (reply) scope.postMessage(reply);
};
