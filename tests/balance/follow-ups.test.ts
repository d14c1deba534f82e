/**
 * Follow-up events get the never/rarely treatment too, explained from the chain that leads to them: which option
 * schedules them, which bots chose it, and what happened when they came due.
 */
import { describe, expect, it } from 'vitest';
import { balanceReport, defaultConfig, type BalanceReport } from '../../src/balance/index.ts';
import type { OptionDef } from '../../src/engine/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import { event, objective } from './fixtures.ts';

const warning = (r: BalanceReport, kind: string, subject: string) =>
  r.warnings.find((w) => w.kind === kind && w.subject === subject);

function option(id: string, over: Partial<OptionDef> = {}, followUp: string | null = null): OptionDef {
  return {
    id,
    label: `Option ${id}`,
    outcomes: [
      {
        id: 'done',
        chance: 1,
        text: 'Done.',
        effects: [],
        followUp: followUp ? { event: followUp, inTurns: 3 } : null,
      },
    ],
    ...over,
  };
}

/** A card every game meets in week 1 or 2, whose one option without a stance schedules a follow-up. */
function promiseScenario(followUpWhen: { metric: 'turn'; op: '<=' | '>='; value: number }[]) {
  return buildScenario({
    id: 'promises',
    title: 'Promises',
    turns: 10,
    events: [
      event('launch', {
        when: [
          { metric: 'turn', op: '>=', value: 1 },
          { metric: 'turn', op: '<=', value: 2 },
        ],
        baseChance: 1,
        deadline: 1,
        defaultOption: 'careful',
        options: [
          option('careful', { stance: 'careful' }),
          option('bold', { stance: 'bold' }, 'bold-follow-up'),
          option('cheap', { stance: 'frugal' }),
          option('promise', {}, 'promise-broken'),
        ],
      }),
      event('promise-broken', { followUpOnly: true, baseChance: 0 }),
      event('bold-follow-up', { followUpOnly: true, baseChance: 0, when: followUpWhen }),
    ],
    objectives: [objective('users', { required: true })],
  });
}

describe('a follow-up only one odd answer schedules', () => {
  const r = balanceReport(promiseScenario([]), defaultConfig({ runs: 60, variantRuns: 0, seed: 'f' }));

  it('rarely fires, and the note names the option that schedules it and the bots that chose it', () => {
    const ev = r.events.find((e) => e.id === 'promise-broken')!;
    expect(ev.perBot.find((p) => p.bot === 'random')!.share).toBeGreaterThan(0.05);
    expect(ev.perBot.filter((p) => p.bot !== 'random').every((p) => p.share === 0)).toBe(true);
    const w = warning(r, 'event-rarely-fires', 'promise-broken')!;
    expect(w).toBeDefined();
    expect(w.severity).toBe('info');
    expect(w.message).toMatch(/fewer than 2% of the strategy bots' games \(random [\d.]+%, move-fast 0%/);
    expect(w.fix).toMatch(/follow-up of 'launch' → 'promise'/);
    expect(w.fix).toMatch(/chosen by random \d+ times?; never by move-fast, steady or frugal/);
    // Why the strategy bots never take it, and the change that would let them.
    expect(w.fix).toMatch(/no `stance`/);
    expect(w.fix).toMatch(/bold = move-fast, careful = steady, frugal = frugal/);
  });

  it('counts how often it was scheduled, came due and fired, per bot', () => {
    const ev = r.events.find((e) => e.id === 'promise-broken')!;
    const random = ev.followUp!.perBot.find((p) => p.bot === 'random')!;
    const chosen = r.events[0]!.options.find((o) => o.id === 'promise')!;
    expect(random.scheduled).toBe(chosen.perBot.find((p) => p.bot === 'random')!.chosen);
    expect(random.due).toBe(random.scheduled);
    expect(random.fired).toBe(random.due);
    expect(ev.followUp!.perBot.find((p) => p.bot === 'steady')).toMatchObject({ scheduled: 0, fired: 0 });
    // An event nothing schedules has no follow-up counts.
    expect(r.events[0]!.followUp).toBeNull();
  });
});

describe('a follow-up whose own condition no longer holds when it comes due', () => {
  const r = balanceReport(
    promiseScenario([{ metric: 'turn', op: '<=', value: 2 }]),
    defaultConfig({ runs: 30, variantRuns: 0, seed: 'g' }),
  );

  it('never fires, and the warning says the bots chose the option but the condition failed on the due turn', () => {
    const w = warning(r, 'event-never-fires', 'bold-follow-up')!;
    expect(w).toBeDefined();
    expect(w.fix).toMatch(/follow-up of 'launch' → 'bold' \(`stance: bold`/);
    expect(w.fix).toMatch(/chosen by move-fast 30 times/);
    expect(w.fix).toMatch(/came due \d+ times/);
    expect(w.fix).toMatch(/'turn <= 2' did not hold on the turn it came due \d+ times \(move-fast 30 of 30/);
    expect(w.fix).toMatch(/`inTurns` \(now 3\)/);
  });
});
