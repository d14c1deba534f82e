/**
 * Who plays a run: an alias or a student id instead of the full name, or a team with its members. The fields
 * were added to run format 2 without changing what a run without them is: a code made before them still
 * verifies, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  asPlayerExtras,
  buildRun,
  decodeCompetition,
  decodeRun,
  encodeRunCode,
  encodeRunFile,
  membersOf,
  membersProblem,
  sealRun,
  verifyRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { BOTS, playBot } from '../../src/bots/index.ts';
import { T0, botRun, builtIn, competition, refs, target } from './helpers.ts';

const c = competition();
const t = target(c);

function withPlayer(run: RunFile, extras: Partial<RunFile>): RunFile {
  return sealRun({ ...run, ...extras });
}

describe('runs made before teams and aliases', () => {
  it('still decode, and are judged by the rules they were played under: a code written by the previous version', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../fixtures/runs/format2-before-teams.json', import.meta.url), 'utf8'),
    ) as { link: string; code: string; score: number };
    const comp = decodeCompetition(fixture.link, refs());
    if (!comp.ok) throw new Error(comp.message);
    // Its tutorial was retuned since (Rules 2): the run is checked against today's, and refused for its rules first.
    const scenario = builtIn(comp.competition.scenario.id).scenario;
    const r = verifyRun(fixture.code, { competition: comp.competition, scenario });
    // It was played under Rules 1: read, named and refused in words (never re-simulated by other rules).
    expect(r.ok ? 'accepted' : [r.kind, r.name]).toEqual(['engine-version', 'Ada Lovelace']);
    expect(!r.ok && r.reason).toMatch(/rules/i);
    const decoded = decodeRun(fixture.code);
    expect(decoded.ok && 'members' in decoded.run).toBe(false);
    // Re-encoding the decoded run gives the very same code: nothing was added to it.
    expect(decoded.ok && encodeRunCode(decoded.run)).toBe(fixture.code);
  });

  it('a run without a name kind or members is written without those fields', () => {
    const text = encodeRunFile(botRun(c, 'Ada', 'steady', { turns: 3 }));
    expect(text).not.toMatch(/nameKind|members/);
  });
});

describe('aliases, student ids and teams', () => {
  const base = botRun(c, 'Blue Falcon', 'steady', { turns: 6 });

  it('an alias run keeps its kind through code and file, and verifies', () => {
    const run = withPlayer(base, { nameKind: 'alias' });
    for (const text of [encodeRunCode(run), encodeRunFile(run)]) {
      const r = verifyRun(text, t);
      expect(r.ok && [r.name, r.run.nameKind]).toEqual(['Blue Falcon', 'alias']);
    }
  });

  it('a team run carries its members in order, and changing one is caught by the checksum', () => {
    const loaded = t.scenario;
    const played = playBot(loaded, c.seed, BOTS.frugal, { turns: 5 });
    const run = buildRun({
      name: 'The Optimists',
      members: ['Søren Øyelaran', 'Siobhán O\u2019Brien', 'Łukasz Wójcik'],
      competition: c,
      scenario: loaded,
      startedAt: T0,
      log: played.log,
      times: played.log.map((_, i) => T0 + (i + 1) * 30_000),
      state: played.state,
    });
    const r = verifyRun(encodeRunCode(run), t);
    expect(r.ok && r.run.members).toEqual(['Søren Øyelaran', 'Siobhán O\u2019Brien', 'Łukasz Wójcik']);
    const edited = JSON.parse(encodeRunFile(run)) as RunFile;
    edited.members = ['Søren Øyelaran', 'Siobhán O\u2019Brien', 'Mallory'];
    const refused = verifyRun(JSON.stringify(edited), t);
    expect(refused.ok || refused.reason).toMatch(/^checksum mismatch/);
  });

  it('a run with unreadable player fields is rejected as corrupt, with the others verified', () => {
    const bad = [
      { nameKind: 'nickname' },
      { members: ['Ada'] },
      { members: ['Ada', 'ada'] },
      { members: ['Ada', 'Grace\u202e'] },
      { nameKind: 'alias', members: ['Ada', 'Grace'] },
    ];
    for (const extras of bad) {
      const r = verifyRun(encodeRunFile(withPlayer(base, extras as Partial<RunFile>)), t);
      expect(r.ok || r.reason, JSON.stringify(extras)).toMatch(/^truncated or corrupt/);
    }
  });
});

describe('team members as typed', () => {
  it('one per line, or separated by commas or semicolons, cleaned', () => {
    expect(membersOf(' Ada  Lovelace\nGrace Hopper, Linus;\n\n')).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Linus',
    ]);
  });

  it('says what is wrong with a list', () => {
    expect(membersProblem(['Ada'])).toMatch(/at least 2/);
    expect(membersProblem(Array.from({ length: 9 }, (_, i) => `P${i}`))).toMatch(/at most 8/);
    expect(membersProblem(['Ada Lovelace', 'ada  lovelace'.replace('  ', ' ')])).toMatch(/listed twice/);
    expect(membersProblem(['Ada', 'Grace'])).toBeNull();
    expect(asPlayerExtras({ members: ['Ada', 'Grace'] })).toEqual({ members: ['Ada', 'Grace'] });
    expect(asPlayerExtras({})).toEqual({});
  });
});
