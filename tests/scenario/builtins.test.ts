/** The built-in scenarios: listed in scenarios/index.txt, each one loads cleanly under its own id. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseBuiltInIndex, type LoadedScenario } from '../../src/scenario/index.ts';
import { hashValue } from '../../src/lib/hash.ts';
import { interned } from '../../src/lib/intern.ts';
import { BUILT_IN_IDS, builtInCatalogueModule, loadBuiltIn, SCENARIOS_DIR } from '../../src/scenario/node.ts';

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

  it('travel to the browser as build-time data that is the same game, hash for hash', () => {
    const source = builtInCatalogueModule();
    const literal = /^export default JSON\.parse\((".*")\);\n$/s.exec(source);
    expect(literal, 'the module is one JSON.parse of a string literal').not.toBeNull();
    const shipped = JSON.parse(JSON.parse(literal![1]!) as string) as LoadedScenario[];
    expect(shipped.map((l) => l.scenario.id)).toEqual([...BUILT_IN_IDS]);
    for (const [i, id] of BUILT_IN_IDS.entries()) {
      const parsed = loadBuiltIn(id);
      if (!parsed.ok) expect.fail(parsed.problems.map(formatProblem).join('\n'));
      const copy = shipped[i]!;
      expect(copy).toEqual(parsed.loaded);
      expect(hashValue(interned(copy.scenario))).toBe(parsed.loaded.hash);
    }
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
