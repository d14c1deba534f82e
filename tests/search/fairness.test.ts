/**
 * A fair game (CALIBRATION.md §3), judged by the strategy search on every built-in scenario rather than by the
 * named bots alone: no degenerate trick wins, doing nothing is far below the best strategy found, the best
 * strategy beats the reckless bot on nearly every seed, and no simple policy beats a scenario's best bot on most
 * seeds. The search here is smaller than `tradeoffs search`'s default (fewer policies and seeds, so the suite
 * stays quick); the closing figures of issue 14 come from the default search.
 */
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/search/index.ts';
import { inThreadRunner, runSearch, searchConfig } from '../../src/search/index.ts';
import { BUILT_IN_IDS } from '../../src/scenario/node.ts';
import { builtIn } from '../replay/helpers.ts';

/** About a third of the default search: still hundreds of policies, the best measured on 100 held-out seeds. */
const FAIR_SEARCH = {
  firstGeneration: 120,
  generationSize: 40,
  generations: 3,
  climbRounds: 2,
  finalists: 4,
  selectionSeeds: 60,
  heldOutSeeds: 100,
  sensitivitySeeds: 40,
};

/** The tutorial teaches the controls, one a week: every sensible plan keeps its $150,000, and so does idling. */
const TEACHING_ONLY = new Set(['tutorial']);

const results = new Map<string, SearchResult>();
async function searched(id: string): Promise<SearchResult> {
  const known = results.get(id);
  if (known) return known;
  const { scenario } = builtIn(id);
  const r = await runSearch({ scenario, config: searchConfig('fair', FAIR_SEARCH) }, [
    inThreadRunner(scenario),
  ]);
  results.set(id, r);
  return r;
}

const bot = (r: SearchResult, name: string) => r.bots.find((b) => b.bot === name)!;
const competitive = BUILT_IN_IDS.filter((id) => !TEACHING_ONLY.has(id));

describe('a fair game, by the strategy search on every built-in scenario', () => {
  it.each(competitive)(
    '%s: no degenerate trick wins, and none beats the best bot on most seeds',
    async (id) => {
      const r = await searched(id);
      const tricks = r.probes.flatMap((p) => (p.alone ? [{ label: p.label, ...p.alone }] : []));
      expect(tricks.length).toBeGreaterThan(0);
      for (const t of tricks) {
        // A trick wins fewer than half its games and stays far below the strongest strategy: in Ship it? the
        // starting plan itself wins 17% (its gate catches some bad models), and a trick on top of it a little more.
        expect(t.winRate, `${t.label} wins ${t.winRate}`).toBeLessThan(0.5);
        expect(r.best.meanScore - t.meanScore, `${t.label} scores ${t.meanScore}`).toBeGreaterThanOrEqual(
          150,
        );
        expect(t.beatsBestBotShare, `${t.label} beats ${r.bestBot}`).toBeLessThan(0.5);
      }
    },
  );

  it.each(competitive)('%s: doing nothing scores at least 150 below the best strategy found', async (id) => {
    const r = await searched(id);
    expect(r.best.meanScore - bot(r, 'idle').meanScore).toBeGreaterThanOrEqual(150);
  });

  it.each(BUILT_IN_IDS)(
    '%s: the best strategy found beats the reckless bot on nearly every seed',
    async (id) => {
      const r = await searched(id);
      const share = r.best.beatsBot.find((b) => b.bot === 'move-fast')!.share;
      // Demo day's lesson is a deliberate sprint, move-fast's own style: the best strategy sprints better (without
      // the hiring blitz), but not on every seed.
      expect(share).toBeGreaterThanOrEqual(id === 'demo-day' ? 0.6 : 0.9);
    },
  );
});
