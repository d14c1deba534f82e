/**
 * The debrief tells this game's story: the model versions with their hidden quality revealed, every one the game
 * had; lessons only where the game gave reason for them.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, playBot } from '../../src/bots/index.ts';
import type { Decision } from '../../src/engine/index.ts';
import { createInitialState, step } from '../../src/engine/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { ModelLedger } from '../../src/ui/debrief/model-versions.ts';
import { storyLines } from '../../src/ui/debrief/story.ts';
import { turnWords } from '../../src/ui/format.ts';
import { gameAfter } from './world-helpers.ts';

function shipIt() {
  const r = loadBuiltIn('ship-it');
  if (!r.ok) throw new Error('ship-it');
  return r.loaded.scenario;
}

/** Plays `log` step by step, giving the ledger every state, and returns the ledger and the final state. */
function ledgerOf(log: Decision[][]) {
  const scenario = shipIt();
  let state = createInitialState(scenario, 'versions-1');
  const ledger = new ModelLedger();
  ledger.start(state);
  for (const decisions of log) {
    const r = step(state, decisions, scenario);
    if (!r.ok) throw new Error(r.rejection.reason);
    state = r.state;
    ledger.after(state);
  }
  return { ledger, state };
}

describe('the model versions table', () => {
  it('lists every version with its eval score and true quality, and each release the engine counted', () => {
    expect(BUILT_IN_IDS).toContain('ship-it');
    const played = playBot(shipIt(), 'versions-1', BOTS.steady);
    const { ledger, state } = ledgerOf(played.log);
    const rows = ledger.rows;
    expect(rows[0]!.ready).toBeNull();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.filter((r) => r.released !== null)).toHaveLength(state.totals.modelReleases);
    // The live version at the end is the last one released (or the first), with the engine's hidden quality.
    const live = [...rows].reverse().find((r) => r.released !== null && r.rolledBack === null) ?? rows[0]!;
    expect(live.quality).toBe(state.model.quality);
    expect(live.evalScore).toBe(state.model.evalScore);
    for (const r of rows.slice(1))
      expect([r.released, r.heldBack].filter((x) => x !== null).length).toBeLessThanOrEqual(1);
  });

  it('says a rolled-back version was rolled back, and its successor under the same number is a new row', () => {
    const ship: Decision = { type: 'release/set', mode: 'ship' };
    const back: Decision = { type: 'release/set', mode: 'rollback' };
    // Ship until a release, then roll back, then ship again.
    const log: Decision[][] = [[ship]];
    let rolled = false;
    for (let i = 0; i < 20; i++) {
      const { state } = ledgerOf(log);
      if (!rolled && state.model.version > 1) {
        log.push([back]);
        rolled = true;
      } else log.push(rolled && log[log.length - 1]![0] === back ? [ship] : []);
    }
    const { ledger } = ledgerOf(log);
    const backRow = ledger.rows.find((r) => r.rolledBack !== null);
    expect(backRow?.released).not.toBeNull();
    expect(backRow!.rolledBack!).toBeGreaterThan(backRow!.released!);
  });
});

describe('the story of the game', () => {
  it('lectures on burnout only when burnout rose, and says the SLO weeks against the scenario target', () => {
    const calm = gameAfter(6);
    const words = turnWords(calm.loaded.scenario);
    const lines = storyLines(calm, words);
    expect(lines.join(' ')).not.toMatch(/Burnout peaked/);
    expect(lines).toContain('Burnout stayed under 10% all game: a pace people could keep.');
    const crunch: Decision = { type: 'policy/set', policy: 'crunch', on: true };
    const tired = gameAfter([[crunch], ...Array.from({ length: 20 }, () => [])]);
    expect(storyLines(tired, words).join(' ')).toMatch(
      /Burnout peaked at \d+% in week \d+\. It is a capacity limit/,
    );
    expect(lines.find((l) => l.startsWith('The SLO'))).toMatch(
      /^The SLO (stayed at or above its 95% target|fell below its 95% target in \d+ of 6 weeks)/,
    );
  });

  it('never praises a cut-over that failed', () => {
    const migrate: Decision = { type: 'arch/migrate', axis: 'processing', target: 'async' };
    const staff: Decision = {
      type: 'plan/allocate',
      allocation: { features: 20, debt: 0, evals: 0, reliability: 0, data: 0, migration: 80 },
    };
    // Debt and thin tests make a cut-over likely to fail (this world's first one does, in week 7).
    const game = gameAfter(
      [[migrate, staff], ...Array.from({ length: 14 }, () => [])],
      { initial: { debt: 35, cash: 500_000_000 } },
      { engineer: 8, ml: 0, sre: 0, product: 0 },
    );
    const failed = game.history.filter((r) => r.events.some((e) => e.id === 'cutover-failed'));
    expect(failed.length).toBeGreaterThan(0);
    const line = storyLines(game, turnWords(game.loaded.scenario)).find((l) =>
      l.startsWith('You started moving'),
    )!;
    expect(line).toContain(
      `its cut-over failed in week${failed.length > 1 ? 's' : ''} ${failed[0]!.snapshot.turn}`,
    );
    expect(line).toContain(
      'Test automation and observability (Reliability work) are what make a cut-over safe',
    );
    expect(line).toMatch(/; it was done in week \d+\./);
    expect(line).not.toMatch(/first time|calm/);
  });
});
