import type { Locale } from '../engine/types';
import type { Report, ReportRow } from './model';
import { attentionLabel, label, partLabel, partStateLabel, reviewLabel, type LabelKey } from './strings';
import { PART_IDS } from './summary';

/**
 * The overview as CSV for a spreadsheet: a header, then one line per protocol in the order of
 * the overview. Comma-separated, CRLF line ends and quotes as RFC 4180; a UTF-8 byte order
 * mark so that Excel reads "ë" as it is; dates as YYYY-MM-DD.
 */

const BOM = '\ufeff';

type Cell = string | number | undefined;

interface Column {
  header: (locale: Locale) => string;
  value: (row: ReportRow, locale: Locale) => Cell;
}

const column = (key: LabelKey, value: Column['value']): Column => ({ header: (locale) => label(key, locale), value });
const yesNo = (value: boolean, locale: Locale): string => label(value ? 'yes' : 'no', locale);

const COLUMNS: readonly Column[] = [
  column('file', (row) => row.file),
  column('base', (row) => row.base),
  column('organisation', (row) => row.organisation),
  column('location', (row) => row.location),
  column('sector', (row) => row.sector),
  column('format', (row) => row.formatVersion),
  column('attention', (row, locale) => attentionLabel(row.attention, locale)),
  column('errors', (row) => row.errors),
  column('warnings', (row) => row.warnings),
  column('infos', (row) => row.infos),
  column('adopted', (row) => row.adopted),
  column('reviewBy', (row) => row.reviewBy),
  column('validFrom', (row) => row.validFrom),
  column('validUntil', (row) => row.validUntil),
  column('reviewDue', (row) => row.reviewDue),
  column('daysToReview', (row) => row.daysToReview),
  column('review', (row, locale) => reviewLabel(row.review, locale)),
  column('selfEmployed', (row, locale) => yesNo(row.selfEmployed, locale)),
  column('officerCount', (row) => row.officers.length),
  column('officers', (row) => row.officers.join('; ')),
  column('steps', (row) => row.steps.join(' ')),
  column('routes', (row) => row.routes.join('; ')),
  ...PART_IDS.map((part): Column => ({ header: (locale) => partLabel(part, locale), value: (row, locale) => partStateLabel(row.parts[part], locale) })),
  column('failingRules', (row) => row.failingRules.join('; ')),
];

export function renderOverviewCsv(report: Report, locale: Locale): string {
  const lines = [COLUMNS.map((col) => csvField(col.header(locale)))];
  for (const row of report.rows) lines.push(COLUMNS.map((col) => csvField(col.value(row, locale))));
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/**
 * One field. Text that a spreadsheet would take for a formula (=, +, -, @, a tab or carriage
 * return first) gets a leading apostrophe, so that a name in a protocol cannot run as one.
 */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
