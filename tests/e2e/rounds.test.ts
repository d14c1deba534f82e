/**
 * A competition played in rounds, in real Chromium, from the host to the final ranking: the instructor hosts
 * Demo day with a stop after week 4; two students play round 1 (one reaches the stop, one runs out of time and
 * runs on to it), send checkpoint codes; the leaderboard verifies them into interim standings with the class
 * charts; the instructor releases round 2 with an event for everyone; the students enter the release code (a
 * typo is refused), find the event waiting, play to the end, and the leaderboard verifies the final runs as
 * the engine does. With SHOTS=<dir>, every screen is saved at 1280×800, 768×1024 and 390×844.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeCompetition, verifyRun, type VerifiedRun } from '../../src/replay/index.ts';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession, seriousViolations, type Session } from './harness.ts';
import { catalogue, playUntil, shoot } from './classroom-helpers.ts';

const INJECT = 'red-build';
const INJECT_TITLE = 'The test suite has been red for a week';

async function screen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await shoot(page, name);
}

async function joinAs(s: Session, link: string, name: string): Promise<void> {
  await s.page.goto(link);
  await s.page.getByLabel('Your name').fill(name);
  await s.page.getByRole('button', { name: 'Start', exact: true }).click();
  await s.page.locator('#end-turn').waitFor();
}

describeInBrowser('a competition played in rounds', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('pauses at the stop, ranks the checkpoints, releases round 2 with an inject, and verifies the final runs', async () => {
    // ---------------------------------------------------------------- the instructor hosts, with a stop
    const host = await openSession(browser);
    await host.page.getByRole('button', { name: 'Host a competition' }).click();
    await host.page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Demo day' });
    await host.page.getByLabel('Time limit (minutes, 0 for none)').fill('20');
    await host.page.getByLabel('Stops for a debrief (optional)').fill('8 16');
    await host.page.getByRole('button', { name: 'Create the link' }).click();
    expect(await host.page.locator('#host-problem').innerText()).toMatch(
      /from 1 to 9: the game has 10 turns/,
    );
    await host.page.getByLabel('Stops for a debrief (optional)').fill('4');
    await host.page.getByRole('button', { name: 'Create the link' }).click();
    await host.page.getByRole('heading', { name: 'Share with your class' }).waitFor();
    expect(await host.page.locator('#host-rounds').innerText()).toBe(
      '2 rounds: the game pauses after week 4',
    );
    expect(await host.page.locator('#host-no-code').innerText()).toMatch(/rounds travels only in the link/);
    await screen(host.page, 'rounds-01-host');
    const link = await host.page.locator('#host-link').inputValue();
    expect(link).toMatch(/#c=2\./);
    const decoded = decodeCompetition(
      link,
      catalogue().map((l) => ({ id: l.scenario.id, hash: l.hash })),
    );
    if (!decoded.ok) throw new Error(decoded.message);
    const c = decoded.competition;
    expect(c.stops).toEqual([4]);

    // ---------------------------------------------------------------- round 1: Ada reaches the stop
    const ada = await openSession(browser);
    await ada.page.goto(link);
    expect(await ada.page.locator('#join-rounds').innerText()).toBe('2 rounds: the game pauses after week 4');
    expect(await ada.page.locator('#join-limit').innerText()).toBe('20 minutes per round');
    await screen(ada.page, 'rounds-02-join');
    await joinAs(ada, link, 'Ada');
    expect(await ada.page.locator('.time-left').first().innerText()).toMatch(
      /^Round 1: time left\s*(20:00|19:5\d)$/,
    );
    await playUntil(ada.page, '#stop-heading');
    expect(await ada.page.locator('#stop-heading').innerText()).toBe('Round 1 of 2 is over');
    expect(await ada.page.locator('#stop-where').innerText()).toMatch(/paused at the end of week 4/);
    await screen(ada.page, 'rounds-03-stop');
    const adaCheckpoint = await ada.page.locator('#checkpoint-code').inputValue();
    expect(adaCheckpoint).toMatch(/^TRUN3\./);
    // A reload keeps the stop (and the code).
    await ada.page.reload();
    await ada.page.locator('#stop-heading').waitFor();
    expect(await ada.page.locator('#checkpoint-code').inputValue()).toBe(adaCheckpoint);

    // ---------------------------------------------------------------- round 1: Grace runs out of time after 2 weeks
    const grace = await openSession(browser);
    await grace.page.clock.install();
    await joinAs(grace, link, 'Grace');
    await playUntil(grace.page, '#stop-heading', async (turn) => {
      if (turn === 0) await grace.page.locator('#release-gate').check();
      if (turn !== 2) return;
      await grace.page.clock.fastForward('20:05');
      await grace.page.locator('#stop-heading').waitFor();
    });
    expect(await grace.page.locator('#stop-heading').innerText()).toBe('Time is up for round 1');
    expect(await grace.page.locator('#stop-where').innerText()).toMatch(
      /It ran on with your last plan for the last 2 weeks of the round\./,
    );
    const graceCheckpoint = await grace.page.locator('#checkpoint-code').inputValue();

    // ---------------------------------------------------------------- interim standings in the host's browser
    const lb = host.page;
    await lb.getByRole('button', { name: 'Open the leaderboard' }).click();
    await lb.getByRole('heading', { level: 1, name: 'Leaderboard' }).waitFor();
    expect(await lb.locator('#rounds-list').innerText()).toMatch(
      /Round 2 \(to the end\): not released yet\./,
    );
    await lb.getByLabel('Run codes').fill(`${adaCheckpoint}\n\n${graceCheckpoint}`);
    await lb.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => lb.locator('#verify-summary').innerText()).toBe('2 runs ranked, 0 rejected.');
    expect(await lb.locator('#ranking-h').innerText()).toBe('Standings at the stop after week 4');
    const interim = await lb
      .locator('#ranking tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).innerText.trim())),
      );
    expect(interim.map((r) => r[1]).sort()).toEqual(['Ada', 'Grace']);
    expect(interim.find((r) => r[1] === 'Grace')![11]).toBe(
      'at the stop after week 4; 2 weeks on autopilot when a round\u2019s time ran out',
    );
    expect(await lb.locator('.class-chart svg[role="img"]').count()).toBe(4);
    await screen(lb, 'rounds-04-interim');

    // ---------------------------------------------------------------- the release, with an event for everyone
    await lb.getByLabel('Event for everyone at the start of round 2 (optional)').selectOption(INJECT);
    await lb.getByRole('button', { name: 'Release round 2' }).click();
    const release = await lb.locator('#release-shown').innerText();
    expect(release).toMatch(/^TRR-2-[0-9A-Z]{2}-[0-9A-Z]{4}$/);
    expect(await lb.locator('#rounds-list').innerText()).toContain(
      `released with ${release}, starting with \u201c${INJECT_TITLE}\u201d.`,
    );
    await screen(lb, 'rounds-05-release');

    // ---------------------------------------------------------------- round 2: a typo is refused, the code starts it
    const typo = release.slice(0, -1) + (release.endsWith('A') ? 'B' : 'A');
    await ada.page.getByLabel('Release code for round 2').fill(typo);
    await ada.page.getByRole('button', { name: 'Start round 2' }).click();
    await expect.poll(() => ada.page.locator('#release-problem').innerText()).toMatch(/typo/);
    await ada.page.getByLabel('Release code for round 2').fill(release.toLowerCase().replace(/-/g, ' '));
    await ada.page.getByRole('button', { name: 'Start round 2' }).click();
    await ada.page.locator('#end-turn').waitFor();
    await ada.page.locator(`#event-${INJECT}-h`).waitFor();
    expect(await ada.page.locator('.time-left').first().innerText()).toMatch(
      /^Round 2: time left\s*(20:00|19:5\d)$/,
    );
    await screen(ada.page, 'rounds-06-round-2');
    await grace.page.getByLabel('Release code for round 2').fill(release);
    await grace.page.getByRole('button', { name: 'Start round 2' }).click();
    await grace.page.locator(`#event-${INJECT}-h`).waitFor();

    await playUntil(ada.page, '#run-heading', async (turn) => {
      if (turn === 0) await ada.page.locator(`#event-${INJECT}-fix`).check();
    });
    await playUntil(grace.page, '#run-heading');
    const codes = [
      await ada.page.locator('#run-code').inputValue(),
      await grace.page.locator('#run-code').inputValue(),
    ];
    await screen(ada.page, 'rounds-07-run');

    // ---------------------------------------------------------------- the final runs, verified as the engine does
    const scenario = catalogue().find((l) => l.hash === c.scenario.hash)!.scenario;
    const expected = codes.map((code) => {
      const r = verifyRun(code, { competition: c, scenario, releases: [release] });
      if (!r.ok) throw new Error(r.reason);
      return r;
    });
    const ada2 = expected[0]!.run;
    expect(ada2.rounds).toEqual([expect.objectContaining({ release, afterTurns: 4 })]);
    expect(ada2.turns[4]!.decisions).toContainEqual({ type: 'event/choose', eventId: INJECT, option: 'fix' });
    // Without the inject, Ada's answer to the card could not even be replayed.
    expect(verifyRun(codes[0]!, { competition: c, scenario, releases: [] })).toMatchObject({
      kind: 'release',
    });

    await lb.getByRole('button', { name: 'Clear the runs' }).click();
    await lb.getByLabel('Run codes').fill(codes.join('\n'));
    await lb.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => lb.locator('#verify-summary').innerText()).toBe('2 runs ranked, 0 rejected.');
    expect(await lb.locator('#ranking-h').innerText()).toBe('Ranking');
    const rows = await lb
      .locator('#ranking tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).innerText.trim())),
      );
    const order = [...expected].sort(
      (a: VerifiedRun, b: VerifiedRun) => b.score - a.score || a.name.localeCompare(b.name),
    );
    expect(rows.map((r) => [r[1], Number(r[2])])).toEqual(order.map((r) => [r.name, r.score]));
    await screen(lb, 'rounds-08-final');

    for (const s of [host, ada, grace]) {
      expectClean(s);
      await s.close();
    }
  });
});
