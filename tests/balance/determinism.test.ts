/** The same seed gives the same report, whatever the number of workers or the order chunks finish in. */
import { describe, expect, it } from 'vitest';
import type { Aggregate, BalanceJob, ChunkRunner } from '../../src/balance/index.ts';
import {
  balanceReport,
  BalanceCancelled,
  DECISION_VARIANTS,
  buildReport,
  defaultConfig,
  inProcessRunner,
  messageRunner,
  runBalance,
  simulateAll,
  simulateChunk,
  totalGames,
  workerHandler,
  type FromWorker,
} from '../../src/balance/index.ts';
import { eventfulScenario } from '../fixtures/scenarios.ts';

const scenario = eventfulScenario(10);
const config = defaultConfig({
  runs: 60,
  bots: ['move-fast', 'steady', 'frugal'],
  variantRuns: 20,
  seed: 'det',
});
const job: BalanceJob = { scenario, config };

/** A runner that finishes chunks after a delay, so later chunks can overtake earlier ones. */
function slowRunner(delays: number[]): ChunkRunner {
  return {
    run: (index) =>
      new Promise<Aggregate>((resolve) => {
        setTimeout(() => resolve(simulateChunk(job, index)), delays[index % delays.length]);
      }),
  };
}

describe('balance determinism', () => {
  it('gives an identical report for the same seed, and another for another seed', () => {
    const a = JSON.stringify(balanceReport(scenario, config));
    expect(JSON.stringify(balanceReport(scenario, config))).toBe(a);
    expect(JSON.stringify(balanceReport(scenario, { ...config, seed: 'other' }))).not.toBe(a);
  });

  it('gives the same aggregate on one runner, two runners, or runners finishing out of order', async () => {
    const reference = simulateAll(job);
    expect(await runBalance(job, [inProcessRunner(job)])).toEqual(reference);
    expect(await runBalance(job, [inProcessRunner(job), inProcessRunner(job)])).toEqual(reference);
    expect(await runBalance(job, [slowRunner([5, 0, 2]), slowRunner([0, 3])])).toEqual(reference);
  });

  it('gives the same aggregate when workers hold two chunks at once beside a runner on this thread', async () => {
    const reference = simulateAll(job);
    // A worker over messages: answers in arrival order, after a delay that varies, as a busy thread would.
    const worker = (delay: (n: number) => number) => {
      const handle = workerHandler();
      let listener: (msg: FromWorker) => void = () => undefined;
      let n = 0;
      // One message after another, as a thread works: timers alone could reorder two that fall due together.
      let queue = Promise.resolve();
      return messageRunner(
        job,
        (msg) => {
          const copy = structuredClone(msg);
          const wait = delay(n++);
          queue = queue
            .then(() => new Promise((done) => setTimeout(done, wait)))
            .then(() => {
              const reply = handle(copy);
              if (reply) listener(structuredClone(reply));
            });
        },
        (fn) => (listener = fn),
      );
    };
    const a = worker((n) => (n % 3) * 2);
    const b = worker((n) => ((n + 1) % 2) * 3);
    expect(a.inFlight).toBe(2);
    expect(await runBalance(job, [inProcessRunner(job), a, b])).toEqual(reference);
  });

  it('reports progress up to every game, and stops when cancelled', async () => {
    const seen: number[] = [];
    await runBalance(job, [inProcessRunner(job)], { onProgress: (p) => seen.push(p.games) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(totalGames(job));
    expect(totalGames(job)).toBe(60 * 3 + 20 * DECISION_VARIANTS.length);
    let chunks = 0;
    const run = runBalance(job, [inProcessRunner(job)], {
      onProgress: () => void chunks++,
      cancelled: () => chunks > 2,
    });
    await expect(run).rejects.toBeInstanceOf(BalanceCancelled);
  });

  it('pairs the variants with the base bot even when the base bot is not compared', () => {
    const without = buildReport(
      scenario,
      { ...config, bots: ['frugal'] },
      simulateAll({ scenario, config: { ...config, bots: ['frugal'] } }),
    );
    const withBase = balanceReport(scenario, config);
    expect(without.decisions).toEqual(withBase.decisions);
  });
});
