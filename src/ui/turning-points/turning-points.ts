/**
 * Turning points for the debrief: a decision (or an answered card) and the later events the engine's causes tie
 * to it, each with the reason in plain words. A link is only made when the engine says so: a follow-up the
 * answer scheduled, the cut-over of a migration the player started, a regression whose causes name the release,
 * or an event whose causes name what the decision changed, when the change is big enough to matter (without it
 * the card's condition would not have held, or it is a real part of the number the event saw). A card's own
 * resolution is never its consequence. Every event goes to the one decision that explains it best; the points
 * with the weightiest consequences are kept. Pure.
 */
import type { GameEvent, Scenario } from '../../engine/index.ts';
import type { TurnRecord } from '../../replay/index.ts';
import { anchors } from './anchors.ts';
import { causeKeys, eligible } from './cause-keys.ts';
import { GameHistory } from './history.ts';
import { linkOf, type Link } from './links.ts';
import type { Anchor, TurningPoint } from './types.ts';

export type { Consequence, TurningPoint } from './types.ts';

function toneScore(e: GameEvent): number {
  return e.tone === 'bad' ? 3 : e.tone === 'good' ? 2 : e.tone === 'warning' ? 1.5 : 1;
}

/**
 * Every event that can be a consequence, with the one decision that explains it best (a stated link, then the
 * heaviest cause, then the latest decision).
 */
function bestLinks(g: GameHistory): Map<GameEvent, Link> {
  const all = anchors(g);
  const best = new Map<GameEvent, Link>();
  g.history.forEach((rec, at) => {
    for (const e of rec.events) {
      if (!eligible(e)) continue;
      const keys = causeKeys(e, g.scenario);
      for (const a of all) {
        if (a.at > at) break;
        const link = linkOf(g, a, e, at, keys);
        const prev = best.get(e);
        if (link && (!prev || link.strength >= prev.strength)) best.set(e, link);
      }
    }
  });
  return best;
}

/** A decision's turning point with its three weightiest consequences (in turn order), and how much it weighs. */
function pointOf(g: GameHistory, a: Anchor, links: Link[]): { point: TurningPoint; score: number } {
  const kept = links
    .sort((x, y) => y.strength * toneScore(y.event) - x.strength * toneScore(x.event) || x.at - y.at)
    .slice(0, 3)
    .sort((x, y) => x.at - y.at);
  return {
    point: {
      turn: g.turnOf(a.at),
      kind: a.kind,
      decision: a.decision,
      consequences: kept.map((l) => ({ turn: g.turnOf(l.at), event: l.event, why: l.why })),
    },
    score: kept.reduce((s, l) => s + toneScore(l.event) * (0.5 + l.strength), 0),
  };
}

/** Up to `limit` turning points, each with up to three consequences, in turn order. */
export function turningPoints(history: readonly TurnRecord[], scenario: Scenario, limit = 8): TurningPoint[] {
  const g = new GameHistory(history, scenario);
  const byAnchor = new Map<Anchor, Link[]>();
  for (const link of bestLinks(g).values())
    byAnchor.set(link.anchor, [...(byAnchor.get(link.anchor) ?? []), link]);
  return [...byAnchor]
    .map(([a, links]) => pointOf(g, a, links))
    .sort((a, b) => b.score - a.score || a.point.turn - b.point.turn)
    .slice(0, limit)
    .map((p) => p.point)
    .sort((a, b) => a.turn - b.turn);
}
