/**
 * The balance screen's form as data: the values its fields start with and how they become a balance config and
 * a search config, with the command line's defaults and limits (src/balance/config.ts, src/search/config.ts),
 * so the same settings give the same report in the browser and in `npx tradeoffs balance`. Pure: no DOM.
 */
import type { BalanceConfig } from '../balance/index.ts';
import { defaultConfig, MAX_RUNS } from '../balance/index.ts';
import type { BotName } from '../bots/index.ts';
import { groupThousands } from '../lib/format.ts';
import type { SearchConfig } from '../search/index.ts';
import { DEFAULT_SEARCH, searchConfig } from '../search/index.ts';

export interface BalanceFormValues {
  /** As typed in the fields. */
  runs: string;
  paired: string;
  seed: string;
  bots: BotName[];
  /** The strategy search: on or off, and its budget. */
  search: boolean;
  generations: string;
  trainingSeeds: string;
  heldOutSeeds: string;
}

const DEFAULTS = defaultConfig();

/** The fields as the screen opens: the command line's defaults (paired seeds: at most the seeds per bot). */
export const FORM_DEFAULTS: BalanceFormValues = {
  runs: String(DEFAULTS.runs),
  paired: String(DEFAULTS.variantRuns),
  seed: DEFAULTS.seed,
  bots: [...DEFAULTS.bots],
  search: true,
  generations: String(DEFAULT_SEARCH.generations),
  trainingSeeds: String(DEFAULT_SEARCH.trainingSeeds),
  heldOutSeeds: String(DEFAULT_SEARCH.heldOutSeeds),
};

/** The search's limits, as `tradeoffs balance --search-…` checks them. */
export const SEARCH_LIMITS = {
  generations: { min: 0, max: 1000 },
  trainingSeeds: { min: 1, max: 1000 },
  heldOutSeeds: { min: 2, max: 100_000 },
} as const;

const SEARCH_LABELS = {
  generations: 'Generations',
  trainingSeeds: 'Training seeds',
  heldOutSeeds: 'Held-out seeds',
} as const;

function readSearch(v: BalanceFormValues, seed: string): { search: SearchConfig | null } | { error: string } {
  if (!v.search) return { search: null };
  const out: Partial<Record<keyof typeof SEARCH_LIMITS, number>> = {};
  for (const key of Object.keys(SEARCH_LIMITS) as (keyof typeof SEARCH_LIMITS)[]) {
    const n = whole(v[key]);
    const { min, max } = SEARCH_LIMITS[key];
    if (!Number.isInteger(n) || n < min || n > max)
      return { error: `${SEARCH_LABELS[key]} must be a whole number from ${min} to ${groupThousands(max)}.` };
    out[key] = n;
  }
  return { search: searchConfig(seed, out) };
}

const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function readBalanceForm(
  v: BalanceFormValues,
): { config: BalanceConfig; search: SearchConfig | null } | { error: string } {
  const runs = whole(v.runs);
  const paired = whole(v.paired);
  if (v.bots.length === 0) return { error: 'Choose at least one bot.' };
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    return { error: `Seeds per bot must be a whole number from 1 to ${groupThousands(MAX_RUNS)}.` };
  if (!Number.isInteger(paired) || paired > MAX_RUNS)
    return { error: 'Paired seeds must be a whole number, 0 or more.' };
  const config = defaultConfig({ runs, bots: [...v.bots], seed: v.seed, variantRuns: paired });
  const search = readSearch(v, config.seed);
  return 'error' in search ? search : { config, search: search.search };
}
