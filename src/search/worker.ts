/**
 * One worker for both kinds of simulation: balance chunks and search slices. The command line and the browser
 * start their workers once and run the balance report and then the strategy search on the same (warm) threads.
 */
import type { FromWorker, ToWorker } from '../balance/index.ts';
import { workerHandler } from '../balance/index.ts';
import type { FromSearchWorker, ToSearchWorker } from './run.ts';
import { searchWorkerHandler } from './run.ts';

export type ToSimulationWorker = ToWorker | ToSearchWorker;
export type FromSimulationWorker = FromWorker | FromSearchWorker;

const isSearch = (msg: ToSimulationWorker): msg is ToSearchWorker => msg.type.startsWith('search-');

export function simulationWorkerHandler(): (msg: ToSimulationWorker) => FromSimulationWorker | null {
  const balance = workerHandler();
  const search = searchWorkerHandler();
  return (msg) => (isSearch(msg) ? search(msg) : balance(msg));
}
