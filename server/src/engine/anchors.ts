import { isCollection, isScalar, type Node } from 'yaml';
import type { KeyedSection, ProtocolModel } from './model';
import type { Range } from './types';

/**
 * Where a finding about something missing points: the key that should hold it.
 * For a missing top-level section that is the document's first key.
 */
export function sectionAnchor(model: ProtocolModel, key: string): Range {
  return model.sections.get(key)?.keyRange ?? model.topRange;
}

/** A list item (officer, step ...) is pointed at by its first key. */
export function itemAnchor(fields: ReadonlyMap<string, KeyedSection>, itemRange: Range): Range {
  const first = fields.values().next().value as KeyedSection | undefined;
  return first ? first.keyRange : itemRange;
}

/** No value, an empty string, or an empty list or map. */
export function isEmptyValue(node: Node | null | undefined): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
  if (isCollection(node)) return node.items.length === 0;
  return false;
}

/** Whether a top-level section is present with some content. */
export function hasSection(model: ProtocolModel, key: string): boolean {
  const section = model.sections.get(key);
  return section !== undefined && !isEmptyValue(section.value);
}

/** A human label for a list item: its naam, else its id, else its position. */
export function itemLabel(naam: { text: string } | undefined, id: { text: string } | undefined, index: number): string {
  if (naam && naam.text.trim() !== '') return naam.text;
  if (id && id.text.trim() !== '') return id.text;
  return `#${index + 1}`;
}
