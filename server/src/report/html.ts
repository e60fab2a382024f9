import type { Locale } from '../engine/types';
import { escapeXml } from '../render/escape';
import { EXPORT_CSP } from '../render/html-export';
import { htmlHeadLines } from '../render/html-head';
import { webviewContentSecurityPolicy } from '../render/webview-document';
import { renderRuleChartSvg } from './chart';
import type { PartState, Report, ReportRow, ReportTotals } from './model';
import { label, partLabel, partStateLabel, protocolCount, type LabelKey } from './strings';
import { PART_IDS } from './summary';

/**
 * The overview as one self-contained HTML page: inline CSS and SVG, nothing fetched, no script
 * needed to read it, printable on A4 (landscape; the table's header repeats on every page and
 * no row is split). The editor shows the same page with one nonce-bearing script that turns a
 * click on a row into a message; everything else stays forbidden by its policy.
 */

export interface OverviewHtmlOptions {
  locale: Locale;
  /** For the editor's webview: rows become clickable and post `{ type: 'open', file }`. */
  webview?: { cspSource: string; nonce: string };
}

/** A message from the overview webview: open the protocol of this row. */
export interface OpenProtocolMessage {
  type: 'open';
  /** The row's `file`, as the report gave it. */
  file: string;
}

export function renderOverviewHtml(report: Report, options: OverviewHtmlOptions): string {
  const { locale, webview } = options;
  const title = label('title', locale);
  const csp = webview ? escapeXml(webviewContentSecurityPolicy(webview.cspSource, webview.nonce)) : EXPORT_CSP;
  return [
    ...htmlHeadLines({ locale, csp, title, css: OVERVIEW_CSS, ...(webview ? { styleNonce: webview.nonce } : {}) }),
    `<body class="overview${webview ? ' interactive' : ''}">`,
    '<header>',
    `<h1>${escapeXml(title)}</h1>`,
    `<p class="as-of">${escapeXml(label('asOf', locale, { date: report.today, protocols: protocolCount(report.totals.protocols, locale) }))}</p>`,
    '</header>',
    totalsSection(report.totals, report.reviewWindowDays, locale),
    rulesSection(report, locale),
    protocolsSection(report, locale, webview !== undefined),
    `<footer>${escapeXml(label('generatedBy', locale))}</footer>`,
    ...(webview ? [`<script nonce="${escapeXml(webview.nonce)}">${ROW_CLICK_SCRIPT}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function totalsSection(totals: ReportTotals, window: number, locale: Locale): string {
  const facts: Array<[string, number, string]> = [
    [label('withErrors', locale), totals.withErrors, totals.withErrors > 0 ? 'bad' : ''],
    [label('errors', locale), totals.errors, totals.errors > 0 ? 'bad' : ''],
    [label('withWarnings', locale), totals.withWarnings, ''],
    [label('warnings', locale), totals.warnings, ''],
    [label('reviewsOverdue', locale), totals.reviewsOverdue, totals.reviewsOverdue > 0 ? 'bad' : ''],
    [label('reviewsDue', locale, { days: window }), totals.reviewsDue, totals.reviewsDue > 0 ? 'soon' : ''],
    [label('withoutReviewDate', locale), totals.withoutReviewDate, ''],
    [label('withoutOfficer', locale), totals.withoutOfficer, ''],
    ...PART_IDS.filter((part) => totals.partsMissing[part] > 0).map(
      (part): [string, number, string] => [label('partMissingIn', locale, { part: partLabel(part, locale) }), totals.partsMissing[part], ''],
    ),
  ];
  const items = facts.map(([name, value, tone]) => `<div class="fact${tone ? ` ${tone}` : ''}"><dt>${escapeXml(name)}</dt><dd>${value}</dd></div>`);
  return `<section class="totals"><h2>${escapeXml(label('totals', locale))}</h2><dl>${items.join('')}</dl></section>`;
}

function rulesSection(report: Report, locale: Locale): string {
  const heading = `<h2>${escapeXml(label('rulesTitle', locale))}</h2>`;
  if (report.rules.length === 0) return `<section class="rules">${heading}<p>${escapeXml(label('noFailingRules', locale))}</p></section>`;
  return [
    '<section class="rules">',
    heading,
    `<p class="lead">${escapeXml(label('rulesNote', locale))}</p>`,
    `<figure>${renderRuleChartSvg(report.rules, locale)}</figure>`,
    '</section>',
  ].join('\n');
}

const COLUMN_HEADERS: readonly LabelKey[] = ['protocol', 'sector', 'errors', 'warnings', 'adopted', 'review', 'officers', 'parts'];

function protocolsSection(report: Report, locale: Locale, clickable: boolean): string {
  const heading = `<h2>${escapeXml(label('protocolsTitle', locale))}</h2>`;
  if (report.rows.length === 0) return `<section class="protocols">${heading}<p>${escapeXml(label('noProtocols', locale))}</p></section>`;
  return [
    '<section class="protocols">',
    heading,
    `<p class="lead">${escapeXml(label('sortNote', locale, { days: report.reviewWindowDays }))}</p>`,
    '<table>',
    `<thead><tr>${COLUMN_HEADERS.map((key) => `<th scope="col">${escapeXml(label(key, locale))}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...report.rows.map((row) => protocolRow(row, locale, clickable)),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

function protocolRow(row: ReportRow, locale: Locale, clickable: boolean): string {
  const attributes = [`class="attention-${row.attention}"`, `data-file="${escapeXml(row.file)}"`];
  if (clickable) attributes.push('tabindex="0"', 'role="link"');
  const cells = [
    protocolCell(row, locale),
    `<td class="sector">${text(row.sector)}</td>`,
    `<td class="count${row.errors > 0 ? ' bad' : ''}">${row.errors}</td>`,
    `<td class="count">${row.warnings}</td>`,
    `<td class="date">${text(row.adopted ?? row.validFrom)}</td>`,
    reviewCell(row, locale),
    officersCell(row, locale),
    partsCell(row, locale),
  ];
  return `<tr ${attributes.join(' ')}>${cells.join('')}</tr>`;
}

function protocolCell(row: ReportRow, locale: Locale): string {
  const name = row.organisation === undefined ? `<span class="missing">${escapeXml(label('unnamed', locale))}</span>` : escapeXml(row.organisation);
  const location = row.location === undefined ? '' : `<div class="location">${escapeXml(row.location)}</div>`;
  const base = row.base === undefined ? '' : `<div class="base">${escapeXml(label('basedOn', locale, { file: row.base }))}</div>`;
  return `<td class="protocol"><div class="name">${name}</div>${location}<div class="file">${escapeXml(row.file)}</div>${base}</td>`;
}

function reviewCell(row: ReportRow, locale: Locale): string {
  if (row.reviewDue === undefined || row.daysToReview === undefined) {
    return `<td class="review unknown"><span class="missing">${escapeXml(label('none', locale))}</span></td>`;
  }
  const days = row.daysToReview;
  const when =
    days < 0
      ? label('overdueDays', locale, { days: -days })
      : days === 0
        ? label('overdueToday', locale)
        : days === 1
          ? label('dueInOneDay', locale)
          : label('dueInDays', locale, { days });
  return `<td class="review ${row.review}"><div class="date">${escapeXml(row.reviewDue)}</div><div class="when">${escapeXml(when)}</div></td>`;
}

function officersCell(row: ReportRow, locale: Locale): string {
  if (row.officers.length === 0) {
    const note = row.selfEmployed
      ? escapeXml(label('selfEmployedNote', locale))
      : row.isBase
        ? escapeXml(label('baseNote', locale))
        : `<span class="missing">${escapeXml(label('none', locale))}</span>`;
    return `<td class="officers">${note}</td>`;
  }
  return `<td class="officers"><div class="count">${row.officers.length}</div><div>${row.officers.map(escapeXml).join(', ')}</div></td>`;
}

const PART_MARKS: Record<PartState, string> = { present: '✓', missing: '✗', absent: '–' };

function partsCell(row: ReportRow, locale: Locale): string {
  const items = PART_IDS.map((part) => {
    const state = row.parts[part];
    let name = partLabel(part, locale);
    if (part === 'stappen' && state !== 'present') {
      name += ` (${row.steps.length === 0 ? label('noSteps', locale) : label('stepsOf', locale, { steps: row.steps.join(', ') })})`;
    }
    if (part === 'routes' && state === 'present' && row.routes.length > 0) name += ` (${row.routes.join(', ')})`;
    return `<li class="${state}" title="${escapeXml(partStateLabel(state, locale))}"><span class="mark">${PART_MARKS[state]}</span> ${escapeXml(name)}</li>`;
  });
  return `<td class="parts"><ul>${items.join('')}</ul></td>`;
}

function text(value: string | undefined): string {
  return value === undefined ? '' : escapeXml(value);
}

/** Click, Enter or Space on a row posts its file; the extension checks it against the report. */
const ROW_CLICK_SCRIPT = `
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  function open(target) {
    var row = target && target.closest ? target.closest('tr[data-file]') : null;
    if (row) vscode.postMessage({ type: 'open', file: row.getAttribute('data-file') });
  }
  document.addEventListener('click', function (event) { open(event.target); });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!event.target || !event.target.closest || !event.target.closest('tr[data-file]')) return;
    event.preventDefault();
    open(event.target);
  });
})();
`;

const OVERVIEW_CSS = `
@page { size: A4 landscape; margin: 12mm 10mm 14mm; }
* { box-sizing: border-box; }
html, body { background: #ffffff; color: #1b1f23; }
body { margin: 0 auto; max-width: 1400px; padding: 16px 20px 24px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 13px; line-height: 1.4; overflow-wrap: break-word; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 18px 0 6px; border-bottom: 2px solid #1f5f8b; padding-bottom: 2px; color: #1f5f8b; }
.as-of, .lead, footer { color: #57606a; margin: 0 0 8px; }
.totals dl { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
.fact { border: 1px solid #c5ccd3; border-radius: 4px; padding: 4px 10px; min-width: 150px; break-inside: avoid; }
.fact dt { font-size: 12px; color: #57606a; }
.fact dd { margin: 0; font-size: 20px; font-weight: 700; }
.fact.bad dd, td.count.bad, .missing, .review.overdue .when { color: #b3261e; }
.fact.soon dd, .review.due .when { color: #8a5300; }
figure { margin: 0; break-inside: avoid; }
.rule-chart { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
.rule-chart rect { fill: #1f5f8b; }
.rule-chart text { fill: #1b1f23; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 5px 6px; border-bottom: 1px solid #c5ccd3; overflow-wrap: anywhere; }
th { background: #eef2f5; font-weight: 600; }
th:nth-child(1) { width: 20%; } th:nth-child(2) { width: 9%; } th:nth-child(3), th:nth-child(4) { width: 7%; }
th:nth-child(5) { width: 9%; } th:nth-child(6) { width: 11%; } th:nth-child(7) { width: 15%; } th:nth-child(8) { width: 22%; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
tr.attention-errors td:first-child { border-left: 4px solid #b3261e; }
tr.attention-review td:first-child { border-left: 4px dashed #8a5300; }
tr.attention-none td:first-child { border-left: 4px solid transparent; }
.protocol .name { font-weight: 600; }
.protocol .base { color: #57606a; font-size: 11px; }
.protocol .file { color: #57606a; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; }
.officers .count { font-weight: 600; }
.parts ul { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 8px; }
.parts li { break-inside: avoid; }
.parts li.missing { color: #b3261e; font-weight: 600; }
.parts li.present { color: #1b1f23; }
.parts li.absent { color: #6e7781; }
.interactive tbody tr { cursor: pointer; }
.interactive tbody tr:hover, .interactive tbody tr:focus { background: #eef6fc; outline: 1px solid #1f5f8b; }
footer { margin-top: 16px; font-size: 11px; }
@media print {
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  h2 { break-after: avoid; }
  .fact { min-width: 38mm; }
  .protocol .file { font-size: 8pt; }
}
`;
