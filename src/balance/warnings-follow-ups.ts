/**
 * Why a follow-up event (one that only comes when an earlier answer schedules it) never or rarely fires, told
 * along its chain: which option of which event schedules it, which bots chose that option (and why the others
 * do not: bots answer by `stance`), how often it was scheduled, came due and fired, and which of its own
 * conditions failed on the due turn. Ends with the change to make. Pure.
 */
import type { EventDef, OptionDef, Scenario } from '../engine/index.ts';
import { IDLE_BOT } from './config.ts';
import { pct, plural } from './format.ts';
import type { BalanceReport, EventReport } from './report.ts';

export const STANCE_BOTS = 'bots answer by `stance`: bold = move-fast, careful = steady, frugal = frugal';
const STANCE_BOT: Record<string, string> = { bold: 'move-fast', careful: 'steady', frugal: 'frugal' };

interface Parent {
  event: number;
  option: number;
  /** The outcome that schedules it when the option has several, with its chance. */
  outcome: { id: string; chance: number } | null;
  inTurns: number;
}

function parentsOf(scenario: Scenario, id: string): Parent[] {
  const out: Parent[] = [];
  scenario.events.forEach((e, ei) =>
    e.options.forEach((o, oi) => {
      for (const oc of o.outcomes) {
        if (oc.followUp?.event !== id) continue;
        const outcome = o.outcomes.length > 1 ? { id: oc.id, chance: oc.chance } : null;
        out.push({ event: ei, option: oi, outcome, inTurns: Math.max(1, oc.followUp.inTurns) });
      }
    }),
  );
  return out;
}

/** "a, b or c" */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Who takes an option, from its stance: the bot whose stance it matches, the default, or only random. */
function stanceNote(def: EventDef, o: OptionDef): string {
  if (o.stance) return `\`stance: ${o.stance}\`, the ${STANCE_BOT[o.stance]} bot's answer`;
  if (def.defaultOption === o.id)
    return 'no `stance`; it is the `defaultOption`, taken by bots with no matching stance and when the deadline passes';
  return `no \`stance\`, so only the random bot picks it (${STANCE_BOTS})`;
}

function parentNote(scenario: Scenario, report: BalanceReport, p: Parent): string {
  const parentDef = scenario.events[p.event]!;
  const parent = report.events[p.event]!;
  const optionDef = parentDef.options[p.option]!;
  const option = parent.options[p.option]!;
  const outcome = p.outcome ? `, outcome '${p.outcome.id}' (chance ${pct(p.outcome.chance)})` : '';
  const where = `'${parent.id}' → '${option.id}' (${stanceNote(parentDef, optionDef)}${outcome})`;
  if (parent.share === 0) return `${where}, but '${parent.id}' itself never fired (see its warning)`;
  const by = option.perBot.filter((b) => b.chosen > 0).sort((a, b) => b.chosen - a.chosen);
  // Doing nothing answers only with defaults: that it never chose another option says nothing.
  const never = option.perBot.filter((b) => b.chosen === 0 && b.bot !== IDLE_BOT).map((b) => b.bot);
  if (by.length === 0) return `${where}, which no bot ever chose`;
  const chosen = by.map((b, i) =>
    i === 0 ? `${b.bot} ${plural(b.chosen, 'time')}` : `${b.bot} ${b.chosen}`,
  );
  return `${where}: chosen by ${chosen.join(', ')}${never.length > 0 ? `; never by ${orList(never)}` : ''}`;
}

/** Scheduled, due and fired counts, and the conditions that failed on the due turn (per bot). */
function flowNote(ev: EventReport): string {
  const f = ev.followUp!.perBot;
  const sum = (g: (p: (typeof f)[number]) => number): number => f.reduce((a, p) => a + g(p), 0);
  const scheduled = sum((p) => p.scheduled);
  if (scheduled === 0) return '';
  const due = sum((p) => p.due);
  const late = scheduled - due;
  const lateNote = late > 0 ? ` (${times(late)} it would have come after the game ended)` : '';
  const head = `Scheduled ${plural(scheduled, 'time')}, it came due ${plural(due, 'time')}${lateNote} and fired ${plural(
    sum((p) => p.fired),
    'time',
  )}`;
  const failed = ev.conditions.flatMap((c, j) => {
    const n = sum((p) => p.failed[j]!);
    if (n === 0) return [];
    const who = f
      .filter((p) => p.failed[j]! > 0)
      .sort((a, b) => b.failed[j]! - a.failed[j]!)
      .map((p) => `${p.bot} ${p.failed[j]} of ${p.due}`)
      .join(', ');
    return [`'${c.text}' did not hold on the turn it came due ${plural(n, 'time')} (${who})`];
  });
  return failed.length > 0 ? `${head}: ${failed.join('; ')}.` : `${head}.`;
}

const times = (n: number): string => (n === 1 ? 'once' : plural(n, 'time'));

/** The change to make, from where the chain breaks for the strategy bots. */
function advice(ev: EventReport, parents: readonly Parent[], strategy: ReadonlySet<string>): string {
  const f = ev.followUp!.perBot.filter((p) => strategy.has(p.bot));
  const scheduled = f.reduce((a, p) => a + p.scheduled, 0);
  const due = f.reduce((a, p) => a + p.due, 0);
  const inTurns = [...new Set(parents.map((p) => p.inTurns))].join(' or ');
  if (scheduled === 0)
    return `For more players to meet it, give that option a \`stance\` a strategy plays (${STANCE_BOTS}), make it the \`defaultOption\`, or make it more tempting to a careful player.`;
  if (due < scheduled / 2)
    return `Shorten \`inTurns\` (now ${inTurns}) or schedule it earlier, so it comes due before the game ends.`;
  return `If the players who give that answer should meet it, relax its \`when\` or shorten \`inTurns\` (now ${inTurns}) so it comes due before that changes.`;
}

/** The `fix` of a never- or rarely-firing follow-up event. */
export function followUpFix(
  scenario: Scenario,
  report: BalanceReport,
  def: EventDef,
  ev: EventReport,
  strategy: ReadonlySet<string>,
): string {
  const parents = parentsOf(scenario, def.id);
  if (parents.length === 0 || !ev.followUp)
    return `Nothing schedules it: add \`followUp: { event: ${def.id}, inTurns: 4 }\` to an option's outcome, or remove the event.`;
  const chain = parents.map((p) => parentNote(scenario, report, p)).join('; ');
  const flow = flowNote(ev);
  return `It only comes as a follow-up of ${chain}.${flow ? ` ${flow}` : ''} ${advice(ev, parents, strategy)}`;
}
