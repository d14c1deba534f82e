/**
 * The strategy search, shared by the command line (Node worker threads) and the browser (Web Workers): a policy
 * space covering every lever a scenario offers, a search over it on training seeds, and the strongest strategy
 * found measured on held-out seeds against every bot, with probes, lever sensitivity and warnings for the
 * scenario's author; rendered as text or as sections of the balance report. Pure but for the runners' timers.
 */
export {
  DEFAULT_SEARCH,
  MAX_SEARCH_SECONDS,
  searchConfig,
  type SearchConfig,
  type SearchJob,
} from './config.ts';
export { COVERAGE, FAMILIES } from './families/index.ts';
export type { Extreme, Lever, LeverValue } from './lever.ts';
export { PROBES, withProbe, type Probe } from './probes.ts';
export { player, playSlice, type PlayerSpec, type Slice, type SliceResult } from './play.ts';
export type { SearchResult } from './result.ts';
export {
  inThreadRunner,
  messageSliceRunner,
  playBatch,
  SearchCancelled,
  searchWorkerHandler,
  slicesOf,
  type FromSearchWorker,
  type SliceRunner,
  type ToSearchWorker,
} from './run.ts';
export { runSearch, type SearchOptions, type SearchProgress } from './search.ts';
export type { Sensitivity, SensitivityRow } from './sensitivity.ts';
export {
  describePolicy,
  emptyGenome,
  getter,
  policyBot,
  policyExtremes,
  policySpace,
  settings,
  type Genome,
  type PolicySpace,
} from './space.ts';
export type { BestResult, BotResult, ProbeResult } from './verify.ts';
export { searchWarnings, type SearchWarning } from './warnings.ts';
export { formatSearch } from './text.ts';
export { searchDocument, searchSections, howFound } from './document.ts';
export { formatFull, fullDocument, fullHtml, type FullReport } from './report.ts';
export { simulationWorkerHandler, type FromSimulationWorker, type ToSimulationWorker } from './worker.ts';
