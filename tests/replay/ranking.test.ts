/** The class's ranking: duplicates, ties, class charts and a CSV that spreadsheets cannot run as formulas. */
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  classStats,
  codeSource,
  csvCell,
  encodeRunCode,
  rankRuns,
  rankingCsv,
  sealRun,
  verifyRun,
  type Entry,
  type RunFile,
} from '../../src/replay/index.ts';
import { T0, botRun, competition, target } from './helpers.ts';

const c = competition();
const t = target(c);

function entries(runs: (RunFile | string)[]): Entry[] {
  return runs.map((r, i) => ({
    source: `code ${i + 1}`,
    result: verifyRun(typeof r === 'string' ? r : encodeRunCode(r), t),
  }));
}

/** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
  );
}

const ada = botRun(c, 'Ada', 'steady');
const grace = botRun(c, 'Grace', 'move-fast');
const alan = botRun(c, 'Alan', 'frugal');
const linus = botRun(c, 'Linus', 'random', { turns: 20 });

describe('rankRuns', () => {
  it('ranks by score, best first, and keeps rejected runs with their source', () => {
    const { ranked, rejected } = rankRuns(entries([ada, grace, 'garbage', alan, linus]));
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    expect(ranked).toHaveLength(4);
    expect(ranked[0]!.rank).toBe(1);
    expect(rejected).toEqual([expect.objectContaining({ kind: 'corrupt', source: 'code 3' })]);
  });

  it('gives tied scores the same rank, ordered by name', () => {
    const bob = botRun(c, 'bob', 'steady');
    const { ranked } = rankRuns(entries([bob, grace, ada]));
    const tied = ranked.filter((r) => r.score === ranked.find((x) => x.name === 'Ada')!.score);
    expect(tied.map((r) => r.name)).toEqual(['Ada', 'bob']);
    expect(new Set(tied.map((r) => r.rank)).size).toBe(1);
    const after = ranked.find((r) => r.score < tied[0]!.score);
    if (after) expect(after.rank).toBe(tied[0]!.rank + 2);
  });

  it('counts the same run pasted twice once', () => {
    const { ranked, rejected } = rankRuns(entries([ada, ada]));
    expect(ranked).toHaveLength(1);
    expect(rejected).toEqual([
      expect.objectContaining({
        kind: 'duplicate',
        name: 'Ada',
        source: 'code 2',
        reason: 'duplicate name: this exact run was already added',
      }),
    ]);
  });

  it('keeps one run per name (spacing and case aside): the one started first', () => {
    const second = botRun(c, ' ada ', 'move-fast', { startedAt: T0 + 3_600_000 });
    const first = { ...botRun(c, 'ADA', 'frugal', { startedAt: T0 - 60_000 }) };
    const { ranked, rejected } = rankRuns(entries([ada, second, first]));
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.name).toBe('ADA');
    expect(rejected.map((r) => [r.kind, r.source])).toEqual([
      ['duplicate', 'code 2'],
      ['duplicate', 'code 1'],
    ]);
    expect(rejected[0]!.reason).toMatch(/^duplicate name: .+ already has a run started earlier$/);
  });
});

describe('classStats', () => {
  it('bins scores by hundreds and compares the top and bottom half', () => {
    const { ranked } = rankRuns(entries([ada, grace, alan, linus, botRun(c, 'Edsger', 'random')]));
    const stats = classStats(ranked);
    expect(stats.bins).toHaveLength(10);
    expect(stats.bins.reduce((a, b) => a + b, 0)).toBe(5);
    expect(stats.top!.runs).toBe(2);
    expect(stats.bottom!.runs).toBe(2);
    expect(stats.top!.meanScore).toBeGreaterThanOrEqual(stats.bottom!.meanScore);
    const alloc = Object.values(stats.top!.allocation).reduce((a, b) => a + b, 0);
    expect(alloc).toBeCloseTo(100);
    expect(Object.values(stats.bottom!.release).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('has no halves with fewer than two runs', () => {
    expect(classStats(rankRuns(entries([ada])).ranked)).toMatchObject({ top: null, bottom: null });
  });
});

describe('CSV export', () => {
  it('escapes cells a spreadsheet would run as formulas, and quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(' =1')).toBe("' =1");
    expect(csvCell('Ada, Countess')).toBe('"Ada, Countess"');
    expect(csvCell('plain name')).toBe('plain name');
    expect(csvCell(42)).toBe('42');
  });

  it('lists the ranking, then the rejected runs with their reasons', () => {
    const evil = botRun(c, '=cmd|"/c calc"!A1', 'steady');
    const ranking = rankRuns(entries([ada, evil, 'TRUN2.broken']));
    const csv = rankingCsv(ranking);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(lines[1]).toMatch(/^1,(Ada|"'=cmd)/);
    expect(cells(lines[3]!).slice(-3)).toEqual([
      'code 3',
      expect.stringMatching(/^truncated or corrupt/),
      '',
    ]);
    for (const line of lines.slice(1, 3)) expect(line).toMatch(/,(elite|high|medium|low),/);
  });

  it('says how each run ended: a timed-out run shows that it finished on autopilot, not "playing"', () => {
    const tim = botRun(c, 'Tim', 'steady', { turns: 20 });
    const csv = rankingCsv(rankRuns(entries([ada, tim])));
    const rows = csv.trimEnd().split('\r\n').slice(1);
    const byName = Object.fromEntries(rows.map((r) => [r.split(',')[1], r]));
    expect(byName['Tim']).toMatch(/"time ran out after week 20, finished on autopilot \(.+\)"/);
    expect(csv).not.toMatch(/,playing,/);
    expect(byName['Ada']).toMatch(/,"?(won|ended|bankrupt|replaced|the team)/);
    expect(byName['Ada']).not.toMatch(/autopilot/);
  });

  it('has a source on every row, so a rejected code can be matched to what was pasted', () => {
    const broken = encodeRunCode(ada).slice(0, 300);
    const ranking = rankRuns([
      { source: codeSource(1, encodeRunCode(ada)), result: verifyRun(encodeRunCode(ada), t) },
      { source: codeSource(2, broken), result: verifyRun(broken, t) },
      { source: 'grace.json', result: verifyRun('{"format":"tradeoffs-run"', t) },
    ]);
    const lines = rankingCsv(ranking).trimEnd().split('\r\n');
    const col = CSV_COLUMNS.indexOf('source');
    expect(col).toBeGreaterThan(0);
    expect(cells(lines[1]!)[col]).toMatch(/^code 1 \(TRUN2\.[A-Za-z0-9_-]{6}\u2026[0-9a-f]{8}\)$/);
    expect(lines[2]).toContain(codeSource(2, broken));
    expect(lines[3]).toContain(',grace.json,');
    expect(codeSource(2, broken)).toBe(`code 2 (${broken.slice(0, 12)}\u2026${broken.slice(-8)})`);
    expect(codeSource(3, ` TRUN2.ab\ncd `)).toBe('code 3 (TRUN2.abcd)');
  });

  it('says which names are aliases, student ids or teams, and lists a team\u2019s members', () => {
    const falcon = sealRun({ ...botRun(c, 'Blue Falcon', 'frugal', { turns: 5 }), nameKind: 'alias' });
    const team = sealRun({
      ...botRun(c, 'The Optimists', 'steady', { turns: 5 }),
      members: ['Søren', 'Siobhán'],
    });
    const lines = rankingCsv(rankRuns(entries([ada, falcon, team])))
      .trimEnd()
      .split('\r\n');
    const kind = CSV_COLUMNS.indexOf('name_kind');
    const row = (name: string): string[] => cells(lines.find((l) => cells(l)[1] === name)!);
    expect(row('Blue Falcon')[kind]).toBe('alias');
    expect(row('The Optimists').slice(kind, kind + 2)).toEqual(['team', 'Søren; Siobhán']);
    expect(row('Ada').slice(kind, kind + 2)).toEqual(['', '']);
  });

  it('gives minutes as a plain number with one decimal, which spreadsheets read as a number', () => {
    const quick = botRun(c, 'Quick', 'steady', { secondsPerTurn: 23 }); // 52 turns: 19.93 minutes
    const lines = rankingCsv(rankRuns(entries([quick])))
      .trimEnd()
      .split('\r\n');
    const col = CSV_COLUMNS.indexOf('minutes_used');
    expect(col).toBeGreaterThan(0);
    expect(cells(lines[1]!)[col]).toBe('19.9');
    expect(CSV_COLUMNS).toEqual([
      'rank',
      'name',
      'name_kind',
      'team_members',
      'score',
      'architecture',
      'coordination',
      'debt',
      'risk',
      'stakeholders',
      'dora_cluster',
      'outcome',
      'turns_played',
      'autopilot_turns',
      'minutes_used',
      'time_factor',
      'source',
      'verdict',
      'flags',
    ]);
    // Extended time is a plain factor too (1 for none).
    expect(cells(lines[1]!)[CSV_COLUMNS.indexOf('time_factor')]).toBe('1');
  });
});
