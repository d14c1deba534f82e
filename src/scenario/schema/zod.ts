/**
 * zod, as every schema module of the scenario loader imports it. In the built game zod is jitless: zod probes
 * whether eval works with a caught `new Function('')` when it builds its first object schema, and under the
 * game's CSP (no 'unsafe-eval', Trusted Types) the browser blocks that and reports a violation even though zod
 * swallows the error. Setting it here, in the one module every schema imports zod through, runs it before any
 * schema is built however the bundler splits the code into chunks (a setting made first thing in main.ts ran too
 * late once shared code moved into a chunk of its own). Validation is the same; only zod's compiled fast path
 * is skipped, which Node (the command line, tests) keeps: it validates a file with ten thousand problems in
 * about half the time.
 */
import { config, z } from 'zod';

/** Defined as true by the game's build (vite.config.ts `define`), where the page's CSP forbids eval. */
declare const __TRADEOFFS_NO_EVAL__: boolean | undefined;

config({ jitless: typeof __TRADEOFFS_NO_EVAL__ !== 'undefined' && __TRADEOFFS_NO_EVAL__ });

export { z };
