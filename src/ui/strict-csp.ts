/**
 * Imported first by main.ts. zod (the scenario validator) probes whether eval works with a caught
 * `new Function('')` when it builds its first object schema; under the game's CSP (no 'unsafe-eval') the browser
 * blocks it and reports a `securitypolicyviolation` even though zod swallows the error. Jitless mode skips the
 * probe; validation is the same, only without zod's compiled fast path.
 */
import { config } from 'zod';

config({ jitless: true });
