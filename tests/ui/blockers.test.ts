/** "Your decisions" flags a plan that silently stops progress, and the flag goes when the draft frees it. */
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/engine/index.ts';
import { blockersOf } from '../../src/ui/blockers.ts';
import { gameAfter } from './world-helpers.ts';

const ids = (g: Parameters<typeof blockersOf>[0]): string[] => blockersOf(g).map((b) => b.id);
const ALLOCATION = { features: 60, debt: 10, evals: 5, reliability: 10, data: 5, migration: 10 };

describe('blockers', () => {
  it('flags nothing in a plan that moves', () => {
    expect(ids(gameAfter(3))).toEqual([]);
  });

  it('flags a release left on Roll back, with the weeks it has stayed there, until another mode is drafted', () => {
    const log: Decision[][] = [[{ type: 'release/set', mode: 'rollback' }], [], [], []];
    const game = gameAfter(log);
    const [b] = blockersOf(game);
    expect(b?.id).toBe('release-stuck');
    expect(b?.text).toMatch(/^Release has been on Roll back for 4 weeks: no new model version goes out/);
    expect(ids({ ...game, draft: [{ type: 'release/set', mode: 'ship' }] })).toEqual([]);
    // Chosen this week, it is a decision, not yet a state that stays on.
    expect(ids({ ...gameAfter(2), draft: [{ type: 'release/set', mode: 'rollback' }] })).toEqual([]);
  });

  it('flags a migration with no capacity, started or drafted, until it gets a share', () => {
    const migrate: Decision = { type: 'arch/migrate', axis: 'processing', target: 'async' };
    const running = gameAfter([[migrate], []]);
    expect(blockersOf(running).map((b) => b.text)).toEqual([
      'The migration to async gets 0% of capacity: it makes no progress. Give Migration a share of the capacity split.',
    ]);
    expect(ids({ ...running, draft: [{ type: 'plan/allocate', allocation: ALLOCATION }] })).toEqual([]);
    expect(ids({ ...running, draft: [{ type: 'arch/cancel-migration' }] })).toEqual([]);
    expect(ids({ ...gameAfter(1), draft: [migrate] })).toEqual(['migration-unstaffed']);
  });

  it('flags dedicated hosting without the servers for the peak, and 0 units as every request failing', () => {
    const arch = {
      hosting: 'dedicated',
      processing: 'sync',
      structure: 'monolith',
      placement: 'cloud',
      serving: 'hosted-api',
      dedicatedUnits: 40,
    } as const;
    const game = gameAfter(2, { initial: { users: 30_000, arch } });
    expect(ids(game)).toEqual([]);
    const none = blockersOf({ ...game, draft: [{ type: 'arch/provision', units: 0 }] });
    expect(none.map((b) => b.text)).toEqual([
      expect.stringMatching(
        /^Dedicated hosting with 0 server units: every request fails\. Provision at least \d+\.$/,
      ),
    ]);
    const few = blockersOf({ ...game, draft: [{ type: 'arch/provision', units: 2 }] });
    expect(few[0]?.text).toMatch(
      /^2 server units carry \d+% of this week’s peak load: requests will fail at peak/,
    );
  });

  it('flags many agent seats without review, and more agent output than the reviewers can read', () => {
    const unread = gameAfter([
      [
        { type: 'team/agents', seats: 4 },
        { type: 'policy/agent-review', level: 'none' },
      ],
    ]);
    expect(ids(unread)).toEqual(['review-none']);
    expect(ids({ ...unread, draft: [{ type: 'policy/agent-review', level: 'sample' }] })).toEqual([]);
    // One engineer asked to read everything twenty seats write.
    const swamped = gameAfter(
      [[{ type: 'team/agents', seats: 20 }], []],
      {},
      { engineer: 1, ml: 0, sre: 0, product: 0 },
    );
    const [b] = blockersOf(swamped);
    expect(b?.id).toBe('review-overflow');
    expect(b?.text).toMatch(
      /^Reviewers read 1\.5 of the \d+\.\d engineer-weeks of agent output you asked them to last week/,
    );
  });
});
