/**
 * `tradeoffs play`: plays a scenario with a bot and prints the result (JSON with --json, a summary otherwise).
 * Same arguments → same output, byte for byte. With --out it also writes the game as a classroom run file, the
 * same file the browser offers (for tests and instructors): in the competition given by --competition, or else
 * in a competition of its own on the scenario and seed with no time limit. In a competition played in rounds,
 * each --release (the instructor's release codes, round 2 first) opens the next round with its inject; with
 * fewer releases than stops, the game stops at the next stop and the run file is a checkpoint.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { BOT_NAMES, BOTS, isBotName, playBot } from '../bots/index.ts';
import type { GameEvent, GameState } from '../engine/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import type { Competition, PlayerExtras, Release, RoundStart } from '../replay/index.ts';
import {
  NAME_KINDS,
  buildRun,
  cleanName,
  createCompetition,
  decodeRelease,
  encodeRunFile,
  membersOf,
  membersProblem,
  nameProblem,
  playInRounds,
  stopsOf,
} from '../replay/index.ts';
import { resolveCompetition } from './competition.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { firedEvents, followUpWatch, formatSummary, summarise } from './play-summary.ts';
import { resolveScenario } from './scenarios.ts';

interface PlayFlags {
  scenario?: string;
  seed?: string;
  bot: string;
  turns?: number;
  json?: boolean;
  out?: string;
  name?: string;
  nameKind?: string;
  members?: string;
  competition?: string;
  startedAt?: number;
  release: string[];
}

/** The --release codes of a competition, decoded in order (round 2 first), or a usage error saying why not. */
function releasesOf(flags: PlayFlags, game: ReturnType<typeof gameOf>): Release[] {
  const stops = stopsOf(game.competition);
  if (flags.release.length > stops.length)
    throw new UsageError(
      stops.length === 0
        ? '--release: this competition is played in one sitting (no rounds to release)'
        : `--release: this competition has ${stops.length + 1} rounds, so at most ${stops.length} release codes`,
    );
  return flags.release.map((text, i) => {
    const r = decodeRelease(text, game.competition, game.loaded.scenario);
    if (!r.ok) throw new UsageError(`--release ${text}: ${r.message}`);
    if (r.release.round !== i + 2)
      throw new UsageError(
        `--release ${text}: this is round ${r.release.round}'s; give round ${i + 2}'s here`,
      );
    return r.release;
  });
}

/** The game the bot played; in rounds, the releases it was given and how many turns came before each. */
type Played = ReturnType<typeof playBot> & { releases: Release[]; afterTurns: number[] };

/** Plays the game with the bot: in one sitting, or round by round with the releases given. */
function playGame(
  flags: PlayFlags,
  game: ReturnType<typeof gameOf>,
  onTurn: (state: GameState, e: GameEvent[]) => void,
): Played {
  const { scenario } = game.loaded;
  const seed = game.competition.seed;
  const bot = BOTS[flags.bot as keyof typeof BOTS];
  const stops = stopsOf(game.competition);
  const releases = releasesOf(flags, game);
  if (stops.length === 0) {
    const played = playBot(scenario, seed, bot, {
      ...(flags.turns ? { turns: flags.turns } : {}),
      onTurn: (state, events) => onTurn(state, events),
    });
    return { ...played, releases: [], afterTurns: [] };
  }
  if (flags.turns) throw new UsageError('--turns: a competition played in rounds stops at its stops');
  const played = playInRounds(
    scenario,
    seed,
    stops,
    releases.map((r) => r.inject),
    (state) => bot(state, scenario),
    { onTurn: (state, events) => onTurn(state, events) },
  );
  return { state: played.state, log: played.log, events: [], releases, afterTurns: played.afterTurns };
}

/** --name-kind alias|student-id, or --members "Ada, Grace" (the name is then the team's). */
function playerOf(flags: PlayFlags): PlayerExtras {
  if (flags.nameKind !== undefined && flags.members !== undefined)
    throw new UsageError('--name-kind and --members do not go together: a team run is named after the team');
  if (flags.nameKind !== undefined) {
    const kind = NAME_KINDS.find((k) => k === flags.nameKind);
    if (!kind)
      throw new UsageError(`--name-kind must be ${NAME_KINDS.join(' or ')} (got "${flags.nameKind}")`);
    return { nameKind: kind };
  }
  if (flags.members === undefined) return {};
  const members = membersOf(flags.members);
  const problem = membersProblem(members);
  if (problem) throw new UsageError(`--members: ${problem}`);
  return { members };
}

/** The scenario and competition of a game: from --competition, or from --scenario and --seed. */
function gameOf(flags: PlayFlags): { loaded: LoadedScenario; competition: Competition } {
  if (flags.competition) {
    const resolved = resolveCompetition(flags.competition);
    if (flags.scenario && resolveScenario(flags.scenario).hash !== resolved.loaded.hash)
      throw new UsageError('--scenario is not the scenario of --competition (leave --scenario out)');
    if (flags.seed !== undefined && flags.seed !== resolved.competition.seed)
      throw new UsageError(
        `--seed differs from the competition's seed (${resolved.competition.seed}); leave it out`,
      );
    return resolved;
  }
  if (!flags.scenario) throw new UsageError("required option '--scenario <id|file>' not specified");
  const loaded = resolveScenario(flags.scenario);
  const seed = flags.seed ?? '1';
  return { loaded, competition: createCompetition({ loaded, seed, timeLimitMinutes: 0, createdAt: 0 }) };
}

function isoTime(value: string): number {
  const t = Date.parse(value);
  if (!Number.isFinite(t) || t < 0)
    throw new UsageError(`--started-at must be a date and time (got "${value}")`);
  return t;
}

function writeRun(path: string, flags: PlayFlags, game: ReturnType<typeof gameOf>, played: Played): void {
  const name = cleanName(flags.name ?? `${flags.bot} bot`);
  const problem = nameProblem(name);
  if (problem) throw new UsageError(`--name: ${problem}`);
  // A bot plays in an instant: every turn is stamped with the start time.
  const startedAt = flags.startedAt ?? Date.now();
  // A bot plays in an instant: every round starts at the start time too.
  const rounds: RoundStart[] = played.afterTurns.map((afterTurns, i) => ({
    release: played.releases[i]!.code,
    startedAt,
    afterTurns,
  }));
  const run = buildRun({
    name,
    ...playerOf(flags),
    competition: game.competition,
    scenario: game.loaded.scenario,
    startedAt,
    log: played.log,
    times: played.log.map(() => startedAt),
    state: played.state,
    ...(stopsOf(game.competition).length > 0 ? { rounds } : {}),
  });
  try {
    writeFileSync(path, encodeRunFile(run));
  } catch (e) {
    throw new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

export function registerPlay(program: Command, print: (text: string) => void): void {
  program
    .command('play')
    .description('play a scenario with a strategy bot and print the result')
    .option('--scenario <id|file>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .option('--seed <seed>', 'seed of the world (any text; default 1)')
    .requiredOption('--bot <name>', `strategy bot: ${BOT_NAMES.join(', ')}`)
    .option('--turns <n>', 'stop after this many turns', wholeNumber('--turns', 1, 10_000))
    .option('--json', 'print one JSON object')
    .option('--out <file>', 'also write the game as a classroom run file (what `tradeoffs verify` checks)')
    .option('--name <name>', 'the player name in the run file (default: "<bot> bot")')
    .option('--name-kind <kind>', 'the name is an alias or a student id (alias, student-id)')
    .option(
      '--members <names>',
      'a team run: its members, comma separated, in role order (--name is the team)',
    )
    .option('--competition <link|code>', 'play in this competition (its scenario and seed)')
    .option('--started-at <time>', 'start time recorded in the run file (ISO 8601; default now)', isoTime)
    .option(
      '--release <code>',
      'a release code of a competition played in rounds (repeat, round 2 first); fewer than its stops: a checkpoint',
      (value: string, list: string[]) => [...list, value],
      [],
    )
    .action((flags: PlayFlags) => {
      if (!isBotName(flags.bot))
        throw new UsageError(`unknown bot "${flags.bot}" (choose one of: ${BOT_NAMES.join(', ')})`);
      const game = gameOf(flags);
      const { scenario } = game.loaded;
      const seed = game.competition.seed;
      const turns: GameEvent[][] = [];
      const watch = followUpWatch(scenario);
      const played = playGame(flags, game, (state, events) => {
        turns.push(events.filter((e) => e.kind === 'scenario'));
        watch.onTurn(state, events);
      });
      if (flags.out) writeRun(flags.out, flags, game, played);
      const summary = summarise(scenario, played.state, seed, flags.bot, firedEvents(turns), watch.dropped);
      print(flags.json ? JSON.stringify(summary) : formatSummary(summary));
    });
}
