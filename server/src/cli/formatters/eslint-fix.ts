import type { Finding, LocalizedText, TextEdit } from '../../engine';

/**
 * A fix as ESLint's JSON carries it: one replacement of `range` ([start, end) in UTF-16 units
 * of the file's text without a byte-order mark) by `text`. Another tool applies it as it
 * applies an ESLint fix.
 */
export interface EslintFix {
  range: [number, number];
  text: string;
}

export interface EslintSuggestion {
  desc: LocalizedText;
  fix: EslintFix;
}

/**
 * The edits of one fix as a single replacement, as ESLint merges a fix of several edits: from
 * the first start to the last end, the text between the edits kept. Undefined for no edits or
 * for edits that overlap (no single replacement says what they mean).
 */
export function toEslintFix(edits: readonly TextEdit[], text: string): EslintFix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
  const start = sorted[0]!.startOffset;
  let cursor = start;
  let replacement = '';
  for (const edit of sorted) {
    if (edit.startOffset < cursor) return undefined;
    replacement += text.slice(cursor, edit.startOffset) + edit.newText;
    cursor = edit.endOffset;
  }
  return { range: [start, cursor], text: replacement };
}

/** A finding's automatic fix and quick fixes in ESLint's shape, for the JSON report. */
export function eslintFixesOf(finding: Finding, text: string): { fix?: EslintFix; suggestions?: EslintSuggestion[] } {
  const fix = finding.fix ? toEslintFix(finding.fix.edits, text) : undefined;
  const suggestions = (finding.suggestions ?? []).flatMap((suggestion) => {
    const merged = toEslintFix(suggestion.edits, text);
    return merged ? [{ desc: suggestion.title, fix: merged }] : [];
  });
  return { ...(fix ? { fix } : {}), ...(suggestions.length > 0 ? { suggestions } : {}) };
}
