/**
 * What the hang guard runs in its worker: the entry points that read untrusted text, each reduced to plain data
 * a test can compare (a worker answers by structured clone).
 */
import { main } from '../../src/cli/main.ts';
import { formatProblem, parseScenarioText } from '../../src/scenario/index.ts';

/** A scenario file's problems as `file:line:col: message` lines, or null when it loads. */
export function scenarioProblems(text: string, fileName: string): string[] | null {
  const r = parseScenarioText(text, fileName);
  return r.ok ? null : r.problems.map(formatProblem);
}

/** The command-line tool with its output captured. */
export async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}
