/**
 * Monte Carlo balance reports, shared by the CLI (Node worker threads) and the browser (Web Workers):
 * play thousands of games per bot on shared seeds, stream them into mergeable aggregates, and read the result
 * as a report with warnings for the scenario's author; render it as text, HTML or chart shapes. Pure.
 */
export {
  CHUNK_SIZE,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_VARIANT_RUNS,
  MAX_RUNS,
  chunkCount,
  defaultConfig,
  seedOf,
  totalGames,
  type BalanceConfig,
  type BalanceJob,
} from './config.ts';
export {
  countNumbers,
  emptyAggregate,
  OUTCOME_REASONS,
  mergeInto,
  shapeOf,
  type Aggregate,
  type BotAggregate,
} from './aggregate.ts';
export { clampScore, simulateChunk } from './simulate.ts';
export {
  BalanceCancelled,
  inProcessRunner,
  messageRunner,
  runBalance,
  simulateAll,
  workerHandler,
  type ChunkRunner,
  type FromWorker,
  type Progress,
  type RunOptions,
  type ToWorker,
} from './run.ts';
export {
  buildReport,
  HISTOGRAM_BIN,
  REPORT_VERSION,
  type BalanceReport,
  type BotReport,
  type DecisionReport,
  type EventReport,
  type ObjectiveReport,
} from './report.ts';
export type { BalanceWarning, ReportWarning } from './warnings.ts';
export { BASE_BOT, DECISION_VARIANTS, type DecisionVariant } from './variants.ts';
export { histogramQuantile, varianceShares, pairedInterval, round, type VarianceShares } from './stats.ts';
export { formatReport, formatWarnings, textTable, wrapText } from './text.ts';
export { balanceCommand, renderDocumentHtml, renderHtml, escapeHtml } from './html.ts';
export {
  reportDocument,
  prose,
  warningHeading,
  type Block,
  type Cell,
  type Inline,
  type ReportDocument,
  type Section,
} from './document.ts';
export { reportCharts, type ChartSet, type SvgNode } from './charts.ts';
export { num, OUTCOME_LABELS, pct, plural, signed } from './format.ts';

import type { BalanceConfig } from './config.ts';
import type { Scenario } from '../engine/index.ts';
import { buildReport, type BalanceReport } from './report.ts';
import { simulateAll } from './run.ts';

/** Plays and reports a whole job in this thread (tests and small runs). */
export function balanceReport(scenario: Scenario, config: BalanceConfig): BalanceReport {
  return buildReport(scenario, config, simulateAll({ scenario, config }));
}
