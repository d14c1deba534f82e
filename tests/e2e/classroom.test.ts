/**
 * A classroom competition from the host link to the CSV, in real Chromium: the instructor hosts, three students
 * play in their own browser contexts with different decisions (one runs out of time), the codes and a run file
 * come back to the leaderboard, which verifies them in its worker, ranks them as the engine does, rejects an
 * edited code and a duplicate with their reasons, shows the projector view and exports the CSV.
 * With SHOTS=<dir>, every screen is also saved as a PNG at 1280×800 and 768 wide.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BOTS, playBot } from '../../src/bots/index.ts';
import {
  buildRun,
  competitionLink,
  createCompetition,
  decodeCompetition,
  encodeRunCode,
  verifyRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { describeInBrowser } from './chromium.ts';
import {
  announcements,
  baseURL,
  expectClean,
  launch,
  openSession,
  recordAnnouncements,
  seriousViolations,
  startFirstScenario,
  type Session,
} from './harness.ts';

const SHOTS = process.env['SHOTS'];

/** Every classroom screen: axe finds nothing serious or critical, and a screenshot when SHOTS is set. */
async function screen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await shot(page, name);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  await page.screenshot({ path: join(SHOTS, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 768, height: 1000 });
  await page.screenshot({ path: join(SHOTS, `${name}-768.png`), fullPage: true });
  await page.setViewportSize(size);
}

function catalogue() {
  return BUILT_IN_IDS.map((id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) throw new Error(`cannot load ${id}`);
    return r.loaded;
  });
}

/** Opens the link, enters the name and presses Start; the game begins. */
async function joinAs(s: Session, link: string, name: string): Promise<void> {
  await s.page.goto(link);
  await s.page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();
  await s.page.getByLabel('Your name').fill(name);
  await s.page.getByRole('button', { name: 'Start', exact: true }).click();
  await s.page.locator('#end-turn').waitFor();
}

/** Ends `n` turns by clicking End turn. */
async function endTurns(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = await page.locator('.turn-counter').innerText();
    await page.locator('#end-turn').click();
    await page.waitForFunction((b) => document.querySelector('.turn-counter')?.textContent !== b, before);
  }
}

/** A competition made in Node (as the host screen makes it): ship-it, 30 minutes. */
function nodeCompetition(seed: string) {
  const loaded = catalogue().find((l) => l.scenario.id === 'ship-it')!;
  const competition = createCompetition({ loaded, seed, timeLimitMinutes: 30, createdAt: 0 });
  return { competition, loaded, link: competitionLink(baseURL(), competition) };
}

/** Ends turns (with `plan` run before each) until the run code screen appears; returns the run code. */
async function playToTheEnd(
  page: Page,
  plan: (turn: number) => Promise<void> = async () => {},
): Promise<string> {
  for (let turn = 0; (await page.locator('#run-heading').count()) === 0; turn++) {
    expect(turn, 'the game should end').toBeLessThan(400);
    await plan(turn);
    const before = await page.locator('.turn-counter').innerText();
    await page.locator('#end-turn').click();
    await page.waitForFunction(
      (b) =>
        document.getElementById('run-heading') !== null ||
        document.querySelector('.turn-counter')?.textContent !== b,
      before,
    );
  }
  return page.locator('#run-code').inputValue();
}

describeInBrowser('classroom competition', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs from the host link to the verified ranking and the CSV', async () => {
    // ---------------------------------------------------------------- the instructor hosts
    const host = await openSession(browser);
    await screen(host.page, '01-title');
    await host.page.getByRole('button', { name: 'Host a competition' }).click();
    await host.page.getByRole('heading', { level: 1, name: 'Host a competition' }).waitFor();
    await screen(host.page, '01b-host-form');
    await host.page.getByLabel('Time limit (minutes, 0 for none)').fill('30');
    await host.page.getByLabel('Title (optional)').fill('Seminar 6 <b>group B</b>');
    await host.page.getByRole('button', { name: 'Create the link' }).click();
    await host.page.getByRole('heading', { name: 'Share with your class' }).waitFor();
    await screen(host.page, '02-host');
    const link = await host.page.locator('#host-link').inputValue();
    const shortCode = await host.page.locator('#host-code').inputValue();
    expect(link).toMatch(/#c=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(shortCode).toMatch(/^TR1-[0-9A-Z]-[0-9A-Z]{6}-030-[0-9A-Z]{4}$/);
    const refs = catalogue().map((l) => ({ id: l.scenario.id, hash: l.hash }));
    const hosted = decodeCompetition(link, refs);
    if (!hosted.ok) throw new Error(hosted.message);
    expect(hosted.competition.title).toBe('Seminar 6 <b>group B</b>');
    const viaCode = decodeCompetition(shortCode, refs);
    expect(viaCode.ok && viaCode.competition.id).toBe(hosted.competition.id);

    // ---------------------------------------------------------------- student A: the defaults, by link
    const ada = await openSession(browser);
    await ada.page.goto(link);
    await ada.page.getByRole('heading', { level: 1, name: 'Seminar 6 <b>group B</b>' }).waitFor();
    await screen(ada.page, '03-join');
    await ada.page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => ada.page.locator('#join-name-problem').innerText()).toBe('Enter your name.');
    await joinAs(ada, link, '  Ada   Lovelace ');
    await expect.poll(() => ada.page.locator('#time-left').innerText()).toMatch(/^(30:00|29:5\d)$/);
    await screen(ada.page, '04-play');
    // No undo in a competition.
    expect(await ada.page.locator('#rewind').count()).toBe(0);
    const adaCode = await playToTheEnd(ada.page);
    await screen(ada.page, '05-run');
    expect(await ada.page.getByRole('heading', { level: 1 }).innerText()).toBe('Your run is ready');
    // The live region reads out the last week played, as a practice game's end screen does (it said the one before).
    const played = /: (\d+) weeks played/.exec(await ada.page.locator('.run-summary').innerText())![1];
    await expect
      .poll(() => ada.page.locator('#announcer').textContent())
      .toMatch(new RegExp(`^Week ${played} done\\.`));

    // ---------------------------------------------------------------- student B: other decisions, by short code
    const grace = await openSession(browser);
    await grace.page.getByLabel('Join a competition').fill(shortCode.toLowerCase().replace(/-/g, ' '));
    await grace.page.getByRole('button', { name: 'Join', exact: true }).click();
    await grace.page.getByLabel('Your name').fill('Grace');
    await grace.page.getByRole('button', { name: 'Start', exact: true }).click();
    await grace.page.locator('#end-turn').waitFor();
    // Each control as the tutorial introduces it: Release in week 3, the team in week 4.
    const graceCode = await playToTheEnd(grace.page, async (turn) => {
      if (turn === 2) await grace.page.locator('#release-gate').check();
      if (turn === 3) await grace.page.getByRole('button', { name: 'Hire one engineer' }).click();
      if (turn === 4) await grace.page.locator('#release-canary').check();
    });
    const download = grace.page.waitForEvent('download');
    await grace.page.getByRole('button', { name: 'Download the run file' }).click();
    const graceFile = join(process.env['TMPDIR'] ?? '/tmp', `grace-${Date.now()}.json`);
    await (await download).saveAs(graceFile);
    const graceRun = JSON.parse(readFileSync(graceFile, 'utf8')) as RunFile;
    expect(graceRun).toMatchObject({
      format: 'tradeoffs-run',
      name: 'Grace',
      competitionId: hosted.competition.id,
    });

    // ---------------------------------------------------------------- student C: runs out of time after two turns
    const linus = await openSession(browser);
    await linus.page.clock.install();
    await joinAs(linus, link, 'Linus');
    for (let i = 0; i < 2; i++) {
      const before = await linus.page.locator('.turn-counter').innerText();
      await linus.page.locator('#end-turn').click();
      await linus.page.waitForFunction(
        (b) => document.querySelector('.turn-counter')?.textContent !== b,
        before,
      );
    }
    // Closing the tab loses nothing: a reload comes back to the same game and the same clock.
    await linus.page.reload();
    await linus.page.locator('#end-turn').waitFor();
    expect(await linus.page.locator('.turn-counter').innerText()).toMatch(/ 3 of /);
    await linus.page.clock.fastForward('30:05');
    await linus.page.locator('#run-heading').waitFor();
    expect(await linus.page.locator('#run-heading').innerText()).toBe('Time is up');
    // The company ran on with the last plan to the end: that is the game the run claims.
    expect(await linus.page.locator('#run-autopilot').innerText()).toMatch(
      /^Your company ran on with your last plan for the remaining \d+ weeks\./,
    );
    await screen(linus.page, '06-time-up');
    const linusCode = await linus.page.locator('#run-code').inputValue();

    // ---------------------------------------------------------------- what the engine says the ranking is
    const scenario = catalogue().find((l) => l.hash === hosted.competition.scenario.hash)!.scenario;
    const expected = [adaCode, graceCode, linusCode].map((code) => {
      const r = verifyRun(code, { competition: hosted.competition, scenario });
      if (!r.ok) throw new Error(r.reason);
      return r;
    });
    expect(expected.map((r) => r.name)).toEqual(['Ada Lovelace', 'Grace', 'Linus']);
    expect(expected[1]!.run.turns[2]!.decisions.length).toBeGreaterThan(0);
    expect(expected[2]!.outcome.playedTurns).toBe(2);
    expect(expected[2]!.outcome.text).toMatch(/^time ran out after week 2, finished on autopilot/);
    const linusRest = await linus.page.locator('#run-autopilot').innerText();
    expect(linusRest).toContain(`remaining ${expected[2]!.outcome.autopilotTurns} weeks`);
    const order = [...expected].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));

    // ---------------------------------------------------------------- the leaderboard, in the host's browser
    const page = host.page;
    await page.getByRole('button', { name: 'Open the leaderboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leaderboard' }).waitFor();
    expect(await page.getByLabel('Competition link or short code').inputValue()).toBe(link);
    const edited = adaCode.slice(0, 60) + (adaCode[60] === 'Q' ? 'R' : 'Q') + adaCode.slice(61);
    const wrapped = linusCode.match(/.{1,70}/g)!.join('\n');
    await page.getByLabel('Run codes').fill([adaCode, wrapped, edited, graceCode].join('\n\n'));
    await page.locator('#leaderboard-files').setInputFiles(graceFile);
    await expect.poll(() => page.locator('#leaderboard-file-list').innerText()).toMatch(/1 run file added/);
    await page.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => page.locator('#verify-summary').innerText()).toBe('3 runs ranked, 2 rejected.');
    expect(await page.getByRole('progressbar', { name: 'Verification progress' }).getAttribute('value')).toBe(
      '5',
    );
    await screen(page, '07-leaderboard');

    const rows = await page
      .locator('#ranking tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())),
      );
    expect(rows.map((r) => r[1])).toEqual(order.map((r) => r.name));
    expect(rows.map((r) => Number(r[2]))).toEqual(order.map((r) => r.score));
    expect(rows[0]![0]).toBe('1');
    for (const [i, r] of order.entries()) {
      expect(rows[i]!.slice(3, 8).map(Number)).toEqual([
        r.domains.architecture,
        r.domains.coordination,
        r.domains.debt,
        r.domains.risk,
        r.domains.stakeholders,
      ]);
      expect(rows[i]![8]!.toLowerCase()).toBe(r.cluster);
      expect(rows[i]![9]).toBe(String(r.outcome.playedTurns));
      expect(rows[i]![11]).toBe(r.outcome.text);
    }
    const rejected = await page.locator('#rejected-list li').allInnerTexts();
    expect(rejected).toEqual([
      `code 3 (${edited.slice(0, 12)}\u2026${edited.slice(-8)}): truncated or corrupt: the code or file is damaged and cannot be read`,
      `Grace (${graceFile.split('/').pop()}): duplicate name: this exact run was already added`,
    ]);

    // The projector view: large type, Escape gives the page back.
    await page.getByRole('button', { name: 'Projector view' }).click();
    const projector = page.getByRole('dialog', { name: 'Seminar 6 <b>group B</b>' });
    await projector.waitFor();
    await screen(page, '08-projector');
    expect(await projector.locator('li').count()).toBe(3);
    await page.keyboard.press('Escape');
    await projector.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('projector-open');

    // The class charts and the CSV.
    expect(await page.locator('.class-chart svg[role="img"]').count()).toBe(4);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = join(process.env['TMPDIR'] ?? '/tmp', `leaderboard-${Date.now()}.csv`);
    await (await csvDownload).saveAs(csvFile);
    const csv = readFileSync(csvFile, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'rank,name,name_kind,team_members,score,architecture,coordination,debt,risk,stakeholders,dora_cluster,outcome,turns_played,autopilot_turns,minutes_used,time_factor,source,verdict,flags',
    );
    // Minutes are a plain number; every line names its source.
    expect(csv[1]).toMatch(/,\d+(\.\d)?,1,code \d \(TRUN2\.[^,]+\),accepted,$/);
    expect(csv[4]).toMatch(/,code 3 \(TRUN2\.[^,]+\),truncated or corrupt/);
    expect(csv.slice(1, 4).map((l) => l.split(',')[1])).toEqual(order.map((r) => r.name));
    expect(csv).toHaveLength(6);

    for (const s of [host, ada, grace, linus]) {
      expectClean(s);
      await s.close();
    }
    // The edited code was caught by the code's own check; a re-sealed edit is caught by the replay (unit tests).
    expect(encodeRunCode(expected[0]!.run)).toBe(adaCode);
  });

  it('allows no rewind: no save file, a competition save file is refused, an older slot resumes the furthest turn', async () => {
    const { link } = nodeCompetition('RWND01');
    const sam = await openSession(browser);
    const { page } = sam;
    await joinAs(sam, link, 'Sam');
    await endTurns(page, 3);
    const menu = page.getByRole('navigation', { name: 'Game menu' });
    expect(await menu.getByRole('button', { name: 'Save file' }).count()).toBe(0);
    // What the audit did with the old Save file button: keep the week-4 save, play on, load it back.
    const week4 = await page.evaluate(() => {
      const slots = ['tradeoffs.save.a', 'tradeoffs.save.b'].map((k) => localStorage.getItem(k) ?? '');
      return slots.find((t) => t.includes('"turn":3'))!;
    });
    const file = join(process.env['TMPDIR'] ?? '/tmp', `scum-${Date.now()}.json`);
    writeFileSync(file, week4);
    await endTurns(page, 4);
    expect(await page.locator('.turn-counter').innerText()).toMatch(/^Week 8 of /);
    await menu.getByRole('button', { name: 'Quit' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Load a saved game' }).click(),
    ]);
    await chooser.setFiles(file);
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toMatch(/competition game cannot be loaded from a file/);
    // The link (opened again, as from the e-mail) brings the game back where it was: week 8, no new Join,
    // even after practice games took both save slots.
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#end-turn').waitFor();
    expect(await page.locator('.turn-counter').innerText()).toMatch(/^Week 8 of /);
    await menu.getByRole('button', { name: 'Quit' }).click();
    for (const seed of ['p1', 'p2']) {
      await startFirstScenario(page, seed);
      await endTurns(page, 1);
      await menu.getByRole('button', { name: 'Quit' }).click();
    }
    await page.goto('about:blank');
    await page.goto(link);
    await screen(page, '11-join-continue');
    expect(await page.getByLabel('Your name').count()).toBe(0);
    await page.getByRole('button', { name: 'Continue as Sam' }).click();
    await page.locator('#end-turn').waitFor();
    expect(await page.locator('.turn-counter').innerText()).toMatch(/^Week 8 of /);
    // The older autosave slot is no way back either: one more turn, damage the newest slot, reload.
    await endTurns(page, 1);
    await page.evaluate(() => {
      for (const k of ['tradeoffs.save.a', 'tradeoffs.save.b'])
        if (localStorage.getItem(k)?.includes('"turn":8')) localStorage.setItem(k, '{"damaged');
    });
    expect(
      await page.evaluate(
        () => `${localStorage.getItem('tradeoffs.save.a')} ${localStorage.getItem('tradeoffs.save.b')}`,
      ),
    ).toContain('"turn":7');
    await page.reload();
    await page.locator('#end-turn').waitFor();
    expect(await page.locator('.turn-counter').innerText()).toMatch(/^Week 9 of /);
    expect(await page.locator('.notice').innerText()).toMatch(
      /turn 7 .* turn 8\. A competition game cannot be taken back/,
    );
    expectClean(sam);
    await sam.close();
  });

  it('keeps the run after the game: on the debrief, after a practice replay, when the link is reopened', async () => {
    const { link } = nodeCompetition('KEEP01');
    const deb = await openSession(browser);
    const { page } = deb;
    await page.clock.install();
    await joinAs(deb, link, 'Deb');
    await endTurns(page, 2);
    await page.clock.fastForward('30:01');
    await page.locator('#run-heading').waitFor();
    const code = await page.locator('#run-code').inputValue();
    await page.getByRole('button', { name: 'Read the debrief' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your competition run' }).waitFor();
    await screen(page, '09-debrief-competition');
    expect(await page.locator('#debrief-run-code').inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Back to the run code' }).click();
    expect(await page.locator('#run-code').inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Read the debrief' }).click();
    await page.getByRole('button', { name: 'Play again with the same seed' }).click();
    await page.locator('#end-turn').waitFor();
    await endTurns(page, 1);
    // Reopening the link: the finished run, not a new Join with a fresh clock.
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'You finished this competition' }).waitFor();
    await screen(page, '10-finished');
    expect(await page.locator('#run-code').inputValue()).toBe(code);
    expect(await page.getByLabel('Your name').count()).toBe(0);
    // and after a reload, too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'You finished this competition' }).waitFor();
    expect(await page.locator('#run-code').inputValue()).toBe(code);
    expectClean(deb);
    await deb.close();
  });

  it('keeps the time left on screen while planning, and reads it out only at 5 and 1 minutes', async () => {
    const { link } = nodeCompetition('TIME01');
    const tim = await openSession(browser);
    const { page } = tim;
    await page.clock.install();
    await joinAs(tim, link, 'Tim');
    await endTurns(page, 2);
    /** The timers visible in the viewport, with their text. */
    const visibleTimers = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[role="timer"]')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
          })
          .map((t) => t.textContent ?? ''),
      );
    for (const size of [
      { width: 1280, height: 800 },
      { width: 768, height: 1024 },
    ]) {
      await page.setViewportSize(size);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (const y of [0, height / 3, (2 * height) / 3, height]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        const timers = await visibleTimers();
        expect(
          timers.length,
          `a timer on screen at ${size.width}px, scrolled to ${Math.round(y)}`,
        ).toBeGreaterThan(0);
        expect(timers[0]).toMatch(/Time left\s*\d+:\d\d/);
      }
      // The timer does not cover End turn.
      const covered = await page.evaluate(() => {
        const b = document.getElementById('end-turn')!.getBoundingClientRect();
        const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        return top?.closest('#end-turn') === null;
      });
      expect(covered).toBe(false);
      await shot(page, `12-timer-scrolled-${size.width}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // Not a live region: it changes every second without being read out every second.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[role="timer"]')].map((t) =>
          t.closest('[aria-live]:not([aria-live="off"])'),
        ),
      ),
    ).toEqual([null, null]);
    await recordAnnouncements(page);
    await page.clock.fastForward('24:56'); // 5:04 left
    await page.clock.runFor('00:06'); // every second ticks, past 5:00
    await page.clock.fastForward('03:52'); // 1:06 left
    await page.clock.runFor('00:08'); // past 1:00
    await page.clock.fastForward('01:00');
    await page.locator('#run-heading').waitFor();
    // The time left only at 5 and 1 minutes; then, time up, the run screen reads out the last week played.
    const said = await announcements(page);
    expect(said.slice(0, 2)).toEqual(['5 minutes left.', '1 minute left.']);
    expect(said.slice(2)).toEqual([expect.stringMatching(/^Week \d+ done\. .*The game is over\.$/)]);
    expectClean(tim);
    await tim.close();
  });

  it('host, join and leaderboard say plainly what they mean, and the ranking fits at 768 px', async () => {
    const s = await openSession(browser);
    const { page } = s;
    // The host: the short code does not carry the title, and an edited form hides the old link.
    await page.getByRole('button', { name: 'Host a competition' }).click();
    await page.getByLabel('Title (optional)').fill('Seminar 7');
    await page.getByRole('button', { name: 'Create the link' }).click();
    await page.getByRole('heading', { name: 'Share with your class' }).waitFor();
    expect(await page.locator('#host-code-title').innerText()).toMatch(
      /short code does not carry the title \u201cSeminar 7\u201d/,
    );
    await page.getByLabel('Time limit (minutes, 0 for none)').fill('45');
    await page.locator('#host-stale').waitFor();
    expect(await page.locator('#host-stale').innerText()).toMatch(/Create the link again/);
    expect(await page.locator('#host-link').count()).toBe(0);
    expect(await page.locator('#host-code').count()).toBe(0);
    await screen(page, '13-host-stale');
    await page.getByRole('button', { name: 'Create the link' }).click();
    await page.locator('#host-link').waitFor();
    expect(await page.locator('#host-link').inputValue()).toMatch(/#c=1\./);

    // The join screen asks for a full name that is unique in the class.
    const { competition, loaded, link } = nodeCompetition('FIT768');
    await page.goto(link);
    expect(await page.locator('#join-name-hint').innerText()).toMatch(/full name.*unique in your class/i);

    // The leaderboard of a competition without a title names the scenario once.
    const runs = [
      { name: 'Ada Lovelace', bot: 'steady', turns: undefined },
      { name: 'Grace Hopper', bot: 'move-fast', turns: undefined },
      { name: 'Linus', bot: 'frugal', turns: 4 },
    ] as const;
    const codes = runs.map((r) => {
      const played = playBot(
        loaded.scenario,
        competition.seed,
        BOTS[r.bot],
        r.turns ? { turns: r.turns } : {},
      );
      return encodeRunCode(
        buildRun({
          name: r.name,
          competition,
          scenario: loaded.scenario,
          startedAt: Date.now(),
          log: played.log,
          times: played.log.map(() => Date.now()),
          state: played.state,
        }),
      );
    });
    await page.goto(baseURL());
    await page.getByRole('button', { name: 'Leaderboard' }).click();
    await page.getByLabel('Competition link or short code').fill(link);
    await page.getByLabel('Competition link or short code').press('Tab');
    const summary = await page.locator('#leaderboard-competition').innerText();
    expect(summary.split(loaded.scenario.title)).toHaveLength(2);
    expect(summary).toMatch(/seed FIT768 \u00b7 30 minutes/);
    await page.getByLabel('Run codes').fill(codes.join('\n\nThanks!\n'));
    await page.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => page.locator('#verify-summary').innerText()).toBe('3 runs ranked, 0 rejected.');
    expect(await page.locator('#ranking thead th').allInnerTexts()).toContain('Outcome');
    expect(await page.locator('#ranking').innerText()).toMatch(
      /time ran out after week 4, finished on autopilot/,
    );
    for (const width of [1280, 768]) {
      await page.setViewportSize({ width, height: 1000 });
      const fit = await page
        .locator('.table-scroll')
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(fit.scroll, `the ranking fits at ${width} px`).toBeLessThanOrEqual(fit.client + 1);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await screen(page, '14-leaderboard-no-title');
    expectClean(s);
    await s.close();
  });
});
