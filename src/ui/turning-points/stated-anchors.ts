/**
 * Turning points whose one link the engine states outright, in the same turn: a model release and the
 * regression the engine blames on it; a fundraise and the round it won or lost, with what weighed on its odds.
 * Pure.
 */
import type { Decision, GameEvent } from '../../engine/index.ts';
import { pct } from '../format.ts';
import { describeDecision } from '../describe.ts';
import type { GameHistory } from './history.ts';
import { MIN_WEIGHT, type Anchor } from './types.ts';
import { quote, strongest } from './words.ts';

/** A model release (under the release setting in force) and a regression the engine blames on it. */
export function releaseAnchor(rel: GameEvent, at: number): Anchor {
  return {
    at,
    kind: 'release',
    decision: rel.title,
    levers: [],
    direct: (e, when) => {
      const blame = e.causes.find((c) => c.factor === 'release');
      return when === at && e.id === 'model-regression' && blame && blame.weight >= MIN_WEIGHT
        ? `The release put a worse model in front of users: ${quote(blame.label)} is ${pct(blame.weight)} of the regression's causes.`
        : null;
    },
  };
}

export function raiseAnchor(g: GameHistory, d: Decision, at: number): Anchor {
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    levers: [],
    direct: (e, when) =>
      when === at && (e.id === 'raise-succeeded' || e.id === 'raise-failed')
        ? `The round you tried for. What weighed on its odds: ${strongest(e)}.`
        : null,
  };
}
