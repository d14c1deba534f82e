/**
 * What the instructor should look at in a ranking, where nothing is rejected because only a person can decide:
 * a name that looks like another ranked name (a Cyrillic "Аda" beside "Ada"), a name that mixes alphabets, and
 * a run whose decisions are the very same as another's, turn by turn, under another name. Pure.
 */
import { canonicalJson, hashString } from '../lib/hash.ts';
import { canonicalName, mixedScripts, nameSkeleton } from './names.ts';
import type { RunFile } from './run.ts';

export type FlagKind = 'look-alike' | 'mixed-scripts' | 'same-decisions';

export interface RunFlag {
  kind: FlagKind;
  /** The other ranked names it concerns (look-alike, same-decisions). */
  others: string[];
  /** The alphabets a mixed name uses (look-alike, mixed-scripts), e.g. ['Latin', 'Cyrillic']. */
  scripts: string[];
}

/**
 * A flag in words, with each other name it mentions made by `name` (the screen isolates names from the words
 * around them): `looks like Ada (Latin and Cyrillic letters)`.
 */
export function flagWords<T>(flag: RunFlag, name: (n: string) => T): (string | T)[] {
  const names = flag.others.flatMap((n, i) => (i === 0 ? [name(n)] : [', ', name(n)]));
  const scripts = flag.scripts.join(' and ');
  switch (flag.kind) {
    case 'look-alike':
      return ['looks like ', ...names, scripts ? ` (${scripts} letters)` : ''];
    case 'mixed-scripts':
      return [`mixes ${scripts} letters`];
    case 'same-decisions':
      return ['same decisions as ', ...names, ', turn by turn'];
  }
}

/** A flag as one line of text, for the command line and the CSV. */
export function flagText(flag: RunFlag): string {
  return flagWords(flag, (n) => n).join('');
}

/** Groups of indices of `keys` that share a key (each index's fellow members), ignoring null keys. */
function fellows(keys: readonly (string | null)[]): number[][] {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return keys.map((key, i) => (key === null ? [] : groups.get(key)!.filter((j) => j !== i)));
}

/** The decisions of every turn, without their times, as one key; null for a run that decided nothing. */
function decisionsKey(run: RunFile): string | null {
  const log = run.turns.map((t) => t.decisions);
  return log.some((d) => d.length > 0) ? hashString(canonicalJson(log)) : null;
}

/**
 * The flags of each run of a ranking (in its order). Names are already distinct in canonical form (one run per
 * name), so two names with one skeleton are different names that look the same.
 */
export function runFlags(runs: readonly { name: string; run: RunFile }[]): RunFlag[][] {
  const lookAlike = fellows(runs.map((r) => nameSkeleton(r.name)));
  const sameDecisions = fellows(runs.map((r) => decisionsKey(r.run)));
  return runs.map((r, i) => {
    const flags: RunFlag[] = [];
    const scripts = mixedScripts(r.name);
    const similar = lookAlike[i]!.filter((j) => canonicalName(runs[j]!.name) !== canonicalName(r.name));
    if (similar.length > 0)
      flags.push({ kind: 'look-alike', others: similar.map((j) => runs[j]!.name), scripts });
    else if (scripts.length > 0) flags.push({ kind: 'mixed-scripts', others: [], scripts });
    const same = sameDecisions[i]!;
    if (same.length > 0)
      flags.push({ kind: 'same-decisions', others: same.map((j) => runs[j]!.name), scripts: [] });
    return flags;
  });
}
