import { countFindings } from '../results';
import { jsonTerminalSafe } from '../terminal-text';
import type { Formatter } from './types';

/**
 * ESLint's JSON shape, so tools that read ESLint output read ours: 1-based lines and
 * columns (the end column just past the last character), severity 2 for errors and 1
 * for everything else, and our own `level` for the difference between warning and info.
 * A finding's automatic fix is `fix: {range, text}` and its quick fixes are
 * `suggestions: [{desc, fix}]`, with ranges in offsets of the file's text, as ESLint has them.
 */
export const formatJson: Formatter = (results, context) => {
  const files = results.map((result) => {
    const counts = countFindings(result.findings);
    return {
      filePath: result.filePath,
      messages: result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity === 'error' ? 2 : 1,
        level: finding.severity,
        message: finding.message[context.locale],
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        ...(finding.fix ? { fix: finding.fix } : {}),
        ...(finding.suggestions ? { suggestions: finding.suggestions.map((suggestion) => ({ desc: suggestion.desc[context.locale], fix: suggestion.fix })) } : {}),
      })),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      infoCount: counts.infos,
      fixableErrorCount: counts.fixableErrors,
      fixableWarningCount: counts.fixableWarnings,
    };
  });
  return `${jsonTerminalSafe(JSON.stringify(files))}\n`;
};
