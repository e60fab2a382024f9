/**
 * The parts of the extension manifest that are derived from the engine and the knowledge base,
 * so that they cannot drift from them: the snippets file and the per-rule entries of the
 * `meldcode.rules` setting (with their descriptions in package.nls*.json).
 * `npm run generate` writes them (scripts/generate-contributions.js); a unit test checks that
 * the committed files equal what this module produces. Runs in plain Node: no `vscode` here.
 */
import { allRules } from '../../server/src/engine/rules';
import type { Severity } from '../../server/src/engine/types';
import {
  SECTORS,
  protocolSkeleton,
  REVIEW_PERIOD_YEARS,
  reviewDate,
  snippetYearsLater,
} from '../../server/src/knowledge';

export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  /** Only offered in a file's first line (the whole-protocol skeletons). */
  isFileTemplate?: boolean;
}

/**
 * The skeletons are generated with a fixed date and get snippet variables instead, so the file
 * does not change from day to day: `vastgesteld` becomes the day of insertion and `herzien-voor`
 * the same day REVIEW_PERIOD_YEARS later, as the "New protocol" command writes it.
 */
const GENERATED_ADOPTED = '2000-01-01';
const SNIPPET_ADOPTED = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const SNIPPET_REVIEW = `${snippetYearsLater(REVIEW_PERIOD_YEARS)}-$CURRENT_MONTH-$CURRENT_DATE`;

function lines(text: string): string[] {
  return text.replace(/\n+$/, '').split('\n');
}

/**
 * The snippets contributed for the `meldcode` language: a whole protocol per sector, for a new
 * file. VS Code offers a contributed snippet wherever the user types, so only these are
 * contributed; a step, an officer, a contact point, the afwegingskader and the sections come from
 * the language server, only where they fit and described in the user's language. A snippets file
 * cannot be localised, so these carry no description: VS Code shows their name ("Protocol
 * kinderopvang") instead of a text in two languages.
 */
export function buildSnippets(): Record<string, VsCodeSnippet> {
  const snippets: Record<string, VsCodeSnippet> = {};
  for (const sector of SECTORS) {
    const body = protocolSkeleton(sector.value, 'nl', { format: 'snippet', today: GENERATED_ADOPTED });
    if (!body) throw new Error(`no skeleton for sector ${sector.value}`);
    snippets[`Protocol ${sector.value}`] = {
      prefix: `meldcode-protocol-${sector.value}`,
      body: lines(withSnippetDates(body)),
      isFileTemplate: true,
    };
  }
  return snippets;
}

/** The generated skeletons carry a fixed date; in the snippet it becomes the day of insertion. */
function withSnippetDates(body: string): string {
  const tabStop = (date: string): RegExp => new RegExp(`\\$\\{(\\d+):${date}\\}`, 'g');
  // Replaced by a function: the variables hold "$" and "$1", which a replacement string would read.
  return body
    .replace(tabStop(GENERATED_ADOPTED), (_whole, n: string) => `\${${n}:${SNIPPET_ADOPTED}}`)
    .replace(tabStop(reviewDate(GENERATED_ADOPTED)), (_whole, n: string) => `\${${n}:${SNIPPET_REVIEW}}`);
}

export function snippetsFileText(): string {
  return `${JSON.stringify(buildSnippets(), null, 2)}\n`;
}

const SEVERITY_WORDS: Record<Severity, { nl: string; en: string }> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'informatie', en: 'information' },
};

export interface RuleSettingsContribution {
  /** JSON-schema properties of `meldcode.rules`, one per rule id. */
  properties: Record<string, { type: 'string'; enum: string[]; markdownDescription: string }>;
  nls: { en: Record<string, string>; nl: Record<string, string> };
}

export function buildRuleSettings(): RuleSettingsContribution {
  const properties: RuleSettingsContribution['properties'] = {};
  const en: Record<string, string> = {};
  const nl: Record<string, string> = {};
  for (const rule of allRules) {
    const { id, defaultSeverity, description } = rule.meta;
    const key = `config.rules.${id}`;
    properties[id] = { type: 'string', enum: ['off', 'info', 'warning', 'error'], markdownDescription: `%${key}%` };
    en[key] = `${description.en} Default: \`${defaultSeverity}\` (${SEVERITY_WORDS[defaultSeverity].en}).`;
    nl[key] = `${description.nl} Standaard: \`${defaultSeverity}\` (${SEVERITY_WORDS[defaultSeverity].nl}).`;
  }
  return { properties, nls: { en, nl } };
}
