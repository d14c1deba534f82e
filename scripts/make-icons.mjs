// Draws the app icons for installing the game (the web app manifest's icons): the Tradeoffs mark, a balance
// beam with two weights, on a full-bleed square so that a platform's mask (circle, squircle) never cuts it: the
// mark stays inside the central 80% "safe zone" of a maskable icon. Writes assets/icon.svg, then rasterises it
// with Debian's Chromium into assets/icon-192.png, icon-512.png and the 180 px apple-touch-icon.png.
// Run again after changing the drawing:  node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS, ROOT } from './web-harness.mjs';

const BACKGROUND = '#10151f';
// The mark of src/ui/logo.ts, scaled into the safe zone (a 96-unit mark in the middle 64% of a 120-unit square).
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120">
  <rect width="120" height="120" fill="${BACKGROUND}"/>
  <g transform="translate(22 22) scale(0.8)" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="48" cy="48" r="46" fill="none" stroke="#5aa9ff" stroke-width="5"/>
    <path d="M48 22 L48 72 M34 76 L62 76 M18 38 L78 30" stroke="#e8edf5" stroke-width="6" fill="none"/>
    <path d="M18 38 L10 56 L26 56 Z" fill="#ffc857"/>
    <path d="M78 30 L70 48 L86 48 Z" fill="#4fd1a1"/>
    <circle cx="48" cy="34" r="4.5" fill="#e8edf5"/>
  </g>
</svg>
`;

const assets = join(ROOT, 'assets');
writeFileSync(join(assets, 'icon.svg'), ICON);
const browser = await chromium.launch(LAUNCH_OPTIONS);
try {
  for (const [name, size] of [
    ['icon-192.png', 192],
    ['icon-512.png', 512],
    ['apple-touch-icon.png', 180],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:${BACKGROUND}}svg{display:block;width:${size}px;height:${size}px}</style>${ICON}`,
    );
    await page.screenshot({ path: join(assets, name), omitBackground: false });
    await page.close();
    console.log(`wrote assets/${name}`);
  }
} finally {
  await browser.close();
}
