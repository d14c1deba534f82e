/**
 * What a strategy search reports, as plain data: the JSON of `tradeoffs search --json`, and what the text, HTML
 * and browser views render. Same seed and budget → same result, byte for byte. Types only.
 */
import type { BotName } from '../bots/index.ts';
import type { SearchConfig } from './config.ts';
import type { Sensitivity } from './sensitivity.ts';
import type { BestResult, BotResult, ProbeResult } from './verify.ts';
import type { SearchWarning } from './warnings.ts';

export const RESULT_VERSION = 1;

export interface SearchResult {
  version: number;
  scenario: { id: string; title: string; turns: number };
  seed: string;
  /** Games played in all (training, selection and held-out). */
  games: number;
  /** Policies scored on the training seeds. */
  policies: number;
  /** Generations played (the random first one included). */
  generations: number;
  /** Why the search ended: its generation count, its time budget, or the Stop button. */
  stopped: 'budget' | 'time' | 'user';
  /** Levers in the scenario's policy space. */
  levers: number;
  config: Omit<SearchConfig, 'seed'>;
  seeds: { training: number; selection: number; heldOut: number; sensitivity: number };
  /** The strongest strategy found, measured on the held-out seeds. */
  best: BestResult;
  /** Every bot on the same held-out seeds. */
  bots: BotResult[];
  /** The bot with the highest mean score there, random aside (what the best is compared with). */
  bestBot: BotName;
  probes: ProbeResult[];
  sensitivity: Sensitivity;
  warnings: SearchWarning[];
}
