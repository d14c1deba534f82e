/**
 * Extended time in real Chromium: the instructor makes a 2× code for one student on the Host screen; the
 * student enters it on the Join screen, sees their own limit, and ends turns past the normal limit; the
 * leaderboard accepts the run with the host's key. A code a student forged (their own name on someone else's
 * signature) is accepted by their game but refused by the leaderboard with the reason; one from another
 * competition is refused where it is typed. On another machine, the leaderboard judges by the normal limit and
 * says so until the key is added. With SHOTS=<dir>, the screens are saved at 1280×800, 768×1024 and 390×844.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  competitionLink,
  createCompetition,
  decodeCompetition,
  makeAccommodation,
  verifyRun,
  readHostKey,
} from '../../src/replay/index.ts';
import { base64urlDecode, base64urlEncode, transportCheck } from '../../src/replay/codec.ts';
import { describeInBrowser } from './chromium.ts';
import { baseURL, expectClean, launch, openSession, seriousViolations, type Session } from './harness.ts';
import { catalogue, playUntil, shoot } from './classroom-helpers.ts';

async function screen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await shoot(page, name);
}

/** Someone else's code with another name in it (its transport check made again): what a student can forge. */
function forgedFor(code: string, name: string): string {
  const [, payload, tag] = code.split('.') as [string, string, string];
  const json = JSON.parse(new TextDecoder().decode(base64urlDecode(payload)!)) as Record<string, unknown>;
  const edited = base64urlEncode(new TextEncoder().encode(JSON.stringify({ ...json, n: name })));
  const body = `TRX1.${edited}.${tag}`;
  return `${body}.${transportCheck(body)}`;
}

/** Opens the link on a fake clock and enters an extended-time code on the Join screen. */
async function joinWithCode(s: Session, link: string, code: string): Promise<void> {
  await s.page.clock.install();
  await s.page.goto(link);
  await s.page.getByText('I have an extended-time code').click();
  await s.page.getByLabel('Extended-time code (from your instructor, for you only)').fill(code);
}

/** Presses Start and plays to the end, 90 seconds a turn (15 minutes for 10 turns); returns the run code. */
async function playSlowly(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
  expect(await page.locator('#time-left').innerText()).toMatch(/^(20:00|19:5\d)$/);
  await playUntil(page, '#run-heading', () => page.clock.fastForward('01:30'));
  return page.locator('#run-code').inputValue();
}

describeInBrowser('extended time', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('accepts a 2\u00d7 student past the normal limit, refuses forged and foreign codes with the reason', async () => {
    // ---------------------------------------------------------------- the instructor hosts and makes Ada's code
    const host = await openSession(browser);
    await host.page.getByRole('button', { name: 'Host a competition' }).click();
    await host.page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Demo day' });
    await host.page.getByLabel('Time limit (minutes, 0 for none)').fill('10');
    await host.page.getByRole('button', { name: 'Create the link' }).click();
    await host.page.getByRole('heading', { name: 'Share with your class' }).waitFor();
    const link = await host.page.locator('#host-link').inputValue();
    await host.page.getByText('Extended time (individual codes, not for the projector)').click();
    await host.page.getByLabel('Student\u2019s name').fill('  Ada   Lovelace ');
    await host.page.getByLabel('Time', { exact: true }).selectOption({ label: '2\u00d7 (20 minutes)' });
    await host.page.getByRole('button', { name: 'Make the code' }).click();
    const adaCode = await host.page.getByLabel('Code for Ada Lovelace').inputValue();
    expect(adaCode).toMatch(/^TRX1\./);
    await host.page.getByText('Competition key (to grade on another machine)').click();
    const keyText = await host.page.locator('#host-key').inputValue();
    await screen(host.page, 'extended-01-host');
    const decoded = decodeCompetition(
      link,
      catalogue().map((l) => ({ id: l.scenario.id, hash: l.hash })),
    );
    if (!decoded.ok) throw new Error(decoded.message);
    const c = decoded.competition;

    // ---------------------------------------------------------------- a code from another competition is refused where typed
    const elsewhere = createCompetition({
      loaded: catalogue().find((l) => l.scenario.id === 'demo-day')!,
      seed: 'OTHER1',
      timeLimitMinutes: 10,
      createdAt: 0,
    });
    const foreign = makeAccommodation(elsewhere, 'Linus', 200, {
      competitionId: elsewhere.id,
      key: new Uint8Array(32).fill(3),
    });
    const linus = await openSession(browser);
    await linus.page.goto(link);
    await linus.page.getByLabel('Your name').fill('Linus');
    await linus.page.getByText('I have an extended-time code').click();
    await linus.page.getByLabel('Extended-time code (from your instructor, for you only)').fill(foreign);
    expect(await linus.page.locator('#join-extended-status').innerText()).toBe(
      'This code cannot be used here: it was made for another competition.',
    );
    await linus.page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect
      .poll(() => linus.page.locator('#join-name-problem').innerText())
      .toBe('This extended-time code cannot be used: it was made for another competition.');
    expect(await linus.page.locator('#end-turn').count()).toBe(0);
    expect(competitionLink(baseURL(), elsewhere)).not.toBe(link);

    // ---------------------------------------------------------------- Ada plays with her 2× code, 15 minutes in all
    const ada = await openSession(browser);
    await joinWithCode(ada, link, adaCode);
    expect(await ada.page.locator('#join-extended-status').innerText()).toBe(
      'Extended time for Ada Lovelace: 2\u00d7, so your limit is 20 minutes.',
    );
    expect(await ada.page.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
    expect(await ada.page.locator('#join-limit').innerText()).toBe(
      '20 minutes (your extended time, 2\u00d7)',
    );
    await screen(ada.page, 'extended-02-join');
    const adaRun = await playSlowly(ada.page);

    // ---------------------------------------------------------------- Bob forges a code from Ada's (his game cannot tell)
    const bob = await openSession(browser);
    await joinWithCode(bob, link, forgedFor(adaCode, 'Bob'));
    expect(await bob.page.locator('#join-extended-status').innerText()).toMatch(
      /^Extended time for Bob: 2\u00d7/,
    );
    const bobRun = await playSlowly(bob.page);

    // ---------------------------------------------------------------- the leaderboard with the key (the host's browser)
    const lb = host.page;
    await lb.getByRole('button', { name: 'Open the leaderboard' }).click();
    expect(await lb.locator('#key-status').innerText()).toMatch(/has the competition key/);
    await lb.getByLabel('Run codes').fill(`${adaRun}\n${bobRun}`);
    await lb.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => lb.locator('#verify-summary').innerText()).toBe('1 run ranked, 1 rejected.');
    const row = await lb.locator('#ranking tbody tr').first().innerText();
    expect(row).toMatch(/Ada Lovelace/);
    expect(row).toMatch(/15:\d\d \(2\u00d7\)/);
    expect(await lb.locator('#rejected-list li').allInnerTexts()).toEqual([
      expect.stringMatching(
        /^Bob \(code 2 .*\): extended time refused: its extended-time code \(2\u00d7\) was not made with this competition\u2019s key: a forged or edited code, or one from another class$/,
      ),
    ]);
    await screen(lb, 'extended-03-leaderboard');
    // The engine agrees.
    const scenario = catalogue().find((l) => l.hash === c.scenario.hash)!.scenario;
    const key = readHostKey(keyText);
    if (!key.ok) throw new Error(key.message);
    expect(verifyRun(adaRun, { competition: c, scenario, hostKey: key.value }).ok).toBe(true);

    // ---------------------------------------------------------------- grading on another machine: no key until added
    const other = await openSession(browser);
    await other.page.getByRole('button', { name: 'Leaderboard' }).click();
    await other.page.getByLabel('Competition link or short code').fill(link);
    await other.page.getByLabel('Competition link or short code').dispatchEvent('change');
    expect(await other.page.locator('#key-status').innerText()).toMatch(/does not have the competition key/);
    await other.page.getByLabel('Run codes').fill(adaRun);
    await other.page.getByRole('button', { name: 'Verify and rank' }).click();
    await expect
      .poll(() => other.page.locator('#verify-summary').innerText())
      .toBe('0 runs ranked, 1 rejected.');
    expect(await other.page.locator('#rejected-list li').innerText()).toMatch(
      /over the time limit: the last turn ended 15:\d\d after Start; the limit is 10:00; it carries an extended-time code \(2\u00d7\), which only the competition key can check: add the key from the Host screen$/,
    );
    await screen(other.page, 'extended-04-other-machine');
    await other.page.getByLabel('Competition key').fill(`# copied\n${keyText}`);
    await other.page.getByRole('button', { name: 'Add the key' }).click();
    await expect.poll(() => other.page.locator('#key-status').innerText()).toMatch(/has the competition key/);
    await other.page.getByRole('button', { name: 'Verify and rank' }).click();
    await expect
      .poll(() => other.page.locator('#verify-summary').innerText())
      .toBe('1 run ranked, 0 rejected.');

    for (const s of [host, linus, ada, bob, other]) {
      expectClean(s);
      await s.close();
    }
  });
});
