/**
 * What the balance report warns a scenario author about, each with the change to make in the file: a dominant
 * strategy, luck swamping skill, events that never or always fire, objectives nobody reaches or everybody
 * does, games nobody can win or nobody can lose, decisions that make no difference, and a scenario that doing
 * nothing wins. Pure.
 */
import type { Scenario } from '../engine/index.ts';
import { isStrategyBot } from './config.ts';
import { pct } from './format.ts';
import type { BalanceReport } from './report.ts';
import { dominance } from './warnings-dominance.ts';
import { eventWarnings } from './warnings-events.ts';
import { idleWarnings } from './warnings-idle.ts';
import { objectiveWarnings } from './warnings-objectives.ts';

/** A finding for the scenario's author with the change to make (balance and strategy-search warnings alike). */
export interface ReportWarning {
  kind: string;
  severity: 'warning' | 'info';
  /** What the warning is about (a bot, event, objective or lever id; null for the scenario as a whole). */
  subject: string | null;
  /** What the report found. */
  message: string;
  /** What to change in the scenario file. */
  fix: string;
}

export interface BalanceWarning extends ReportWarning {
  kind:
    | 'dominant-strategy'
    | 'luck-swamps-skill'
    | 'little-luck'
    | 'event-never-fires'
    | 'event-rarely-fires'
    | 'event-always-fires'
    | 'objective-unreached'
    | 'objective-trivial'
    | 'no-required-objective'
    | 'nobody-wins'
    | 'everybody-wins'
    | 'decisions-do-not-matter'
    | 'doing-nothing-wins'
    | 'doing-nothing-scores-well';
}

function luck(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  const l = report.luck;
  if (!l || report.bots.length < 2) return [];
  const shocks = scenario.params.market.shockVolatility;
  if (l.seed >= 0.3 && l.seed >= l.bot) {
    return [
      {
        kind: 'luck-swamps-skill',
        severity: 'warning',
        subject: null,
        message: `The seed explains ${pct(l.seed)} of the score variance and the strategy only ${pct(l.bot)}: players will learn that their choices do not matter.`,
        fix: `Turn down the dice: lower \`parameters.market.shockVolatility\` (now ${shocks}), the incident chances in \`parameters.hazards.base\`, or the spread of event outcomes with big effects (e.g. a 0.5/0.5 split on cash or users).`,
      },
    ];
  }
  if (l.seed < 0.02) {
    return [
      {
        kind: 'little-luck',
        severity: 'info',
        subject: null,
        message: `The world barely matters: the seed explains only ${pct(l.seed)} of the score variance, so a strategy scores almost the same every time and replays teach nothing new.`,
        fix: `If uncertainty is part of the lesson, raise \`parameters.market.shockVolatility\` (now ${shocks}) or give events outcomes with chances.`,
      },
    ];
  }
  return [];
}

function winning(scenario: Scenario, report: BalanceReport, unreached: Set<string>): BalanceWarning[] {
  const required = scenario.objectives.filter((o) => o.required);
  if (required.length === 0) {
    return [
      {
        kind: 'no-required-objective',
        severity: 'info',
        subject: null,
        message: 'No objective is required, so no game can be won: every game ends "out of turns" or lost.',
        fix: 'Mark the objective that states the lesson with `required: true` (a game is won when every required objective holds at the end).',
      },
    ];
  }
  const strategies = report.bots.filter((b) => isStrategyBot(b.bot));
  const judged = strategies.length > 0 ? strategies : report.bots;
  if (judged.every((b) => b.wins === 0) && !required.some((o) => unreached.has(o.id))) {
    const names = new Set(judged.map((b) => b.bot));
    const met = report.objectives
      .filter((o) => o.required)
      .map((o) => ({ o, best: Math.max(...o.perBot.filter((p) => names.has(p.bot)).map((p) => p.metShare)) }))
      .sort((a, b) => a.best - b.best);
    const random = report.bots.find((b) => b.bot === 'random');
    const who = strategies.length > 0 ? `No strategy bot (${judged.map((b) => b.bot).join(', ')})` : 'No bot';
    const onlyRandom =
      random && random.wins > 0 && strategies.length > 0
        ? `; only random did, in ${pct(random.winRate)} of its games`
        : '';
    const rarest = met[0]!;
    const base = report.baseBot;
    const winning = report.decisions.filter((d) => d.winRate >= 0.5).sort((a, b) => b.winRate - a.winRate)[0];
    const list = met.map((m) => `'${m.o.id}' (${m.o.text}) ${pct(m.best)}`).join(', ');
    if (winning) {
      return [
        {
          kind: 'nobody-wins',
          severity: 'info',
          subject: null,
          message: `${who} won a single game${onlyRandom} (required objectives, met by the best of them: ${list}). But ${base} with one change, "${winning.label}", wins ${pct(winning.winRate)} of its games: the bots never make that move on their own.`,
          fix: `Nothing to change if finding that move is the lesson; make sure the briefing points at the constraint it fixes. If not, make '${rarest.o.id}' reachable without it (a lower \`target\`, or \`required: false\`).`,
        },
      ];
    }
    return [
      {
        kind: 'nobody-wins',
        severity: 'warning',
        subject: null,
        message: `${who} won a single game${onlyRandom}. Required objectives, met by the best of them: ${list}.`,
        fix: `Make '${rarest.o.id}' reachable by a sensible plan: lower its \`target\`, make it \`required: false\`, or check that the move it needs pays off (the decisions table shows what each move is worth on the same seeds).`,
      },
    ];
  }
  const worst = report.bots.reduce((a, b) => (b.winRate < a.winRate ? b : a), report.bots[0]!);
  if (report.bots.length >= 2 && worst.winRate >= 0.95) {
    return [
      {
        kind: 'everybody-wins',
        severity: 'warning',
        subject: null,
        message: `Every bot wins, even ${worst.bot} (${pct(worst.winRate)} of its games): the objectives do not separate good play from bad.`,
        fix: 'Raise the `target` of the required objectives, shorten `turns`, or add a required objective about what the lesson is (debt, incidents, cost).',
      },
    ];
  }
  return [];
}

function decisions(report: BalanceReport): BalanceWarning[] {
  const d = report.decisions;
  if (d.length < 3 || d.some((x) => Math.abs(x.meanDiff) >= 2 || x.high - x.low > 10)) return [];
  return [
    {
      kind: 'decisions-do-not-matter',
      severity: 'warning',
      subject: null,
      message: `None of the ${d.length} decisions tested moves the ${report.baseBot} bot's score by 2 points or more on average: the choices the scenario offers barely change the result.`,
      fix: 'Make the levers bite: raise the costs and risks they trade (`parameters.debt`, `parameters.hazards`, `parameters.money`), or weight objectives that those decisions move.',
    },
  ];
}

export function balanceWarnings(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  const objectives = objectiveWarnings(scenario, report);
  const unreached = new Set(
    objectives.filter((w) => w.kind === 'objective-unreached').map((w) => w.subject ?? ''),
  );
  return [
    ...dominance(scenario, report),
    ...luck(scenario, report),
    ...winning(scenario, report, unreached),
    ...objectives,
    ...eventWarnings(scenario, report),
    ...decisions(report),
    ...idleWarnings(scenario, report),
  ];
}
