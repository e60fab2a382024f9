import type { Severity } from '../engine/types';
import { PART_IDS, type PartId, type ProtocolSummary } from './summary';

/**
 * The overview for reviewers: one row per protocol, sorted by what needs attention, with totals
 * and the rules that fail most. Pure: the caller reads the files and says what day it is.
 */

/** A review due within this many days (or overdue) puts a protocol near the top. */
export const REVIEW_WINDOW_DAYS = 90;

/** What the overview needs of a finding. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  /** The finding stands for this many of its rule (see Finding.leftOut). */
  leftOut?: number;
}

export interface ReportInput {
  /** The protocol's path as the reader should see it (relative, forward slashes). */
  file: string;
  /** Undefined when the text could not be read as a protocol at all (binary, too large). */
  summary: ProtocolSummary | undefined;
  /** For a location protocol: its base, as the reader should see the path. */
  base?: string;
  findings: readonly ReportFinding[];
}

/**
 * `present`; `missing`: not there, and a rule reports that (an error or warning); `absent`: not
 * there, and no rule asks for it (not needed in the sector, or the rule is turned off).
 */
export type PartState = 'present' | 'missing' | 'absent';

/** The rules whose error or warning says that a part is missing. */
export const PART_RULES: Record<PartId, readonly string[]> = {
  stappen: ['step-missing'],
  afwegingskader: ['afwegingskader-missing'],
  kindcheck: ['kindcheck-missing'],
  'bijzondere-vormen': ['special-forms-missing'],
  beroepsgeheim: ['professional-secrecy-missing'],
  vastleggen: ['recording-missing'],
  scholing: ['training-missing'],
  routes: ['acute-route-missing', 'reporting-duty-missing'],
  'veilig-thuis': ['veilig-thuis-missing'],
};

/** Why a protocol stands where it does: errors first, then a review due soon, then the rest. */
export type Attention = 'errors' | 'review' | 'none';
/** `overdue`: the review date is today or past; `due`: within the review window; `later`; `unknown`: no date. */
export type ReviewStatus = 'overdue' | 'due' | 'later' | 'unknown';

export interface ReportRow {
  file: string;
  /** The base protocol a location builds on (its merged protocol is what the row shows). */
  base?: string;
  /** Other protocols of the report build on this one. */
  isBase: boolean;
  organisation?: string;
  location?: string;
  sector?: string;
  formatVersion?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** `vastgesteld` */
  adopted?: string;
  /** `herzien-voor` */
  reviewBy?: string;
  /** `geldig-van` */
  validFrom?: string;
  /** `geldig-tot` */
  validUntil?: string;
  /** The day the protocol must be reviewed by: the earlier of `herzien-voor` and `geldig-tot`. */
  reviewDue?: string;
  /** Days from today to `reviewDue`; negative when past. */
  daysToReview?: number;
  review: ReviewStatus;
  attention: Attention;
  selfEmployed: boolean;
  officers: string[];
  steps: number[];
  routes: string[];
  parts: Record<PartId, PartState>;
  /** The rules with an error or warning in this protocol, by id. */
  failingRules: string[];
}

export interface ReportTotals {
  protocols: number;
  withErrors: number;
  withWarnings: number;
  errors: number;
  warnings: number;
  infos: number;
  reviewsOverdue: number;
  /** Due within the window, not yet overdue. */
  reviewsDue: number;
  withoutReviewDate: number;
  /** Organisations (not one-person practices, not base protocols) that name no officer. */
  withoutOfficer: number;
  /** For each part, in how many protocols it is missing (and a rule asks for it). */
  partsMissing: Record<PartId, number>;
}

export interface RuleCount {
  ruleId: string;
  /** Protocols with at least one error or warning of the rule. */
  protocols: number;
  /** Its errors and warnings over all protocols. */
  findings: number;
}

export interface Report {
  /** YYYY-MM-DD */
  today: string;
  reviewWindowDays: number;
  rows: ReportRow[];
  totals: ReportTotals;
  /** Rules with errors or warnings, most protocols first. */
  rules: RuleCount[];
}

export interface ReportOptions {
  /** YYYY-MM-DD */
  today: string;
  reviewWindowDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ATTENTION_RANK: Record<Attention, number> = { errors: 0, review: 1, none: 2 };

export function buildReport(inputs: readonly ReportInput[], options: ReportOptions): Report {
  const window = options.reviewWindowDays ?? REVIEW_WINDOW_DAYS;
  // A protocol another one names as its base: its locations name the officers.
  const bases = new Set(inputs.flatMap((input) => (input.base === undefined ? [] : [input.base])));
  const rows = inputs.map((input) => buildRow(input, options.today, window, bases.has(input.file))).sort(compareRows);
  return { today: options.today, reviewWindowDays: window, rows, totals: totalsOf(rows), rules: ruleCounts(inputs) };
}

export function buildRow(input: ReportInput, today: string, window: number = REVIEW_WINDOW_DAYS, isBase = false): ReportRow {
  const summary = input.summary;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const failing = new Set<string>();
  for (const finding of input.findings) {
    const count = finding.leftOut ?? 1;
    if (finding.severity === 'info') {
      infos += count;
      continue;
    }
    if (finding.severity === 'error') errors += count;
    else warnings += count;
    failing.add(finding.ruleId);
  }
  const reviewDue = earliest(summary?.reviewBy, summary?.validUntil);
  const daysToReview = reviewDue === undefined ? undefined : daysBetween(today, reviewDue);
  const review: ReviewStatus = daysToReview === undefined ? 'unknown' : daysToReview <= 0 ? 'overdue' : daysToReview <= window ? 'due' : 'later';
  const attention: Attention = errors > 0 ? 'errors' : review === 'overdue' || review === 'due' ? 'review' : 'none';
  return {
    file: input.file,
    ...(input.base === undefined ? {} : { base: input.base }),
    isBase,
    ...pick(summary, ['organisation', 'location', 'sector', 'formatVersion', 'adopted', 'reviewBy', 'validFrom', 'validUntil']),
    errors,
    warnings,
    infos,
    ...(reviewDue === undefined ? {} : { reviewDue, daysToReview }),
    review,
    attention,
    selfEmployed: summary?.selfEmployed ?? false,
    officers: summary?.officers ?? [],
    steps: summary?.steps ?? [],
    routes: summary?.routes ?? [],
    parts: partStates(summary, failing),
    failingRules: [...failing].sort(compareText),
  };
}

/** Errors first (most errors first), then reviews by how soon they fall due, then the rest (most warnings first); ties by file. */
export function compareRows(a: ReportRow, b: ReportRow): number {
  return (
    ATTENTION_RANK[a.attention] - ATTENTION_RANK[b.attention] ||
    (a.attention === 'errors' ? b.errors - a.errors : 0) ||
    (a.attention === 'review' ? (a.daysToReview ?? 0) - (b.daysToReview ?? 0) : 0) ||
    b.warnings - a.warnings ||
    compareText(a.file, b.file)
  );
}

function totalsOf(rows: readonly ReportRow[]): ReportTotals {
  const partsMissing = Object.fromEntries(PART_IDS.map((part) => [part, 0])) as Record<PartId, number>;
  const totals: ReportTotals = {
    protocols: rows.length,
    withErrors: 0,
    withWarnings: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    reviewsOverdue: 0,
    reviewsDue: 0,
    withoutReviewDate: 0,
    withoutOfficer: 0,
    partsMissing,
  };
  for (const row of rows) {
    totals.errors += row.errors;
    totals.warnings += row.warnings;
    totals.infos += row.infos;
    if (row.errors > 0) totals.withErrors++;
    if (row.warnings > 0) totals.withWarnings++;
    if (row.review === 'overdue') totals.reviewsOverdue++;
    if (row.review === 'due') totals.reviewsDue++;
    if (row.review === 'unknown') totals.withoutReviewDate++;
    if (!row.selfEmployed && !row.isBase && row.officers.length === 0) totals.withoutOfficer++;
    for (const part of PART_IDS) if (row.parts[part] === 'missing') partsMissing[part]++;
  }
  return totals;
}

function ruleCounts(inputs: readonly ReportInput[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const input of inputs) {
    const seen = new Set<string>();
    for (const finding of input.findings) {
      if (finding.severity === 'info') continue;
      let count = counts.get(finding.ruleId);
      if (!count) {
        count = { ruleId: finding.ruleId, protocols: 0, findings: 0 };
        counts.set(finding.ruleId, count);
      }
      count.findings += finding.leftOut ?? 1;
      if (!seen.has(finding.ruleId)) {
        seen.add(finding.ruleId);
        count.protocols++;
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.protocols - a.protocols || b.findings - a.findings || compareText(a.ruleId, b.ruleId));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function earliest(...dates: Array<string | undefined>): string | undefined {
  const given = dates.filter((date): date is string => date !== undefined).sort(compareText);
  return given[0];
}

function partStates(summary: ProtocolSummary | undefined, failing: ReadonlySet<string>): Record<PartId, PartState> {
  const state = (part: PartId): PartState =>
    summary?.parts[part] ? 'present' : PART_RULES[part].some((ruleId) => failing.has(ruleId)) ? 'missing' : 'absent';
  return Object.fromEntries(PART_IDS.map((part) => [part, state(part)])) as Record<PartId, PartState>;
}

function pick<K extends keyof ProtocolSummary>(summary: ProtocolSummary | undefined, keys: readonly K[]): Partial<Pick<ProtocolSummary, K>> {
  const picked: Partial<Pick<ProtocolSummary, K>> = {};
  if (!summary) return picked;
  for (const key of keys) if (summary[key] !== undefined) picked[key] = summary[key];
  return picked;
}

/** Code-unit order, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
