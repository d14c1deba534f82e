/** What a valid file turns into: defaults, dollars → cents, shorthand options, conditions, meta and hash. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INITIAL, DEFAULT_PARAMS } from '../../src/engine/params.ts';
import { DECISION_TYPES } from '../../src/engine/types.ts';
import { fixtureText, loadOk, MINIMAL } from './helpers.ts';

describe('a minimal file', () => {
  it('loads with id, title and turns only, everything else from the engine defaults', () => {
    const { scenario, meta } = loadOk(MINIMAL);
    expect(scenario.id).toBe('tiny');
    expect(scenario.turns).toBe(10);
    expect(scenario.initial).toEqual(DEFAULT_INITIAL);
    expect(scenario.params).toEqual(DEFAULT_PARAMS);
    expect(scenario.levers).toEqual([...DECISION_TYPES]);
    expect(scenario.events).toEqual([]);
    expect(scenario.objectiveShare).toBe(0.7);
    expect(meta).toEqual({
      summary: '',
      difficulty: 3,
      topic: null,
      briefing: '',
      learningObjectives: [],
      debrief: [],
      teachingNotes: null,
      discussionQuestions: [],
      turnLength: 'week',
      formatVersion: 2,
      teaching: { introduces: {}, applies: {} },
    });
  });

  it('gives the same scenario and hash from YAML and from JSON', () => {
    const fromYaml = loadOk(fixtureText('minimal.yaml'), 'minimal.yaml');
    const fromJson = loadOk(fixtureText('minimal.json'), 'minimal.json');
    expect(fromJson.scenario).toEqual(fromYaml.scenario);
    expect(fromJson.hash).toBe(fromYaml.hash);
    expect(fromYaml.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes hash when anything that changes the game changes, and not for comments or layout', () => {
    const base = loadOk(MINIMAL).hash;
    expect(loadOk(`# a comment\n${MINIMAL.replace('turns: 10', 'turns:   10   # ten')}`).hash).toBe(base);
    expect(loadOk(MINIMAL.replace('turns: 10', 'turns: 11')).hash).not.toBe(base);
    expect(loadOk(`${MINIMAL}initial: { debt: 11 }\n`).hash).not.toBe(base);
  });
});

describe('money and units', () => {
  it('reads cash and money parameters in dollars and gives the engine whole cents', () => {
    const { scenario } = loadOk(`${MINIMAL}initial: { cash: 1234.56 }
parameters:
  money:
    arpu: 1.5
    serverlessPerKReq: 0.14
    salary: { engineer: 4000 }
    inferencePerKReq: { hosted-api: 0.3 }
    raiseCooldownTurns: 6
`);
    expect(scenario.initial.cash).toBe(123_456);
    expect(scenario.params.money.arpuCents).toBe(150);
    expect(scenario.params.money.serverlessPerKReqCents).toBe(14);
    expect(scenario.params.money.salaryCents).toEqual({
      ...DEFAULT_PARAMS.money.salaryCents,
      engineer: 400_000,
    });
    expect(scenario.params.money.inferencePerKReqCents['hosted-api']).toBe(30);
    expect(scenario.params.money.inferencePerKReqCents['self-hosted']).toBe(
      DEFAULT_PARAMS.money.inferencePerKReqCents['self-hosted'],
    );
    expect(scenario.params.money.raiseCooldownTurns).toBe(6);
  });

  it('maps turn lengths to weeks per turn', () => {
    expect(loadOk(`${MINIMAL}turnLength: week\n`).scenario.params.weeksPerTurn).toBe(1);
    expect(loadOk(`${MINIMAL}turnLength: sprint\n`).scenario.params.weeksPerTurn).toBe(2);
    const monthly = loadOk(`${MINIMAL}turnLength: month\n`);
    expect(monthly.scenario.params.weeksPerTurn).toBe(4);
    expect(monthly.meta.turnLength).toBe('month');
  });

  it('keeps other parameter groups under the engine names and merges them with the defaults', () => {
    const { scenario } = loadOk(
      `${MINIMAL}parameters:\n  debt: { interest: { scaling: 0.05 } }\n  migrations: { structure: 30 }\n`,
    );
    expect(scenario.params.debt.interest).toEqual({ ...DEFAULT_PARAMS.debt.interest, scaling: 0.05 });
    expect(scenario.params.debt.drag).toBe(DEFAULT_PARAMS.debt.drag);
    expect(scenario.params.migrations.structure).toBe(30);
  });

  it('renames initial.architecture to the engine arch and merges partial groups', () => {
    const { scenario } = loadOk(
      `${MINIMAL}initial:\n  architecture: { hosting: dedicated, dedicatedUnits: 4 }\n  team: { sre: 1 }\n  policies: { onCall: true }\n`,
    );
    expect(scenario.initial.arch).toEqual({
      ...DEFAULT_INITIAL.arch,
      hosting: 'dedicated',
      dedicatedUnits: 4,
    });
    expect(scenario.initial.team).toEqual({ ...DEFAULT_INITIAL.team, sre: 1 });
    expect(scenario.initial.policies.onCall).toBe(true);
    expect(scenario.initial.policies.evalThreshold).toBe(DEFAULT_INITIAL.policies.evalThreshold);
  });
});

describe('events', () => {
  const guide = loadOk(fixtureText('guide-example.yaml'), 'guide-example.yaml');
  const [customFeature, breaks] = guide.scenario.events;

  it('fills event defaults and turns text conditions into engine conditions', () => {
    expect(customFeature!.when).toEqual([{ metric: 'users', op: '>=', value: 400 }]);
    expect(customFeature!.baseChance).toBe(0.05);
    expect(customFeature!.factors).toEqual([
      { metric: 'users', label: 'a bigger user base', per: 0.0002, from: 400, max: 0.2 },
    ]);
    expect(customFeature!.maxTimes).toBe(1);
    expect(breaks!.defaultOption).toBe('patch');
    expect(breaks!.followUpOnly).toBe(true);
    expect(breaks!.baseChance).toBe(0);
  });

  it('expands the option shorthand into one certain outcome named after the option', () => {
    const decline = customFeature!.options.find((o) => o.id === 'decline')!;
    expect(decline.outcomes).toEqual([
      {
        id: 'decline',
        chance: 1,
        text: 'They go elsewhere. The team is relieved.',
        effects: [{ kind: 'change', target: 'morale', op: 'add', value: 0.05 }],
        followUp: null,
      },
    ]);
  });

  it('keeps outcomes, effects (cash in dollars, as the engine expects) and follow-ups', () => {
    const paid = customFeature!.options[0]!.outcomes[0]!;
    expect(paid.effects).toEqual([
      { kind: 'change', target: 'cash', op: 'add', value: 60000 },
      { kind: 'change', target: 'users', op: 'add', value: 150 },
      { kind: 'change', target: 'debt', op: 'add', value: 20 },
    ]);
    expect(paid.followUp).toEqual({ event: 'shortcut-breaks', inTurns: 4 });
    expect(breaks!.options[0]!.outcomes[0]!.effects[0]).toEqual({
      kind: 'modifier',
      target: 'incidentRate',
      factor: 1.3,
      turns: 4,
    });
  });

  it('accepts conditions as mappings too', () => {
    const text = `${MINIMAL}events:
  - id: e
    title: E
    text: T
    domain: risk
    chance: 0.1
    when: [{ metric: morale, op: "<", value: 0.5 }, "debt != 3"]
    options: [{ id: ok, label: OK }]
`;
    expect(loadOk(text).scenario.events[0]!.when).toEqual([
      { metric: 'morale', op: '<', value: 0.5 },
      { metric: 'debt', op: '!=', value: 3 },
    ]);
  });

  it('gives objectives their default weight and required flag, and debrief notes their conditions', () => {
    expect(guide.scenario.objectives[1]).toEqual({
      id: 'debt',
      label: 'Keep debt under 60',
      domain: 'debt',
      metric: 'debt',
      op: '<=',
      target: 60,
      weight: 1,
      required: false,
    });
    expect(guide.meta.debrief[1]).toEqual({
      text: expect.stringContaining('above 60'),
      domain: 'risk',
      when: { metric: 'debt', op: '>', value: 60 },
    });
    expect(guide.meta.debrief[0]!.when).toBeNull();
  });

  it('exposes the briefing with its paragraphs, and the other metadata', () => {
    expect(guide.meta.briefing.split('\n\n')).toHaveLength(2);
    expect(guide.meta).toMatchObject({ difficulty: 2, topic: 'debt', turnLength: 'week', formatVersion: 2 });
    expect(guide.meta.learningObjectives).toHaveLength(2);
  });

  it('restricts levers when the file lists them', () => {
    expect(loadOk(`${MINIMAL}levers: [plan/allocate, event/choose]\n`).scenario.levers).toEqual([
      'plan/allocate',
      'event/choose',
    ]);
  });

  it('keeps HTML and javascript: URLs in text fields as literal text', () => {
    const title = '<script>alert(1)</script> <a href="javascript:alert(2)">x</a>';
    const { scenario, meta } = loadOk(
      `id: tiny\ntitle: '${title}'\nturns: 10\nbriefing: "javascript:alert(3) <img src=x onerror=alert(4)>"\n`,
    );
    expect(scenario.title).toBe(title);
    expect(meta.briefing).toBe('javascript:alert(3) <img src=x onerror=alert(4)>');
  });
});
