import * as path from 'node:path';
import type { Finding, LocalizedText, Range, Severity, SeveritySetting } from '../engine';
import { eslintFixesOf, type EslintFix, type EslintSuggestion } from './formatters/eslint-fix';
import type { ProtocolSummary } from '../report/summary';

/** A finding as the formatters need it: plain data, so it crosses worker threads cheaply. */
export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  range: Range;
  docUrl: string;
  fixable: boolean;
  /** The finding stands for this many findings of its rule that were left out (see Finding.leftOut). */
  leftOut?: number;
  /** The automatic fix, in offsets of the file's text (for the JSON report). */
  fix?: EslintFix;
  /** The quick fixes, likewise. */
  suggestions?: EslintSuggestion[];
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  findings: ReportedFinding[];
  /** Fixes applied and written by --fix. */
  fixesApplied: number;
  /** For a location protocol: the real path of the base it was checked with. */
  basePath?: string;
  /** What the overview shows of the protocol (LintTask.summarize). */
  summary?: ProtocolSummary;
}

/** What went wrong reading or writing one file; the run goes on and ends with exit code 2. */
export interface FileFailure {
  filePath: string;
  kind: 'unreadable' | 'vanished' | 'not-written' | 'crashed';
  /** The errno code, or the error's message. */
  code: string;
  error: { code?: string; message: string };
}

export interface LintTask {
  filePath: string;
  rules: Array<[string, SeveritySetting]>;
  maxFileSize?: number;
  fix: boolean;
  /** With --fix --quiet only the fixes of errors are applied, as ESLint does. */
  fixErrorsOnly: boolean;
  /**
   * With --fix: the real paths of the folders named on the command line (and of the folders
   * of the files named there). A fix is written only to a file inside one of them.
   */
  fixRoots?: string[];
  /** The file was named on the command line (not found in a folder). */
  named?: boolean;
  /** Also read what the overview shows of the protocol (`meldcode-lint report`; not with fix). */
  summarize?: boolean;
  /** The day to check as of (YYYY-MM-DD); today when absent. */
  today?: string;
}

export type LintOutcome =
  | { kind: 'result'; result: FileResult; failure?: FileFailure }
  | { kind: 'failure'; failure: FileFailure };

/** A finding of the file whose text is `text`. */
export function toReported(finding: Finding, text: string): ReportedFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: finding.range,
    docUrl: finding.docUrl,
    fixable: finding.fix !== undefined && finding.fix.edits.length > 0,
    ...(finding.leftOut !== undefined ? { leftOut: finding.leftOut } : {}),
    ...eslintFixesOf(finding, text),
  };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function countFindings(findings: readonly ReportedFinding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const finding of findings) {
    // The finding that says how many of its rule were left out counts as those findings.
    const count = finding.leftOut ?? 1;
    if (finding.severity === 'error') {
      counts.errors += count;
      if (finding.fixable) counts.fixableErrors++;
    } else if (finding.severity === 'warning') {
      counts.warnings += count;
      if (finding.fixable) counts.fixableWarnings++;
    } else {
      counts.infos += count;
    }
  }
  return counts;
}

export function sumCounts(results: readonly FileResult[]): Counts {
  const total: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    const counts = countFindings(result.findings);
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.infos += counts.infos;
    total.fixableErrors += counts.fixableErrors;
    total.fixableWarnings += counts.fixableWarnings;
  }
  return total;
}

/** A path as the user reads it: relative to the working folder when inside it, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/** Code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
