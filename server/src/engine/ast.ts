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

/** The text a scalar was written as: the source for plain scalars, else its string value. */
export function scalarText(node: Scalar): string {
  if (typeof node.source === 'string' && node.type === 'PLAIN') return node.source;
  const value = node.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}
