/**
 * Classroom verification benchmark: 40 run codes of a 52-turn scenario, verified (decoded, re-simulated,
 * compared) and ranked, in Node and in the browser's verification worker (the production build in headless
 * Chromium, timed by the leaderboard page from sending the batch to the last result). Median of several runs
 * after a warm-up. The budget is 1 s for the 40 runs in each. Not a test: timing is reported, never asserted.
 * With --stops (e.g. 13,26,39) the competition is played in rounds: every run re-plays its rounds, with an
 * inject at the start of round 2, as the leaderboard does for a class in rounds.
 *   npm run bench:verify [-- --runs 5 --count 40 --scenario solo-founder --stops 13,26,39 --no-browser]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BOTS, BOT_NAMES, playBot } from '../src/bots/index.ts';
import { resolveScenario } from '../src/cli/scenarios.ts';
import {
  buildRun,
  competitionLink,
  createCompetition,
  encodeRunCode,
  injectableEvents,
  playInRounds,
  rankRuns,
  releaseCode,
  verifyRun,
} from '../src/replay/index.ts';
import type * as Harness from '../scripts/web-harness.mjs';

// The web harness is loaded from the repository at run time, not bundled: it finds dist/ and vite from its own
// location, and this file runs bundled from node_modules/.cache (npm runs scripts from the repository root).
const harness = (await import(
  pathToFileURL(resolve(process.cwd(), 'scripts/web-harness.mjs')).href
)) as typeof Harness;
const { LAUNCH_OPTIONS, buildWeb, chromiumMissing, privateBuildDir, removeBuild, serveDist } = harness;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '40' },
    scenario: { type: 'string', default: 'solo-founder' },
    stops: { type: 'string', default: '' },
    'no-browser': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const count = Number(values.count);
const loaded = resolveScenario(values.scenario);
const { scenario } = loaded;
const stops = values.stops === '' ? [] : values.stops.split(',').map(Number);
const competition = createCompetition({ loaded, seed: 'BENCH1', timeLimitMinutes: 0, createdAt: 0, stops });
// Round 2 starts with the scenario's first card for everyone; later rounds with none.
const injects = stops.map((_, i) => (i === 0 ? injectableEvents(scenario)[0]!.id : null));
const releases = injects.map((inject, i) => releaseCode(competition, scenario, i + 2, inject));
const target = { competition, scenario, releases };

/** A student's game: in one sitting, or round by round with every release. */
function play(bot: (typeof BOT_NAMES)[number]) {
  if (stops.length === 0) return { ...playBot(scenario, competition.seed, BOTS[bot]), afterTurns: [] };
  return playInRounds(scenario, competition.seed, stops, injects, (s) => BOTS[bot](s, scenario));
}

// A class of `count` students: the four bots in turn, each with its own start time.
const codes = Array.from({ length: count }, (_, i) => {
  const bot = BOT_NAMES[i % BOT_NAMES.length]!;
  const played = play(bot);
  const startedAt = 1_740_000_000_000 + i * 1000;
  const times = played.log.map((_, t) => startedAt + (t + 1) * 15_000);
  const rounds = played.afterTurns.map((afterTurns, r) => ({
    release: releases[r]!,
    startedAt: afterTurns > 0 ? times[afterTurns - 1]! : startedAt,
    afterTurns,
  }));
  return encodeRunCode(
    buildRun({
      name: `Student ${i + 1} (${bot})`,
      competition,
      scenario,
      startedAt,
      log: played.log,
      times,
      state: played.state,
      ...(stops.length > 0 ? { rounds } : {}),
    }),
  );
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function verifyAll(): number {
  const t0 = performance.now();
  const results = codes.map((code, i) => ({ source: String(i), result: verifyRun(code, target) }));
  const ranking = rankRuns(results);
  const ms = performance.now() - t0;
  if (ranking.ranked.length !== count)
    throw new Error(`only ${ranking.ranked.length} of ${count} runs verified`);
  return ms;
}

console.log(
  `scenario: ${scenario.id} (${scenario.turns} turns${stops.length ? `, stops ${stops.join(',')}` : ''}), ${count} run codes (${Math.round(codes.reduce((n, c) => n + c.length, 0) / count)} characters each), median of ${runs}`,
);
verifyAll(); // warm-up
const nodeTimes = Array.from({ length: runs }, verifyAll);
console.log(
  `node:    runs (ms) ${nodeTimes.map((t) => t.toFixed(0)).join(', ')} -> median ${median(nodeTimes).toFixed(0)} ms (budget 1000 ms)`,
);

async function inBrowser(): Promise<number[]> {
  const dir = privateBuildDir('bench-verify');
  const server = await serveDist(buildWeb({ outDir: dir }));
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    // The releases, as the leaderboard of the browser that gave them keeps them.
    await page.evaluate(
      ([id, given]) => localStorage.setItem('tradeoffs.host-releases', JSON.stringify({ [id!]: given })),
      [competition.id, releases] as const,
    );
    await page.getByRole('button', { name: 'Leaderboard' }).click();
    await page.getByLabel('Competition link or short code').fill(competitionLink(server.url, competition));
    await page.getByLabel('Run codes').fill(codes.join('\n'));
    const once = async (): Promise<number> => {
      await page.evaluate(() => document.getElementById('verify-progress-text')?.removeAttribute('data-ms'));
      await page.getByRole('button', { name: 'Verify and rank' }).click();
      await page.waitForFunction(() => document.getElementById('verify-progress-text')?.dataset['ms']);
      const summary = await page.locator('#verify-summary').innerText();
      if (summary !== `${count} runs ranked, 0 rejected.`)
        throw new Error(`the leaderboard says: ${summary}`);
      return Number(await page.locator('#verify-progress-text').getAttribute('data-ms'));
    };
    await once(); // warm-up (worker start, JIT)
    const times: number[] = [];
    for (let r = 0; r < runs; r++) times.push(await once());
    return times;
  } finally {
    await browser.close();
    await server.close();
    removeBuild(dir);
  }
}

if (values['no-browser']) console.log('browser: skipped (--no-browser)');
else if (chromiumMissing()) console.log('browser: skipped (no Chromium; see scripts/web-harness.mjs)');
else {
  const times = await inBrowser();
  console.log(
    `browser: runs (ms) ${times.map((t) => t.toFixed(0)).join(', ')} -> median ${median(times).toFixed(0)} ms (budget 1000 ms; Chromium worker, from sending the batch to the last result)`,
  );
}
