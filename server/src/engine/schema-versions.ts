import type { ErrorObject } from 'ajv';
import { PROTOCOL_SCHEMA, type SchemaNode } from './schema-validator';

/**
 * Format versions of a protocol file, and how the schema's version branches are read.
 *
 * The schema's `properties` describe format 1.1, which only adds to 1.0. A file with
 * `meldcode: "1.1"` is also checked against `definitions/formaat-1.1`; any other file (a
 * valid "1.0", or no valid version) against `definitions/formaat-1.0`, which holds back what
 * 1.1 added: its new keys are `false`, and the values it widened (sector, soort, stap,
 * afwegingskader) carry their 1.0 definition, with the title the messages use.
 *
 * ajv reports a value such as a mistyped sector twice, once per definition; the one that
 * applies to the file's version is kept. In a file that says "1.0", what format 1.1 allows
 * becomes one finding that names the version (and offers to change it) instead of an unknown
 * key or value, and what is inside it is not checked: it is not part of the file's format.
 * A number out of range (stap: 0) keeps its range message: it is more often a slip than a
 * preliminary step.
 */
export type FormatVersion = '1.0' | '1.1';

/** The version a `meldcode` value names, or undefined when it names none. */
export function formatVersionOf(value: unknown): FormatVersion | undefined {
  if (value === '1.0' || value === 1) return '1.0';
  if (value === '1.1' || value === 1.1) return '1.1';
  return undefined;
}

const BRANCH = '#/definitions/formaat-';
const OLDER = '#/definitions/formaat-1.0';
/** Errors about what a collection holds, not about the value itself. */
const CONTENT_KEYWORDS: ReadonlySet<string> = new Set(['additionalProperties', 'required']);
const RANGE_KEYWORDS: ReadonlySet<string> = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

export interface SortedSchemaErrors {
  /** Errors to describe as usual. */
  errors: ErrorObject[];
  /** In a file that says "1.0": keys and values that format 1.1 allows. */
  newerFormat: ErrorObject[];
  /** In a file without a valid version: keys that only format 1.1 knows (reported as unknown, as in 1.0). */
  olderFormatKeys: ErrorObject[];
}

const fromBranch = (error: ErrorObject): boolean => error.schemaPath.startsWith(BRANCH);
const fromOlder = (error: ErrorObject): boolean => error.schemaPath.startsWith(`${OLDER}/`);
/** A branch node with a title defines the value for its version; one without only repeats the type for ajv's strict mode. */
const speaks = (error: ErrorObject): boolean => error.keyword === 'false schema' || typeof (error.parentSchema as SchemaNode | undefined)?.title === 'string';

export function sortSchemaErrors(all: readonly ErrorObject[], version: FormatVersion | undefined): SortedSchemaErrors {
  // The `if` that picks the branch fails whenever the branch does; its own error says nothing.
  const errors = all.filter((error) => error.keyword !== 'if');
  const key = (error: ErrorObject): string => `${error.instancePath}\u0000${error.keyword}`;
  const base = errors.filter((error) => !fromBranch(error));
  const baseKeys = new Set(base.map(key));
  const branch = errors.filter((error) => fromBranch(error) && (speaks(error) || !baseKeys.has(key(error))));
  const branchKeys = new Set(branch.map(key));
  /** Where the value itself (not what it holds) breaks format 1.1. */
  const invalidInNewest = new Set(base.filter((error) => !CONTENT_KEYWORDS.has(error.keyword)).map((error) => error.instancePath));
  /** Values of a shape, and keys, the file's format does not have: nothing at or below them is checked further. */
  const foreign = new Set(branch.filter((error) => fromOlder(error) && (error.keyword === 'false schema' || error.keyword === 'type')).map((error) => error.instancePath));
  /** Whether a path lies under a foreign one (or is one, with `orAt`): its ancestors looked up, not every foreign path compared. */
  const underForeign = (path: string, orAt: boolean): boolean => {
    if (foreign.size === 0) return false;
    if (orAt && foreign.has(path)) return true;
    for (let slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (foreign.has(path.slice(0, slash))) return true;
      if (slash === 0) break;
    }
    return false;
  };

  const sorted: SortedSchemaErrors = { errors: [], newerFormat: [], olderFormatKeys: [] };
  for (const error of base) {
    if (underForeign(error.instancePath, true)) continue;
    if (branchKeys.has(key(error))) continue;
    sorted.errors.push(error);
  }
  for (const error of branch) {
    if (underForeign(error.instancePath, false)) continue;
    const newer =
      version === '1.0' &&
      fromOlder(error) &&
      (error.keyword === 'false schema' || (!RANGE_KEYWORDS.has(error.keyword) && !invalidInNewest.has(error.instancePath)));
    if (newer) sorted.newerFormat.push(error);
    else if (error.keyword === 'false schema') sorted.olderFormatKeys.push(error);
    else sorted.errors.push(error);
  }
  return sorted;
}

/** The schema node at a JSON pointer such as "#/properties/stappen/items". */
function nodeAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const part of pointer.replace(/^#\/?/, '').split('/')) {
    if (part === '') continue;
    if (node === null || typeof node !== 'object') return undefined;
    const name = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Object.prototype.hasOwnProperty.call(node, name) ? (node as Record<string, unknown>)[name] : undefined;
  }
  return node;
}

/**
 * The keys of a schema node (given by its pointer in the schema, "#/properties/organisatie")
 * that a file of the given version may use: all of them in 1.1, without the ones 1.1 added
 * otherwise.
 */
export function keysFor(pointer: string, version: FormatVersion | undefined): readonly string[] {
  // Asked for every unknown key, and for each key of its map again (ownerOf): looked up in the schema once.
  const cacheKey = `${version ?? ''}\u0000${pointer}`;
  let keys = keysCache.get(cacheKey);
  if (!keys) {
    keys = schemaKeys(pointer, version);
    keysCache.set(cacheKey, keys);
  }
  return keys;
}

const keysCache = new Map<string, readonly string[]>();

function schemaKeys(pointer: string, version: FormatVersion | undefined): string[] {
  const node = nodeAt(PROTOCOL_SCHEMA, pointer) as SchemaNode | undefined;
  const keys = Object.keys(node?.properties ?? {});
  if (version === '1.1') return keys;
  const older = nodeAt(PROTOCOL_SCHEMA, `${OLDER}${pointer.replace(/^#/, '')}`) as { properties?: Record<string, unknown> } | undefined;
  return keys.filter((name) => older?.properties?.[name] !== false);
}

/** The pointer of the schema node whose keys a 'false schema' error of formaat-1.0 is about: the map holding the key. */
export function baseMapPointer(error: ErrorObject): string {
  // "#/definitions/formaat-1.0/properties/organisatie/properties/zelfstandig/false schema" -> "#/properties/organisatie"
  const inner = error.schemaPath.slice(OLDER.length).replace(/\/false schema$/, '');
  return `#${inner.replace(/\/properties\/[^/]+$/, '')}`;
}

/** The pointer of a property's map: "#/properties/organisatie/additionalProperties" -> "#/properties/organisatie". */
export function mapPointerOfAdditional(error: ErrorObject): string {
  return error.schemaPath.replace(/\/additionalProperties$/, '');
}
