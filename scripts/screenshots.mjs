// Screenshots of every screen of the built game, for a person to look at: title, scenarios, briefing, play at
// turn 1 and at a later turn with an event waiting, the settings dialog, the end screen and the debrief (full
// page), and the instructor's balance report (the form, the search under way and a finished report with its
// strategy search), at 1280×800, 768×1024 and 390×844 (a phone), and the game again at 1280×800 on a HiDPI
// screen (two device pixels per CSS pixel). ONLY=balance shoots the balance report alone.
// (The classroom screens are shot by their end-to-end test: SHOTS=<dir> npm run test:e2e.) Builds the
// production bundle into a private folder and serves it.
//   node scripts/screenshots.mjs <outdir> [scenario-index=0] [seed]
/* global document -- in-page code passed to Playwright */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  LAUNCH_OPTIONS,
  buildWeb,
  chromiumMissing,
  CHROMIUM,
  privateBuildDir,
  removeBuild,
  serveDist,
} from './web-harness.mjs';

const [outArg = 'screenshots', which = '0', seed = 'amber-otter-42'] = process.argv.slice(2);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
if (chromiumMissing()) {
  console.error(
    `No Chromium at ${CHROMIUM}: install the Debian package \`chromium\` (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

// `scale` 2: a HiDPI laptop screen (the world is drawn at two device pixels per unit); its files are named 1280@2x.
const SIZES = [
  { width: 1280, height: 800, scale: 1 },
  { width: 768, height: 1024, scale: 1 },
  { width: 390, height: 844, scale: 1 },
  { width: 1280, height: 800, scale: 2 },
];
/** The balance screen has no canvas: one density is enough. */
const BALANCE_SIZES = SIZES.filter((s) => s.scale === 1);
const ONLY_BALANCE = process.env.ONLY === 'balance';
const sizeName = (size) => (size.scale === 1 ? `${size.width}` : `${size.width}@${size.scale}x`);

async function endTurn(page) {
  const before = await page.locator('.turn-counter').innerText();
  await page.locator('#end-turn').click();
  await page.waitForFunction(
    (b) =>
      document.getElementById('end-heading') !== null ||
      document.querySelector('.turn-counter')?.textContent !== b,
    before,
  );
}

/** A page in a fresh context (its own storage) at `size`, a `shot(name)` for it, and `done()` to close it. */
async function openPage(browser, url, size) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  const shot = async (name, fullPage = false) => {
    const path = `${out}/${sizeName(size)}-${name}.png`;
    await page.screenshot({ path, fullPage });
    console.log(path);
  };
  const done = async () => {
    await context.close();
    if (problems.length) console.log(`console errors at ${sizeName(size)}:\n  ${problems.join('\n  ')}`);
  };
  await page.goto(url);
  return { page, shot, done };
}

async function shootAll(browser, url, size) {
  const { page, shot, done } = await openPage(browser, url, size);
  await page.getByRole('button', { name: 'New game' }).waitFor();
  await shot('01-title');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await shot('02-scenarios');
  await shot('02-scenarios-full', true);
  await page.getByRole('button', { name: 'Choose' }).nth(Number(which)).click();
  await page.getByLabel('World seed').fill(seed);
  await shot('03-briefing');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  // A phone shows the world as words (no canvas).
  await page
    .locator(size.width > 600 ? '#world canvas' : '.world-summary li')
    .first()
    .waitFor();
  await page.waitForTimeout(1500);
  await shot('04-play-turn1');
  await shot('04-play-turn1-full', true);
  await endTurn(page);
  await page.waitForTimeout(1500);
  await shot('04b-after-end-turn');
  for (let i = 0; i < 40; i++) {
    if (i >= 4 && (await page.locator('.event-card').count()) > 0) break;
    await endTurn(page);
    if ((await page.locator('#end-heading').count()) > 0) break;
  }
  if ((await page.locator('#end-turn').count()) > 0) {
    await page.waitForTimeout(1500);
    await shot('05-play-later');
    await shot('05-play-later-full', true);
    await page
      .getByRole('navigation', { name: 'Game menu' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await shot('06-settings');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keys' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await shot('07-shortcuts');
    await page.keyboard.press('Escape');
  }
  for (let i = 0; i < 1000 && (await page.locator('#end-heading').count()) === 0; i++) await endTurn(page);
  await shot('08-end');
  await page.locator('#open-debrief').click();
  await page.locator('#debrief-heading').waitFor();
  await shot('09-debrief');
  await shot('09-debrief-full', true);
  await done();
}

async function shootBalance(browser, url, size) {
  // A fresh context: the played game's save would reopen the debrief.
  const { page, shot, done } = await openPage(browser, url, size);
  await page.getByRole('button', { name: 'Balance report' }).click();
  await page.locator('#balance-heading').waitFor();
  await shot('10-balance-form');
  await shot('10-balance-form-full', true);
  await page.getByLabel('Seeds per bot').fill('200');
  await page.getByLabel('Paired seeds for decisions').fill('50');
  await page.getByLabel('Generations').fill('1');
  await page.getByLabel('Training seeds').fill('6');
  await page.getByLabel('Held-out seeds').fill('60');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('button', { name: 'Stop searching' }).waitFor({ timeout: 120_000 });
  await page.locator('.balance-progress').scrollIntoViewIfNeeded();
  await shot('11-balance-searching');
  await page.waitForFunction(
    () => /Report ready/.test(document.querySelector('.balance-screen [role="status"]')?.textContent ?? ''),
    null,
    { timeout: 300_000 },
  );
  await shot('12-balance-report');
  await page.locator('#balance-search-best').scrollIntoViewIfNeeded();
  await shot('12-balance-search');
  await page.locator('#balance-search-sensitivity').scrollIntoViewIfNeeded();
  await shot('12-balance-sensitivity');
  await shot('12-balance-report-full', true);
  await done();
}

const dist = buildWeb({ outDir: privateBuildDir('shots') });
const server = await serveDist(dist);
const browser = await chromium.launch(LAUNCH_OPTIONS);
try {
  if (!ONLY_BALANCE) for (const size of SIZES) await shootAll(browser, server.url, size);
  // The balance screen has no canvas: one density is enough.
  for (const size of BALANCE_SIZES) await shootBalance(browser, server.url, size);
} finally {
  await browser.close();
  await server.close();
  removeBuild(dist);
}
