/** The built-in scenarios: listed in scenarios/index.txt, each one loads cleanly under its own id. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseBuiltInIndex } from '../../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn, SCENARIOS_DIR } from '../../src/scenario/node.ts';

describe('built-in scenarios', () => {
  it('are listed in scenarios/index.txt, starting with the tutorial', () => {
    expect(BUILT_IN_IDS[0]).toBe('tutorial');
    expect(BUILT_IN_IDS).toContain('solo-founder');
  });

  it.each(BUILT_IN_IDS.map((id) => [id]))('%s loads without problems, with the id of its file name', (id) => {
    const result = loadBuiltIn(id);
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    expect(result.loaded.scenario.id).toBe(id);
    expect(result.loaded.meta.summary.length).toBeGreaterThan(0);
  });

  it('demo day: the summary and the briefing count the same weeks as the game has turns', () => {
    const result = loadBuiltIn('demo-day');
    if (!result.ok) expect.fail(result.problems.map(formatProblem).join('\n'));
    const { scenario, meta } = result.loaded;
    expect(scenario.turns).toBe(10);
    expect(meta.turnLength).toBe('week');
    expect(meta.summary).toMatch(/^Ten weeks to a funding demo/);
    expect(meta.briefing).toMatch(/In ten weeks you stand\s+on a stage/);
    expect(meta.briefing).not.toMatch(/nine weeks/);
  });

  it('includes every scenario file in the folder', () => {
    const files = readdirSync(SCENARIOS_DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(files.map((f) => f.replace(/\.ya?ml$/, '')).filter((id) => !BUILT_IN_IDS.includes(id))).toEqual(
      [],
    );
  });

  it('refuses an id that is not listed, so no path outside the folder is ever read', () => {
    for (const id of ['../package', 'nope', '/etc/passwd']) {
      const result = loadBuiltIn(id);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]!.message).toMatch(/^no built-in scenario ".*" \(built-ins: .*solo-founder/);
    }
  });

  it('reads the index text: one id per line, comments and blank lines ignored', () => {
    expect(parseBuiltInIndex('# the list\nsolo-founder\n\n  demo-day  # short\r\nNot An Id\n')).toEqual([
      'solo-founder',
      'demo-day',
    ]);
  });
});
