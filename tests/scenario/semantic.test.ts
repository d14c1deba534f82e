/** Checks across fields: what would load but silently break the game for the players. */
import { describe, expect, it } from 'vitest';
import { lines, loadOk, MINIMAL } from './helpers.ts';

/** A scenario with the given events (YAML list items, indented by two). */
function withEvents(events: string): string {
  return `${MINIMAL}events:\n${events}`;
}

function ev(id: string, body: string, options = '      - { id: ok, label: OK }'): string {
  return `  - id: ${id}\n    title: ${id}\n    text: T\n    domain: risk\n${body}    options:\n${options}\n`;
}

const messages = (text: string): string[] => lines(text).map((l) => l.replace(/^test\.yaml:\d+:\d+: /, ''));

describe('ids and references', () => {
  it('refuses duplicate event, option and outcome ids', () => {
    const text = withEvents(
      ev(
        'a',
        '    chance: 0.1\n',
        '      - { id: x, label: X, outcomes: [{ id: o, chance: 0.5 }, { id: o, chance: 0.5 }] }\n      - { id: x, label: Y }',
      ) + ev('a', '    chance: 0.1\n'),
    );
    expect(messages(text)).toEqual([
      'events[0].options[0].outcomes[1].id: duplicate outcome id "o" (also events[0].options[0].outcomes[0])',
      'events[0].options[1].id: duplicate option id "x" (also events[0].options[0])',
      'events[1].id: duplicate event id "a" (also events[0])',
    ]);
  });

  it('refuses follow-ups to events that do not exist, with the closest id', () => {
    const text = withEvents(
      ev('ask', '    chance: 0.1\n', '      - { id: go, label: Go, followUp: { event: answr } }') +
        ev('answer', '    followUpOnly: true\n'),
    );
    expect(messages(text)).toEqual([
      'events[0].options[0].followUp.event: no event has the id "answr" (did you mean answer?)',
      'events[1].followUpOnly: event "answer" never fires: it is followUpOnly and no outcome schedules it',
    ]);
  });

  it('refuses a default option the event does not have', () => {
    const text = withEvents(
      ev(
        'a',
        '    chance: 0.1\n    defaultOption: stay\n',
        '      - { id: go, label: Go }\n      - { id: wait, label: Wait }',
      ),
    );
    expect(messages(text)).toEqual([
      'events[0].defaultOption: no option "stay" in this event (options: go, wait)',
    ]);
  });
});

describe('follow-up chains', () => {
  it('refuses a loop of events where every outcome schedules the next', () => {
    const text = withEvents(
      ev('start', '    chance: 0.1\n', '      - { id: go, label: Go, followUp: { event: ping } }') +
        ev('ping', '    followUpOnly: true\n', '      - { id: go, label: Go, followUp: { event: pong } }') +
        ev(
          'pong',
          '    followUpOnly: true\n',
          '      - { id: a, label: A, followUp: { event: ping } }\n      - { id: b, label: B, outcomes: [{ id: x, chance: 1, followUp: { event: ping } }] }',
        ),
    );
    expect(messages(text)).toEqual([
      'events[1].options: follow-ups never end: every outcome schedules another event, so ping → pong → ping repeats forever; give at least one outcome no followUp',
    ]);
  });

  it('accepts a loop that one outcome can leave', () => {
    const text = withEvents(
      ev('ping', '    chance: 0.1\n', '      - { id: go, label: Go, followUp: { event: pong } }') +
        ev(
          'pong',
          '    followUpOnly: true\n',
          '      - { id: again, label: Again, followUp: { event: ping } }\n      - { id: stop, label: Stop }',
        ),
    );
    expect(loadOk(text).scenario.events).toHaveLength(2);
  });
});

describe('conditions', () => {
  it('refuses contradictory conditions on the same metric', () => {
    const text = withEvents(ev('a', '    chance: 0.1\n    when: ["users >= 10", "users < 5"]\n'));
    expect(messages(text)).toEqual([
      'events[0].when[1]: "users >= 10" and "users < 5" can never hold at the same time, so this event never fires',
    ]);
  });

  it("refuses conditions outside a metric's range", () => {
    const text = withEvents(
      ev(
        'a',
        '    chance: 0.1\n    when: ["morale > 1", { metric: debt, op: "<", value: 0 }, "turn > 10"]\n',
      ),
    );
    expect(messages(text)).toEqual([
      'events[0].when[0]: "morale > 1" can never hold: morale is always between 0 and 1, so this event never fires',
      'events[0].when[1]: "debt < 0" can never hold: debt is always at least 0, so this event never fires',
      'events[0].when[2]: "turn > 10" can never hold: turn is always a whole number between 1 and 9, so this event never fires',
    ]);
  });

  it('accepts touching ranges, equalities and exclusions that can hold', () => {
    const text = withEvents(
      ev('a', '    chance: 0.1\n    when: ["users >= 5", "users <= 5", "morale != 0.5", "board == 1"]\n'),
    );
    expect(loadOk(text).scenario.events[0]!.when).toHaveLength(4);
  });

  it('accepts a negative runway: the engine reports it once the cash has run out', () => {
    const text = `${MINIMAL}debrief:\n  - { text: Broke, when: "runwayTurns < 0" }\n`;
    expect(loadOk(text).meta.debrief[0]!.when).toEqual({ metric: 'runwayTurns', op: '<', value: 0 });
    expect(messages(`${MINIMAL}debrief:\n  - { text: Hi, when: "runwayTurns > 999" }\n`)).toEqual([
      'debrief[0].when: "runwayTurns > 999" can never hold: runwayTurns is always at most 999, so this note is never shown',
    ]);
  });

  it("says once that an event's when is a list, without a length check meant for lists", () => {
    const text = withEvents(ev('a', '    chance: 0.1\n    when: users >= 400\n'));
    expect(messages(text)).toEqual([
      `events[0].when: expected a list, got the string "users >= 400" (it is a list even with one entry: ['users >= 400'])`,
    ]);
  });

  it('refuses debrief notes whose condition can never hold', () => {
    expect(messages(`${MINIMAL}debrief:\n  - { text: Hi, when: "slo > 1.5" }\n`)).toEqual([
      'debrief[0].when: "slo > 1.5" can never hold: slo is always between 0 and 1, so this note is never shown',
    ]);
  });
});

describe('what can never happen in the time or with the levers the scenario has', () => {
  const followUp = (inTurns: number, when = ''): string =>
    withEvents(
      ev(
        'ask',
        `    chance: 0.1\n${when}`,
        `      - { id: go, label: Go, followUp: { event: later, inTurns: ${inTurns} } }`,
      ) + ev('later', '    followUpOnly: true\n'),
    );

  it('refuses a follow-up due after the last turn (10 turns: an answer in turn 1 at the earliest)', () => {
    expect(loadOk(followUp(7)).scenario.events).toHaveLength(2);
    expect(lines(followUp(8))).toEqual([
      'test.yaml:11:65: events[0].options[0].followUp.inTurns: "later" would come 8 turns after the answer, but the game has 10 turns and the earliest answer is in turn 1, so it never comes; use at most 7',
    ]);
    expect(messages(followUp(5, "    when: ['turn >= 4']\n"))).toEqual([
      'events[0].options[0].followUp.inTurns: "later" would come 5 turns after the answer, but the game has 10 turns and the earliest answer is in turn 4, so it never comes; use at most 4',
    ]);
  });

  it('refuses equality with a fraction for a metric that is always a whole number', () => {
    const text = withEvents(ev('a', "    chance: 0.1\n    when: ['turn == 2.5']\n"));
    expect(messages(text)).toEqual([
      'events[0].when[0]: "turn == 2.5" can never hold: turn is always a whole number between 1 and 9, so this event never fires',
    ]);
    expect(messages(`${MINIMAL}debrief:\n  - { text: Hi, when: 'dedicated == 0.5' }\n`)).toEqual([
      'debrief[0].when: "dedicated == 0.5" can never hold: dedicated is always 0 or 1, so this note is never shown',
    ]);
    expect(messages(withEvents(ev('a', "    chance: 0.1\n    when: ['users > 4', 'users < 5']\n")))).toEqual([
      'events[0].when[1]: "users > 4" and "users < 5" can never hold at the same time, so this event never fires',
    ]);
    expect(
      loadOk(
        withEvents(ev('a', "    chance: 0.1\n    when: ['users > 4.5', 'users < 5.5', 'morale == 0.5']\n")),
      ).scenario.events,
    ).toHaveLength(1);
  });

  it('refuses event conditions on turns when no event can fire: before the first turn, or at the end', () => {
    expect(messages(withEvents(ev('a', "    chance: 1\n    when: ['turn == 0']\n")))).toEqual([
      'events[0].when[0]: "turn == 0" can never hold: turn is always a whole number between 1 and 9, so this event never fires',
    ]);
    expect(messages(withEvents(ev('a', "    chance: 1\n    when: ['turn >= 10']\n")))).toEqual([
      'events[0].when[0]: "turn >= 10" can never hold: turn is always a whole number between 1 and 9, so this event never fires',
    ]);
  });

  it('refuses events with choices when the levers leave out event/choose', () => {
    const choice = ev(
      'a',
      '    chance: 0.1\n',
      '      - { id: go, label: Go }\n      - { id: stay, label: Stay }',
    );
    const noChoose = `${MINIMAL}levers: [plan/allocate, release/set]\nevents:\n${choice}`;
    expect(lines(noChoose)).toEqual([
      'test.yaml:4:1: levers: without "event/choose" the player cannot answer the event cards with choices (a), so each takes its default option; add event/choose to levers',
    ]);
    expect(messages(`${MINIMAL}levers: []\nevents:\n${choice}`)).toEqual([
      'levers: without "event/choose" the player cannot answer the event cards with choices (a), so each takes its default option; add event/choose to levers',
    ]);
    // One option is news, not a choice; and without levers every decision is open.
    expect(
      loadOk(`${MINIMAL}levers: [plan/allocate]\nevents:\n${ev('n', '    chance: 0.1\n')}`).scenario.levers,
    ).toEqual(['plan/allocate']);
    expect(loadOk(`${MINIMAL}events:\n${choice}`).scenario.levers).toContain('event/choose');
  });
});

describe('events that never fire', () => {
  it('refuses an event with no chance, no factors and nothing scheduling it', () => {
    expect(messages(withEvents(ev('idle', '')))).toEqual([
      'events[0].id: event "idle" never fires: its chance is 0, it has no factors, and no outcome schedules it as a follow-up',
    ]);
  });

  it('accepts an event driven by a factor alone', () => {
    const text = withEvents(ev('a', '    factors: [{ metric: debt, label: debt, per: 0.01 }]\n'));
    expect(loadOk(text).scenario.events[0]!.factors[0]).toEqual({
      metric: 'debt',
      label: 'debt',
      per: 0.01,
      from: 0,
      max: 1,
    });
  });
});

describe('objectives, levers and numbers', () => {
  it('refuses objectives on unknown metrics or that can never be met', () => {
    const text = `${MINIMAL}objectives:
  - { id: a, label: A, domain: risk, metric: happiness, op: '>=', target: 1 }
  - { id: b, label: B, domain: risk, metric: trust, op: '>=', target: 1.2 }
  - { id: c, label: C, domain: risk, metric: users, op: '<=', target: -1 }
`;
    expect(messages(text)).toEqual([
      expect.stringMatching(
        /^objectives\[0\]\.metric: the string "happiness" is not a metric; the nearest: (\w+, ){5}\w+; every metric is listed in scenarios\/README\.md \(Metrics\)$/,
      ),
      'objectives[1].target: trust >= 1.2 can never be met: trust is always between 0 and 1',
      'objectives[2].target: users <= -1 can never be met: users is always at least 0',
    ]);
  });

  it('refuses levers that are not decision types', () => {
    expect(messages(`${MINIMAL}levers: [team/hire, team/fire]\n`)).toEqual([
      'levers[1]: expected one of plan/allocate, release/set, policy/set, policy/agent-review, policy/eval-threshold, team/hire, team/let-go, team/agents, arch/migrate, arch/cancel-migration, arch/provision, event/choose, stakeholder/communicate, money/raise; got the string "team/fire" (did you mean team/hire?)',
    ]);
  });

  it('refuses zero turns, negative costs and probabilities outside [0, 1]', () => {
    const text = `id: tiny\ntitle: T\nturns: 0\nparameters:\n  money: { hireCost: -5, salary: { sre: -1 } }\n  hazards: { base: { outage: 1.2 } }\n`;
    expect(messages(text)).toEqual([
      'turns: must be at least 1 (got 0)',
      'parameters.money.hireCost: must be at least 0 (got -5)',
      'parameters.money.salary.sre: must be at least 0 (got -1)',
      'parameters.hazards.base.outage: must be at most 1 (got 1.2)',
    ]);
  });

  it('accepts outcome chances that add up to 1 within rounding, and refuses 0.9', () => {
    const option = (chances: string): string => `      - { id: go, label: Go, outcomes: [${chances}] }`;
    const ok = withEvents(
      ev(
        'a',
        '    chance: 0.1\n',
        option('{ id: x, chance: 0.1 }, { id: y, chance: 0.2 }, { id: z, chance: 0.7 }'),
      ),
    );
    expect(loadOk(ok).scenario.events[0]!.options[0]!.outcomes).toHaveLength(3);
    const bad = withEvents(
      ev('a', '    chance: 0.1\n', option('{ id: x, chance: 0.6 }, { id: y, chance: 0.3 }')),
    );
    expect(messages(bad)).toEqual([
      'events[0].options[0].outcomes: chances must add up to 1 (they add up to 0.9)',
    ]);
  });

  it('refuses an allocation that does not add up to 100, counting defaults', () => {
    expect(messages(`${MINIMAL}initial: { allocation: { features: 80 } }\n`)).toEqual([
      'initial.allocation: the percentages must add up to 100 (they add up to 110, counting the defaults debt 10, evals 5, reliability 10, data 5)',
    ]);
    const full = loadOk(
      `${MINIMAL}initial: { allocation: { features: 50, debt: 20, evals: 10, reliability: 10, data: 10 } }\n`,
    );
    expect(full.scenario.initial.allocation).toEqual({
      features: 50,
      debt: 20,
      evals: 10,
      reliability: 10,
      data: 10,
      migration: 0,
    });
  });
});
