/**
 * The balance screen's form as data: the values its fields start with and how they become a balance config,
 * with the command line's defaults and limits (src/balance/config.ts), so the same settings give the same
 * report in the browser and in `npx tradeoffs balance`. Pure: no DOM.
 */
import type { BalanceConfig } from '../balance/index.ts';
import { defaultConfig, MAX_RUNS } from '../balance/index.ts';
import type { BotName } from '../bots/index.ts';
import { groupThousands } from '../lib/format.ts';

export interface BalanceFormValues {
  /** As typed in the fields. */
  runs: string;
  paired: string;
  seed: string;
  bots: BotName[];
}

const DEFAULTS = defaultConfig();

/** The fields as the screen opens: the command line's defaults (paired seeds: at most the seeds per bot). */
export const FORM_DEFAULTS: BalanceFormValues = {
  runs: String(DEFAULTS.runs),
  paired: String(DEFAULTS.variantRuns),
  seed: DEFAULTS.seed,
  bots: [...DEFAULTS.bots],
};

const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function readBalanceForm(v: BalanceFormValues): { config: BalanceConfig } | { error: string } {
  const runs = whole(v.runs);
  const paired = whole(v.paired);
  if (v.bots.length === 0) return { error: 'Choose at least one bot.' };
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    return { error: `Seeds per bot must be a whole number from 1 to ${groupThousands(MAX_RUNS)}.` };
  if (!Number.isInteger(paired) || paired > MAX_RUNS)
    return { error: 'Paired seeds must be a whole number, 0 or more.' };
  return { config: defaultConfig({ runs, bots: [...v.bots], seed: v.seed, variantRuns: paired }) };
}
