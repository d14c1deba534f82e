/**
 * A turning point of a migration the player started: the engine states its cut-over (failed or done); while it
 * is under way, events whose causes name the migration are its doing; once done, so are events whose causes
 * name the architecture switch it made. Pure.
 */
import type { Decision } from '../../engine/index.ts';
import { describeDecision } from '../describe.ts';
import type { GameHistory } from './history.ts';
import { WINDOW, type Anchor, type Dir, type Lever } from './types.ts';
import { strongest } from './words.ts';

/** The architecture switch a migration target sets: [metric, more (1) or less (-1) of it]. */
const SWITCH_OF: Record<string, [string, Dir]> = {
  'hosting:dedicated': ['dedicated', 1],
  'hosting:serverless': ['dedicated', -1],
  'processing:async': ['async', 1],
  'processing:sync': ['async', -1],
  'structure:microservices': ['microservices', 1],
  'structure:monolith': ['microservices', -1],
  'placement:edge': ['edge', 1],
  'placement:cloud': ['edge', -1],
  'serving:hosted-api': ['hostedApi', 1],
  'serving:self-hosted': ['hostedApi', -1],
  'serving:fine-tuned': ['hostedApi', -1],
};

/**
 * The last record of the migration started at `at` (it ends when it completes or another migration decision
 * replaces or cancels it; a failed cut-over sends it back to work), and the record it completed in, or -1.
 */
function migrationSpan(g: GameHistory, at: number): { end: number; done: number } {
  for (let i = at; i < g.history.length; i++) {
    const rec = g.history[i]!;
    if (rec.events.some((e) => e.id === 'migration-done')) return { end: i, done: i };
    if (i > at && rec.decisions.some((x) => x.type === 'arch/cancel-migration' || x.type === 'arch/migrate'))
      return { end: i - 1, done: -1 };
  }
  return { end: g.history.length - 1, done: -1 };
}

export function migrationAnchor(
  g: GameHistory,
  d: Extract<Decision, { type: 'arch/migrate' }>,
  at: number,
): Anchor | null {
  if (!g.history[at]?.events.some((e) => e.id === 'migration-started')) return null;
  const { end, done } = migrationSpan(g, at);
  const started = g.turnOf(at);
  const what = `${d.axis} \u2192 ${d.target}`;
  const levers: Lever[] = [
    {
      key: 'migrating',
      dir: 1,
      from: at,
      until: end,
      delta: null,
      says: () => `It happened while your migration (${what}) was under way`,
    },
  ];
  const sw = SWITCH_OF[`${d.axis}:${d.target}`];
  if (sw && done >= 0) {
    const says = (): string => `Your migration (${what}), finished in ${g.nth(done)}, made the change`;
    levers.push({ key: sw[0], dir: sw[1], from: done, until: done + WINDOW, delta: null, says });
  }
  return {
    at,
    kind: 'decision',
    decision: describeDecision(d, g.scenario),
    levers,
    direct: (e, when) => {
      if (when < at || when > end) return null;
      if (e.id === 'cutover-failed')
        return `The cut-over of the migration you started in ${g.nth(at)} failed; its causes: ${strongest(e)}.`;
      if (e.id === 'migration-done')
        return `The migration you started in ${g.nth(at)} is done, after ${g.turns(g.turnOf(when) - started + 1)}.`;
      return null;
    },
  };
}
