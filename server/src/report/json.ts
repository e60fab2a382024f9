import type { Report } from './model';

/** The version of the JSON shape; raised when a field changes meaning or goes. */
export const OVERVIEW_JSON_VERSION = 1;

/** The overview as JSON: the report model as it is, keys in English, dates as YYYY-MM-DD. */
export function renderOverviewJson(report: Report): string {
  return `${JSON.stringify({ version: OVERVIEW_JSON_VERSION, ...report }, null, 2)}\n`;
}
