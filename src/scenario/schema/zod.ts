/**
 * zod, as every schema module of the scenario loader imports it: jitless. zod probes whether eval works with a
 * caught `new Function('')` when it builds its first object schema; under the built game's CSP (no
 * 'unsafe-eval', Trusted Types) the browser blocks that and reports a violation even though zod swallows the
 * error. Setting jitless here, in the module every schema imports zod through, runs it before any schema is
 * built however the bundler splits the code into chunks (a setting made in main.ts ran too late once shared code
 * moved into a chunk of its own). Validation is the same; only zod's compiled fast path is skipped.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
