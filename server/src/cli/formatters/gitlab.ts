import { createHash } from 'node:crypto';
import { displayPath } from '../results';
import { jsonTerminalSafe } from '../terminal-text';
import type { Formatter } from './types';

const SEVERITIES = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab's Code Quality report (artifacts:reports:codequality): each finding is shown in the
 * merge request, beside the changed line. The fingerprint names the file, rule, message and
 * how many times that same finding came before in the file, not the line number, so a
 * finding that only moved is not shown as fixed and new again.
 */
export const formatGitlab: Formatter = (results, context) => {
  const issues = [];
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const finding of result.findings) {
      const key = `${file}\0${finding.ruleId}\0${finding.message.en}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      issues.push({
        description: finding.message[context.locale],
        check_name: finding.ruleId,
        fingerprint: createHash('md5').update(`${key}\0${occurrence}`).digest('hex'),
        severity: SEVERITIES[finding.severity],
        location: { path: file, lines: { begin: finding.range.start.line + 1, end: finding.range.end.line + 1 } },
      });
    }
  }
  return `${jsonTerminalSafe(JSON.stringify(issues, null, 2))}\n`;
};
