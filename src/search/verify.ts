/**
 * The honest estimate: the strategy chosen on the selection seeds, every bot, and the probes (alone and on top
 * of it) replayed on the same held-out seeds, read into the search's result: its scores and win rate, how often
 * it beats each bot, the probes' scores and the lever sensitivity table. Pure.
 */
import type { BotName } from '../bots/index.ts';
import { BOT_NAMES } from '../bots/index.ts';
import type { Extreme } from './lever.ts';
import type { PlayerSpec, SliceResult } from './play.ts';
import type { Probe } from './probes.ts';
import { PROBES, withProbe } from './probes.ts';
import type { Sensitivity } from './sensitivity.ts';
import type { Genome, LeverSetting, PolicySpace } from './space.ts';
import { describePolicy, emptyGenome, policyExtremes, settings } from './space.ts';
import type { Games, Interval, ScoreStats } from './stats.ts';
import { beats, beatsAll, gamesOf, paired, scoreStats } from './stats.ts';

export interface BotResult extends ScoreStats {
  bot: string;
}

export interface BestResult extends ScoreStats {
  /** The strategy in a player's words, one line per kind of decision. */
  description: string[];
  /** The levers it leans on most (largest fall when moved), "label: value". */
  keyLevers: string[];
  settings: LeverSetting[];
  /** Levers held at a degenerate extreme. */
  extremes: Extreme[];
  trainingMean: number;
  selectionMean: number;
  /** Share of held-out seeds on which it scores more than the bot with the best mean there (random aside). */
  beatsBestBotShare: number;
  /** … than every bot but random. */
  beatsEveryBotShare: number;
  beatsBot: { bot: string; share: number }[];
  /** Paired score difference against the best bot. */
  marginOverBestBot: Interval;
}

export interface ProbeStats extends ScoreStats {
  beatsBestBotShare: number;
}

export interface ProbeResult {
  id: string;
  label: string;
  /** Null when the scenario does not offer the probe's levers. */
  alone: ProbeStats | null;
  /** The best strategy with the probe's levers forced, and its paired change from the best. */
  onBest: (ProbeStats & { change: Interval }) | null;
}

/** Who plays the held-out seeds, in order: the best, every bot, then each offered probe alone and on the best. */
export interface VerifyPlan {
  players: PlayerSpec[];
  probes: { probe: Probe; alone: number; onBest: number }[];
}

export function verifyPlan(space: PolicySpace, best: Genome): VerifyPlan {
  const players: PlayerSpec[] = [{ genome: best }, ...BOT_NAMES.map((bot) => ({ bot }))];
  const probes = PROBES.map((probe) => {
    const alone = withProbe(space, emptyGenome(space), probe);
    const onBest = withProbe(space, best, probe);
    const at = (g: number[] | null): number => (g ? players.push({ genome: g }) - 1 : -1);
    return { probe, alone: at(alone), onBest: at(onBest) };
  });
  return { players, probes };
}

export interface Verified {
  best: BestResult;
  bots: BotResult[];
  bestBot: BotName;
  probes: ProbeResult[];
}

/**
 * The bots the strongest strategy is judged against: all but random, which plays no strategy (its lucky games
 * would let chance decide "beats every bot"). Idle stays: a scenario that doing nothing wins must show.
 */
export const RIVALS: readonly BotName[] = BOT_NAMES.filter((b) => b !== 'random');

interface Means {
  trainingMean: number;
  selectionMean: number;
}

/** Reads the held-out batch (player-major on `seeds` seeds) and the sensitivity table into the result. */
export function readVerified(
  space: PolicySpace,
  genome: Genome,
  plan: VerifyPlan,
  batch: SliceResult,
  seeds: number,
  sensitivity: Sensitivity,
  means: Means,
): Verified {
  const best = gamesOf(batch, 0, seeds);
  const botGames = BOT_NAMES.map((_, b) => gamesOf(batch, 1 + b, seeds));
  const bots = BOT_NAMES.map((bot, b) => ({ bot, ...scoreStats(botGames[b]!) }));
  const rivals = BOT_NAMES.flatMap((bot, b) => (RIVALS.includes(bot) ? [b] : []));
  // The rival with the highest mean (the first in the fixed bot order on a tie).
  const top = rivals.reduce((a, b) => (bots[b]!.meanScore > bots[a]!.meanScore ? b : a), rivals[0]!);
  const topScores = botGames[top]!.scores;
  const probeStats = (g: Games): ProbeStats => ({
    ...scoreStats(g),
    beatsBestBotShare: beats(g.scores, topScores),
  });
  const probes = plan.probes.map(({ probe, alone, onBest }): ProbeResult => {
    const a = alone < 0 ? null : gamesOf(batch, alone, seeds);
    const o = onBest < 0 ? null : gamesOf(batch, onBest, seeds);
    return {
      id: probe.id,
      label: probe.label,
      alone: a && probeStats(a),
      onBest: o && { ...probeStats(o), change: paired(o.scores, best.scores) },
    };
  });
  const keyLevers = sensitivity.rows
    .filter((r) => r.verdict === 'matters' && r.drop < 0 && r.moves.some((m) => m.high < 0))
    .sort((a, b) => a.drop - b.drop)
    .slice(0, 3)
    .map((r) => `${r.label}: ${r.value}`);
  return {
    best: {
      ...scoreStats(best),
      description: describePolicy(space, genome),
      keyLevers,
      settings: settings(space, genome),
      extremes: policyExtremes(space, genome),
      ...means,
      beatsBestBotShare: beats(best.scores, topScores),
      beatsEveryBotShare: beatsAll(
        best.scores,
        rivals.map((b) => botGames[b]!.scores),
      ),
      beatsBot: BOT_NAMES.map((bot, b) => ({ bot, share: beats(best.scores, botGames[b]!.scores) })),
      marginOverBestBot: paired(best.scores, topScores),
    },
    bots,
    bestBot: BOT_NAMES[top]!,
    probes,
  };
}
