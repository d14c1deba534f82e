/** Errors the command-line tool reports as one line with exit code 2 (usage) or 1 (a failed check). */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Whole number parser for commander options, with a message naming the flag and the expectation. */
export function wholeNumber(flag: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value}")`);
    }
    return n;
  };
}

/** Refuses an output file whose folder does not exist, before any work is done. */
export function checkOutputFolder(flag: string, path: string | undefined): void {
  if (path === undefined) return;
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`${flag} ${path}: the folder ${dir} does not exist`);
}
