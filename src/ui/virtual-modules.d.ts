/** Modules that Vite plugins make at build time (vite.config.ts). */
declare module 'virtual:tradeoffs-builtin-scenarios' {
  import type { LoadedScenario } from '../scenario/index.ts';
  /** The built-in scenarios in scenarios/index.txt order, parsed and resolved. */
  const builtIns: LoadedScenario[];
  export default builtIns;
}
