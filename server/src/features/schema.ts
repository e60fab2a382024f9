import { isScalar } from 'yaml';
import type { ProtocolDocument } from '../engine/document';
import { formatVersionOf, type FormatVersion } from '../engine/schema-versions';
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

/**
 * The schema as a file of one format version sees it: the definition of that version
 * (definitions/formaat-1.0 or formaat-1.1) laid over the properties. For 1.0 the keys 1.1
 * added are gone and sector, soort, stap and afwegingskader have their 1.0 values; for 1.1
 * the outcomes ja and nee are the fixed choices.
 */
function versionView(version: FormatVersion): SchemaNode {
  const restriction = ROOT.definitions?.[`formaat-${version}`];
  return restriction ? overlay(ROOT, restriction as Restriction) : ROOT;
}

type Restriction = SchemaNode | boolean;

function overlay(base: SchemaNode, restriction: Restriction): SchemaNode {
  if (typeof restriction === 'boolean') return base;
  const result: SchemaNode = { ...base };
  if (restriction.enum) result.enum = restriction.enum;
  if (restriction.title !== undefined && restriction.type !== undefined) {
    // A restriction with a title defines the value for its version (see the schema's $comment).
    const types = new Set(typeof restriction.type === 'string' ? [restriction.type] : restriction.type);
    result.type = restriction.type;
    if (!types.has('object')) delete result.properties;
    if (!types.has('array')) delete result.items;
  }
  if (result.properties) {
    const properties: Record<string, SchemaNode> = {};
    const inner = restriction.properties as Record<string, Restriction> | undefined;
    for (const [key, child] of Object.entries(result.properties)) {
      const narrower = inner?.[key];
      if (narrower === false) continue;
      properties[key] = narrower === undefined ? child : overlay(child, narrower);
    }
    result.properties = properties;
  }
  if (result.items && restriction.items) result.items = overlay(result.items, restriction.items);
  return result;
}

const VIEWS: Readonly<Record<FormatVersion, SchemaNode>> = { '1.0': versionView('1.0'), '1.1': versionView('1.1') };

/** The format version a document is checked against: 1.1 when it says so, else 1.0 (as the schema check reads it). */
export function documentVersion(document: ProtocolDocument): FormatVersion {
  const value = document.model.sections.get('meldcode')?.value;
  return formatVersionOf(isScalar(value) ? value.value : undefined) ?? '1.0';
}

/**
 * The schema of the value at a path (keys and list items), or undefined when the schema has
 * no such place. With a version: as a file of that version sees it; without: every key and
 * value any version allows.
 */
export function schemaAt(path: readonly PathSegment[], version?: FormatVersion): SchemaNode | undefined {
  let current: SchemaNode | undefined = version === undefined ? ROOT : VIEWS[version];
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
export function propertiesAt(path: readonly PathSegment[], version?: FormatVersion): Array<[string, SchemaNode]> {
  const result = new Map<string, SchemaNode>();
  for (const option of alternatives(schemaAt(path, version))) {
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
