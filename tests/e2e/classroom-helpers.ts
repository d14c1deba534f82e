/** Shared by the classroom browser tests: the built-in catalogue read in Node, and screenshots at three sizes. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';

const SHOTS = process.env['SHOTS'];

export function catalogue() {
  return BUILT_IN_IDS.map((id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) throw new Error(`cannot load ${id}`);
    return r.loaded;
  });
}

/** With SHOTS=<dir>: the whole page at 1280×800, 768×1024 and 390×844 (then the page's own size again). */
export async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  for (const s of [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(s);
    await page.screenshot({ path: join(SHOTS, `${name}-${s.width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

/** Ends turns until `done` shows (the stop or the run screen); `plan` runs before each turn. */
export async function playUntil(
  page: Page,
  done: string,
  plan: (turn: number) => Promise<void> = async () => {},
) {
  for (let turn = 0; (await page.locator(done).count()) === 0; turn++) {
    expect(turn, `${done} should appear`).toBeLessThan(40);
    await plan(turn);
    if ((await page.locator(done).count()) > 0) break;
    const before = await page.locator('.turn-counter').innerText();
    await page.locator('#end-turn').click();
    await page.waitForFunction(
      ([b, sel]) =>
        document.querySelector(sel!) !== null || document.querySelector('.turn-counter')?.textContent !== b,
      [before, done],
    );
  }
}
