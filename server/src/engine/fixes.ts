import type { Finding, TextEdit } from './types';

export interface FixResult {
  text: string;
  applied: number;
}

/**
 * Applies the automatic fixes of the findings. A fix whose edits overlap an earlier
 * applied one is left out (run again to apply it), as ESLint does.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const fixes = findings
    .filter((finding) => finding.fix && finding.fix.edits.length > 0)
    .map((finding) => [...finding.fix!.edits].sort((a, b) => a.startOffset - b.startOffset))
    .sort((a, b) => a[0].startOffset - b[0].startOffset);
  const accepted: TextEdit[] = [];
  let applied = 0;
  let lastEnd = -1;
  for (const edits of fixes) {
    if (edits[0].startOffset < lastEnd) continue;
    accepted.push(...edits);
    lastEnd = Math.max(lastEnd, ...edits.map((edit) => edit.endOffset));
    applied++;
  }
  let result = '';
  let cursor = 0;
  for (const edit of accepted) {
    result += text.slice(cursor, edit.startOffset) + edit.newText;
    cursor = edit.endOffset;
  }
  return { text: result + text.slice(cursor), applied };
}
