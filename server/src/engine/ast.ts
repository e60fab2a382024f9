import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';

/** The pair of a map whose key is the plain string `key`. */
export function getPair(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item;
  }
  return undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

/** The items of a sequence, or an empty list for anything else. */
export function seqItems(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** [start, end) offsets of a node's value, without trailing comments or blank lines. */
export function nodeOffsets(node: Node | Scalar): [number, number] | undefined {
  const range = node.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

const isBlank = (character: string | undefined): boolean => character === ' ' || character === '\t' || character === '\n' || character === '\r';

/**
 * [start, end) of where a scalar's value is written. For a block scalar (`|`, `>-` ...) that
 * is its content only: not the header with its indicators and comment, nor the line break
 * after it, nor the line breaks at its end (which the node's range takes in). An edit of this
 * range (a rename, a "replace with" fix) changes the value and leaves the block as it is:
 * replacing the whole range would join the value to the header and the next key
 * (`vervanger: bakker    functie: X`). Other scalars: the node's range.
 */
export function scalarValueOffsets(node: Scalar, text: string): [number, number] {
  const [start, end] = node.range ?? [0, 0];
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return [start, end];
  let headerEnd = start;
  while (headerEnd < end && text[headerEnd] !== '\n' && text[headerEnd] !== '\r') headerEnd++;
  let contentStart = headerEnd;
  while (contentStart < end && isBlank(text[contentStart])) contentStart++;
  let contentEnd = Math.min(end, text.length);
  while (contentEnd > contentStart && isBlank(text[contentEnd - 1])) contentEnd--;
  // An empty block: an empty range at the end of the header line.
  return contentStart < contentEnd ? [contentStart, contentEnd] : [headerEnd, headerEnd];
}

/**
 * [start, end) of a whole scalar as written, without the line breaks a block scalar's range
 * takes in at its end: what an edit replaces that changes the value's type (`stap: >-` with
 * `3` on the next line becomes `stap: 3`), keeping the next key on its own line.
 */
export function scalarSourceOffsets(node: Scalar, text: string): [number, number] {
  const [start, end] = node.range ?? [0, 0];
  if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') return [start, end];
  return [start, Math.max(scalarValueOffsets(node, text)[1], start)];
}

/** The text a scalar was written as: the source for plain scalars, else its string value. */
export function scalarText(node: Scalar): string {
  if (typeof node.source === 'string' && node.type === 'PLAIN') return node.source;
  const value = node.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}
