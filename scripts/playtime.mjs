// npm run playtime — how long each built-in scenario takes a student, measured by a scripted player in the
// built game (headless Chromium): it plays every turn, answering each event card with its first option, and
// counts the words the screen actually shows it. Rather than sleeping, it adds a student's pauses to a clock:
// the briefing and each turn's new text read at 200 words a minute, 10 s to look over the dashboard and plan each
// turn played, 20 s to weigh each event card. Two players: one who plays every week with End turn, and one who
// uses "Advance until something needs me" whenever no card waits. Prints minutes per scenario (a model of a
// student, not a stopwatch: real players linger on what interests them and skim the rest).
//
//   node scripts/playtime.mjs [--dist dir]
/* global document -- in-page code passed to Playwright */
import { chromium } from 'playwright-core';
import { buildWeb, LAUNCH_OPTIONS, privateBuildDir, removeBuild, serveDist } from './web-harness.mjs';

const WPM = 200;
const PLAN_S = 10;
const CARD_S = 20;
const words = (text) => (text.match(/\S+/g) ?? []).length;
const readS = (text) => (words(text) / WPM) * 60;

async function answerCards(page) {
  const cards = page.locator('.event-card');
  const n = await cards.count();
  for (let i = 0; i < n; i++) await cards.nth(i).locator('input[type="radio"]').first().check();
  return n;
}

/** Plays scenario `index` to its end; returns { title, presses, seconds } for the player `mode`. */
async function play(browser, url, index, mode) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose' }).nth(index).click();
  await page.getByLabel('World seed').waitFor();
  let seconds = readS(await page.locator('main').innerText());
  const title = (await page.locator('h1').innerText()).trim();
  await page.getByLabel('World seed').fill('playtime-1');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
  let presses = 0;
  for (let guard = 0; guard < 600; guard++) {
    if ((await page.locator('#end-heading').count()) > 0) break;
    const events = page.locator('#section-events');
    const cardText = (await events.count()) > 0 ? await events.innerText() : '';
    const cards = await answerCards(page);
    seconds += readS(cardText) + cards * CARD_S + PLAN_S;
    const useAdvance = mode === 'advance' && cards === 0;
    const logBefore = await page.locator('#log-h').textContent();
    await page.locator(useAdvance ? '#advance' : '#end-turn').click();
    presses += 1;
    // The turn is played when the log heading names it (or the game is over); the forecast may follow later.
    await page.waitForFunction(
      (n) => document.getElementById('end-heading') || document.getElementById('log-h')?.textContent !== n,
      logBefore,
      { timeout: 60_000 },
    );
    if ((await page.locator('#end-heading').count()) > 0) break;
    seconds += readS(await page.locator('#section-log').innerText());
  }
  await page.close();
  return { title, presses, seconds };
}

const givenDist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : null;
const dist = givenDist ?? buildWeb({ outDir: privateBuildDir('playtime') });
const server = await serveDist(dist);
const browser = await chromium.launch(LAUNCH_OPTIONS);
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose' }).first().waitFor();
  const count = await page.getByRole('button', { name: 'Choose' }).count();
  await page.close();
  console.log('scenario'.padEnd(44), 'every week'.padStart(12), 'with Advance'.padStart(14));
  for (let i = 0; i < count; i++) {
    const every = await play(browser, server.url, i, 'every');
    const adv = await play(browser, server.url, i, 'advance');
    const min = (r) => `${Math.round(r.seconds / 60)} min (${r.presses})`;
    console.log(every.title.padEnd(44), min(every).padStart(12), min(adv).padStart(14));
  }
  console.log('\n(minutes, and in brackets the presses of End turn or Advance it took)');
} finally {
  await browser.close();
  await server.close();
  if (!givenDist) removeBuild(dist);
}
