/** A class for the grading tests: verified runs under real-looking names, and the roster fixtures. */
import { readFileSync } from 'node:fs';
import type { BotName } from '../../src/bots/index.ts';
import { decodeText, parseRoster, type Roster } from '../../src/grading/index.ts';
import {
  encodeRunCode,
  rankRuns,
  sealRun,
  verifyRun,
  type PlayerExtras,
  type Ranking,
  type RunFile,
} from '../../src/replay/index.ts';
import { T0, botRun, competition, target } from '../replay/helpers.ts';

export const comp = competition();

export function rosterFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/rosters/${name}`, import.meta.url)));
}

export function roster(name: string): Roster {
  const r = parseRoster(decodeText(rosterFile(name)).text);
  if (!r.ok) throw new Error(r.message);
  return r.roster;
}

export interface Player extends PlayerExtras {
  name: string;
  bot?: BotName;
  /** Minutes after T0 the run started (the earliest run of a name counts). */
  startedAfter?: number;
}

const runs = new Map<string, RunFile>();

export function runOf(p: Player): RunFile {
  const key = JSON.stringify(p);
  let run = runs.get(key);
  if (!run) {
    const played = botRun(comp, p.name, p.bot ?? 'steady', {
      turns: 4,
      startedAt: T0 + (p.startedAfter ?? 0) * 60_000,
    });
    const extras = {
      ...(p.nameKind ? { nameKind: p.nameKind } : {}),
      ...(p.members ? { members: p.members } : {}),
    };
    run = sealRun({ ...played, ...extras });
    runs.set(key, run);
  }
  return run;
}

/** The class ranked as the leaderboard ranks it; `codes` are extra pasted texts (e.g. a damaged code). */
export function rank(players: readonly Player[], codes: readonly string[] = []): Ranking {
  const t = target(comp);
  const texts = [...players.map((p) => encodeRunCode(runOf(p))), ...codes];
  return rankRuns(texts.map((text, i) => ({ source: `code ${i + 1}`, result: verifyRun(text, t) })));
}
