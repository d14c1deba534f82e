/** Objectives in words: targets and results a player can read, how close a miss came, and why a game ended. */
import { describe, expect, it } from 'vitest';
import type { GameState, ObjectiveDef, Scenario } from '../../src/engine/index.ts';
import { createInitialState, scorecard } from '../../src/engine/index.ts';
import { buildScenario } from '../../src/engine/scenario-defaults.ts';
import { turnWords } from '../../src/ui/format.ts';
import {
  objectiveProgress,
  objectiveResultText,
  objectiveTarget,
  outcomeReason,
  unmetRequired,
} from '../../src/ui/objectives.ts';

const obj = (over: Partial<ObjectiveDef> & Pick<ObjectiveDef, 'metric' | 'op' | 'target'>): ObjectiveDef => ({
  id: over.metric,
  label: over.metric,
  domain: 'architecture',
  weight: 1,
  required: false,
  ...over,
});

const PAYING = obj({ label: 'End the year paying your own way', metric: 'burn', op: '<=', target: 0 });
const USERS = obj({
  label: 'Reach 100,000 users',
  metric: 'users',
  op: '>=',
  target: 100_000,
  required: true,
});
const BOARD = obj({ label: "Keep the board's confidence above 50%", metric: 'board', op: '>=', target: 0.5 });

function scenario(objectives: ObjectiveDef[], weeksPerTurn = 1): Scenario {
  const sc = buildScenario({ id: 'o', title: 'Objectives', turns: 12, objectives });
  return { ...sc, params: { ...sc.params, weeksPerTurn } };
}

const weeks = turnWords(scenario([]));
const months = turnWords(scenario([], 4));

describe('objective targets and results in words', () => {
  it('reads the founders\' ownership as a share: "at least 75%", not "at least 1"', () => {
    const own = obj({ label: 'Still own three quarters', metric: 'ownership', op: '>=', target: 0.75 });
    expect(objectiveTarget(own, weeks)).toMatch(/75%/);
    expect(objectiveResultText(own, 0.8, weeks)).toMatch(/80%/);
  });

  it('reads money per turn as a flow, not "≤ $0 / $2,507"', () => {
    expect(objectiveTarget(PAYING, weeks)).toBe('revenue covers costs (burn at most $0 a week)');
    expect(objectiveResultText(PAYING, 2507, weeks)).toBe('burning $2,507 a week (costs above revenue)');
    expect(objectiveResultText(PAYING, -1200, months)).toBe('earning $1,200 a month more than it costs');
    expect(objectiveResultText(PAYING, 0, weeks)).toBe('breaking even');
  });

  it('counts things with their noun, shares as percentages with what they measure', () => {
    expect(objectiveTarget(USERS, weeks)).toBe('at least 100,000 users');
    expect(objectiveResultText(USERS, 3565, weeks)).toBe('3,565 users');
    expect(objectiveTarget(BOARD, weeks)).toBe('board confidence at least 50%');
    expect(objectiveResultText(BOARD, 0.41, weeks)).toBe('41%');
    const incidents = obj({ metric: 'incidents', op: '<=', target: 8 });
    expect(objectiveTarget(incidents, weeks)).toBe('at most 8 incidents');
    expect(objectiveResultText(incidents, 1, weeks)).toBe('1 incident');
    expect(objectiveTarget(obj({ metric: 'debt', op: '<=', target: 40 }), weeks)).toBe(
      'technical debt at most 40',
    );
  });

  it('reads architecture switches as states', () => {
    const asyncGoal = obj({ metric: 'async', op: '>=', target: 1 });
    expect(objectiveTarget(asyncGoal, weeks)).toBe('processing asynchronously');
    expect(objectiveResultText(asyncGoal, 0, weeks)).toBe('processing synchronously');
    const r = {
      id: 'a',
      label: '',
      domain: 'architecture' as const,
      value: 0,
      target: 1,
      start: 0,
      attainment: 0,
      met: false,
    };
    expect(objectiveProgress(asyncGoal, r)).toBe('no');
  });

  const r = (value: number, target: number, attainment: number, met = false) => ({
    id: 'x',
    label: '',
    domain: 'architecture' as const,
    value,
    target,
    start: 0,
    attainment,
    met,
  });

  it('says how close a missed objective came, and the credit a missed limit still earns', () => {
    expect(objectiveProgress(USERS, r(81_000, 100_000, 0.81))).toBe('no: 81% of the way');
    const debt = obj({ metric: 'debt', op: '<=', target: 60 });
    expect(objectiveProgress(debt, r(127, 60, 60 / 127))).toBe('no: 2.1\u00d7 the limit (47% credit)');
    expect(objectiveProgress(PAYING, r(2507, 0, 0))).toBe('no: over the limit (no credit)');
    expect(objectiveProgress(USERS, r(120_000, 100_000, 1, true))).toBe('yes');
    // A target the game started past (board confidence kept above 75%, from 80%): the credit is how close it stayed.
    const board = obj({ metric: 'board', op: '>=', target: 0.75 });
    expect(objectiveProgress(board, { ...r(0.6, 0.75, 0.64), start: 0.8 })).toBe(
      'no: 80% of the target (64% credit)',
    );
  });

  it('never rounds a miss up to the target: 6,976 of 7,000 users is 99%, not 100%', () => {
    expect(objectiveProgress(USERS, r(6976, 7000, 6976 / 7000))).toBe('no: 99% of the way');
    const debt = obj({ metric: 'debt', op: '<=', target: 60 });
    expect(objectiveProgress(debt, r(60.2, 60, 60 / 60.2))).toBe('no: 1.01\u00d7 the limit (99% credit)');
    expect(objectiveProgress(debt, r(66, 60, 60 / 66))).toBe('no: 1.1\u00d7 the limit (91% credit)');
  });
});

describe('why the game ended', () => {
  function ended(sc: Scenario, edit: (s: GameState) => void): { s: GameState; text: string } {
    const s = createInitialState(sc, 'why');
    s.turn = sc.turns;
    edit(s);
    return { s, text: outcomeReason(s, sc, scorecard(s, sc), turnWords(sc)) };
  }

  it('points at the required objective that was missing when time ran out', () => {
    const sc = scenario([USERS, BOARD]);
    const { s, text } = ended(sc, (st) => {
      st.status = 'ended';
      st.reason = 'out-of-turns';
      st.market.users = 3565;
    });
    expect(unmetRequired(scorecard(s, sc), sc).map((x) => x.def.id)).toEqual(['users']);
    expect(text).toBe(
      'Time ran out after 12 weeks with a required objective unmet: \u201cReach 100,000 users\u201d (you ended at 3,565 users, 3% of the way).',
    );
    expect(text).not.toMatch(/board/);
  });

  it('says what an objective measured over weeks saw: the lowest, the average or the best, not the end', () => {
    const team = (over: ObjectiveDef['over']): ObjectiveDef =>
      obj({
        label: 'Ten people from week 6',
        metric: 'headcount',
        op: '>=',
        target: 10,
        required: true,
        over,
      });
    const lowest = scenario([team({ measure: 'min', from: 6, to: 12, by: false })]);
    const { text } = ended(lowest, (st) => {
      st.status = 'ended';
      st.reason = 'out-of-turns';
      st.tracks = [4, 7];
    });
    expect(text).toMatch(/\(your lowest from week 6 on was 4 people, \d+% of the way\)\.$/);
    const mean = scenario([team({ measure: 'average', from: 3, to: 8, by: false })]);
    expect(
      ended(mean, (st) => {
        st.status = 'ended';
        st.reason = 'out-of-turns';
        st.tracks = [30, 6];
      }).text,
    ).toMatch(/\(your average in weeks 3 to 8 was 5 people, \d+% of the way\)\.$/);
    const by = scenario([team({ measure: 'max', from: 1, to: 9, by: true })]);
    expect(
      ended(by, (st) => {
        st.status = 'ended';
        st.reason = 'out-of-turns';
        st.tracks = [7, 9];
      }).text,
    ).toMatch(/\(your best by week 9 was 7 people, \d+% of the way\)\.$/);
  });

  it('says a switch objective is still undone, without a share of the way', () => {
    const sc = scenario([
      obj({
        label: 'Finish the move to asynchronous processing',
        metric: 'async',
        op: '>=',
        target: 1,
        required: true,
      }),
    ]);
    const { text } = ended(sc, (st) => {
      st.status = 'ended';
      st.reason = 'out-of-turns';
    });
    expect(text).toBe(
      'Time ran out after 12 weeks with a required objective unmet: \u201cFinish the move to asynchronous processing\u201d (you are still processing synchronously).',
    );
  });

  it('names the limit the board acted on, and the turn', () => {
    const sc = scenario([USERS]);
    const { text } = ended(sc, (st) => {
      st.status = 'lost';
      st.reason = 'board-ousted';
      st.turn = 7;
      st.stakeholders.board = 0.08;
    });
    expect(text).toBe(
      `The board replaced you in week 7: its confidence fell to 8%, below the ${Math.round(sc.params.stakeholders.ousterBelow * 100)}% at which this board acts.`,
    );
  });

  it('says what a win took', () => {
    const sc = scenario([USERS, BOARD]);
    const { text } = ended(sc, (st) => {
      st.status = 'won';
      st.reason = 'objectives-met';
      st.market.users = 120_000;
      st.stakeholders.board = 0.7;
    });
    expect(text).toBe('You met the required objective and 1 more by week 12.');
  });
});
