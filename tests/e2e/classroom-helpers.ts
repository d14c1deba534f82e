/** Shared by the classroom browser tests: the built-in catalogue read in Node, and screenshots at three sizes. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
