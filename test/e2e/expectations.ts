/**
 * What the checks expect to see, derived from the engine and the knowledge base the extension
 * is built from: the UI must show exactly what the engine finds, in the language of
 * `meldcode.locale`. Texts of the extension itself are written out in the checks, as the writer
 * reads them, so that a wrong translation fails.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText, type Finding, type Locale } from '../../server/src/engine';
import { hoverForKey } from '../../server/src/knowledge';

export type { Locale };

/** The languages of `meldcode.locale` the walk-through runs in, in this order. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** What the writer reads in each language: `{ nl: 'Toon problemen', en: 'Show problems' }`. */
export type InEachLocale<T = string> = Record<Locale, T>;

export const REPO = path.resolve(__dirname, '..', '..', '..');

export function sample(relative: string): string {
  return fs.readFileSync(path.join(REPO, 'samples', relative), 'utf8');
}

export function findings(text: string): Finding[] {
  return validateText(text);
}

/** How a finding reads in the Problems panel: the message, then "meldcode(rule-id)". */
export interface ExpectedProblem {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  severity: Finding['severity'];
}

export function expectedProblems(text: string, locale: Locale): ExpectedProblem[] {
  return findings(text).map((finding) => ({
    ruleId: finding.ruleId,
    message: finding.message[locale],
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    severity: finding.severity,
  }));
}

/** The hover of a key as plain text paragraphs (Markdown emphasis removed). */
export function expectedKeyHover(key: string, locale: Locale): string[] {
  const markdown = hoverForKey([key], locale);
  if (!markdown) throw new Error(`the knowledge base has no hover for ${key}`);
  return markdown
    .split(/\n\s*\n/)
    // As the hover shows it: a link as its text, Markdown's escapes undone.
    .map((paragraph) =>
      paragraph
        .replace(/\[((?:\\.|[^\]\\])*)\]\([^()\s]*\)/g, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
        .replace(/\*\*|__|`/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0);
}

/** Normalises text for comparison: collapsed white space, typographic quotes as plain ones. */
export function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
