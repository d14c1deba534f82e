// Takes screenshots of the game's screens in headless Chromium for a person to look at.
//   node scripts/shoot.mjs <url> <outdir> [width] [height]
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:5173/', out = '/tmp/shots', width = '1280', height = '800'] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
const shot = async (name) => page.screenshot({ path: `${out}/${width}-${name}.png`, fullPage: false });
await page.goto(url);
await page.waitForSelector('h1');
await shot('1-title');
await page.getByRole('button', { name: 'New game' }).click();
await shot('2-scenarios');
await page.getByRole('button', { name: 'Choose' }).first().click();
await shot('3-briefing');
await page.getByRole('button', { name: 'Start' }).click();
await page.waitForSelector('canvas');
await page.waitForTimeout(1500);
await shot('4-play');
for (let i = 0; i < 6; i++) {
  await page.keyboard.press('e');
  await page.waitForTimeout(150);
}
await page.waitForTimeout(1200);
await shot('5-play-later');
await page.screenshot({ path: `${out}/${width}-6-play-full.png`, fullPage: true });
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors');
await browser.close();
