/**
 * How much a game of this scenario could hold at once, where a valid file could otherwise fill the state
 * without end: follow-ups scheduled faster than they come due. (Modifiers cannot pile up: the engine folds
 * them, see engine/modifiers.ts.) Counted as a worst case, each card firing every turn it can. Runs on raw
 * data, skipping malformed parts. Pure.
 */
import { quote, type PathProblem } from './problems.ts';
import { finite, list, rawOutcomes, record, str, type Raw } from './raw.ts';

/** Follow-ups that may be waiting at once (the built-in scenarios have at most 3). */
export const MAX_WAITING_FOLLOW_UPS = 1000;

interface Scheduler {
  index: number;
  /** Follow-ups of this card that can be waiting at once. */
  waiting: number;
  target: string;
  inTurns: number;
  /** How often the card can fire: every turn by chance, every turn as a follow-up, or its maxTimes. */
  fires: 'by chance' | 'as a follow-up' | number;
}

/** The longest follow-up a card's answers schedule, or null when none does. */
function longestFollowUp(event: Raw): { target: string; inTurns: number } | null {
  let best: { target: string; inTurns: number } | null = null;
  for (const option of list(event.options))
    for (const o of rawOutcomes(option)) {
      const f = record(o.followUp);
      const target = str(f.event);
      const inTurns = f.inTurns === undefined ? 1 : finite(f.inTurns);
      if (target !== undefined && inTurns !== undefined && inTurns > (best?.inTurns ?? 0))
        best = { target, inTurns };
    }
  return best;
}

export function pileUpProblems(events: readonly Raw[], turns: number): PathProblem[] {
  const scheduled = new Set(events.map((e) => longestFollowUp(e)?.target));
  const schedulers: Scheduler[] = [];
  events.forEach((e, index) => {
    const longest = longestFollowUp(e);
    if (!longest) return;
    // A card scheduled by others fires whenever they schedule it, whatever its own maxTimes.
    const maxTimes = finite(e.maxTimes) ?? 1;
    const bounded = maxTimes > 0 && e.followUpOnly !== true && !scheduled.has(str(e.id));
    const fires = bounded ? maxTimes : maxTimes === 0 ? 'by chance' : 'as a follow-up';
    const waiting = Math.min(bounded ? maxTimes : turns, longest.inTurns, turns);
    schedulers.push({ index, waiting, ...longest, fires });
  });
  const total = schedulers.reduce((sum, s) => sum + s.waiting, 0);
  if (total <= MAX_WAITING_FOLLOW_UPS) return [];
  const worst = schedulers.reduce((a, b) => (b.waiting > a.waiting ? b : a));
  const [how, fix] =
    worst.fires === 'by chance'
      ? ['can fire every turn (maxTimes: 0)', 'give it a maxTimes or a shorter inTurns']
      : worst.fires === 'as a follow-up'
        ? ['can come up every turn as a follow-up', 'give it a shorter inTurns']
        : [`can fire ${worst.fires} times`, 'give it a smaller maxTimes or a shorter inTurns'];
  const many = (n: number): string => n.toLocaleString('en-US');
  return [
    {
      path: ['events', worst.index],
      message: `follow-ups can pile up: up to ${many(total)} could be waiting at once (the limit is ${many(MAX_WAITING_FOLLOW_UPS)}); this card ${how} and each answer schedules ${quote(worst.target)} ${worst.inTurns} turns ahead, so up to ${many(worst.waiting)} of them wait at once; ${fix}`,
    },
  ];
}
