/** Each flaw a scenario author can make shows up as a warning with a concrete change to the file. */
import { describe, expect, it } from 'vitest';
import {
  balanceReport,
  defaultConfig,
  formatReport,
  renderHtml,
  type BalanceReport,
} from '../../src/balance/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import { builtIn } from '../replay/helpers.ts';
import { event, featureRace, flawedScenario, objective } from './fixtures.ts';

const warning = (r: BalanceReport, kind: string, subject: string | null = null) =>
  r.warnings.find((w) => w.kind === kind && (subject === null || w.subject === subject));

describe('warnings on a flawed scenario', () => {
  const r = balanceReport(flawedScenario(), defaultConfig({ runs: 40, variantRuns: 0, seed: 'w' }));

  it('an event whose condition never holds in practice never fires, with the value players reached', () => {
    const w = warning(r, 'event-never-fires', 'unicorn')!;
    expect(w).toBeDefined();
    expect(w.message).toMatch(/never fired in 200 games/);
    expect(w.fix).toMatch(
      /'users >= 1000000000' never held: the highest users seen was [\d,]+; lower the threshold/,
    );
    expect(r.events.find((e) => e.id === 'unicorn')!.status).toBe('never');
  });

  it('an event with chance 1 fires in every game, with a chance that would make it a surprise', () => {
    const w = warning(r, 'event-always-fires', 'every-week')!;
    expect(w.message).toMatch(/every game/);
    expect(w.fix).toMatch(/lower `chance` \(now 1 a week; about 0\.\d+/);
    expect(warning(r, 'event-never-fires', 'sometimes')).toBeUndefined();
    // A card the author timed for one turn is meant to come every game.
    expect(r.events.find((e) => e.id === 'week-three')).toMatchObject({ status: 'always', scheduled: true });
    expect(warning(r, 'event-always-fires', 'week-three')).toBeUndefined();
    expect(warning(r, 'event-always-fires', 'sometimes')).toBeUndefined();
  });

  it('an objective nobody reaches, and that nobody can win', () => {
    const w = warning(r, 'objective-unreached', 'moon')!;
    expect(w.message).toMatch(/never reached in 200 games, and it is required, so nobody can win/);
    expect(w.fix).toMatch(/`target: [\d.e+]+`/);
    expect(r.bots.every((b) => b.wins === 0)).toBe(true);
    expect(warning(r, 'objective-unreached', 'some-users')).toBeUndefined();
  });
});

describe('objectives on a switch (an on/off state)', () => {
  it('are advised as done or not done, never with a target in between', () => {
    const sc = buildScenario({
      id: 'switch',
      title: 'Switch',
      turns: 12,
      objectives: [
        objective('own', { metric: 'hostedApi', op: '<=', target: 0, required: true }),
        objective('mono', { metric: 'microservices', op: '<=', target: 0 }),
      ],
    });
    const r = balanceReport(sc, defaultConfig({ runs: 20, variantRuns: 0, seed: 's' }));
    const unreached = warning(r, 'objective-unreached', 'own')!;
    expect(unreached.message).toMatch(
      /hostedApi is an on\/off state \(0 or 1\): no game ended with it at 0\. The best game ended at 1\./,
    );
    expect(unreached.fix).not.toMatch(/`target: /);
    expect(unreached.fix).toMatch(/no target in between/);
    expect(unreached.fix).toMatch(/`parameters\.migrations\.serving`/);
    const trivial = warning(r, 'objective-trivial', 'mono')!;
    expect(trivial.fix).not.toMatch(/Make it lower/);
    expect(trivial.fix).toMatch(/already in that state/);
  });
});

describe('dominant strategy', () => {
  it('is reported when one bot beats every other on at least 90% of seeds', () => {
    const r = balanceReport(featureRace(), defaultConfig({ runs: 30, variantRuns: 0, seed: 'd' }));
    const moveFast = r.headToHead.beatsAll.find((b) => b.bot === 'move-fast')!;
    expect(moveFast.share).toBeGreaterThanOrEqual(0.9);
    const w = warning(r, 'dominant-strategy', 'move-fast')!;
    expect(w.message).toMatch(/move-fast scores higher than every other bot on [\d.]+% of seeds/);
    // The numbers: head to head against each other bot, and the score gap to the next best.
    for (const other of ['random', 'steady', 'frugal'])
      expect(w.message).toMatch(new RegExp(`beats [^)]*${other} on [\\d.]+%`));
    expect(w.message).toMatch(/median score is \d+ against \d+ for [\w-]+, the next best, \d+ points apart/);
    // Concrete edits, with this file's current values.
    const p = featureRace().params;
    expect(w.fix).toContain(`\`parameters.debt.interest.scaling\` (now ${p.debt.interest.scaling}; try`);
    expect(w.fix).toContain(`\`parameters.hazards.perDebt\` (now ${p.hazards.perDebt}; try`);
    expect(w.fix).toMatch(/If this scenario is meant to reward speed, say so in the briefing\.$/);
    expect(r.warnings.filter((x) => x.kind === 'dominant-strategy')).toHaveLength(1);
  });

  it('names what favours the bot in this scenario: the objectives it meets, the habits its lead rests on', () => {
    // Scored on objectives only, the heaviest on low debt: the careful bot that pays its debt down wins.
    const sc = buildScenario({
      id: 'careful-wins',
      title: 'Careful wins',
      turns: 16,
      objectiveShare: 1,
      objectives: [
        objective('low-debt', { domain: 'debt', metric: 'debt', op: '<=', target: 8, weight: 3 }),
        objective('reliable', { domain: 'risk', metric: 'avgSlo', op: '>=', target: 0.999 }),
        objective('users', { target: 3000 }),
      ],
    });
    const bots = ['move-fast', 'steady', 'frugal'] as const;
    const r = balanceReport(sc, defaultConfig({ runs: 40, bots: [...bots], variantRuns: 20, seed: 'dom' }));
    const w = warning(r, 'dominant-strategy', 'steady')!;
    expect(w).toBeDefined();
    expect(w.fix).toMatch(
      /What favours steady here: 'low-debt' \(debt <= 8, weight 3\): steady meets it in [\d.]+% of games, move-fast [\d.]+%, frugal [\d.]+%/,
    );
    expect(w.fix).toMatch(
      /without debt paydown it scores [\d.]+ points less \("Never pay down debt once founded": −/,
    );
    expect(w.fix).toMatch(
      /lower the `weight` of 'low-debt' \(now 3\) or loosen its `target` \(now 8; frugal's median game ends near [\d.]+/,
    );
    expect(w.fix).toMatch(/fewer `turns` \(now 16; try 12\)/);
    expect(w.fix).toContain(`\`parameters.market.viralRate\` (now ${sc.params.market.viralRate}; try`);
    // The briefing advice stays, as one line at the end.
    expect(w.fix).toMatch(/\. If this scenario is meant to reward care, say so in the briefing\.$/);
    expect(w.fix.match(/briefing/g)).toHaveLength(1);
    // Specific to the file: another scenario gets another fix.
    const other = balanceReport(featureRace(), defaultConfig({ runs: 30, variantRuns: 0, seed: 'd' }));
    expect(warning(other, 'dominant-strategy')!.fix).not.toBe(w.fix);
  });

  it('is not reported for a single bot', () => {
    const r = balanceReport(featureRace(), defaultConfig({ runs: 10, bots: ['move-fast'], variantRuns: 0 }));
    expect(warning(r, 'dominant-strategy')).toBeUndefined();
  });
});

describe('games nobody wins', () => {
  it('says so when no strategy bot wins, naming the required objective they miss', () => {
    const sc = buildScenario({
      id: 'agents-only',
      title: 'Agents only',
      turns: 10,
      objectives: [
        objective('users', { target: 150, required: true }),
        objective('agents', { metric: 'agents', target: 3, required: true }),
      ],
    });
    const r = balanceReport(sc, defaultConfig({ runs: 40, variantRuns: 0, seed: 'n' }));
    expect(r.bots.find((b) => b.bot === 'random')!.wins).toBeGreaterThan(0);
    const w = warning(r, 'nobody-wins')!;
    expect(w.message).toMatch(
      /^No strategy bot \(move-fast, steady, frugal\) won a single game; only random did/,
    );
    expect(w.message).toMatch(/'agents' \(agents >= 3\) 0%/);
    expect(w.fix).toMatch(/Make 'agents' reachable/);
    expect(w.severity).toBe('warning');
  });

  it('is only a note when one decision of the base bot wins: the lesson may be finding that move', () => {
    const sc = buildScenario({
      id: 'agents-only',
      title: 'Agents only',
      turns: 10,
      objectives: [objective('agents', { metric: 'agents', target: 3, required: true })],
    });
    const r = balanceReport(sc, defaultConfig({ runs: 20, bots: ['random', 'steady'], variantRuns: 10 }));
    const w = warning(r, 'nobody-wins')!;
    expect(w.severity).toBe('info');
    expect(w.message).toMatch(
      /But steady with one change, "Add 3 coding-agent seats, [^"]+", wins 100% of its games/,
    );
  });
});

describe('follow-ups and levers', () => {
  it('a follow-up nobody schedules says so', () => {
    const sc = buildScenario({
      id: 'orphan',
      title: 'Orphan follow-up',
      turns: 8,
      events: [event('orphan', { followUpOnly: true, baseChance: 0 })],
      objectives: [objective('users', { required: true })],
    });
    const r = balanceReport(sc, defaultConfig({ runs: 10, bots: ['steady', 'frugal'], variantRuns: 0 }));
    expect(warning(r, 'event-never-fires', 'orphan')!.fix).toMatch(/Nothing schedules it/);
  });

  it('a scenario without required objectives cannot be won, and says how to fix it', () => {
    const sc = buildScenario({ id: 'open', title: 'Open', turns: 6, objectives: [objective('users')] });
    const r = balanceReport(sc, defaultConfig({ runs: 6, bots: ['frugal'], variantRuns: 0 }));
    expect(warning(r, 'no-required-objective')!.fix).toMatch(/required: true/);
  });

  it('decision variants whose lever the scenario hides are listed, not played', () => {
    const sc = buildScenario({
      id: 'few-levers',
      title: 'Few levers',
      turns: 6,
      levers: ['plan/allocate', 'release/set', 'event/choose'],
    });
    const r = balanceReport(sc, defaultConfig({ runs: 4, bots: ['steady'], variantRuns: 4 }));
    // Played: ranked, or listed as making no difference (six weeks are all foundation weeks, for instance).
    expect([...r.decisions, ...r.unchangedDecisions].map((d) => d.id).sort()).toEqual(
      [
        'events-bold',
        'events-frugal',
        'heavy-debt-paydown',
        'long-foundations',
        'no-debt-paydown',
        'no-foundations',
        'release-canary',
        'release-ship',
      ].sort(),
    );
    expect(r.unavailableDecisions.map((d) => d.id)).toContain('stay-serverless');
  });
});

describe('doing nothing', () => {
  const fiveEngineers = builtIn('five-engineers').scenario;
  const idleWarning = (r: BalanceReport) => r.warnings.find((w) => w.subject === 'idle');
  const winRate = (r: BalanceReport, bot: string) => r.bots.find((b) => b.bot === bot)!.winRate;

  it('warns when the starting plan wins as often as any strategy, and names an objective that would stop it', () => {
    // Winning asks only to stay solvent; the change failure rate counts for the score but not for a win (as
    // Five engineers did when it first shipped).
    const lenient = buildScenario({
      id: 'lenient',
      title: 'Lenient',
      turns: 20,
      objectives: [
        objective('solvent', {
          domain: 'stakeholders',
          metric: 'cash',
          op: '>=',
          target: 100_000,
          required: true,
        }),
        objective('failures', { domain: 'risk', metric: 'changeFailureRate', op: '<=', target: 0.15 }),
      ],
    });
    const r = balanceReport(lenient, defaultConfig({ runs: 100, variantRuns: 0, seed: 'idle' }));
    expect(winRate(r, 'idle')).toBeGreaterThanOrEqual(winRate(r, 'steady'));
    const w = warning(r, 'doing-nothing-wins', 'idle')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toMatch(
      /^Doing nothing wins [\d.]+% of games, at least as often as the best strategy \(steady, [\d.]+%\)/,
    );
    expect(w.fix).toMatch(
      /`required: true` on 'failures' \(changeFailureRate <= 0\.15\): steady meets it in [\d.]+% of its games, idle in [\d.]+%/,
    );
    expect(w.fix).toContain(`\`initial.debt\` (now ${lenient.initial.debt})`);
  });

  it('is quiet once winning takes decisions (the built-in Five engineers)', () => {
    const r = balanceReport(fiveEngineers, defaultConfig({ runs: 100, variantRuns: 0, seed: 'idle' }));
    expect(winRate(r, 'idle')).toBeLessThan(winRate(r, 'steady') - 0.3);
    expect(idleWarning(r)).toBeUndefined();
  });

  it('notes a starting plan that scores within a few points of the best strategy', () => {
    const sc = buildScenario({ id: 'open', title: 'Open', turns: 6, objectives: [objective('users')] });
    const r = balanceReport(sc, defaultConfig({ runs: 20, variantRuns: 0, seed: 'idle' }));
    const w = warning(r, 'doing-nothing-scores-well', 'idle')!;
    expect(w.severity).toBe('info');
    expect(w.message).toMatch(
      /scores [\d.]+ on average, only [\d.]+ points below the best strategy \([\w-]+, [\d.]+\)/,
    );
  });

  it('says nothing where the decisions move the score a long way (a feature race)', () => {
    const r = balanceReport(featureRace(), defaultConfig({ runs: 20, variantRuns: 0, seed: 'idle' }));
    const idle = r.bots.find((b) => b.bot === 'idle')!;
    const moveFast = r.bots.find((b) => b.bot === 'move-fast')!;
    expect(idle.score.mean!).toBeLessThan(0.8 * moveFast.score.mean!);
    expect(idleWarning(r)).toBeUndefined();
  });

  it('is not judged when the idle bot is not compared', () => {
    const sc = buildScenario({ id: 'open', title: 'Open', turns: 6, objectives: [objective('users')] });
    const r = balanceReport(sc, defaultConfig({ runs: 10, bots: ['steady', 'frugal'], variantRuns: 0 }));
    expect(idleWarning(r)).toBeUndefined();
  });
});

describe('the report names what each bot does', () => {
  it('in the text table and the HTML page, doing nothing included', () => {
    const sc = buildScenario({ id: 'open', title: 'Open', turns: 4, objectives: [objective('users')] });
    const r = balanceReport(sc, defaultConfig({ runs: 4, bots: ['steady', 'idle'], variantRuns: 0 }));
    const line =
      'bots: steady (foundations, gated releases), idle (the starting plan, every event left to its default)';
    expect(formatReport(r)).toContain(line);
    expect(renderHtml(r)).toContain(line);
  });
});
