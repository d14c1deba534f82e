/**
 * The tool's help says where to run it from: `npx tradeoffs` outside the game's folder asks the public registry
 * for a package of that name (a squatted name would run), so the help names the safe ways.
 */
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
