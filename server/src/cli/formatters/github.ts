import { displayPath } from '../results';
import { terminalSafe } from '../terminal-text';
import type { Formatter } from './types';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: each finding becomes an annotation on the changed line. */
export const formatGithub: Formatter = (results, context) => {
  let output = '';
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd));
    for (const finding of result.findings) {
      const { start, end } = finding.range;
      const properties =
        `file=${file},line=${start.line + 1},col=${start.character + 1},` +
        `endLine=${end.line + 1},endColumn=${end.character + 1},title=${escapeProperty(finding.ruleId)}`;
      output += `::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message[context.locale])}\n`;
    }
  }
  return output;
};

/**
 * As GitHub's own toolkit (@actions/core) escapes a command's message; then the other control
 * characters, which the log would otherwise pass to the viewer (colours, links, titles).
 */
function escapeData(text: string): string {
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value additionally must not hold the separators ':' and ','. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
