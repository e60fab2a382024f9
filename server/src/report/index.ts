/**
 * The overview for reviewers (`meldcode-lint report`, "Meldcode: Overzicht"): what each
 * protocol holds and how it fares, over many protocols. Pure: no files, no editor.
 */
export { summarizeProtocol, isCalendarDate, PART_IDS, type PartId, type ProtocolSummary } from './summary';
export {
  buildReport,
  buildRow,
  compareRows,
  daysBetween,
  REVIEW_WINDOW_DAYS,
  type Attention,
  type PartState,
  PART_RULES,
  type Report,
  type ReportFinding,
  type ReportInput,
  type ReportOptions,
  type ReportRow,
  type ReportTotals,
  type ReviewStatus,
  type RuleCount,
} from './model';
export { renderOverviewHtml, type OpenProtocolMessage, type OverviewHtmlOptions } from './html';
export { renderOverviewCsv, csvField } from './csv';
export { renderOverviewJson, OVERVIEW_JSON_VERSION } from './json';
export { renderRuleChartSvg, CHART_RULES } from './chart';

export const OVERVIEW_FORMATS = ['html', 'json', 'csv'] as const;
export type OverviewFormat = (typeof OVERVIEW_FORMATS)[number];
