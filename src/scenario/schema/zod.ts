/**
 * zod as every schema module of the scenario layer imports it, in jitless mode, set here before any schema is
 * built. zod probes whether eval works with a caught `new Function('')` when it builds its first object schema;
 * under the game's Content-Security-Policy (no 'unsafe-eval': nothing may need eval) the browser blocks it and
 * reports a `securitypolicyviolation` even though zod swallows the error. Jitless mode skips the probe;
 * validation is the same, only without zod's compiled fast path. Set here rather than at the game's boot so that
 * zod and the parser stay out of the title screen's download until a scenario file is parsed.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
