/**
 * The player's decisions and answers that can lead somewhere, in turn order: each answered card, each model
 * release, and each decision of a kind whose effects the engine's causes can name (one file per kind of link).
 * Pure.
 */
import type { Decision } from '../../engine/index.ts';
import { answerAnchor } from './answer-anchor.ts';
import type { GameHistory } from './history.ts';
import { migrationAnchor } from './migration-anchor.ts';
import { allocationAnchor, crunchAnchor, reviewAnchor } from './setting-anchors.ts';
import { raiseAnchor, releaseAnchor } from './stated-anchors.ts';
import { agentsAnchor, teamAnchor } from './team-anchors.ts';
import type { Anchor } from './types.ts';

function decisionAnchor(g: GameHistory, d: Decision, at: number): Anchor | null {
  switch (d.type) {
    case 'plan/allocate':
      return allocationAnchor(g, d, at);
    case 'policy/set':
      return d.on && d.policy === 'crunch' ? crunchAnchor(g, d, at) : null;
    case 'policy/agent-review':
      return reviewAnchor(g, d, at);
    case 'team/agents':
      return agentsAnchor(g, d, at);
    case 'team/hire':
    case 'team/let-go':
      return teamAnchor(g, d, at);
    case 'arch/migrate':
      return migrationAnchor(g, d, at);
    case 'money/raise':
      return raiseAnchor(g, d, at);
    default:
      return null;
  }
}

/** The player's decisions and answers that can lead somewhere, in turn order. */
export function anchors(g: GameHistory): Anchor[] {
  const out: Anchor[] = [];
  g.history.forEach((rec, at) => {
    for (const e of rec.events) {
      const a =
        e.kind === 'scenario' && e.option !== undefined
          ? answerAnchor(g, e, at)
          : e.id === 'model-released'
            ? releaseAnchor(e, at)
            : null;
      if (a) out.push(a);
    }
    // Only the last split of a turn is the one that was played.
    const lastSplit = [...rec.decisions].reverse().find((d) => d.type === 'plan/allocate');
    for (const d of rec.decisions) {
      if (d.type === 'event/choose' || (d.type === 'plan/allocate' && d !== lastSplit)) continue;
      const a = decisionAnchor(g, d, at);
      if (a) out.push(a);
    }
  });
  return out;
}
