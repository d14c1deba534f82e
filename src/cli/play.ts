/**
 * `tradeoffs play`: plays a scenario with a bot and prints the result (JSON with --json, a summary otherwise).
 * Same arguments → same output, byte for byte.
 */
import type { Command } from 'commander';
import { BOT_NAMES, BOTS, isBotName, playBot } from '../bots/index.ts';
import { doraCluster, headcountOf, runwayTurns, scorecard, stateHash } from '../engine/index.ts';
import type { GameState, Scenario } from '../engine/index.ts';
import { UsageError, wholeNumber } from './errors.ts';
import { resolveScenario } from './scenarios.ts';

export interface PlaySummary {
  scenario: string;
  seed: string;
  bot: string;
  turns: number;
  outcome: string;
  reason: string;
  score: number;
  stateHash: string;
  metrics: {
    users: number;
    cash: number;
    techDebt: number;
    incidents: number;
    runwayTurns: number;
    headcount: number;
    boardConfidence: number;
    dora: { deploysPerWeek: number; leadTimeDays: number; changeFailureRate: number; recoveryHours: number };
    doraCluster: string;
  };
  scorecard: Record<string, number>;
}

const round = (x: number, places = 3): number => Math.round(x * 10 ** places) / 10 ** places;

export function summarise(scenario: Scenario, state: GameState, seed: string, bot: string): PlaySummary {
  const card = scorecard(state, scenario);
  return {
    scenario: scenario.id,
    seed,
    bot,
    turns: state.turn,
    outcome: state.status,
    reason: state.reason,
    score: card.score,
    stateHash: stateHash(state),
    metrics: {
      users: state.market.users,
      cash: round(state.money.cash / 100, 2),
      techDebt: round(state.debt, 2),
      incidents: state.incidents.total,
      runwayTurns: runwayTurns(state),
      headcount: headcountOf(state.team),
      boardConfidence: round(state.stakeholders.board),
      dora: {
        deploysPerWeek: round(card.dora.deploysPerWeek),
        leadTimeDays: round(card.dora.leadTimeDays),
        changeFailureRate: round(card.dora.changeFailureRate),
        recoveryHours: round(card.dora.recoveryHours),
      },
      doraCluster: doraCluster(card.dora),
    },
    scorecard: card.domains,
  };
}

export function formatSummary(p: PlaySummary): string {
  const m = p.metrics;
  const d = m.dora;
  return [
    `${p.scenario} · seed ${p.seed} · bot ${p.bot}`,
    `outcome    ${p.outcome} (${p.reason}) after ${p.turns} turns`,
    `score      ${p.score}`,
    `users      ${m.users}`,
    `cash       $${m.cash.toFixed(0)}   runway ${m.runwayTurns >= 999 ? 'profitable' : `${m.runwayTurns} turns`}`,
    `debt       ${m.techDebt.toFixed(1)}   incidents ${m.incidents}   team ${m.headcount}   board ${Math.round(m.boardConfidence * 100)}%`,
    `DORA       ${d.deploysPerWeek.toFixed(2)} deploys/week, lead ${d.leadTimeDays.toFixed(1)} d, ` +
      `failures ${Math.round(d.changeFailureRate * 100)}%, recovery ${d.recoveryHours.toFixed(1)} h → ${m.doraCluster}`,
    `scorecard  ${Object.entries(p.scorecard)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
    `state      ${p.stateHash}`,
  ].join('\n');
}

interface PlayFlags {
  scenario: string;
  seed: string;
  bot: string;
  turns?: number;
  json?: boolean;
}

export function registerPlay(program: Command, print: (text: string) => void): void {
  program
    .command('play')
    .description('play a scenario with a strategy bot and print the result')
    .requiredOption('--scenario <id|file>', 'a built-in scenario id or a scenario file (.yaml, .yml, .json)')
    .option('--seed <seed>', 'seed of the world (any text)', '1')
    .requiredOption('--bot <name>', `strategy bot: ${BOT_NAMES.join(', ')}`)
    .option('--turns <n>', 'stop after this many turns', wholeNumber('--turns', 1, 10_000))
    .option('--json', 'print one JSON object')
    .action((flags: PlayFlags) => {
      if (!isBotName(flags.bot))
        throw new UsageError(`unknown bot "${flags.bot}" (choose one of: ${BOT_NAMES.join(', ')})`);
      const { scenario } = resolveScenario(flags.scenario);
      const { state } = playBot(
        scenario,
        flags.seed,
        BOTS[flags.bot],
        flags.turns ? { turns: flags.turns } : {},
      );
      const summary = summarise(scenario, state, flags.seed, flags.bot);
      print(flags.json ? JSON.stringify(summary) : formatSummary(summary));
    });
}
