/**
 * The policy space: it covers every lever a scenario offers (and only those), its options come from the
 * engine's own lists, every decision a policy makes is accepted by the engine, a policy never reads what the
 * player cannot see, and a policy reads back in a player's words.
 */
import { describe, expect, it } from 'vitest';
import { playBot } from '../../src/bots/index.ts';
import type { DecisionType, GameState, Scenario } from '../../src/engine/index.ts';
import {
  ARCH_OPTIONS,
  BOOLEAN_POLICIES,
  checkDecisions,
  createInitialState,
  DECISION_TYPES,
  RELEASE_MODES,
} from '../../src/engine/index.ts';
import type { Genome, PolicySpace } from '../../src/search/index.ts';
import {
  COVERAGE,
  describePolicy,
  emptyGenome,
  FAMILIES,
  policyBot,
  policyExtremes,
  policySpace,
  PROBES,
  withProbe,
} from '../../src/search/index.ts';
import { Random } from '../../src/search/random.ts';
import { formatProblem } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { eventfulScenario } from '../fixtures/scenarios.ts';
import { exploitScenario } from './fixtures.ts';

function builtIn(id: string): Scenario {
  const r = loadBuiltIn(id);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded.scenario;
}

const randomGenome = (space: PolicySpace, rng: Random): number[] =>
  space.levers.map((l) => Math.floor(rng.next() * l.values.length));

const valuesOf = (space: PolicySpace, id: string): readonly unknown[] =>
  space.levers.find((l) => l.id === id)?.values ?? [];

/** Plays `genome` and checks every turn's decisions with the engine before the turn is played. */
function playChecked(scenario: Scenario, seed: string, genome: Genome, space: PolicySpace): number {
  const bot = policyBot(space, genome)();
  let made = 0;
  playBot(scenario, seed, (s, sc) => {
    const list = bot(s, sc);
    expect(checkDecisions(s, sc, list)).toBeNull();
    made += list.length;
    return list;
  });
  return made;
}

describe('the policy space', () => {
  it('has a family or a stated reason for every decision type of the engine', () => {
    expect(Object.keys(COVERAGE).sort()).toEqual([...DECISION_TYPES].sort());
    for (const [type, c] of Object.entries(COVERAGE)) {
      if ('family' in c) expect(FAMILIES.find((f) => f.id === c.family)?.uses).toContain(type);
      else expect(c.skipped.length).toBeGreaterThan(20);
    }
  });

  it("takes its options from the engine's lists and the scenario, so new ones need no search code", () => {
    const scenario = eventfulScenario(40);
    const space = policySpace(scenario);
    expect(valuesOf(space, 'release.0')).toEqual(RELEASE_MODES);
    for (const p of BOOLEAN_POLICIES) expect(valuesOf(space, `policy.${p}`)).toContain('on');
    for (const [axis, options] of Object.entries(ARCH_OPTIONS)) {
      const now = scenario.initial.arch[axis as keyof typeof ARCH_OPTIONS];
      expect(valuesOf(space, `arch.${axis}`)).toEqual(['stay', ...options.filter((o) => o !== now)]);
    }
    expect(valuesOf(space, 'event.big-customer')).toEqual(['accept', 'decline']);
    // Four windows of ten turns: the split, the release and every timing are per window.
    expect(space.ctx.windows).toEqual([0, 10, 20, 30]);
  });

  it("offers only the scenario's levers", () => {
    const space = policySpace(exploitScenario());
    expect(space.levers.map((l) => l.id)).toEqual(['event.launch-week', 'event.free-users']);
    const restricted = policySpace({
      ...eventfulScenario(20),
      levers: ['team/agents', 'money/raise'] as DecisionType[],
    });
    expect(restricted.levers.map((l) => l.id)).toEqual(['agents', 'agents.from', 'raise']);
    expect(PROBES.filter((p) => withProbe(restricted, emptyGenome(restricted), p)).map((p) => p.id)).toEqual([
      'max-agents',
      'raise-always',
    ]);
  });
});

describe('policies', () => {
  it.each(BUILT_IN_IDS.map((id) => [id]))(
    'in %s, every decision of random policies and of every probe is accepted by the engine',
    (id) => {
      const scenario = builtIn(id);
      const space = policySpace(scenario);
      const rng = new Random(`legal-${id}`);
      let made = 0;
      for (let k = 0; k < 6; k++) made += playChecked(scenario, `s${k}`, randomGenome(space, rng), space);
      for (const probe of PROBES) {
        const g = withProbe(space, emptyGenome(space), probe);
        if (g) made += playChecked(scenario, 'probe', g, space);
      }
      expect(made).toBeGreaterThan(50);
    },
  );

  it('decide the same whatever the hidden truth about the model', () => {
    const scenario = builtIn('solo-founder');
    const space = policySpace(scenario);
    const rng = new Random('hidden');
    const hide = (s: GameState, q: number): GameState => ({
      ...s,
      model: {
        ...s.model,
        quality: q,
        previousQuality: q,
        candidate: s.model.candidate && { ...s.model.candidate, quality: q },
      },
    });
    for (let k = 0; k < 5; k++) {
      const genome = randomGenome(space, rng);
      playBot(scenario, `h${k}`, (s, sc) => {
        const a = policyBot(space, genome)()(hide(s, 0.05), sc);
        const b = policyBot(space, genome)()(hide(s, 0.95), sc);
        expect(b).toEqual(a);
        return policyBot(space, genome)()(s, sc);
      });
    }
  });

  it('read back as a player would say them, with their extremes', () => {
    const scenario = eventfulScenario(40);
    const space = policySpace(scenario);
    const g = emptyGenome(space);
    const set = (id: string, value: unknown): void => {
      const i = space.index.get(id)!;
      g[i] = space.levers[i]!.values.indexOf(value as never);
    };
    set('agents', 50);
    set('agents.from', 0);
    set('review', 'all');
    set('board.cadence', 1);
    set('board.framing', 'spin');
    set('release.0', 'ship');
    set('release.1', 'ship');
    set('release.2', 'gate');
    set('release.3', 'gate');
    const text = describePolicy(space, g).join('\n');
    expect(text).toContain('From the start: 50 agent seats with review on everything.');
    expect(text).toContain('Talk to the board every week, with spin.');
    expect(text).toContain('Ship every change in weeks 1\u201320; gate releases on evals from week 21.');
    expect(policyExtremes(space, g).map((e) => e.text)).toEqual([
      'Agent seats: 50',
      'Talk to the board: every week',
      'Framing for the board: with spin',
    ]);
    expect(playChecked(scenario, 'x', g, space)).toBeGreaterThan(0);
    // A game played by the policy has the seats it describes.
    const state = playBot(scenario, 'x', policyBot(space, g)()).state;
    expect(state.team.agents).toBe(50);
    expect(createInitialState(scenario, 'x').team.agents).toBe(0);
  });
});
