/**
 * The e2e harness: a headless Chromium, one context per test with guards that record everything a player (or
 * their browser console) would see go wrong — CSP violations, console errors, uncaught page errors — and every
 * request that leaves 127.0.0.1; plus small helpers to drive the game the way a player does.
 */
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { LAUNCH_OPTIONS } from '../../scripts/web-harness.mjs';
import AxeBuilder from '@axe-core/playwright';

export const baseURL = (): string => inject('baseURL');

export const DESKTOP = { width: 1280, height: 800 } as const;

export function launch(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong so far, one line each (empty when the run is clean). */
  problems: string[];
  /** Requests to any host other than 127.0.0.1. */
  foreign: string[];
  close(): Promise<void>;
}

declare global {
  interface Window {
    __tradeoffsCsp?: (text: string) => void;
    __announced?: string[];
  }
}

/**
 * A fresh browser context (empty storage, no service worker yet) with the guards installed, on the title screen
 * (or, with `ready`, on whatever page `url` is once `ready` resolves).
 */
export async function openSession(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  url: string = baseURL(),
  /** Device pixels per CSS pixel (2: a HiDPI screen). */
  deviceScaleFactor = 1,
  ready: (page: Page) => Promise<unknown> = (page) =>
    page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor(),
): Promise<Session> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true });
  const problems: string[] = [];
  const foreign: string[] = [];
  // securitypolicyviolation events are reported through a binding, which survives reloads.
  await context.exposeBinding('__tradeoffsCsp', (_source, text: string) =>
    problems.push(`CSP violation: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__tradeoffsCsp?.(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    else if (/Content Security Policy/i.test(m.text())) problems.push(`CSP console: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${String(e.error())}`));
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  return { context, page, problems, foreign, close: () => context.close() };
}

/** The guards' verdict: nothing went wrong and nothing left 127.0.0.1. */
export function expectClean(s: Session): void {
  expect(s.problems, 'CSP violations, console errors or page errors').toEqual([]);
  expect(s.foreign, 'requests to hosts other than 127.0.0.1').toEqual([]);
}

/** Records every text the aria-live announcer (#announcer) shows, from now until the page unloads. */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.getElementById('announcer');
    if (!region) throw new Error('no #announcer');
    window.__announced = [];
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text) window.__announced!.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__announced ?? []);
}

/**
 * New game (confirming the dialog when a game is in progress) → the first scenario in the list → briefing with
 * `seed` → Start; waits for the plan.
 */
export async function startFirstScenario(page: Page, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start a new game?' });
  const choose = page.getByRole('button', { name: 'Choose' }).first();
  await Promise.race([confirm.waitFor(), choose.waitFor()]);
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Start a new game' }).click();
  await choose.click();
  await page.getByLabel('World seed').fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
}

export function turnCounter(page: Page): Promise<string> {
  return page.locator('.turn-counter').innerText();
}

/** Clicks End turn and waits until the turn counter (or the end screen) shows the turn was played. */
export function endTurnByClick(page: Page): Promise<void> {
  return clickAndWaitForTurn(page, '#end-turn');
}

/**
 * Clicks "Advance until something needs me" and waits until the weeks were played: clicking again before that
 * could land on the end screen, where the button no longer exists.
 */
export function advanceByClick(page: Page): Promise<void> {
  return clickAndWaitForTurn(page, '#advance');
}

async function clickAndWaitForTurn(page: Page, button: string): Promise<void> {
  const before = await turnCounter(page);
  await page.locator(button).click();
  await page.waitForFunction(
    (b) =>
      document.getElementById('end-heading') !== null ||
      document.querySelector('.turn-counter')?.textContent !== b,
    before,
  );
}

/** Opens Settings from the play screen, reads the game's seed and state hash, and closes the dialog. */
export async function gameIdentity(page: Page): Promise<{ seed: string; hash: string }> {
  await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  const seed = await dialog.locator('#game-seed').innerText();
  const hash = await dialog.locator('#state-hash').innerText();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
  return { seed, hash };
}

/** The texts of the decisions drafted for this turn, as the plan lists them. */
export function draftedDecisions(page: Page): Promise<string[]> {
  return page
    .locator('.draft-list > li')
    .evaluateAll((items) => items.map((li) => li.firstChild?.textContent?.trim() ?? ''));
}

/** Serious and critical axe violations on the page as it is now, one line per rule with its first targets. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4} more)` : ''}`,
    );
}
