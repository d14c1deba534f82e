/**
 * LMS course packages in real Chromium, each launched the way an LMS launches it: SCORM 1.2 and SCORM 2004 in
 * a frame under an LMS page whose API object is scorm-again's (the runtime LMSs embed), cmi5 with its launch
 * parameters against a small learning record store. The learner plays; the test reads back from the LMS side
 * what an instructor would see (completion, pass or fail, score) and the stored run code, which verifies by
 * re-simulation. SCORM 1.2 also leaves mid-game and is resumed from the LMS's data. The Host screen makes a
 * package in the browser. With SHOTS=<dir>, each screen is saved at 1280×800, 768×1024 and 390×844.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { readBuiltGame } from '../../src/cli/built-game.ts';
import {
  COURSE_FILE,
  LMS_STANDARDS,
  buildPackage,
  readCourseFile,
  type LmsStandard,
} from '../../src/lms/index.ts';
import { createCompetition, decodeRun, verifyRun, type Competition } from '../../src/replay/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { describeInBrowser } from './chromium.ts';
import { baseURL, expectClean, launch, openSession, seriousViolations, type Session } from './harness.ts';
import { schemaErrors } from '../lms/xsd.ts';
import { startLms, type Lms } from './lms-server.ts';

const SHOTS = process.env['SHOTS'];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];

/** axe finds nothing serious or critical (frames included), and screenshots when SHOTS is set. */
async function screen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  const frame = page.locator('#course');
  for (const v of SIZES) {
    await page.setViewportSize(v);
    // The course frame as tall as its page, so the whole screen is in the picture.
    if ((await frame.count()) > 0) {
      const inner = await (
        await courseFrame(page, 'scorm12')
      ).evaluate(() => document.documentElement.scrollHeight);
      await frame.evaluate(
        (el, h) => ((el as HTMLElement).style.height = `${h}px`),
        Math.max(inner, v.height),
      );
    }
    await page.screenshot({ path: join(SHOTS, `${name}-${v.width}.png`), fullPage: true });
    if ((await frame.count()) > 0) await frame.evaluate((el) => ((el as HTMLElement).style.height = ''));
  }
  await page.setViewportSize(size);
}

const LEARNER = { name: 'Lovelace, Ada', id: 'S-1815' };
const SHOWN_NAME = 'Ada Lovelace';

const refs = () =>
  BUILT_IN_IDS.map((id) => {
    const r = loadBuiltIn(id);
    if (!r.ok) throw new Error(`cannot load ${id}`);
    return { id, hash: r.loaded.hash };
  });

function demoDay() {
  const r = loadBuiltIn('demo-day');
  if (!r.ok) throw new Error('cannot load demo-day');
  return r.loaded;
}

/** What the test course is: Demo day (10 weeks), seed LMS001, no time limit (a practice assignment). */
function course(): { competition: Competition; scenario: ReturnType<typeof demoDay> } {
  const scenario = demoDay();
  const competition = createCompetition({
    loaded: scenario,
    seed: 'LMS001',
    timeLimitMinutes: 0,
    title: 'Seminar 7: Demo day',
    createdAt: Date.UTC(2025, 0, 1),
  });
  return { competition, scenario };
}

/** The course's frame in an LMS page (SCORM), or the page itself (cmi5). */
async function courseFrame(page: Page, standard: LmsStandard): Promise<Frame> {
  if (standard === 'cmi5') return page.mainFrame();
  const handle = await page.locator('#course').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

async function endTurns(frame: Frame, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = await frame.locator('.turn-counter').innerText();
    await frame.locator('#end-turn').click();
    await frame.waitForFunction((b) => document.querySelector('.turn-counter')?.textContent !== b, before);
  }
}

/** Ends turns until the run screen; returns the run code it shows. */
async function playToTheEnd(frame: Frame): Promise<string> {
  for (let turn = 0; (await frame.locator('#run-heading').count()) === 0; turn++) {
    expect(turn, 'the game should end').toBeLessThan(60);
    const before = await frame.locator('.turn-counter').innerText();
    await frame.locator('#end-turn').click();
    await frame.waitForFunction(
      (b) =>
        document.getElementById('run-heading') !== null ||
        document.querySelector('.turn-counter')?.textContent !== b,
      before,
    );
  }
  return frame.locator('#run-code').inputValue();
}

/** Start under the LMS's name: no name to type. */
async function startAsLearner(frame: Frame): Promise<void> {
  await frame.locator('#join-learner').waitFor();
  expect(await frame.locator('#join-learner').innerText()).toContain(SHOWN_NAME);
  expect(await frame.locator('#join-name').count()).toBe(0);
  await frame.locator('#join-start').click();
  await frame.locator('#end-turn').waitFor();
}

/** Re-simulates a stored run code, as the leaderboard and `tradeoffs verify` do. */
function verifies(code: string, c: ReturnType<typeof course>): { name: string; score: number; won: boolean } {
  const v = verifyRun(code, { competition: c.competition, scenario: c.scenario.scenario });
  if (!v.ok) throw new Error(`the stored run does not verify: ${v.reason}`);
  return { name: v.name, score: v.score, won: v.status === 'won' };
}

type ScormData = Record<string, unknown> & { core?: Record<string, unknown> };

describeInBrowser('LMS course packages', () => {
  let browser: Browser;
  let lms: Lms;
  let root: string;
  const c = course();

  beforeAll(async () => {
    browser = await launch();
    const game = readBuiltGame(inject('distDir'));
    root = mkdtempSync(join(tmpdir(), 'tradeoffs-lms-'));
    const courses: Record<string, string> = {};
    for (const standard of LMS_STANDARDS) {
      const pack = buildPackage({
        standard,
        competition: c.competition,
        scenarioTitle: c.scenario.scenario.title,
        passScore: null,
        game,
      });
      const dir = join(root, standard);
      for (const [name, bytes] of Object.entries(unzipSync(pack.zip))) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      courses[standard] = dir;
    }
    lms = await startLms(courses, LEARNER);
  });
  afterAll(async () => {
    await browser?.close();
    await lms?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const openLmsPage = (standard: 'scorm12' | 'scorm2004'): Promise<Session> =>
    openSession(browser, undefined, `${lms.url}lms/${standard}`, 1, (page) =>
      page.locator('#course').waitFor(),
    );

  it('SCORM 1.2: name from the LMS, the run code after every turn, resumed from the LMS, then passed or failed with the score', async () => {
    const s = await openLmsPage('scorm12');
    const frame = await courseFrame(s.page, 'scorm12');
    await frame.locator('#join-learner').waitFor();
    await screen(s.page, 'lms-02-join');
    await startAsLearner(frame);
    await endTurns(frame, 3);
    await screen(s.page, 'lms-03-play');
    const mid = (await s.page.evaluate(() =>
      (window as unknown as { lmsData(): ScormData }).lmsData(),
    )) as ScormData;
    expect(mid.core?.lesson_status).toBe('incomplete');
    const progress = decodeRun(String(mid.suspend_data));
    expect(progress.ok && progress.run.turns.length).toBe(3);
    expect(progress.ok && progress.run.name).toBe(SHOWN_NAME);

    // The learner leaves: the page goes, the LMS session ends suspended.
    await s.page.goto('about:blank');
    await s.page.goto(`${lms.url}lms/scorm12`);
    expect(await s.page.evaluate(() => sessionStorage.getItem('lms-cmi'))).toBeNull();
    // Another day, another computer: the LMS relaunches with what it kept (a fresh browser context).
    const kept = { ...mid, core: { ...mid.core, entry: 'resume' } };
    const again = await openSession(browser, undefined, `${lms.url}lms/scorm12`, 1, async (page) => {
      await page.evaluate((data) => sessionStorage.setItem('lms-cmi', JSON.stringify(data)), kept);
      await page.reload();
      await page.locator('#course').waitFor();
    });
    const resumed = await courseFrame(again.page, 'scorm12');
    await resumed.locator('#end-turn').waitFor();
    expect(await resumed.locator('.turn-counter').innerText()).toMatch(/4/);
    const code = await playToTheEnd(resumed);
    await screen(again.page, 'lms-04-run');
    const end = (await again.page.evaluate(() =>
      (window as unknown as { lmsData(): ScormData }).lmsData(),
    )) as ScormData;
    expect(end.suspend_data).toBe(code);
    const { name, score, won } = verifies(code, c);
    expect(name).toBe(SHOWN_NAME);
    const decoded = decodeRun(code);
    expect(decoded.ok && decoded.run.turns.length).toBe(c.scenario.scenario.turns);
    const core = end.core as { lesson_status: string; score: { raw: string; max: string } };
    expect(core.score.raw).toBe(String(score / 10));
    expect(core.score.max).toBe('100');
    expect(core.lesson_status).toBe(won ? 'passed' : 'failed');
    expect(code.length).toBeLessThanOrEqual(4096);
    console.log(
      `SCORM 1.2: stored run code of ${decoded.ok ? decoded.run.turns.length : '?'} turns: ${code.length} characters`,
    );
    expectClean(s);
    expectClean(again);
    await s.close();
    await again.close();
  });

  it('SCORM 2004: completed, passed or failed, scaled score and a run code that verifies; relaunching shows the finished run', async () => {
    const s = await openLmsPage('scorm2004');
    const frame = await courseFrame(s.page, 'scorm2004');
    await startAsLearner(frame);
    const code = await playToTheEnd(frame);
    const data = (await s.page.evaluate(() =>
      (window as unknown as { lmsData(): ScormData }).lmsData(),
    )) as ScormData & {
      score: { scaled: string; raw: string };
    };
    const { score } = verifies(code, c);
    expect(data.completion_status).toBe('completed');
    expect(['passed', 'failed']).toContain(data.success_status);
    expect(Number(data.score.scaled)).toBeCloseTo(score / 1000, 6);
    expect(data.score.raw).toBe(String(score));
    expect(data.suspend_data).toBe(code);
    expect(data.exit).toBe('suspend');

    const relaunch = await openSession(browser, undefined, `${lms.url}lms/scorm2004`, 1, async (page) => {
      await page.evaluate((d) => sessionStorage.setItem('lms-cmi', JSON.stringify(d)), {
        ...data,
        entry: 'resume',
      });
      await page.reload();
      await page.locator('#course').waitFor();
    });
    const shown = await courseFrame(relaunch.page, 'scorm2004');
    await shown.locator('#run-heading').waitFor();
    expect(await shown.locator('#run-code').inputValue()).toBe(code);
    expectClean(s);
    expectClean(relaunch);
    await s.close();
    await relaunch.close();
  });

  it('cmi5: a one-time sign-in, the cmi5 statements with the score, the run code in the State API; a used launch is refused plainly', async () => {
    const url = lms.cmi5Launch({ masteryScore: 0.5 });
    const s = await openSession(browser, undefined, url, 1, (page) =>
      page.locator('#join-learner').waitFor(),
    );
    const frame = await courseFrame(s.page, 'cmi5');
    await startAsLearner(frame);
    const code = await playToTheEnd(frame);
    const { score } = verifies(code, c);
    await expect
      .poll(() => lms.statements.map((st) => st.verb.id.split('/').pop()))
      .toEqual(['initialized', 'completed', score >= 500 ? 'passed' : 'failed']);
    const judged = lms.statements[2]!;
    expect(judged.result?.score?.scaled).toBeCloseTo(score / 1000, 6);
    expect(judged.result?.success).toBe(score >= 500);
    expect(judged.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
      0.5,
    );
    expect(judged.context?.contextActivities?.category?.map((x) => x.id)).toContain(
      'https://w3id.org/xapi/cmi5/context/categories/moveon',
    );
    expect(JSON.parse(lms.state.get('tradeoffs-run')!)).toEqual({ code, reported: true });
    await s.page.goto('about:blank');
    await expect
      .poll(() => lms.statements.map((st) => st.verb.id.split('/').pop()).at(-1))
      .toBe('terminated');
    expect(lms.unauthorised).toBe(0);

    // The same launch address again (its fetch URL is spent): a plain message, no game.
    await s.page.goto(url);
    await s.page.locator('#lms-status.error').waitFor();
    expect(await s.page.locator('#lms-status').innerText()).toMatch(/reopen the course from your LMS/);
    expectClean(s);
    await s.close();
  });

  it('opened outside an LMS, a package says so; a normal visit never loads the LMS code', async () => {
    const s = await openSession(browser, undefined, `${lms.url}scorm12/index.html?lms=scorm12`, 1, (page) =>
      page.locator('#lms-status.error').waitFor(),
    );
    expect(await s.page.locator('#lms-status').innerText()).toMatch(/opened outside its LMS/);
    await screen(s.page, 'lms-05-outside');
    const scripts: string[] = [];
    s.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await s.page.goto(baseURL());
    await s.page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    expect(scripts.filter((u) => /launch-/.test(u))).toEqual([]);
    expectClean(s);
    await s.close();
  });

  it('the Host screen makes a package in the browser, from the files the game was loaded from', async () => {
    const s = await openSession(browser);
    await s.page.getByRole('button', { name: 'Host a competition' }).click();
    await s.page.getByLabel('Scenario', { exact: true }).selectOption({ label: c.scenario.scenario.title });
    await s.page.getByLabel('World seed').fill('LMS001');
    await s.page.getByLabel('Time limit (minutes, 0 for none)').fill('0');
    await s.page.getByLabel('Title (optional)').fill('Seminar 7: Demo day');
    await s.page.getByRole('button', { name: 'Create the link' }).click();
    await s.page.getByRole('heading', { name: 'For your LMS' }).waitFor();
    await s.page.getByLabel('Standard').selectOption({ label: 'SCORM 2004 (4th edition)' });
    await s.page.getByLabel('Pass score (optional)').fill('1200');
    await s.page.getByRole('button', { name: 'Download the package' }).click();
    expect(await s.page.locator('#host-lms-status').innerText()).toMatch(/from 0 to 1000/);
    await s.page.getByLabel('Pass score (optional)').fill('600');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download the package' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tradeoffs-scorm2004-seminar-7-demo-day.zip');
    await expect
      .poll(() => s.page.locator('#host-lms-status').innerText())
      .toMatch(/^Downloaded tradeoffs-scorm2004/);
    await screen(s.page, 'lms-01-host');
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(await schemaErrors('scorm2004', new TextDecoder().decode(files['imsmanifest.xml']))).toEqual([]);
    const read = readCourseFile(new TextDecoder().decode(files[COURSE_FILE]), refs());
    expect(read.ok && read.competition.id).toBe(c.competition.id);
    expect(read.ok && read.passScore).toBe(600);
    // The browser's package holds the same game files as the command line's.
    const cli = unzipSync(
      buildPackage({
        standard: 'scorm2004',
        competition: c.competition,
        scenarioTitle: c.scenario.scenario.title,
        passScore: 600,
        game: readBuiltGame(inject('distDir')),
      }).zip,
    );
    expect(Object.keys(files).sort()).toEqual(Object.keys(cli).sort());
    expect(files['index.html']).toEqual(cli['index.html']);
    expectClean(s);
    await s.close();
  });
});
