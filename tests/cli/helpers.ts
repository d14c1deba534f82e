/** Runs the command-line tool in-process, collecting what it prints; resets the exit code after each test. */
import { afterEach } from 'vitest';
import { main } from '../../src/cli/main.ts';

export async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

afterEach(() => {
  process.exitCode = undefined;
});
