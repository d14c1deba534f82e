/**
 * Teaching notes in scenario files: loaded for the facilitator guide, checked (a class plan must add up to its
 * length, a question must name a domain) with the position of the mistake, and never part of the game: the
 * scenario's hash ignores them. Every built-in scenario has a complete kit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/engine/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { loadOk, MINIMAL, problemsOf } from './helpers.ts';

const KIT = `
teachingNotes:
  objectives: ['Say when debt is the right call.']
  timing:
    fifty:
      - { minutes: 10, activity: 'Brief' }
      - { minutes: 40, activity: 'Play and debrief' }
    ninety:
      - { minutes: 90, activity: 'Play twice and compare' }
  commonMistakes: ['Paying all debt down at once.']
  debriefPrompts: ['When did debt slow you?']
discussionQuestions:
  - { question: 'Why is debt cheap early?', domain: debt }
`;

describe('teaching notes', () => {
  it('load into the scenario metadata', () => {
    const { meta } = loadOk(MINIMAL + KIT);
    expect(meta.teachingNotes?.timing.fifty).toEqual([
      { minutes: 10, activity: 'Brief' },
      { minutes: 40, activity: 'Play and debrief' },
    ]);
    expect(meta.discussionQuestions).toEqual([{ question: 'Why is debt cheap early?', domain: 'debt' }]);
  });

  it('are not part of the game: rewording them keeps the hash (runs and saves stay valid)', () => {
    const plain = loadOk(MINIMAL).hash;
    expect(loadOk(MINIMAL + KIT).hash).toBe(plain);
    expect(loadOk(MINIMAL + KIT.replace('Brief', 'Introduce the game')).hash).toBe(plain);
  });

  it('a class plan that does not add up says so where it is', () => {
    const problems = problemsOf(MINIMAL + KIT.replace('minutes: 40', 'minutes: 35'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/50-minute plan add up to 45 minutes, not 50/);
    expect(problems[0]!.line).toBeGreaterThan(MINIMAL.split('\n').length);
  });

  it('a question without one of the five domains is refused', () => {
    const problems = problemsOf(MINIMAL + KIT.replace('domain: debt', 'domain: morale'));
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /architecture.*coordination.*debt.*risk.*stakeholders/,
    );
  });

  it("the authoring guide's example loads", () => {
    const guide = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');
    const section = guide.slice(guide.indexOf('## Teaching notes (for instructors)'));
    const example = section.split('```yaml\n')[1]!.split('```')[0]!;
    const { meta } = loadOk(MINIMAL + example);
    expect(meta.teachingNotes?.timing.ninety).toHaveLength(4);
    expect(meta.discussionQuestions.map((q) => q.domain)).toEqual(['debt', 'stakeholders']);
  });

  it('every built-in scenario has a full kit, with a question for each of the five domains', () => {
    for (const id of BUILT_IN_IDS) {
      const r = loadBuiltIn(id);
      if (!r.ok) throw new Error(id);
      const { teachingNotes, discussionQuestions } = r.loaded.meta;
      expect(teachingNotes, id).not.toBeNull();
      expect(teachingNotes!.objectives.length, id).toBeGreaterThanOrEqual(3);
      expect(teachingNotes!.commonMistakes.length, id).toBeGreaterThanOrEqual(4);
      expect(teachingNotes!.debriefPrompts.length, id).toBeGreaterThanOrEqual(4);
      expect(new Set(discussionQuestions.map((q) => q.domain)), id).toEqual(new Set(DOMAINS));
    }
  });
});
