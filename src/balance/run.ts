/**
 * Runs a balance job on any number of chunk runners (in-process, Node worker threads, browser Web Workers):
 * each runner pulls the next chunk, and finished chunks are merged in seed order as soon as their turn comes,
 * so at most a few partial aggregates wait at any time. The result does not depend on the number of runners.
 * Also the worker side of the message protocol, shared by both kinds of worker.
 */
import type { Aggregate } from './aggregate.ts';
import { emptyAggregate, mergeInto, shapeOf } from './aggregate.ts';
import type { BalanceJob } from './config.ts';
import { chunkCount, gamesInChunk, jobVariants, totalGames } from './config.ts';
import { simulateChunk } from './simulate.ts';
import { interned } from '../lib/intern.ts';

/** Plays chunks somewhere; `run` resolves with the chunk's partial aggregate. */
export interface ChunkRunner {
  run(index: number): Promise<Aggregate>;
  /**
   * Chunks it may hold at once (default 1). A worker given two never waits for the main thread between
   * chunks: the next request is already queued when it posts a result.
   */
  inFlight?: number;
}

export interface Progress {
  games: number;
  totalGames: number;
  chunks: number;
  totalChunks: number;
}

export interface RunOptions {
  onProgress?: (p: Progress) => void;
  /** Polled between chunks; a cancelled run rejects with BalanceCancelled. */
  cancelled?: () => boolean;
}

export class BalanceCancelled extends Error {
  constructor() {
    super('balance run cancelled');
    this.name = 'BalanceCancelled';
  }
}

export function emptyJobAggregate(job: BalanceJob): Aggregate {
  return emptyAggregate(shapeOf(job.scenario, job.config.bots.length, jobVariants(job).length));
}

export async function runBalance(
  job: BalanceJob,
  runners: readonly ChunkRunner[],
  opts: RunOptions = {},
): Promise<Aggregate> {
  if (runners.length === 0) throw new Error('runBalance needs at least one chunk runner');
  const total = chunkCount(job.config);
  const all = totalGames(job);
  const result = emptyJobAggregate(job);
  const waiting = new Map<number, Aggregate>();
  let next = 0;
  let merged = 0;
  let games = 0;
  let done = 0;
  opts.onProgress?.({ games: 0, totalGames: all, chunks: 0, totalChunks: total });
  const work = async (runner: ChunkRunner): Promise<void> => {
    while (next < total) {
      if (opts.cancelled?.()) throw new BalanceCancelled();
      const index = next++;
      const part = await runner.run(index);
      if (opts.cancelled?.()) throw new BalanceCancelled();
      waiting.set(index, part);
      while (waiting.has(merged)) {
        mergeInto(result, waiting.get(merged)!, job.scenario);
        waiting.delete(merged);
        merged++;
      }
      games += gamesInChunk(job, index);
      done++;
      opts.onProgress?.({ games, totalGames: all, chunks: done, totalChunks: total });
    }
  };
  // One loop per chunk a runner may hold, interleaved (every runner's first, then the second ones): a short
  // job still spreads over every runner.
  const depth = Math.max(1, ...runners.map((r) => r.inFlight ?? 1));
  const loops = Array.from({ length: depth }, (_, d) => runners.filter((r) => (r.inFlight ?? 1) > d)).flat();
  await Promise.all(loops.slice(0, Math.max(1, total)).map(work));
  return result;
}

/** Plays chunks in this thread (tests, one-worker runs, and the reference the workers must match). */
export function inProcessRunner(job: BalanceJob): ChunkRunner {
  return {
    run: (index) =>
      // Yield to the event loop between chunks so progress can be drawn and cancellation noticed.
      new Promise((resolve, reject) => {
        Promise.resolve().then(() => {
          try {
            resolve(simulateChunk(job, index));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }, reject);
      }),
  };
}

/** Plays the whole job synchronously in this thread. */
export function simulateAll(job: BalanceJob): Aggregate {
  const result = emptyJobAggregate(job);
  for (let i = 0; i < chunkCount(job.config); i++) mergeInto(result, simulateChunk(job, i), job.scenario);
  return result;
}

// ---------------------------------------------------------------- worker protocol

export type ToWorker = { type: 'job'; job: BalanceJob } | { type: 'chunk'; index: number };
export type FromWorker =
  { type: 'result'; index: number; aggregate: Aggregate } | { type: 'error'; index: number; message: string };

/** The worker side: keeps the job it was given and answers each chunk request. */
export function workerHandler(): (msg: ToWorker) => FromWorker | null {
  let job: BalanceJob | null = null;
  return (msg) => {
    if (msg.type === 'job') {
      // A message arrives as fresh copies of every string; the engine compares them each turn (src/lib/intern.ts).
      job = { ...msg.job, scenario: interned(msg.job.scenario) };
      return null;
    }
    if (!job) return { type: 'error', index: msg.index, message: 'no job before the first chunk' };
    try {
      return { type: 'result', index: msg.index, aggregate: simulateChunk(job, msg.index) };
    } catch (e) {
      return { type: 'error', index: msg.index, message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** The main-thread side of one worker: a ChunkRunner over postMessage-style messaging. */
export function messageRunner(
  job: BalanceJob,
  post: (msg: ToWorker) => void,
  listen: (handler: (msg: FromWorker) => void) => void,
): ChunkRunner {
  const pending = new Map<number, { resolve: (a: Aggregate) => void; reject: (e: Error) => void }>();
  listen((msg) => {
    const p = pending.get(msg.index);
    if (!p) return;
    pending.delete(msg.index);
    if (msg.type === 'result') p.resolve(msg.aggregate);
    else p.reject(new Error(msg.message));
  });
  post({ type: 'job', job });
  return {
    inFlight: 2,
    run: (index) =>
      new Promise((resolve, reject) => {
        pending.set(index, { resolve, reject });
        post({ type: 'chunk', index });
      }),
  };
}
