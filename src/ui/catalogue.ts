/**
 * The built-in scenarios, parsed and validated at build time (vite.config.ts turns scenarios/*.yaml into the
 * virtual module below with the same parser as the command line), so the game ships neither the YAML texts nor
 * the parser for them; and a chunk of their own, fetched when a screen or a saved game first needs them (the
 * title does not). Their strings are interned again here, as the parser does (src/lib/intern.ts says why).
 */
import type { LoadedScenario } from '../scenario/index.ts';
import { interned } from '../lib/intern.ts';
import { setCatalogue } from '../store/index.ts';

let loading: Promise<LoadedScenario[]> | null = null;

/** The built-in scenarios, loaded once and put in the store's catalogue. */
export function loadCatalogue(): Promise<LoadedScenario[]> {
  loading ??= import('virtual:tradeoffs-builtin-scenarios').then(({ default: builtIns }) => {
    const catalogue = builtIns.map((l) => ({ ...l, scenario: interned(l.scenario) }));
    setCatalogue(catalogue);
    return catalogue;
  });
  return loading;
}
