/**
 * The strategy search finds a planted exploit and warns about it, does not cry wolf on a fair scenario, and gives
 * the same result for the same seed on one runner, two, or workers over messages that finish in any order.
 */
import { describe, expect, it } from 'vitest';
import type { SearchResult, SliceRunner } from '../../src/search/index.ts';
import {
  inThreadRunner,
  messageSliceRunner,
  runSearch,
  SearchCancelled,
  searchWorkerHandler,
  type FromSearchWorker,
} from '../../src/search/index.ts';
import type { Scenario } from '../../src/engine/index.ts';
import { exploitScenario, fairScenario, tinySearch } from './fixtures.ts';

const search = (scenario: Scenario, runners?: SliceRunner[], seed = 't'): Promise<SearchResult> =>
  runSearch({ scenario, config: tinySearch(seed) }, runners ?? [inThreadRunner(scenario)]);

/** A worker over messages that answers after a delay varying by message, as a busy thread would. */
function worker(scenario: Scenario, delay: (n: number) => number): SliceRunner {
  const handle = searchWorkerHandler();
  let listener: (msg: FromSearchWorker) => void = () => undefined;
  let n = 0;
  let queue = Promise.resolve();
  return messageSliceRunner(
    scenario,
    (msg) => {
      const copy = structuredClone(msg);
      const wait = delay(n++);
      queue = queue
        .then(() => new Promise((done) => setTimeout(done, wait)))
        .then(() => {
          const reply = handle(copy);
          if (reply) listener(structuredClone(reply));
        });
    },
    (fn) => (listener = fn),
  );
}

describe('the strategy search', () => {
  it('finds the answer that gives users away for free, and warns that it beats every bot', async () => {
    const r = await search(exploitScenario());
    const taken = r.best.settings.find((s) => s.lever === 'event.free-users');
    expect(taken?.value).toBe('take');
    expect(r.best.description.join(' ')).toContain('\u201cA partner offers its users\u201d: Take them all');
    expect(r.best.beatsEveryBotShare).toBeGreaterThanOrEqual(0.9);
    expect(r.best.winRate).toBeGreaterThan(r.bots.find((b) => b.bot === r.bestBot)!.winRate);
    const w = r.warnings.find((x) => x.kind === 'strategy-beats-bots');
    expect(w?.message).toMatch(
      /A partner offers its users.*Take them all.*beats every bot \(random aside\) on 100% of the held-out seeds/,
    );
    expect(w?.fix).toContain("'free-users'");
    const row = r.sensitivity.rows.find((x) => x.lever === 'event.free-users')!;
    expect(row.drop).toBeLessThan(-100);
    expect(row.moves[0]!.high).toBeLessThan(0);
  });

  it('does not cry wolf where the careful bot already plays the best answer', async () => {
    const r = await search(fairScenario());
    expect(r.warnings).toEqual([]);
    expect(r.bestBot).toBe('steady');
    expect(r.best.meanScore).toBe(r.bots.find((b) => b.bot === 'steady')!.meanScore);
    expect(r.best.beatsBestBotShare).toBe(0);
    expect(r.sensitivity.rows.map((x) => x.verdict)).toEqual(['matters']);
  });

  it('gives the same result for the same seed on one runner, two, or message workers in any order', async () => {
    const scenario = exploitScenario();
    const one = JSON.stringify(await search(scenario));
    const two = JSON.stringify(await search(scenario, [inThreadRunner(scenario), inThreadRunner(scenario)]));
    const workers = await search(scenario, [
      inThreadRunner(scenario),
      worker(scenario, (n) => (n % 3) * 2),
      worker(scenario, (n) => ((n + 1) % 2) * 3),
    ]);
    expect(two).toBe(one);
    expect(JSON.stringify(workers)).toBe(one);
    expect(JSON.stringify(await search(scenario, undefined, 'other'))).not.toBe(one);
  });

  it('measures what it found so far when stopped, and rejects when cancelled', async () => {
    const scenario = exploitScenario();
    let generations = 0;
    const stopped = await runSearch(
      { scenario, config: tinySearch('t', { generations: 50 }) },
      [inThreadRunner(scenario)],
      {
        onProgress: (p) => (generations = p.generation),
        stopped: () => generations >= 2,
      },
    );
    expect(stopped.stopped).toBe('user');
    expect(stopped.generations).toBeLessThan(10);
    expect(stopped.bots).toHaveLength(5);
    let slices = 0;
    const cancelled = runSearch({ scenario, config: tinySearch() }, [inThreadRunner(scenario)], {
      onProgress: () => void slices++,
      cancelled: () => slices > 3,
    });
    await expect(cancelled).rejects.toBeInstanceOf(SearchCancelled);
  });

  it('plays generations while a time budget lasts, and says it stopped for time', async () => {
    const scenario = exploitScenario();
    let clock = 0;
    const r = await runSearch(
      { scenario, config: tinySearch('t', { seconds: 1 }) },
      [inThreadRunner(scenario)],
      {
        // A clock that advances 100 ms per reading: the budget runs out after a few generations.
        now: () => (clock += 100),
      },
    );
    expect(r.stopped).toBe('time');
    expect(r.generations).toBeGreaterThanOrEqual(1);
    expect(r.config.seconds).toBe(1);
  });
});
