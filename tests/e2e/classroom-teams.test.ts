/**
 * Teams, aliases and grades in real Chromium, host → students → leaderboard: a team of three, a student under an
 * alias and one under their student ID join from the link and play (each in their own browser); the team's
 * debrief suggests the rotation of roles; the leaderboard marks each kind of name, ranks the team with its
 * members, hides names on the projector, matches the runs to a Canvas roster (the alias given to a student by
 * hand) and downloads the Canvas gradebook; finally "Delete this browser's data" really empties a student's
 * browser. With SHOTS=<dir>, every screen changed here is saved at 1280×800, 768×1024 and 390×844.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/csv.ts';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession, seriousViolations, type Session } from './harness.ts';

const SHOTS = process.env['SHOTS'];
const SIZES = [
  [1280, 800],
  [768, 1024],
  [390, 844],
] as const;
const ROSTER = new URL('../fixtures/rosters/canvas-gradebook.csv', import.meta.url).pathname;
const TEAM = ['Søren Øyelaran', "Siobhan O'Brien", 'Łukasz Wójcik'];

/** axe finds nothing serious; with SHOTS, the page (or one part of it) at the three sizes. */
async function screen(page: Page, name: string, part?: Locator): Promise<void> {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    const path = join(SHOTS, `${name}-${width}.png`);
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
  await page.setViewportSize(size);
}

/**
 * Ends `turns` turns, drafting `plan` before the last (the tutorial shows a control from the week its card
 * introduces it: the release gate from week 3, hiring from week 4), then lets the clock run out: the run code
 * screen. Returns the run code.
 */
async function playAndTimeOut(
  page: Page,
  plan: () => Promise<void> = async () => {},
  turns = 2,
): Promise<string> {
  for (let i = 0; i < turns; i++) {
    if (i === turns - 1) await plan();
    const before = await page.locator('.turn-counter').innerText();
    await page.locator('#end-turn').click();
    await page.waitForFunction((b) => document.querySelector('.turn-counter')?.textContent !== b, before);
  }
  await page.clock.fastForward('30:05');
  await page.locator('#run-heading').waitFor();
  return page.locator('#run-code').inputValue();
}

async function joinAs(s: Session, link: string, who: string): Promise<void> {
  await s.page.clock.install();
  await s.page.goto(link);
  await s.page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();
  await s.page.getByRole('radio', { name: who }).check();
}

describeInBrowser('classroom teams, aliases and grades', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays teams and aliases from the host link to the ranking, the projector and the gradebook', async () => {
    // ---------------------------------------------------------------- the instructor hosts
    const host = await openSession(browser);
    await host.page.getByRole('button', { name: 'Host a competition' }).click();
    await host.page.getByLabel('Time limit (minutes, 0 for none)').fill('30');
    await host.page.getByLabel('Title (optional)').fill('BUS 410 · Week 6');
    await host.page.getByRole('button', { name: 'Create the link' }).click();
    const link = await host.page.locator('#host-link').inputValue();

    // ---------------------------------------------------------------- a team of three at one computer
    const team = await openSession(browser);
    await joinAs(team, link, 'A team, at this computer');
    const page = team.page;
    await page.getByLabel('Team name').fill('The Optimists');
    await page.getByLabel('Members, one per line').fill('Søren Øyelaran');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.locator('#join-name-problem').innerText()).toMatch(/at least 2 members/);
    await page.getByLabel('Members, one per line').fill(TEAM.join('\n'));
    expect(await page.locator('#join-roles li').allInnerTexts()).toEqual([
      'Søren Øyelaran: Architecture, Risk',
      "Siobhan O'Brien: Team coordination, Stakeholder communication",
      'Łukasz Wójcik: Technical debt',
    ]);
    await screen(page, 'join-team', page.locator('.join-form'));
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#end-turn').waitFor();
    const teamCode = await playAndTimeOut(
      page,
      async () => {
        await page.locator('#release-gate').check();
        await page.getByRole('button', { name: 'Hire one engineer' }).click();
      },
      4,
    );
    await page.getByRole('button', { name: 'Read the debrief' }).click();
    const rotate = page.getByRole('region', { name: 'Rotate roles for the next round' });
    await rotate.waitFor();
    expect(await rotate.locator('p').first().innerText()).toContain(
      `join with the members in this order \u2014 ${[...TEAM.slice(1), TEAM[0]].join(', ')} \u2014`,
    );
    const roleRows = await rotate.locator('tbody tr').allInnerTexts();
    expect(roleRows[0]).toMatch(/^Søren Øyelaran\tArchitecture \d+, Risk \d+\tTechnical debt$/);
    await screen(page, 'debrief-team', rotate);

    // ---------------------------------------------------------------- an alias, and a student ID
    const falcon = await openSession(browser);
    await joinAs(falcon, link, 'Me, under an alias');
    expect(await falcon.page.locator('#join-name-hint').innerText()).toMatch(/tell them your alias/);
    await screen(falcon.page, 'join-alias', falcon.page.locator('.join-form'));
    await falcon.page.getByLabel('Your alias').fill('Blue Falcon');
    await falcon.page.getByRole('button', { name: 'Start', exact: true }).click();
    await falcon.page.locator('#end-turn').waitFor();
    const falconCode = await playAndTimeOut(
      falcon.page,
      () => falcon.page.locator('#release-canary').check(),
      3,
    );

    const grace = await openSession(browser);
    await joinAs(grace, link, 'Me, under my student ID');
    await grace.page.getByLabel('Your student ID').fill('s1000003');
    await grace.page.getByRole('button', { name: 'Start', exact: true }).click();
    await grace.page.locator('#end-turn').waitFor();
    const graceCode = await playAndTimeOut(grace.page);

    // ---------------------------------------------------------------- the leaderboard
    const lb = host.page;
    await lb.getByRole('button', { name: 'Open the leaderboard' }).click();
    await lb.getByLabel('Run codes').fill([teamCode, falconCode, graceCode].join('\n\n'));
    await lb.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => lb.locator('#verify-summary').innerText()).toBe('3 runs ranked, 0 rejected.');
    const names = await lb.locator('#ranking tbody th.name').allInnerTexts();
    expect(names.map((n) => n.replace(/\s+/g, ' ').trim()).sort()).toEqual([
      'Blue Falcon ALIAS',
      `The Optimists TEAM ${TEAM.join(', ')}`,
      's1000003 STUDENT ID',
    ]);
    expect(await lb.locator('#teams tbody tr').count()).toBe(1);
    expect(await lb.locator('#teams tbody td').nth(1).innerText()).toMatch(
      /Søren Øyelaran \(Architecture, Risk\)/,
    );
    await screen(lb, 'leaderboard-teams', lb.locator('.leaderboard-results'));

    // The projector with names hidden: ranks, scores and clusters, no name at all.
    await lb.getByLabel('Hide names on the projector').check();
    await lb.getByRole('button', { name: 'Projector view' }).click();
    const projector = lb.getByRole('dialog', { name: 'BUS 410 · Week 6' });
    await projector.waitFor();
    const shown = await projector.innerText();
    for (const n of ['Blue Falcon', 's1000003', 'The Optimists', ...TEAM]) expect(shown).not.toContain(n);
    expect(await projector.locator('.p-hidden').allInnerTexts()).toContain('team of 3, name hidden');
    await screen(lb, 'projector-hidden', projector);
    await projector.getByRole('button', { name: 'Show names' }).click();
    expect(await projector.innerText()).toContain('Blue Falcon');
    await lb.keyboard.press('Escape');
    await projector.waitFor({ state: 'detached' });

    // ---------------------------------------------------------------- grades: a Canvas roster in, a gradebook out
    await lb.locator('#roster-file').setInputFiles(ROSTER);
    await expect.poll(() => lb.locator('#roster-summary').innerText()).toMatch(/^Canvas roster, 10 students/);
    expect(await lb.locator('#match-summary').innerText()).toBe(
      '4 of 10 students have a run. 2 matches to check, 1 not graded until you choose.',
    );
    await lb.getByLabel('Student for Blue Falcon').selectOption('12');
    await expect.poll(() => lb.locator('#match-summary').innerText()).toMatch(/^5 of 10 students have a run/);
    await lb.getByRole('radio', { name: 'Thresholds' }).check();
    await lb
      .getByLabel('From score = grade (points or letters), highest first')
      .fill('900=A, 700=B, 500=C, 0=F');
    await screen(lb, 'leaderboard-grades', lb.locator('.grades'));
    const download = lb.waitForEvent('download');
    await lb.getByRole('button', { name: 'Download the Canvas gradebook' }).click();
    const file = join(process.env['TMPDIR'] ?? '/tmp', `gradebook-${Date.now()}.csv`);
    await (await download).saveAs(file);
    const parsed = parseCsv(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const grade = (sortable: string): string => parsed.rows.find((r) => r[0] === sortable)![5]!;
    expect(parsed.rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Tradeoffs']);
    const scoreOf = async (name: string): Promise<number> =>
      Number(await lb.locator('#ranking tbody tr', { hasText: name }).locator('td.score').innerText());
    const letter = (s: number): string => (s >= 900 ? 'A' : s >= 700 ? 'B' : s >= 500 ? 'C' : 'F');
    expect(grade("O'Brien, Siobhán")).toBe(letter(await scoreOf('The Optimists')));
    expect(grade('Hopper, Grace')).toBe(letter(await scoreOf('s1000003')));
    // Mallory's name starts with "=": the gradebook keeps it text with a leading apostrophe.
    expect(grade("'=2+5+cmd|' /C calc'!A0, Mallory")).toBe(letter(await scoreOf('Blue Falcon')));
    expect(grade('Lovelace, Ada')).toBe('');

    // ---------------------------------------------------------------- a student deletes this browser's data
    await page.getByRole('button', { name: 'Title screen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Delete this browser\u2019s data\u2026' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this browser\u2019s data?' });
    await confirm.waitFor();
    expect(await confirm.locator('li').allInnerTexts()).toContain(
      '1 competition record, 1 with a finished run and its run code',
    );
    await screen(page, 'delete-confirm');
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    const done = page.getByRole('dialog', { name: 'This browser\u2019s data was deleted' });
    await done.waitFor();
    await screen(page, 'delete-done');
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tradeoffs.'))),
    ).toEqual([]);
    // Done reloads the game (nothing deleted stays in the page's memory).
    await Promise.all([page.waitForEvent('load'), done.getByRole('button', { name: 'Done' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    // The competition record is gone: its link offers to join again, not "You finished this competition".
    await page.goto(link);
    await page.getByRole('radio', { name: 'A team, at this computer' }).waitFor();
    expect(await page.getByRole('button', { name: /^Continue as/ }).count()).toBe(0);

    for (const s of [host, team, falcon, grace]) {
      expectClean(s);
      await s.close();
    }
  });
});
