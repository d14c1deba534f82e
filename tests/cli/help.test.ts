/**
 * The tool's help says where to run it from: `npx tradeoffs` outside the game's folder asks the public registry
 * for a package of that name (a squatted name would run), so the help names the safe ways.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('tradeoffs --help', () => {
  it("says to run it from the game's folder, or with npm --prefix … exec --no", async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    const help = r.out.join(' ').replace(/\s+/g, ' ');
    expect(help).toContain("Run it from the game's folder");
    expect(help).toContain("npm --prefix <the game's folder> exec --no -- tradeoffs");
    expect(help).toMatch(
      /outside the game's folder, npx would download a package named tradeoffs from the registry/,
    );
  });
});

describe('npm run tradeoffs', () => {
  it('runs the tool, as the README and the guide say (it printed nothing)', () => {
    const r = spawnSync('npm', ['run', '-s', 'tradeoffs', '--', 'validate', 'scenarios/tutorial.yaml'], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    expect(r.stdout.trim()).toBe('OK scenarios/tutorial.yaml');
    expect(r.status).toBe(0);
  });
});
