/**
 * Where the search's games are played: a pool of slice runners (this thread, Node worker threads, Web Workers)
 * that plays a batch (players × seeds) as fixed slices and puts the results back in order, so the numbers do not
 * depend on the number of runners or on which finishes first. Also both sides of the worker messages.
 */
import type { Scenario } from '../engine/index.ts';
import { interned } from '../lib/intern.ts';
import type { SeedSet } from './config.ts';
import type { Player, PlayerSpec, Slice, SliceResult } from './play.ts';
import { player, playSlice } from './play.ts';

export interface SliceRunner {
  run(slice: Slice): Promise<SliceResult>;
  /** Slices it may hold at once (a worker given two never waits for this thread between slices). */
  inFlight?: number;
}

export class SearchCancelled extends Error {
  constructor() {
    super('strategy search cancelled');
    this.name = 'SearchCancelled';
  }
}

/** About this many games per slice: big enough to keep messages few, small enough to spread a batch. */
const GAMES_PER_SLICE = 100;

export function slicesOf(players: readonly PlayerSpec[], seeds: SeedSet, prints: boolean): Slice[] {
  const out: Slice[] = [];
  if (seeds.count >= GAMES_PER_SLICE) {
    for (const p of players) {
      for (let from = 0; from < seeds.count; from += GAMES_PER_SLICE) {
        const to = Math.min(seeds.count, from + GAMES_PER_SLICE);
        out.push({ players: [p], seeds: { prefix: seeds.prefix, from, to }, prints });
      }
    }
    return out;
  }
  const per = Math.max(1, Math.floor(GAMES_PER_SLICE / Math.max(1, seeds.count)));
  for (let i = 0; i < players.length; i += per) {
    out.push({
      players: players.slice(i, i + per),
      seeds: { prefix: seeds.prefix, from: 0, to: seeds.count },
      prints,
    });
  }
  return out;
}

export interface PoolOptions {
  /** Called with the number of games of each slice as it comes back. */
  onGames?: (games: number) => void;
  /** Polled before each slice; a cancelled batch rejects with SearchCancelled. */
  cancelled?: () => boolean;
}

/** Plays `players` on `seeds` on every runner; the result is player-major (player × seeds.count + seed). */
export async function playBatch(
  runners: readonly SliceRunner[],
  players: readonly PlayerSpec[],
  seeds: SeedSet,
  prints: boolean,
  opts: PoolOptions = {},
): Promise<SliceResult> {
  if (runners.length === 0) throw new Error('the search needs at least one runner');
  const slices = slicesOf(players, seeds, prints);
  const results: SliceResult[] = new Array<SliceResult>(slices.length);
  let next = 0;
  const work = async (runner: SliceRunner): Promise<void> => {
    while (next < slices.length) {
      if (opts.cancelled?.()) throw new SearchCancelled();
      const index = next++;
      const slice = slices[index]!;
      results[index] = await runner.run(slice);
      opts.onGames?.(slice.players.length * (slice.seeds.to - slice.seeds.from));
    }
  };
  const depth = Math.max(1, ...runners.map((r) => r.inFlight ?? 1));
  const loops = Array.from({ length: depth }, (_, d) => runners.filter((r) => (r.inFlight ?? 1) > d)).flat();
  await Promise.all(loops.map(work));
  if (opts.cancelled?.()) throw new SearchCancelled();
  return {
    scores: results.flatMap((r) => r.scores),
    reasons: results.flatMap((r) => r.reasons),
    prints: results.flatMap((r) => r.prints),
  };
}

/** Plays slices on this thread, one per turn of the event loop (so progress is drawn and Stop is noticed). */
export function inThreadRunner(scenario: Scenario): SliceRunner {
  const p = player(scenario);
  return {
    run: (slice) =>
      new Promise((resolve, reject) => {
        setTimeoutZero(() => {
          try {
            resolve(playSlice(p, slice));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      }),
  };
}

/** A macrotask where the platform has one (Node, browsers), so a long run lets the event loop breathe. */
function setTimeoutZero(fn: () => void): void {
  const g = globalThis as {
    setImmediate?: (f: () => void) => void;
    setTimeout?: (f: () => void, ms: number) => void;
  };
  if (g.setImmediate) g.setImmediate(fn);
  else if (g.setTimeout) g.setTimeout(fn, 0);
  else void Promise.resolve().then(fn);
}

// ---------------------------------------------------------------- worker protocol

export type ToSearchWorker =
  { type: 'search-job'; scenario: Scenario } | { type: 'search-slice'; id: number; slice: Slice };
export type FromSearchWorker =
  | { type: 'search-result'; id: number; result: SliceResult }
  | { type: 'search-error'; id: number; message: string };

/** The worker side: keeps the scenario it was given and plays each slice it is sent. */
export function searchWorkerHandler(): (msg: ToSearchWorker) => FromSearchWorker | null {
  let p: Player | null = null;
  return (msg) => {
    if (msg.type === 'search-job') {
      // Fresh strings from a message, interned once: the engine compares them every turn (src/lib/intern.ts).
      p = player(interned(msg.scenario));
      return null;
    }
    if (!p) return { type: 'search-error', id: msg.id, message: 'no search job before the first slice' };
    try {
      return { type: 'search-result', id: msg.id, result: playSlice(p, msg.slice) };
    } catch (e) {
      return { type: 'search-error', id: msg.id, message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/** The main-thread side of one worker: a SliceRunner over postMessage-style messaging. */
export function messageSliceRunner(
  scenario: Scenario,
  post: (msg: ToSearchWorker) => void,
  listen: (handler: (msg: FromSearchWorker) => void) => void,
): SliceRunner {
  const pending = new Map<number, { resolve: (r: SliceResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  listen((msg) => {
    if (msg.type !== 'search-result' && msg.type !== 'search-error') return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'search-result') p.resolve(msg.result);
    else p.reject(new Error(msg.message));
  });
  post({ type: 'search-job', scenario });
  return {
    inFlight: 2,
    run: (slice) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ type: 'search-slice', id, slice });
      }),
  };
}
