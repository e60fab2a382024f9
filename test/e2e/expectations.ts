/**
 * What the checks expect to see, derived from the engine and the knowledge base the extension
 * is built from: the UI must show exactly what the engine finds, in Dutch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateText, type Finding } from '../../server/src/engine';
import { hoverForKey } from '../../server/src/knowledge';

export const REPO = path.resolve(__dirname, '..', '..', '..');

export function sample(relative: string): string {
  return fs.readFileSync(path.join(REPO, 'samples', relative), 'utf8');
}

export function findings(text: string): Finding[] {
  return validateText(text);
}

/** How a finding reads in the Problems panel: the Dutch message, then "meldcode(rule-id)". */
export interface ExpectedProblem {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  severity: Finding['severity'];
}

export function expectedProblems(text: string): ExpectedProblem[] {
  return findings(text).map((finding) => ({
    ruleId: finding.ruleId,
    message: finding.message.nl,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    severity: finding.severity,
  }));
}

/** The hover of a key as plain text paragraphs (Markdown emphasis removed). */
export function expectedKeyHover(key: string): string[] {
  const markdown = hoverForKey([key], 'nl');
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
