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

  let commentStart = -1;
  for (let line = 0; line <= positions.lineCount; line++) {
    const isComment = line < positions.lineCount && /^\s*#/.test(positions.lineText(line));
    if (isComment && commentStart === -1) commentStart = line;
    if (!isComment && commentStart !== -1) {
      add(commentStart, line - 1, FoldingRangeKind.Comment);
      commentStart = -1;
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
