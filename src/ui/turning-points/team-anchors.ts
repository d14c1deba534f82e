/**
 * Turning points of a change to the team, linked to events whose causes name its size: agent seats bought or
 * released, people hired (once they join, net of declined offers) or let go. Pure.
 */
import type { Decision } from '../../engine/index.ts';
import { describeDecision, roleName } from '../describe.ts';
import type { GameHistory } from './history.ts';
import { NONE, WINDOW, type Anchor, type Dir, type Lever } from './types.ts';

export function agentsAnchor(
  g: GameHistory,
  d: Extract<Decision, { type: 'team/agents' }>,
  at: number,
): Anchor | null {
  const was = g.before(at, 'agents') ?? 0;
  if (d.seats === was) return null;
  const dir: Dir = d.seats > was ? 1 : -1;
  const says = (when: number): string | null => {
    const now = g.value(when, 'agents') ?? 0;
    return (dir > 0 ? now > was : now < was) ? `You went from ${was} to ${d.seats} agent seats` : null;
  };
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    direct: NONE,
    levers: [{ key: 'agents', dir, from: at, until: at + WINDOW, delta: d.seats - was, says }],
  };
}

/** How many of a turn's offers were declined (the engine's "offers declined" events lead with the number). */
function declinedOffers(g: GameHistory, at: number): number {
  return (g.history[at]?.events ?? [])
    .filter((e) => e.id === 'offers-declined')
    .reduce((n, e) => n + Number(/^(\d+)/.exec(e.title)?.[1] ?? 0), 0);
}

export function teamAnchor(
  g: GameHistory,
  d: Extract<Decision, { type: 'team/hire' | 'team/let-go' }>,
  at: number,
): Anchor {
  const hire = d.type === 'team/hire';
  // Declined offers never join; the others arrive after the hiring lead time.
  const people = Math.max(0, d.count - (hire ? declinedOffers(g, at) : 0));
  const from = hire ? at + g.scenario.params.team.hireLeadTurns : at;
  const dir: Dir = hire ? 1 : -1;
  const delta = dir * people;
  const says = (when: number): string | null =>
    hire
      ? `The ${people === 1 ? '' : `${people} `}${roleName(d.role, people)} you hired had joined, making a team of ${g.value(when, 'headcount') ?? '?'}`
      : `You let ${d.count} ${roleName(d.role, d.count)} go`;
  const levers: Lever[] =
    people === 0 ? [] : [{ key: 'headcount', dir, from, until: from + WINDOW, delta, says }];
  if (people > 0 && d.role === 'engineer')
    levers.push({ key: 'engineers', dir, from, until: from + WINDOW, delta, says });
  return { at, kind: 'decision', decision: describeDecision(d, g.scenario), direct: NONE, levers };
}
