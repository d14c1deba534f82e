/**
 * Verifies a batch of runs in the Web Worker, with progress; falls back to the main thread in small slices
 * (yielding between runs) where workers are unavailable.
 */
import type { Scenario } from '../../engine/index.ts';
import type { Competition, HostKey, VerifyResult } from '../../replay/index.ts';
import { verifyRun } from '../../replay/index.ts';
import type { VerifyMessage, VerifyRequest } from './protocol.ts';

export interface Batch {
  results: VerifyResult[];
  /** Milliseconds from sending the batch to the last result. */
  ms: number;
}

let worker: Worker | null = null;
let jobs = 0;

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    worker ??= new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    return worker;
  } catch {
    return null;
  }
}

function onMainThread(req: VerifyRequest, onProgress: (done: number, total: number) => void): Promise<Batch> {
  const t0 = performance.now();
  const results: VerifyResult[] = [];
  return new Promise((resolve) => {
    const next = (): void => {
      const i = results.length;
      if (i === req.inputs.length) return resolve({ results, ms: performance.now() - t0 });
      results.push(verifyRun(req.inputs[i]!, req));
      onProgress(i + 1, req.inputs.length);
      setTimeout(next, 0);
    };
    next();
  });
}

export function verifyBatch(
  competition: Competition,
  scenario: Scenario,
  inputs: string[],
  onProgress: (done: number, total: number) => void,
  context: { hostKey: HostKey | null; releases: string[] } = { hostKey: null, releases: [] },
): Promise<Batch> {
  const req: VerifyRequest = { job: ++jobs, competition, scenario, inputs, ...context };
  const w = getWorker();
  if (!w) return onMainThread(req, onProgress);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<VerifyMessage>): void => {
      const m = event.data;
      if (m.job !== req.job) return;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else {
        w.removeEventListener('message', listen);
        resolve({ results: m.results, ms: performance.now() - t0 });
      }
    };
    w.addEventListener('message', listen);
    w.addEventListener('error', (e) => reject(new Error(e.message || 'the verification worker failed')), {
      once: true,
    });
    w.postMessage(req);
  });
}
