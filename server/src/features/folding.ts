import { isCollection, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';

/**
 * Folding: every key whose value spans more lines (sections, officers' fields, long
 * texts), every list item over more lines (an officer, a step), and runs of comment lines.
 */
export function foldingRanges(document: ProtocolDocument): FoldingRange[] {
  const { text, positions, yaml } = document;
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const lastLine = (start: number, end: number): number => {
    let last = end;
    while (last > start && /\s/.test(text[last - 1])) last--;
    return positions.positionAt(Math.max(start, last - 1)).line;
  };
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  const stack: unknown[] = yaml?.contents ? [yaml.contents] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range && (isCollection(value) || isScalar(value))) {
          add(positions.positionAt(key.range[0]).line, lastLine(value.range[0], value.range[1]));
        }
        if (value) stack.push(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const child = item as Node | null;
        if (isCollection(child) && child.range) {
          add(positions.positionAt(child.range[0]).line, lastLine(child.range[0], child.range[1]));
        }
        if (child) stack.push(child);
      }
    }
  }

  // Runs of whole-line comments.
  const COMMENT_LINE = /^[ \t]*#.*$/gm;
  let runStart = -1;
  let runEnd = -1;
  for (let match = COMMENT_LINE.exec(text); match; match = COMMENT_LINE.exec(text)) {
    const line = positions.positionAt(match.index).line;
    if (line === runEnd + 1 && runStart !== -1) {
      runEnd = line;
    } else {
      if (runStart !== -1) add(runStart, runEnd, FoldingRangeKind.Comment);
      runStart = line;
      runEnd = line;
    }
    if (match[0].length === 0) COMMENT_LINE.lastIndex++;
  }
  if (runStart !== -1) add(runStart, runEnd, FoldingRangeKind.Comment);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
