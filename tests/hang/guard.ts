/**
 * Calls exported functions of a module in a worker thread and gives up on a call after a time limit, killing the
 * worker. A hostile input that makes code hang (a regular expression backtracking for hours) then fails its test
 * at the limit instead of holding the whole test run. The limit is a hang detector, far above the milliseconds
 * each call takes; speed itself is measured by `npm run bench:hostile`. Results must be structured-cloneable.
 */
import { Worker } from 'node:worker_threads';

interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

export class HangGuard {
  private worker: Worker | null = null;
  private next = 0;

  /** `module` is a file URL (new URL('./x.ts', import.meta.url).href); `limitMs` is the hang limit per call. */
  constructor(
    private readonly module: string,
    private readonly limitMs = 60_000,
  ) {}

  call<T>(name: string, ...args: unknown[]): Promise<T> {
    const worker = (this.worker ??= new Worker(new URL('./worker.mjs', import.meta.url)));
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', listen);
        void this.close();
        reject(new Error(`${name} gave no answer within ${this.limitMs / 1000} s: it hangs`));
      }, this.limitMs);
      const listen = (a: Answer): void => {
        if (a.id !== id) return;
        clearTimeout(timer);
        worker.off('message', listen);
        if (a.ok) resolve(a.value as T);
        else reject(new Error(`${name} threw ${a.error}`));
      };
      worker.on('message', listen);
      worker.postMessage({ id, url: this.module, name, args });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
