/**
 * A turning point of the answer kind: a card the player (or its deadline) answered. It leads on to the follow-up
 * the answer scheduled (a link the engine states) and to events whose causes name what its effects moved. Pure.
 */
import type { Effect, GameEvent } from '../../engine/index.ts';
import type { GameHistory } from './history.ts';
import { WINDOW, type Anchor, type Dir, type Lever } from './types.ts';
import { effectWords, quote } from './words.ts';

type Change = Extract<Effect, { kind: 'change' }>;

/** Which way a change moves its target: up, down, or (set to a non-zero value) either. */
function changeDir(eff: Change): Dir {
  if (eff.op === 'add') return eff.value > 0 ? 1 : -1;
  if (eff.op === 'multiply') return eff.value > 1 ? 1 : -1;
  return eff.value === 0 ? -1 : 0;
}

/** What an outcome's effects moved, as levers from record `at`. */
function effectLevers(effects: readonly Effect[], at: number): Lever[] {
  const levers: Lever[] = [];
  for (const eff of effects) {
    // Hidden quality is never shown; money from a card is not a cause the engine names.
    if (eff.kind !== 'change' || eff.target === 'modelQuality' || eff.target === 'cash') continue;
    if (eff.op !== 'set' && eff.value === (eff.op === 'add' ? 0 : 1)) continue;
    const words = `Your answer ${effectWords(eff.target, eff.op, eff.value)}`;
    levers.push({
      key: eff.target,
      dir: changeDir(eff),
      from: at,
      until: at + WINDOW,
      delta: eff.op === 'add' ? eff.value : null,
      says: () => words,
    });
  }
  return levers;
}

/** An answered card (by the player or by its deadline): the follow-up it scheduled and what its effects moved. */
export function answerAnchor(g: GameHistory, res: GameEvent, at: number): Anchor | null {
  const def = g.scenario.events.find((d) => d.id === res.id);
  const option = def?.options.find((o) => o.id === res.option);
  const outcome = option?.outcomes.find((o) => o.id === res.outcome) ?? option?.outcomes[0];
  if (!def || !option || !outcome) return null;
  const follow = outcome.followUp;
  const due = follow ? res.turn + Math.max(1, follow.inTurns) : -1;
  const followDef = follow ? g.scenario.events.find((d) => d.id === follow.event) : undefined;
  return {
    at,
    kind: 'answer',
    decision: res.title,
    levers: effectLevers(outcome.effects, at),
    direct: (e) =>
      follow && e.kind === 'scenario' && e.option === undefined && e.id === follow.event && e.turn === due
        ? `Your answer scheduled it: ${quote(option.label)} brought ${quote(followDef?.title ?? e.title)} ${g.turns(due - res.turn)} later.`
        : null,
  };
}
