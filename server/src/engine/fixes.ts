import type { Finding, TextEdit } from './types';

export interface FixResult {
  text: string;
  applied: number;
}

/**
 * The edits of the automatic fixes of the findings, in text order. A fix whose edits overlap
 * an earlier accepted one is left out (run again to apply it), as ESLint does.
 */
export function acceptedFixEdits(findings: readonly Finding[]): { edits: TextEdit[]; applied: number } {
  const fixes = findings
    .filter((finding) => finding.fix && finding.fix.edits.length > 0)
    .map((finding) => [...finding.fix!.edits].sort((a, b) => a.startOffset - b.startOffset))
    .sort((a, b) => a[0].startOffset - b[0].startOffset);
  const edits: TextEdit[] = [];
  let applied = 0;
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix[0].startOffset < lastEnd) continue;
    edits.push(...fix);
    lastEnd = Math.max(lastEnd, ...fix.map((edit) => edit.endOffset));
    applied++;
  }
  return { edits, applied };
}

/** Applies the automatic fixes of the findings that do not overlap (see acceptedFixEdits). */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const { edits, applied } = acceptedFixEdits(findings);
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.startOffset) + edit.newText;
    cursor = edit.endOffset;
  }
  return { text: result + text.slice(cursor), applied };
}
