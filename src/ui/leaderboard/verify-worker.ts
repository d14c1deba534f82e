/**
 * The leaderboard's Web Worker: re-simulates every run of a batch off the main thread (the page stays
 * responsive) and reports progress after each run. Runs the same pure verifyRun as the command line.
 */
import { interned } from '../../lib/intern.ts';
import { verifyRun } from '../../replay/index.ts';
import type { VerifyMessage, VerifyRequest } from './protocol.ts';

const post = (m: VerifyMessage): void => (self as unknown as Worker).postMessage(m);

self.addEventListener('message', (event: MessageEvent<VerifyRequest>) => {
  const { job, competition, inputs, hostKey, releases } = event.data;
  // A message arrives as fresh copies of every string; the engine compares them each turn (src/lib/intern.ts).
  const scenario = interned(event.data.scenario);
  const t0 = performance.now();
  const results = inputs.map((text, i) => {
    const r = verifyRun(text, { competition, scenario, hostKey, releases });
    post({ job, type: 'progress', done: i + 1, total: inputs.length });
    return r;
  });
  post({ job, type: 'done', results, ms: performance.now() - t0 });
});
