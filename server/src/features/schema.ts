import type { Locale } from '../engine/types';
import schemaJson from '../../../schemas/meldcode-protocol.schema.json';
import { ITEM, type PathSegment } from './cursor';

/** The parts of a JSON Schema node that completion and hover read. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  'x-title-en'?: string;
  description?: string;
  'x-description-en'?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
}

const ROOT = schemaJson as unknown as SchemaNode;

function resolve(node: SchemaNode | undefined, depth = 0): SchemaNode | undefined {
  if (!node || depth > 20) return node;
  if (node.$ref && node.$ref.startsWith('#/')) {
    let target: unknown = ROOT;
    for (const part of node.$ref.slice(2).split('/')) {
      target = target && typeof target === 'object' ? (target as Record<string, unknown>)[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))] : undefined;
    }
    return resolve(target as SchemaNode | undefined, depth + 1);
  }
  return node;
}

/** The alternatives a node allows (oneOf/anyOf/allOf flattened), each resolved. */
function alternatives(node: SchemaNode | undefined): SchemaNode[] {
  const resolved = resolve(node);
  if (!resolved) return [];
  const nested = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])];
  return [resolved, ...nested.flatMap((alternative) => alternatives(alternative))];
}

/** The schema of the value at a path (keys and list items), or undefined when the schema has no such place. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let current: SchemaNode | undefined = ROOT;
  for (const segment of path) {
    const options = alternatives(current);
    let next: SchemaNode | undefined;
    for (const option of options) {
      if (segment === ITEM) next = option.items;
      else next = option.properties?.[segment] ?? (typeof option.additionalProperties === 'object' ? option.additionalProperties : undefined);
      if (next) break;
    }
    if (!next) return undefined;
    current = next;
  }
  return resolve(current);
}

/** The properties a mapping at this place may have, in schema order. */
export function propertiesAt(path: readonly PathSegment[]): Array<[string, SchemaNode]> {
  const result = new Map<string, SchemaNode>();
  for (const option of alternatives(schemaAt(path))) {
    for (const [key, value] of Object.entries(option.properties ?? {})) {
      if (!result.has(key)) result.set(key, resolve(value) ?? value);
    }
  }
  return [...result];
}

export function typesOf(node: SchemaNode | undefined): Set<string> {
  const types = new Set<string>();
  for (const option of alternatives(node)) {
    if (typeof option.type === 'string') types.add(option.type);
    else option.type?.forEach((type) => types.add(type));
    if (option.properties) types.add('object');
    if (option.items) types.add('array');
  }
  return types;
}

export function enumValues(node: SchemaNode | undefined): unknown[] {
  return alternatives(node).flatMap((option) => option.enum ?? []);
}

export function schemaTitle(node: SchemaNode, locale: Locale): string | undefined {
  return locale === 'en' ? node['x-title-en'] ?? node.title : node.title;
}

export function schemaDescription(node: SchemaNode, locale: Locale): string | undefined {
  return locale === 'en' ? node['x-description-en'] ?? node.description : node.description;
}
