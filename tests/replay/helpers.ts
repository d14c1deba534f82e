/** Competitions and runs for the replay tests: built-in scenarios from disk, bot-played runs with fake clocks. */
import { BOTS, playBot, type BotName } from '../../src/bots/index.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { buildRun, createCompetition, type Competition, type RunFile } from '../../src/replay/index.ts';

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
  opts: { scenario?: string; seed?: string; minutes?: number; title?: string } = {},
): Competition {
  return createCompetition({
    loaded: builtIn(opts.scenario ?? 'solo-founder'),
    seed: opts.seed ?? 'K7M2QX',
    timeLimitMinutes: opts.minutes ?? 45,
    title: opts.title ?? 'Week 6 seminar',
    createdAt: T0 - 60_000,
  });
}

/** A run of `bot` in `c`, a turn every `secondsPerTurn` seconds from `startedAt`. */
export function botRun(
  c: Competition,
  name: string,
  bot: BotName = 'steady',
  opts: { turns?: number; startedAt?: number; secondsPerTurn?: number } = {},
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
  });
}

export function target(c: Competition) {
  const loaded = catalogue().find((l) => l.hash === c.scenario.hash)!;
  return { competition: c, scenario: loaded.scenario };
}
