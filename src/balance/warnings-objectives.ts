/** Warnings about objectives no bot reaches, or every bot always reaches, with a target that would work. Pure. */
import type { ObjectiveDef, Scenario } from '../engine/index.ts';
import { isSwitchMetric } from '../scenario/conditions.ts';
import { num, pct, plural } from './format.ts';
import type { BalanceReport, ObjectiveReport } from './report.ts';
import { niceNumber } from './stats.ts';
import type { BalanceWarning } from './warnings.ts';

/** The bot that gets closest, and the value its median game ends with. */
function closest(o: ObjectiveReport, op: '>=' | '<=', target: number): { bot: string; value: number | null } {
  const best = o.perBot.reduce((a, b) => (b.medianAttainment > a.medianAttainment ? b : a), o.perBot[0]!);
  const a = best.medianAttainment;
  const value = op === '>=' ? a * target : a > 0 ? target / a : null;
  return { bot: best.bot, value };
}

/** What makes a switch move: the migration of its axis, when it has one. */
const SWITCH_AXIS: Readonly<Record<string, string>> = {
  dedicated: 'hosting',
  async: 'processing',
  microservices: 'structure',
  edge: 'placement',
  hostedApi: 'serving',
  selfHosted: 'serving',
  fineTuned: 'serving',
};

/** An objective on an on/off state is done or not: a target in between means nothing. */
function onOff(def: ObjectiveDef): boolean {
  return isSwitchMetric(def.metric) && (def.target === 0 || def.target === 1);
}

function unreachedSwitch(def: ObjectiveDef, o: ObjectiveReport, games: number): BalanceWarning {
  const wanted = def.op === '>=' ? 1 : 0;
  const axis = SWITCH_AXIS[def.metric];
  const cost = axis
    ? `the work it takes (\`parameters.migrations.${axis}\`, more with debt) and what makes it pay (the prices it saves, the card that asks for it)`
    : 'what it takes and what makes it pay';
  return {
    kind: 'objective-unreached',
    severity: 'warning',
    subject: def.id,
    message: `Objective '${def.id}' ("${def.label}", ${o.text}) was never reached in ${plural(games, 'game')}${def.required ? ', and it is required, so nobody can win' : ''}: ${def.metric} is an on/off state (0 or 1): no game ended with it at ${wanted}. The best game ended at ${num(o.best)}.`,
    fix: `A switch has no target in between: make the change reachable and worth making for good play, through ${cost}; or give it a \`by\` turn that leaves time for the work. If no one should make it, drop the objective.`,
  };
}

function unreached(scenario: Scenario, report: BalanceReport, i: number): BalanceWarning {
  const def = scenario.objectives[i]!;
  const o = report.objectives[i]!;
  const games = report.bots.reduce((a, b) => a + b.games, 0);
  if (onOff(def)) return unreachedSwitch(def, o, games);
  const c = closest(o, def.op, def.target);
  const best = o.best;
  const nearBest = best !== null && best > 0 ? niceNumber(def.op === '>=' ? best * 0.8 : best * 1.25) : null;
  const median =
    c.value !== null && c.value > 0
      ? ` ${c.bot}'s median game ends near ${num(niceNumber(c.value))}: \`target: ${niceNumber(c.value)}\` would be reached in about half of its games.`
      : nearBest !== null
        ? ` Only the luckiest games come close: \`target: ${nearBest}\` would be within reach of the best.`
        : '';
  const more =
    def.op === '>='
      ? ' Or give players more room: more `turns`, or a faster market (`parameters.market`).'
      : ' Or give players the means to get there (more `turns`, cheaper levers).';
  return {
    kind: 'objective-unreached',
    severity: 'warning',
    subject: def.id,
    message: `Objective '${def.id}' ("${def.label}", ${o.text}) was never reached in ${plural(games, 'game')}${def.required ? ', and it is required, so nobody can win' : ''}. The best game ended at ${num(o.best)}.`,
    fix: `Make the target reachable by good play.${median}${more}`,
  };
}

function trivial(scenario: Scenario, report: BalanceReport, i: number): BalanceWarning {
  const def = scenario.objectives[i]!;
  const o = report.objectives[i]!;
  const least = o.perBot.reduce((a, b) => (b.metShare < a.metShare ? b : a), o.perBot[0]!);
  return {
    kind: 'objective-trivial',
    severity: 'info',
    subject: def.id,
    message: `Objective '${def.id}' ("${def.label}", ${o.text}) is met by every bot, even ${least.bot} (${pct(least.metShare)} of its games): it does not separate good play from bad.`,
    fix: onOff(def)
      ? `Every bot ends ${def.metric} at ${def.target} without trying: the company is already in that state or drifts there. Ask for the change that takes effort (the other state), or lower its \`weight\` if it is only a reminder.`
      : `Make it ${def.op === '>=' ? 'higher' : 'lower'} (\`target\`), or lower its \`weight\` if it is only a reminder.`,
  };
}

export function objectiveWarnings(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  if (report.bots.every((b) => b.games === 0)) return out;
  report.objectives.forEach((o, i) => {
    if (o.perBot.every((p) => p.met === 0)) out.push(unreached(scenario, report, i));
    else if (o.perBot.length >= 2 && o.perBot.every((p) => p.metShare >= 0.99))
      out.push(trivial(scenario, report, i));
  });
  return out;
}
