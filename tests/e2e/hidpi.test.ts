/**
 * The world on a HiDPI screen: the canvas has as many pixels as the screen shows it with (two per CSS pixel), so
 * its text and lines are as sharp as the page around it, and it shows the same picture as on an ordinary screen.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { DESKTOP, expectClean, launch, openSession, startFirstScenario } from './harness.ts';

/** The world's canvas: its own pixel size and the CSS size it is shown at. */
function canvasSize(
  page: Page,
): Promise<{ width: number; height: number; cssWidth: number; cssHeight: number }> {
  return page.locator('#world canvas').evaluate((c: HTMLCanvasElement) => {
    const r = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height };
  });
}

/** The world as the screen shows it, as a PNG. */
async function worldShot(page: Page): Promise<Buffer> {
  // Let the arrival animations end, so both pictures show the same still office.
  await page.waitForTimeout(2500);
  return page.locator('#world canvas').screenshot({ animations: 'disabled' });
}

/** Mean difference per pixel (0..255) between two pictures, both scaled to 480 pixels wide in the page. */
function compare(page: Page, a: Buffer, b: Buffer): Promise<{ difference: number }> {
  return page.evaluate(
    async ([pa, pb]) => {
      // Decoded from bytes, not fetched: the game's content security policy allows no data: URLs.
      const load = (b64: string): Promise<ImageBitmap> =>
        createImageBitmap(
          new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
        );
      const [ia, ib] = await Promise.all([load(pa), load(pb)]);
      const w = 480;
      const h = Math.round((ia.height / ia.width) * w);
      const pixels = (img: ImageBitmap): Uint8ClampedArray => {
        const c = new OffscreenCanvas(w, h);
        const ctx = c.getContext('2d')!;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const da = pixels(ia);
      const db = pixels(ib);
      let sum = 0;
      for (let i = 0; i < da.length; i += 4)
        sum +=
          (Math.abs(da[i]! - db[i]!) +
            Math.abs(da[i + 1]! - db[i + 1]!) +
            Math.abs(da[i + 2]! - db[i + 2]!)) /
          3;
      return { difference: sum / (w * h) };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describeInBrowser('the world on a HiDPI screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws two canvas pixels per CSS pixel on a 2x screen, the same picture as on a 1x screen', async () => {
    const shots: Buffer[] = [];
    for (const scale of [1, 2]) {
      const s = await openSession(browser, DESKTOP, undefined, scale);
      await startFirstScenario(s.page, 'hidpi-1');
      await s.page.locator('#world canvas').waitFor();
      const size = await canvasSize(s.page);
      // The canvas's own pixels per CSS pixel it is shown with: the screen's density (the FIT scale mode shrinks
      // the 960-unit world a little to the column's width).
      const density = size.width / size.cssWidth;
      expect(density, `canvas pixels per CSS pixel at ${scale}x`).toBeGreaterThan(scale * 0.9);
      expect(size.width).toBe(960 * scale);
      expect(size.height).toBe(400 * scale);
      shots.push(await worldShot(s.page));
      expectClean(s);
      await s.close();
    }
    const [one, two] = shots as [Buffer, Buffer];
    // Same picture: the 2x world scaled down matches the 1x world. Measured: under 2 levels apart; a camera zoomed
    // about its centre (everything moved) differs by about 18.
    const s = await openSession(browser);
    const { difference } = await compare(s.page, two, one);
    await s.close();
    expect(difference).toBeLessThan(8);
  });
});
