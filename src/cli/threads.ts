/**
 * Worker threads for the simulations (balance chunks and search slices alike) and the terminal's progress bar.
 * Workers run src/cli/balance-worker.ts: bundled on its own by bin/tradeoffs.mjs, or as part of the CLI's bundle
 * (a worker thread loads that same file and, seeing the flag in its workerData, serves requests).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { groupThousands } from '../lib/format.ts';
import { WORKER_FLAG } from './balance-worker.ts';

/**
 * A simulation worker thread. Bundled, that is the light worker bundle beside this file when bin/tradeoffs.mjs
 * built one, else this very bundle (which serves as a worker when it sees the flag). Unbundled (tsx, tests) it
 * is TypeScript, so a tiny bootstrap registers the tsx loader in the worker first.
 */
export function spawnWorker(): Worker {
  const self = import.meta.url;
  const workerData = { [WORKER_FLAG]: true };
  if (self.endsWith('.ts')) {
    const entry = new URL('./balance-worker.ts', self).href;
    const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData });
  }
  // Node flags pass on to workers, except those that only make sense for an eval'd main script.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  const light = new URL(self.replace(/\.mjs$/, '.worker.mjs'));
  const file = light.href !== self && existsSync(light) ? light : new URL(self);
  try {
    return new Worker(file, { workerData, execArgv });
  } catch (e) {
    // V8 flags (`node --single-threaded-gc …`) hold for the whole process already, and a worker refuses them
    // among its own flags: start it without the ones it names (or without any, if it names none).
    if ((e as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    const refused = new Set((/flags: (.*)$/.exec(String((e as Error).message))?.[1] ?? '').split(', '));
    const kept = execArgv.filter((a) => !refused.has(a));
    return new Worker(file, { workerData, execArgv: kept.length < execArgv.length ? kept : [] });
  }
}

export interface Threads {
  workers: Worker[];
  /** Rejects when any worker fails. */
  failed: Promise<never>;
  stop: () => Promise<void>;
}

/** `count` worker threads (`started` ones first, then new ones), referenced while they have work. */
export function startThreads(count: number, started: readonly Worker[] = []): Threads {
  let fail: (e: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const workers = Array.from({ length: count }, (_, i) => {
    const w = started[i] ?? spawnWorker();
    // A thread started early was unreferenced until it had work: now the run waits for it.
    w.ref();
    w.on('error', (e) => fail(e));
    return w;
  });
  return { workers, failed, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/** Posting to and listening on a worker, as the message runners of balance and search expect. */
export function channel<In, Out>(
  w: Worker,
): {
  post: (msg: In) => void;
  listen: (handler: (msg: Out) => void) => void;
} {
  return {
    post: (msg) => w.postMessage(msg),
    listen: (handler) => void w.on('message', (m: Out) => handler(m)),
  };
}

function bar(share: number, width = 30): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

export interface ProgressLine {
  /** `share` 0..1 of the run; `text` what is done ("1,200/10,400 games"). */
  update: (share: number, text: string) => void;
  end: () => void;
}

/** A redrawn bar when stderr is a terminal; otherwise a line every 10%, prefixed with `label`. */
export function progressLine(err: (text: string) => void, label: string): ProgressLine {
  const tty = process.stderr.isTTY === true;
  const start = Date.now();
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;
  return {
    update: (share, text) => {
      const line = `${Math.floor(share * 100)}% ${text} ${((Date.now() - start) / 1000).toFixed(1)} s`;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 80 && share < 1) return;
        lastDraw = now;
        drawn = true;
        process.stderr.write(`\r${bar(share)} ${line}\x1b[K`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth && share > 0) {
        lastTenth = tenth;
        err(`${label}: ${line}`);
      }
    },
    end: () => {
      if (tty && drawn) process.stderr.write('\n');
    },
  };
}

export const gamesText = (games: number, total?: number): string =>
  total === undefined
    ? `${groupThousands(games)} games`
    : `${groupThousands(games)}/${groupThousands(total)} games`;
