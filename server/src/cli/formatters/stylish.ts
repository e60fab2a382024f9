import type { Locale } from '../../engine';
import { countNoun, LEVEL_LABELS } from '../messages';
import { displayPath, sumCounts, type FileResult } from '../results';
import { terminalSafe } from '../terminal-text';
import type { FormatContext, Formatter } from './types';

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  underline: '\u001b[4m',
  reset: '\u001b[0m',
} as const;

/** ESLint's "stylish": a block per file, one aligned line per finding, and a summary. */
export const formatStylish: Formatter = (results, context) => {
  const paint = (code: keyof typeof ANSI, text: string): string => (context.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const levelColour = { error: 'red', warning: 'yellow', info: 'cyan' } as const;
  const { locale } = context;
  let output = '';

  for (const result of results) {
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((finding) => ({
      line: String(finding.range.start.line + 1),
      column: String(finding.range.start.character + 1),
      level: LEVEL_LABELS[finding.severity][locale],
      colour: levelColour[finding.severity],
      // Messages quote the protocol's values, which may hold terminal escapes.
      message: terminalSafe(finding.message[locale]),
      ruleId: terminalSafe(finding.ruleId),
    }));
    const width = (pick: (row: (typeof rows)[number]) => string): number => Math.max(...rows.map((row) => pick(row).length));
    const lineWidth = width((row) => row.line);
    const columnWidth = width((row) => row.column);
    const levelWidth = width((row) => row.level);
    const messageWidth = width((row) => row.message);
    output += `${paint('underline', terminalSafe(displayPath(result.filePath, context.cwd)))}\n`;
    for (const row of rows) {
      const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
      output +=
        `  ${paint('dim', position)}  ${paint(row.colour, row.level.padEnd(levelWidth))}  ` +
        `${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}\n`;
    }
    output += '\n';
  }

  const counts = sumCounts(results);
  const hidden = hiddenNote(locale, context.hidden);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) {
    return `${paint('green', `✔ ${summaryClean(locale, results, hidden)}`)}\n`;
  }
  const symbol = counts.errors + counts.warnings > 0 ? '✖' : 'ℹ';
  const colour = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'cyan';
  const parts = [checkedFiles(locale, results), countNoun(locale, counts.errors, 'error')];
  // With --quiet only errors are shown; what was left out is said once, after them.
  if (context.hidden === undefined) parts.push(countNoun(locale, counts.warnings, 'warning'));
  if (counts.infos > 0) parts.push(countNoun(locale, counts.infos, 'info'));
  output += `${paint('bold', paint(colour, `${symbol} ${parts.join(', ')}${hidden === undefined ? '' : `; ${hidden}`}`))}\n`;
  if (counts.fixableErrors + counts.fixableWarnings > 0) {
    const fixable = `${countNoun(locale, counts.fixableErrors, 'error')} ${locale === 'nl' ? 'en' : 'and'} ${countNoun(locale, counts.fixableWarnings, 'warning')}`;
    const line =
      locale === 'nl'
        ? `  ${fixable} mogelijk automatisch op te lossen met de optie --fix.`
        : `  ${fixable} potentially fixable with the --fix option.`;
    output += `${paint('bold', paint(colour, line))}\n`;
  }
  return output;
};

function checkedFiles(locale: Locale, results: readonly FileResult[]): string {
  const files = countNoun(locale, results.length, 'file');
  return locale === 'nl' ? `${files} gecontroleerd` : `${files} checked`;
}

function summaryClean(locale: Locale, results: readonly FileResult[], hidden: string | undefined): string {
  const checked = checkedFiles(locale, results);
  if (locale === 'nl') return hidden === undefined ? `${checked}: geen problemen.` : `${checked}: geen fouten; ${hidden}.`;
  return hidden === undefined ? `${checked}: no problems.` : `${checked}: no errors; ${hidden}.`;
}

/** "3 waarschuwingen niet getoond (--quiet)"; undefined when --quiet left nothing out. */
function hiddenNote(locale: Locale, hidden: FormatContext['hidden']): string | undefined {
  if (hidden === undefined) return undefined;
  const parts: string[] = [];
  if (hidden.warnings > 0) parts.push(countNoun(locale, hidden.warnings, 'warning'));
  if (hidden.infos > 0) parts.push(countNoun(locale, hidden.infos, 'info'));
  if (parts.length === 0) return undefined;
  return locale === 'nl' ? `${parts.join(' en ')} niet getoond (--quiet)` : `${parts.join(' and ')} not shown (--quiet)`;
}
