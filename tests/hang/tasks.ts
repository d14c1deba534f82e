/**
 * What the hang guard runs in its worker: the entry points that read untrusted text, each reduced to plain data
 * a test can compare (a worker answers by structured clone).
 */
import { main } from '../../src/cli/main.ts';
import { printable } from '../../src/lib/printable.ts';
import { decodeSave } from '../../src/persistence/save-format.ts';
import {
  canonicalName,
  cleanName,
  csvCell,
  decodeCompetition,
  decodeRun,
  mixedScripts,
  nameProblem,
  nameSkeleton,
  splitRunCodes,
} from '../../src/replay/index.ts';
import { formatProblem, parseScenarioText } from '../../src/scenario/index.ts';
import { paragraphTexts } from '../../src/ui/format.ts';

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

/** A run code or file's verdict: 'ok', or its problem and message. */
export function runVerdict(text: string): string {
  const r = decodeRun(text);
  return r.ok ? 'ok' : `${r.problem}: ${r.message}`;
}

/** A competition link or code's verdict: 'ok', or its problem. */
export function competitionVerdict(text: string): string {
  const r = decodeCompetition(text, []);
  return r.ok ? 'ok' : r.problem;
}

/** How many pieces pasted text splits into, and the length of the longest. */
export function pastedPieces(text: string): [number, number] {
  const pieces = splitRunCodes(text);
  return [pieces.length, Math.max(0, ...pieces.map((p) => p.length))];
}

/** What the name checks say of a name: its problem, canonical length, skeleton length, mixed scripts. */
export function nameChecks(name: string): [string | null, number, number, string[]] {
  const clean = cleanName(name);
  return [nameProblem(name), canonicalName(clean).length, nameSkeleton(clean).length, mixedScripts(name)];
}

/** A save file's verdict: 'ok' or its failure reason. */
export function saveVerdict(text: string): string {
  const r = decodeSave(text);
  return r.ok ? 'ok' : r.reason;
}

/** CSV cells, printable text and briefing paragraphs of long text: their lengths. */
export function textLengths(text: string): [number, number, number] {
  return [csvCell(text).length, printable(text).length, paragraphTexts(text).length];
}
