/**
 * The architecture is enforced by lint (eslint.config.js): these snippets are linted in memory as if they lived
 * in a given folder, proving that a wrong arrow or an inexact Math call fails CI instead of a code review.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `code` as the file `filePath` (relative to the repo) and returns "rule: message" for each error. */
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.severity === 2)
    .map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('determinism contract in src/engine', () => {
  it('rejects Math.pow, pointing to the architecture notes', async () => {
    const found = await errors(
      'src/engine/growth.ts',
      'export const grow = (r: number): number => Math.pow(1 + r, 4);\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-properties: .*Math\.pow.*ARCHITECTURE\.md/);
  });

  it('rejects the ** operator and **=', async () => {
    const found = await errors(
      'src/engine/growth.ts',
      'export function grow(r: number): number {\n  let x = (1 + r) ** 4;\n  x **= 2;\n  return x;\n}\n',
    );
    expect(found).toHaveLength(2);
    expect(found.every((e) => e.startsWith('no-restricted-syntax: The **'))).toBe(true);
  });

  it('rejects Math.random, the clock and for...in', async () => {
    const found = await errors(
      'src/engine/noise.ts',
      'export function noise(o: object): number {\n  let n = Math.random() + Date.now();\n  for (const k in o) n += k.length;\n  return n;\n}\n',
    );
    expect(found.map((e) => e.split(':')[0])).toEqual([
      'no-restricted-properties',
      'no-restricted-globals',
      'no-restricted-syntax',
    ]);
  });

  it('applies the same ban to src/lib', async () => {
    const found = await errors(
      'src/lib/num.ts',
      'export const cube = (x: number): number => Math.cbrt(x);\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Math\.cbrt/);
  });

  it('accepts the exactly specified arithmetic the engine is built on', async () => {
    const found = await errors(
      'src/engine/growth.ts',
      'export function compound(x: number, r: number, n: number): number {\n' +
        '  let out = x;\n  for (let i = 0; i < n; i++) out *= 1 + r;\n' +
        '  return Math.max(0, Math.floor(Math.sqrt(out) + Math.imul(3, 5)));\n}\n',
    );
    expect(found).toEqual([]);
  });
});

describe('dependency direction', () => {
  it('rejects importing src/ui from src/engine', async () => {
    const found = await errors(
      'src/engine/step.ts',
      "import { paint } from '../ui/paint.ts';\nexport const p = paint;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*src\/engine may import only/);
  });

  it('rejects importing phaser in src/engine', async () => {
    const found = await errors(
      'src/engine/step.ts',
      "import Phaser from 'phaser';\nexport const p = Phaser;\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*Only src\/ui and src\/main\.ts may import Phaser/);
  });

  it('rejects the wrong arrow from a nested folder too', async () => {
    const found = await errors(
      'src/engine/systems/market.ts',
      "import { useStore } from '../../store/index.ts';\nimport { clamp } from '../../lib/num.ts';\nexport const x = [useStore, clamp];\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/store/);
  });

  it('rejects Node builtins in the pure layers but allows them in the CLI and the scenario file loader', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
    expect(await errors('src/bots/load.ts', code)).toHaveLength(1);
    expect(await errors('src/scenario/parse.ts', code)).toHaveLength(1);
    expect(await errors('src/scenario/node.ts', code)).toEqual([]);
    expect(await errors('src/cli/main.ts', code)).toEqual([]);
  });

  it('puts the strategy search above the balance report: search may use balance and bots, never the reverse', async () => {
    const up =
      "import { balanceReport } from '../balance/index.ts';\nimport { BOTS } from '../bots/index.ts';\nexport const x = [balanceReport, BOTS];\n";
    expect(await errors('src/search/run.ts', up)).toEqual([]);
    const down = "import { runSearch } from '../search/index.ts';\nexport const x = runSearch;\n";
    const found = await errors('src/balance/report.ts', down);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/src\/balance may import only/);
    expect(
      await errors(
        'src/search/families/plan.ts',
        "import { store } from '../../store/index.ts';\nexport const s = store;\n",
      ),
    ).toHaveLength(1);
    expect(await errors('src/ui/balance-pool.ts', down)).toEqual([]);
    expect(await errors('src/cli/search.ts', down)).toEqual([]);
  });

  it('keeps the CLI away from the store and the UI', async () => {
    const found = await errors(
      'src/cli/play.ts',
      "import { playBot } from '../bots/index.ts';\nimport { useStore } from '../store/index.ts';\nexport const x = [playBot, useStore];\n",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/src\/cli may import only/);
  });
});

describe('files outside src/', () => {
  it('the UI may bundle the built-in scenario files, but no layer imports tests, and the engine imports neither', async () => {
    const scenarios = "import order from '../../scenarios/index.txt?raw';\nexport const o = order;\n";
    expect(await errors('src/ui/catalogue.ts', scenarios)).toEqual([]);
    expect(await errors('src/engine/catalogue.ts', scenarios)).toHaveLength(1);
    const fixtures =
      "import { plainScenario } from '../../tests/fixtures/scenarios.ts';\nexport const p = plainScenario;\n";
    expect(await errors('src/ui/catalogue.ts', fixtures)).toHaveLength(1);
  });
});

describe('src/ui', () => {
  it('may use Math.pow, Phaser and the DOM', async () => {
    const found = await errors(
      'src/ui/scenes/growth-chart.ts',
      "import Phaser from 'phaser';\nimport { useStore } from '../../store/index.ts';\n" +
        'export const scale = (x: number): number => Math.pow(x, 0.5) * window.devicePixelRatio;\n' +
        'export const deps = [Phaser, useStore, document.title];\n',
    );
    expect(found).toEqual([]);
  });

  it('is the only place besides main.ts with DOM globals', async () => {
    const found = await errors(
      'src/store/index.ts',
      'export const width = (): number => window.innerWidth;\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-globals: .*DOM globals/);
  });
});
