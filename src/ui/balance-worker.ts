/**
 * A Web Worker of the balance screen: plays chunks of a balance job and slices of a strategy search, and posts
 * back their results (the same protocol and code as the command line's worker threads).
 */
import type { ToSimulationWorker } from '../search/index.ts';
import { simulationWorkerHandler } from '../search/index.ts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToSimulationWorker>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const handle = simulationWorkerHandler();
scope.onmessage = (e) => {
  const reply = handle(e.data);
  if (reply) scope.postMessage(reply);
};
