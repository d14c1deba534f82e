/**
 * States of the plan that silently stop progress, for "Your decisions" to flag: a release mode that lets no new
 * model out, a migration nobody works on, dedicated hosting without the servers to carry the load, agent code
 * nobody reads. Each says what is stuck and which control frees it. Read from the plan as drafted (so a fix in
 * the draft clears its flag) and from the engine's facts of the week just played. Pure.
 */
import { peakLoad, UNIT_CAPACITY, unitsFor } from '../engine/architecture.ts';
import { REVIEW_SHARE } from '../engine/team.ts';
import { newTurn } from '../engine/turn.ts';
import type { Decision } from '../engine/index.ts';
import { plannedPlan, type Game } from '../store/index.ts';
import { RELEASE_TEXT } from './describe.ts';
import { pct, turnWords } from './format.ts';
import type { ShortcutAction } from './shortcuts.ts';

export interface Blocker {
  id: string;
  text: string;
  /** The plan section whose control frees it. */
  section: ShortcutAction;
}

/** Agent seats from which shipping their code unread is flagged: a seat or two is a trial, three is a practice. */
const MANY_SEATS = 3;

/** Completed turns since the last decision `is` picks (all of them when there was none). */
function turnsSince(game: Game, is: (d: Decision) => boolean): number {
  for (let t = game.log.length - 1; t >= 0; t--) if (game.log[t]!.some(is)) return game.log.length - t;
  return game.log.length;
}

function drafted<T extends Decision['type']>(
  game: Game,
  type: T,
): Extract<Decision, { type: T }> | undefined {
  return game.draft.find((d): d is Extract<Decision, { type: T }> => d.type === type);
}

function releaseBlocker(game: Game): Blocker | null {
  const s = game.state;
  const mode = plannedPlan(s, game.draft).release;
  // A rollback or a hold chosen this turn is a decision; one that stayed on after it did its job blocks.
  if (s.plan.release !== mode || (mode !== 'rollback' && mode !== 'hold')) return null;
  const words = turnWords(game.loaded.scenario);
  const since = turnsSince(game, (d) => d.type === 'release/set');
  const waiting = s.model.candidate ? `model v${s.model.candidate.version} is waiting` : 'none will';
  if (mode === 'hold' && !s.model.candidate) return null;
  return {
    id: 'release-stuck',
    section: 'release',
    text: `Release has been on ${RELEASE_TEXT[mode].label} for ${words.count(Math.max(1, since))}: no new model version goes out (${waiting}). Choose another release mode to ship again.`,
  };
}

function migrationBlocker(game: Game): Blocker | null {
  const s = game.state;
  const start = drafted(game, 'arch/migrate');
  const cancelled = drafted(game, 'arch/cancel-migration');
  const target = start?.target ?? (cancelled ? undefined : s.arch.migration?.target);
  if (!target || plannedPlan(s, game.draft).allocation.migration > 0) return null;
  return {
    id: 'migration-unstaffed',
    section: 'capacity',
    text: `The migration to ${target} gets 0% of capacity: it makes no progress. Give Migration a share of the capacity split.`,
  };
}

function serversBlocker(game: Game): Blocker | null {
  const s = game.state;
  if (s.arch.hosting !== 'dedicated') return null;
  const units = drafted(game, 'arch/provision')?.units ?? s.arch.dedicatedUnits;
  const peak = peakLoad(s, newTurn(game.loaded.scenario, s.key, s.turn));
  if (units * UNIT_CAPACITY >= peak) return null;
  const suggested = unitsFor(peak);
  return {
    id: 'servers-short',
    section: 'architecture',
    text:
      units === 0
        ? `Dedicated hosting with 0 server units: every request fails. Provision at least ${suggested}.`
        : `${units} server units carry ${pct((units * UNIT_CAPACITY) / peak)} of this ${turnWords(game.loaded.scenario).unit}\u2019s peak load: requests will fail at peak. Provision about ${suggested}.`,
  };
}

function reviewBlockers(game: Game): Blocker[] {
  const s = game.state;
  const t = s.team;
  const seats = drafted(game, 'team/agents')?.seats ?? t.agents;
  const level = plannedPlan(s, game.draft).policies.agentReview;
  const out: Blocker[] = [];
  if (level === 'none' && seats >= MANY_SEATS)
    out.push({
      id: 'review-none',
      section: 'team',
      text: `${seats} agent seats and no review: their code ships unread, adding debt, failed deploys and security holes.`,
    });
  const asked = t.agentOutput * REVIEW_SHARE[s.plan.policies.agentReview];
  if (asked > 0 && t.agentReviewed < 0.9 * asked)
    out.push({
      id: 'review-overflow',
      section: 'team',
      text: `Reviewers read ${t.agentReviewed.toFixed(1)} of the ${asked.toFixed(1)} engineer-weeks of agent output you asked them to last ${turnWords(game.loaded.scenario).unit}; the rest shipped unread. Fewer seats or more engineers.`,
    });
  return out;
}

/** Everything in the plan that stops progress now, most blocking first. */
export function blockersOf(game: Game): Blocker[] {
  if (game.state.status !== 'playing') return [];
  return [releaseBlocker(game), migrationBlocker(game), serversBlocker(game), ...reviewBlockers(game)].filter(
    (b): b is Blocker => b !== null,
  );
}
