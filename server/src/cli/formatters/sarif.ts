import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl, type RuleMeta, type Severity } from '../../engine';
import { INFORMATION_URI } from '../version';
import { jsonTerminalSafe } from '../terminal-text';
import type { Formatter } from './types';

const SARIF_LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, as code-scanning services read it: every rule with its description and
 * documentation link, each result pointing at its rule by id and index, locations relative
 * to the working folder, columns counted in UTF-16 code units as the engine counts them.
 */
export const formatSarif: Formatter = (results, context) => {
  const { locale } = context;
  const rules: RuleMeta[] = [...context.rules];
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const ruleIndex = (ruleId: string, severity: Severity): number => {
    let index = indexOf.get(ruleId);
    if (index === undefined) {
      // A finding from outside the rule set (an internal error) still needs its rule entry.
      index = rules.length;
      rules.push({ id: ruleId, defaultSeverity: severity, description: { nl: ruleId, en: ruleId }, messages: {} });
      indexOf.set(ruleId, index);
    }
    return index;
  };

  const sarifResults = results.flatMap((result) =>
    result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex(finding.ruleId, finding.severity),
      level: SARIF_LEVELS[finding.severity],
      message: { text: finding.message[locale] },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(result.filePath, context.cwd),
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'meldcode-lint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description[locale] },
              fullDescription: { text: fullDescription(rule, locale) },
              helpUri: ruleDocUrl(rule.id),
              defaultConfiguration: { level: SARIF_LEVELS[rule.defaultSeverity] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: context.failures.length === 0,
            toolExecutionNotifications: context.failures.map((failure) => ({
              level: 'error',
              message: { text: failure.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(failure.filePath, context.cwd) } }],
            })),
          },
        ],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${jsonTerminalSafe(JSON.stringify(log, null, 2))}\n`;
};

function fullDescription(rule: RuleMeta, locale: 'nl' | 'en'): string {
  if (!rule.fixable) return rule.description[locale];
  return `${rule.description[locale]} ${locale === 'nl' ? '(Automatisch te corrigeren met --fix.)' : '(Fixable automatically with --fix.)'}`;
}

/** Relative to the working folder when inside it (percent-encoded per segment), else an absolute file URI. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}
