/** Competitions and runs for the replay tests: built-in scenarios from disk, bot-played runs with fake clocks. */
import { BOTS, playBot, type BotName } from '../../src/bots/index.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import {
  buildRun,
  createCompetition,
  decodeRelease,
  playInRounds,
  stopsOf,
  type Competition,
  type RoundStart,
  type RunFile,
  type VerifyTarget,
} from '../../src/replay/index.ts';

const cache = new Map<string, LoadedScenario>();

export function builtIn(id: string): LoadedScenario {
  let loaded = cache.get(id);
  if (!loaded) {
    const r = loadBuiltIn(id);
    if (!r.ok) throw new Error(`cannot load ${id}`);
    loaded = r.loaded;
    cache.set(id, loaded);
  }
  return loaded;
}

/** The built-in scenarios in their listed order (what short codes index). */
export function catalogue(): LoadedScenario[] {
  return BUILT_IN_IDS.map(builtIn);
}

export const refs = (): { id: string; hash: string }[] =>
  catalogue().map((l) => ({ id: l.scenario.id, hash: l.hash }));

export const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);

export function competition(
  opts: { scenario?: string; seed?: string; minutes?: number; title?: string; stops?: number[] } = {},
): Competition {
  return createCompetition({
    loaded: builtIn(opts.scenario ?? 'solo-founder'),
    seed: opts.seed ?? 'K7M2QX',
    timeLimitMinutes: opts.minutes ?? 45,
    title: opts.title ?? 'Week 6 seminar',
    createdAt: T0 - 60_000,
    ...(opts.stops ? { stops: opts.stops } : {}),
  });
}

/**
 * A run of `bot` in a competition played in rounds, as a student's browser writes it: a turn every
 * `secondsPerTurn` seconds, each release entered `gapSeconds` after the round before ended; `releases` opens the
 * rounds after the first (fewer than the stops: a checkpoint), `playerTurns(round)` caps the turns ended in a
 * round (its time ran out).
 */
export function roundsRun(
  c: Competition,
  name: string,
  bot: BotName = 'steady',
  opts: {
    releases?: string[];
    playerTurns?: (round: number) => number;
    secondsPerTurn?: number;
    gapSeconds?: number;
    accommodation?: string;
  } = {},
): RunFile {
  const loaded = catalogue().find((l) => l.hash === c.scenario.hash)!;
  const releases = (opts.releases ?? []).map((code) => {
    const r = decodeRelease(code, c, loaded.scenario);
    if (!r.ok) throw new Error(r.message);
    return r.release;
  });
  const decide = (s: Parameters<(typeof BOTS)['steady']>[0]) => BOTS[bot](s, loaded.scenario);
  const played = playInRounds(
    loaded.scenario,
    c.seed,
    stopsOf(c),
    releases.map((r) => r.inject),
    decide,
    opts.playerTurns ? { playerTurns: opts.playerTurns } : {},
  );
  const step = (opts.secondsPerTurn ?? 20) * 1000;
  const gap = (opts.gapSeconds ?? 600) * 1000;
  const times: number[] = [];
  const rounds: RoundStart[] = [];
  let at = T0;
  const startRounds = (turn: number): void => {
    for (let r = rounds.length; r < played.afterTurns.length && played.afterTurns[r]! <= turn; r++) {
      at += gap;
      rounds.push({ release: releases[r]!.code, startedAt: at, afterTurns: played.afterTurns[r]! });
    }
  };
  for (let i = 0; i < played.log.length; i++) {
    startRounds(i);
    at += step;
    times.push(at);
  }
  startRounds(played.log.length);
  return buildRun({
    name,
    competition: c,
    scenario: loaded.scenario,
    startedAt: T0,
    log: played.log,
    times,
    state: played.state,
    rounds,
    ...(opts.accommodation ? { accommodation: opts.accommodation } : {}),
  });
}

/** A run of `bot` in `c`, a turn every `secondsPerTurn` seconds from `startedAt`. */
export function botRun(
  c: Competition,
  name: string,
  bot: BotName = 'steady',
  opts: { turns?: number; startedAt?: number; secondsPerTurn?: number; accommodation?: string } = {},
): RunFile {
  const loaded = catalogue().find((l) => l.hash === c.scenario.hash)!;
  const played = playBot(loaded.scenario, c.seed, BOTS[bot], opts.turns ? { turns: opts.turns } : {});
  const startedAt = opts.startedAt ?? T0;
  const step = (opts.secondsPerTurn ?? 20) * 1000;
  return buildRun({
    name,
    competition: c,
    scenario: loaded.scenario,
    startedAt,
    log: played.log,
    times: played.log.map((_, i) => startedAt + (i + 1) * step),
    state: played.state,
    ...(opts.accommodation ? { accommodation: opts.accommodation } : {}),
  });
}

export function target(c: Competition, extra: Pick<VerifyTarget, 'hostKey' | 'releases'> = {}) {
  const loaded = catalogue().find((l) => l.hash === c.scenario.hash)!;
  return { competition: c, scenario: loaded.scenario, ...extra };
}
