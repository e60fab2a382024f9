import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, SelectionRange } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';

/**
 * Expand selection by the protocol's structure: a value, then its key with the value, then
 * the item or section around it (an officer, a step, "stappen" as a whole), up to the
 * protocol. Comments and blank lines after a part are not selected with it.
 */
export function selectionRanges(document: ProtocolDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = document.positions.offsetAt(position);
    const spans = enclosingSpans(document, offset);
    let current: SelectionRange | undefined;
    for (const [start, end] of spans) {
      current = { range: document.positions.range(start, end), parent: current };
    }
    // Outside every part (a comment, a blank line): the cursor itself.
    return current ?? { range: { start: document.positions.positionAt(offset), end: document.positions.positionAt(offset) } };
  });
}

/** The spans around `offset`, outermost first, each strictly larger than the next. */
function enclosingSpans(document: ProtocolDocument, offset: number): Array<[number, number]> {
  const { text, yaml } = document;
  const spans: Array<[number, number]> = [];
  const add = (start: number, end: number): boolean => {
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1])) trimmed--;
    if (offset < start || offset > trimmed) return false;
    const last = spans[spans.length - 1];
    if (!last || last[0] !== start || last[1] !== trimmed) spans.push([start, trimmed]);
    return true;
  };
  let node: unknown = yaml?.contents;
  while (node) {
    const range = (node as Node).range;
    if (!range || !add(range[0], range[1])) break;
    node = child(node, offset, add);
  }
  return spans;
}

/** The child of a collection that holds `offset` (for a map: the pair first, then its key or value). */
function child(node: unknown, offset: number, add: (start: number, end: number) => boolean): unknown {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const start = key?.range?.[0] ?? value?.range?.[0];
      const end = value?.range?.[1] ?? key?.range?.[1];
      if (start === undefined || end === undefined || offset < start || offset > end) continue;
      if (!add(start, end)) return undefined;
      if (key?.range && offset >= key.range[0] && offset <= key.range[1] && isScalar(key)) return key;
      return value ?? undefined;
    }
    return undefined;
  }
  if (isSeq(node)) {
    return node.items.find((item) => {
      const range = (item as Node | null)?.range;
      return range != null && offset >= range[0] && offset <= range[1];
    });
  }
  return undefined;
}
