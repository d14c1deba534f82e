#!/usr/bin/env node
// The instructor command-line tool. Bundles src/cli/main.ts with esbuild on each start (about 0.1 s) so
// `npx tradeoffs` always matches the code in src/ and runs at bundled speed (twice tsx's on the engine).
import { bundle, runBundled } from '../scripts/bundle.mjs';

// `balance` runs its worker threads from a light bundle of their own, built beside the CLI's (cli.worker.mjs).
const [{ main }] = await Promise.all([
  runBundled('src/cli/main.ts', 'cli'),
  bundle('src/cli/balance-worker.ts', 'cli.worker'),
]);
// A closed pipe (`tradeoffs validate *.yaml | head -1`) ends the tool quietly, as it ends `yes | head -1`: no
// stack trace, exit code 141 (128 + SIGPIPE). Any other output error is still reported.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(141);
  });
}
process.exitCode = await main(process.argv.slice(2));
