/** The facilitator guide of a scenario: its teaching notes with outcome figures computed from the current rules. */
export {
  GUIDE_RUNS,
  GUIDE_SEED,
  guideConfig,
  outcomeFigures,
  type ObjectiveOutcome,
  type OutcomeFigures,
  type SearchFigures,
  type StrategyOutcome,
} from './figures.ts';
export { DOMAIN_NAME } from './sections.ts';
export { guideFileName, guideHtml, type GuideInput } from './html.ts';
