#!/usr/bin/env node
// The instructor command-line tool. Bundles src/cli/main.ts with esbuild on each start (about 0.1 s) so
// `npx tradeoffs` always matches the code in src/ and runs at bundled speed (twice tsx's on the engine).
import { runBundled } from '../scripts/bundle.mjs';

const { main } = await runBundled('src/cli/main.ts', 'cli');
process.exitCode = await main(process.argv.slice(2));
