/** Whether the e2e tests can run here: they need Debian's Chromium (Playwright cannot download browsers). */
import { describe } from 'vitest';
import { CHROMIUM, chromiumMissing } from '../../scripts/web-harness.mjs';

export function missingChromiumMessage(): string {
  return `No Chromium at ${CHROMIUM}: the browser tests need the Debian package \`chromium\` (apt-get install chromium), or set CHROMIUM_PATH.`;
}

/** Skip (loudly) without Chromium, except on CI, where the run fails instead (global-setup.ts). */
export const skipWithoutChromium = chromiumMissing() && !process.env['CI'];
if (skipWithoutChromium) console.warn(`\n\u26a0 e2e tests SKIPPED. ${missingChromiumMessage()}\n`);

export const describeInBrowser = describe.skipIf(skipWithoutChromium);
