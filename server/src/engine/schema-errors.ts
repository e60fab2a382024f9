import type { ErrorObject } from 'ajv';
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarSourceOffsets, scalarValueOffsets } from './ast';
import { colonSentenceOn, looksLikeFormatKey, quotedText, textLines, wrapsAsText } from './colon-text';
import type { MessageData } from './rule';
import { ID_PATTERN, type SchemaNode } from './schema-validator';
import type { SchemaMessageId } from './schema-messages';
import { baseMapPointer, formatVersionOf, keysFor, mapPointerOfAdditional, sortSchemaErrors, type FormatVersion } from './schema-versions';
import { dateInProse, dutchDate } from './dates';
import { ageInYears, ageRange, MAX_AGE } from './ages';
import { closestMatch } from './suggest';

/** One schema problem, worded and placed: what the `schema` rule reports. */
export interface SchemaIssue {
  messageId: SchemaMessageId;
  data: MessageData;
  startOffset: number;
  endOffset: number;
  /**
   * A quick fix: replace [startOffset, endOffset) by text; titled "Replace with ..." unless `title`
   * says otherwise. `automatic`: it only writes what the author meant in the form the format
   * wants (a quoted text, a date as YYYY-MM-DD), so --fix and "fix all" apply it.
   */
  replacement?: { startOffset: number; endOffset: number; text: string; title?: SchemaMessageId; automatic?: boolean; insertion?: Insertion };
}

/** Text a fix adds at an offset besides its replacement, such as a new line after the value's. */
interface Insertion {
  offset: number;
  text: string;
}

type Offsets = [number, number];

/** Where an ajv instance path leads in the YAML tree. */
interface Location {
  /** The node at the path as written (an alias stays an alias); undefined when the path ends early. */
  node: unknown;
  /** The pair whose value the node is, when reached through a key. */
  pair?: Pair;
  /** For a sequence item: the key of the list and the item's 0-based index. */
  listKey?: string;
  index?: number;
  /** The last key on the path, for messages. */
  parentKey?: string;
}

/**
 * Maps ajv's errors to issues: one per offending node, placed on the key or value at fault.
 * Keys and values are those of the file's format version (see schema-versions.ts).
 */
export function describeSchemaErrors(all: readonly ErrorObject[], document: Document.Parsed, text: string): SchemaIssue[] {
  const locator = new Locator(document);
  const version = formatVersionOf(scalarValue(locator.resolve(locator.locate('/meldcode').node)));
  const { errors, newerFormat, olderFormatKeys } = sortSchemaErrors(all, version);
  const issues: SchemaIssue[] = [];
  const valueErrors = new Map<string, ErrorObject[]>();
  const missing = new Map<string, string[]>();

  const versionFix = newerFormat.length > 0 ? setVersion(locator) : undefined;
  for (const error of newerFormat) issues.push(newerFormatIssue(error, locator, text, versionFix));
  for (const error of olderFormatKeys) {
    const segments = error.instancePath.split('/');
    const key = unescapePointer(segments.pop() ?? '');
    issues.push(unknownKey(key, segments.join('/'), baseMapPointer(error), version, locator, text));
  }

  for (const error of errors) {
    if (error.keyword === 'additionalProperties') {
      issues.push(unknownKey(String(error.params.additionalProperty), error.instancePath, mapPointerOfAdditional(error), version, locator, text));
    } else if (error.keyword === 'required') {
      const key = String(error.params.missingProperty);
      const list = missing.get(error.instancePath);
      if (list) {
        if (!list.includes(key)) list.push(key);
      } else {
        missing.set(error.instancePath, [key]);
      }
    } else {
      const list = valueErrors.get(error.instancePath);
      if (list) list.push(error);
      else valueErrors.set(error.instancePath, [error]);
    }
  }

  for (const [path, keys] of missing) issues.push(missingKeys(path, keys, locator, text));
  for (const [path, list] of valueErrors) issues.push(wrongValue(path, list, locator, text));
  return deduplicate(issues);
}

/**
 * A key the map at `instancePath` does not allow. `schemaPointer` is the map's place in the
 * schema; the keys offered are those of the file's format version.
 */
function unknownKey(
  key: string,
  instancePath: string,
  schemaPointer: string,
  version: FormatVersion | undefined,
  locator: Locator,
  text: string,
): SchemaIssue {
  const shownKey = display(key);
  const location = locator.locate(instancePath);
  const map = locator.resolve(location.node);
  const pair = isMap(map) ? locator.pair(map, key) : undefined;
  const target = (pair && nodeOffsets(pair.key)) ?? containerTarget(location, locator, text);
  const allowed = keysFor(schemaPointer, version);
  const present = isMap(map) ? locator.keys(map) : new Set<string>();
  const suggestion = closestMatch(key, allowed.filter((candidate) => !present.has(candidate)));
  if (suggestion) {
    return {
      messageId: 'unknownKey',
      data: { key: shownKey, suggestion },
      startOffset: target[0],
      endOffset: target[1],
      replacement: { startOffset: target[0], endOffset: target[1], text: suggestion },
    };
  }
  // The key meant is already there (a second, misspelt copy): name it, but renaming would duplicate it.
  const taken = closestMatch(key, allowed);
  if (taken) return { messageId: 'unknownKey', data: { key: shownKey, suggestion: taken }, startOffset: target[0], endOffset: target[1] };
  const owner = ownerOf(key, schemaPointer, version);
  if (owner) return { messageId: 'unknownKeyMisplaced', data: { key: shownKey, owner }, startOffset: target[0], endOffset: target[1] };
  const parent = location.parentKey ?? location.listKey;
  if (instancePath !== '' && parent && keysFor('#', version).includes(key)) {
    return { messageId: 'unknownKeyTopLevel', data: { key: shownKey, parent }, startOffset: target[0], endOffset: target[1] };
  }
  return {
    messageId: 'unknownKeyList',
    data: { key: shownKey, allowed: allowed.map((name) => `'${name}'`).join(', ') },
    startOffset: target[0],
    endOffset: target[1],
  };
}

/** The key one level down whose object (or list of objects) does allow `key`, e.g. 'organisatie' for 'sector'. */
function ownerOf(key: string, schemaPointer: string, version: FormatVersion | undefined): string | undefined {
  // Worked out once per map of the schema: a file can have 100,000 unknown keys.
  const cacheKey = `${version ?? ''}\u0000${schemaPointer}`;
  let owners = ownersCache.get(cacheKey);
  if (!owners) {
    const found = new Map<string, string>();
    owners = found;
    for (const name of keysFor(schemaPointer, version)) {
      const child = `${schemaPointer}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      for (const allowed of [...keysFor(child, version), ...keysFor(`${child}/items`, version)]) {
        if (!found.has(allowed)) found.set(allowed, name);
      }
    }
    ownersCache.set(cacheKey, owners);
  }
  return owners.get(key);
}

const ownersCache = new Map<string, ReadonlyMap<string, string>>();

/** The quick fix that makes a file say format 1.1: its `meldcode` value replaced, quotes kept as written. */
function setVersion(locator: Locator): SchemaIssue['replacement'] {
  const node = locator.locate('/meldcode').node;
  const offsets = isScalar(node) ? nodeOffsets(node) : undefined;
  if (!offsets || !isScalar(node)) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const [startOffset, endOffset] = insideQuotes(node, offsets);
  return { startOffset, endOffset, text: quoted ? '1.1' : '"1.1"', title: 'setFormatVersion' };
}

/** Something format 1.1 allows, in a file that says "1.0": a key, a value, or a list or map where 1.0 has one value. */
function newerFormatIssue(error: ErrorObject, locator: Locator, text: string, fix: SchemaIssue['replacement']): SchemaIssue {
  const location = locator.locate(error.instancePath);
  let offsets: Offsets;
  let messageId: SchemaMessageId;
  let data: MessageData;
  if (error.keyword === 'false schema') {
    const key = location.parentKey ?? '';
    offsets = (location.pair && nodeOffsets(location.pair.key)) ?? valueTarget(location, locator, text);
    messageId = 'newerFormatKey';
    data = { key: display(key) };
  } else {
    offsets = valueTarget(location, locator, text);
    const value: unknown = error.data;
    messageId = Array.isArray(value) ? 'newerFormatList' : value !== null && typeof value === 'object' ? 'newerFormatMap' : 'newerFormatValue';
    data = { ...fieldNames(error.parentSchema as SchemaNode | undefined, location), value: display(value) };
  }
  return { messageId, data, startOffset: offsets[0], endOffset: offsets[1], replacement: fix };
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

function missingKeys(path: string, keys: string[], locator: Locator, text: string): SchemaIssue {
  const location = locator.locate(path);
  const [startOffset, endOffset] = containerTarget(location, locator, text);
  const single = keys.length === 1;
  const key = keys[0];
  const quoted = keys.map((name) => `'${name}'`).join(', ');
  if (path === '') {
    return single
      ? { messageId: 'requiredKeyTop', data: { key }, startOffset, endOffset }
      : { messageId: 'requiredKeysTop', data: { keys: quoted }, startOffset, endOffset };
  }
  if (location.index !== undefined && location.listKey !== undefined) {
    const data = { list: location.listKey, index: location.index + 1 };
    return single
      ? { messageId: 'requiredKeyInItem', data: { ...data, key }, startOffset, endOffset }
      : { messageId: 'requiredKeysInItem', data: { ...data, keys: quoted }, startOffset, endOffset };
  }
  const parent = location.parentKey ?? '';
  return single
    ? { messageId: 'requiredKey', data: { key, parent }, startOffset, endOffset }
    : { messageId: 'requiredKeys', data: { keys: quoted, parent }, startOffset, endOffset };
}

/** For a scalar the best message is about its value; for a collection or nothing, about its type. */
const SCALAR_PRIORITY = ['enum', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'type'];
const COLLECTION_PRIORITY = ['type', 'enum', 'format', 'pattern', 'minimum', 'maximum'];

function wrongValue(path: string, errors: ErrorObject[], locator: Locator, text: string): SchemaIssue {
  const value: unknown = errors[0].data;
  const priority = value === null || value === undefined || typeof value === 'object' ? COLLECTION_PRIORITY : SCALAR_PRIORITY;
  const rank = (error: ErrorObject): number => {
    const at = priority.indexOf(error.keyword);
    return at === -1 ? priority.length : at;
  };
  const error = errors.reduce((best, candidate) => (rank(candidate) < rank(best) ? candidate : best));

  if (path === '' && error.keyword === 'type') {
    const root = locator.document.contents;
    const offsets: Offsets = value === null || value === undefined || !root?.range ? [0, 0] : firstLine(text, [root.range[0], root.range[1]]);
    return { messageId: value === null || value === undefined ? 'emptyDocument' : 'rootNotMap', data: {}, startOffset: offsets[0], endOffset: offsets[1] };
  }

  const location = locator.locate(path);
  const [startOffset, endOffset] = valueTarget(location, locator, text);
  const schema = error.parentSchema as SchemaNode | undefined;
  const field = fieldNames(schema, location);
  const shown = display(value);
  const issue = (messageId: SchemaMessageId, data: MessageData = {}): SchemaIssue => ({
    messageId,
    data: { ...field, ...data },
    startOffset,
    endOffset,
  });
  const age = AGE_PATH.test(path) ? ageIssue(error, value, location, locator, text, issue) : undefined;
  if (age) return age;

  switch (error.keyword) {
    case 'type':
      return textWithColon(error, location.node, text, field) ?? typeIssue(error, value, issue, startOffset, endOffset);
    case 'enum': {
      const allowedValues = (error.params.allowedValues as unknown[]) ?? [];
      const strings = allowedValues.filter((allowedValue): allowedValue is string => typeof allowedValue === 'string');
      const offered = strings.length > 0 ? strings : allowedValues.map(String);
      const allowed = offered.map((name) => `'${name}'`).join(', ');
      const suggestion = typeof value === 'string' ? closestMatch(value, offered) : undefined;
      if (suggestion) {
        const [editStart, editEnd] = insideQuotes(location.node, [startOffset, endOffset], text);
        // A value that runs over several lines holds more than a misspelt word (often a line
        // that slipped in under it): replacing it would delete that text.
        if (/[\r\n]/.test(text.slice(editStart, editEnd))) return issue('enumValueSuggestion', { value: shown, suggestion, allowed });
        return {
          ...issue('enumValueSuggestion', { value: shown, suggestion, allowed }),
          replacement: { startOffset: editStart, endOffset: editEnd, text: suggestion },
        };
      }
      return issue('enumValue', { value: shown, allowed });
    }
    case 'format':
      if (error.params.format === 'date') return dateIssue(value, location.node, [startOffset, endOffset], issue);
      if (error.params.format === 'email') return issue('formatEmail', { value: shown });
      return issue('invalidForm', { value: shown });
    case 'pattern':
      if (error.params.pattern === ID_PATTERN) return issue('idPattern', { value: shown, example: exampleId(shown) });
      return issue('invalidForm', { value: shown });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      if (schema && typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
        return issue('outOfRange', { value: shown, min: schema.minimum, max: schema.maximum });
      }
      return issue(error.keyword.endsWith('inimum') ? 'tooSmall' : 'tooLarge', { value: shown, limit: Number(error.params.limit) });
    default:
      return issue('invalidValue');
  }
}

function typeIssue(
  error: ErrorObject,
  value: unknown,
  issue: (messageId: SchemaMessageId, data?: MessageData) => SchemaIssue,
  startOffset: number,
  endOffset: number,
): SchemaIssue {
  if (value === null || value === undefined) return issue('emptyValue');
  const expected = (Array.isArray(error.params.type) ? error.params.type : String(error.params.type).split(','))
    .map(String)
    .sort()
    .join(',');
  switch (expected) {
    case 'array':
      return issue('typeArray');
    case 'object':
      return issue('typeObject');
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? issue('typeStringQuote', { value: String(value) }) : issue('typeString');
    case 'integer':
    case 'array,integer':
      if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) {
        const digits = value.trim();
        return { ...issue('typeIntegerQuoted', { value: digits }), replacement: { startOffset, endOffset, text: digits } };
      }
      return issue(expected === 'integer' ? 'typeInteger' : 'typeIntegerOrList');
    case 'boolean': {
      const meant = typeof value === 'string' ? BOOLEAN_WORDS.get(value.trim().toLowerCase()) : undefined;
      return meant === undefined
        ? issue('typeBoolean')
        : { ...issue('typeBooleanWord', { value: String(value), suggestion: String(meant) }), replacement: { startOffset, endOffset, text: String(meant) } };
    }
    case 'number':
      return issue('typeNumber');
    case 'integer,string':
    case 'number,string':
      return issue('typeStringOrNumber');
    case 'array,string':
      return issue('typeStringOrList');
    case 'object,string':
      return issue('typeStringOrMap');
    case 'array,object':
      return issue('typeListOrMap');
    default:
      return issue('typeOther');
  }
}

/**
 * "- Let op: bij acuut gevaar direct 112 bellen." where text is expected: YAML reads the ": " as
 * a key and its value. The fix quotes the whole text, every character kept, also when it is
 * wrapped over lines: a list item's lines YAML read as its value or as more keys of the same
 * map (see colon-text.ts), elsewhere one key and its value.
 */
function textWithColon(error: ErrorObject, node: unknown, text: string, field: { fieldNl: string; fieldEn: string }): SchemaIssue | undefined {
  const expected = Array.isArray(error.params.type) ? error.params.type.map(String) : String(error.params.type).split(',');
  if (!expected.includes('string') || expected.includes('object')) return undefined;
  // A pair in a flow list ("[Noteer., Let op: bel 112]") is such a map too; a map in braces was written as one.
  if (!isMap(node) || node.items.length === 0 || (node.range && text[node.range[0]] === '{')) return undefined;
  const key = node.items[0].key;
  if (!isScalar(key) || key.type !== 'PLAIN' || !key.range || typeof key.value !== 'string') return undefined;
  // A key written like the format's own ("scholing:", "stap-1:") was meant as a key: a map where
  // the format wants text, which the type message explains. A sentence has a space or a capital.
  if (looksLikeFormatKey(key.value)) return undefined;
  const plain = (part: unknown): part is Scalar => isScalar(part) && part.type === 'PLAIN' && part.range !== undefined;
  if (!node.items.every((pair) => plain(pair.key) && (pair.value === null || plain(pair.value)))) return undefined;
  const last = node.items[node.items.length - 1];
  const start = key.range[0];
  const end = isScalar(last.value) && last.value.value !== null ? last.value.range![1] : text.indexOf(':', (last.key as Scalar).range![1]) + 1;
  if (end <= start) return undefined;
  const lines = textLines(text);
  const sentence = colonSentenceOn(lines, lines.positionAt(start).line);
  const listItem = sentence?.kind === 'item' && sentence.startOffset === start && sentence.endOffset === end;
  const written = text.slice(start, end);
  // Elsewhere (a flow list, a map under a key) YAML has read one key and one value, perhaps over lines.
  if (!listItem && (node.items.length > 1 || !wrapsAsText(written))) return undefined;
  const quoted = quotedText(written);
  const data = { ...field, key: display(key.value) };
  if (quoted === undefined) return { messageId: 'textWithColon', data, startOffset: start, endOffset: end };
  return {
    messageId: 'textWithColon',
    data,
    startOffset: start,
    endOffset: end,
    replacement: { startOffset: start, endOffset: end, text: quoted, title: 'quoteText', automatic: true },
  };
}

/**
 * A date written the Dutch way, "1-3-2026" or "01-03-2026" (day, month, year): the message
 * says so and the fix writes it as the format wants, 2026-03-01. Not a date that does not exist.
 */
function dateIssue(
  value: unknown,
  node: unknown,
  offsets: Offsets,
  issue: (messageId: SchemaMessageId, data?: MessageData) => SchemaIssue,
): SchemaIssue {
  const shown = display(value);
  const iso = typeof value === 'string' ? dutchDate(value.trim()) : undefined;
  if (!iso) return issue('formatDate', { value: shown });
  const [startOffset, endOffset] = insideQuotes(node, offsets);
  return {
    ...issue('formatDateDutch', { value: shown, suggestion: iso, dateNl: dateInProse(iso).nl, dateEn: dateInProse(iso).en }),
    replacement: { startOffset, endOffset, text: iso, automatic: true },
  };
}

/** Where the format wants an age: `leeftijd-van` and `leeftijd-tot` of `organisatie.doelgroep`, in whole years. */
const AGE_PATH = /^\/organisatie\/doelgroep\/leeftijd-(?:van|tot)$/;

/**
 * An age as a writer types it. "13 jaar" becomes 13 by an automatic fix (the key says years
 * already). "4-12" under one key, with the other not there yet, can be split over both keys by a
 * quick fix (it adds a key, which the writer should see). Months, words and impossible ages
 * get a message without a fix. Undefined where the general message says it well (an empty value,
 * a quoted number, a list).
 */
function ageIssue(
  error: ErrorObject,
  value: unknown,
  location: Location,
  locator: Locator,
  text: string,
  issue: (messageId: SchemaMessageId, data?: MessageData) => SchemaIssue,
): SchemaIssue | undefined {
  const shown = display(value);
  if (error.keyword === 'minimum' || error.keyword === 'maximum') return issue('ageOutOfRange', { value: shown });
  if (error.keyword !== 'type' || value === null || value === undefined || typeof value === 'object') return undefined;
  if (typeof value !== 'string') return issue('ageWholeYears', { value: shown });
  if (/^\s*-?\d+\s*$/.test(value)) return undefined;
  const years = ageInYears(value);
  if (years !== undefined && years > MAX_AGE) return issue('ageOutOfRange', { value: shown });
  if (years !== undefined) {
    const found = issue('ageWithUnit', { value: shown, suggestion: years });
    return { ...found, replacement: { startOffset: found.startOffset, endOffset: found.endOffset, text: String(years), automatic: true } };
  }
  const range = ageRange(value);
  if (!range) return issue('ageWholeYears', { value: shown });
  const split = range.readable ? splitAges(range, location, locator, text) : undefined;
  return split ? { ...issue('ageRangeInOne', { value: shown }), replacement: split } : issue('ageRangeInOne', { value: shown });
}

/**
 * `leeftijd-van: 4-12` as `leeftijd-van: 4` and `leeftijd-tot: 12` (`leeftijd-tot: 4-12` likewise,
 * the new key before it): in braces beside it, in a block on a new line after its own (after a
 * comment there too) or before it, indented like it. Undefined when the doelgroep has the other
 * key already or the layout is another.
 */
function splitAges(range: { from: number; to: number }, location: Location, locator: Locator, text: string): SchemaIssue['replacement'] {
  const { node, pair } = location;
  const key = location.parentKey;
  if ((key !== 'leeftijd-van' && key !== 'leeftijd-tot') || !isScalar(node) || !node.range || !pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const first = key === 'leeftijd-van';
  const other = first ? 'leeftijd-tot' : 'leeftijd-van';
  const ages = locator.resolve(locator.locate('/organisatie/doelgroep').node);
  if (!isMap(ages) || locator.pair(ages, other)) return undefined;
  const keyStart = pair.key.range[0];
  const [start, end] = [node.range[0], node.range[1]];
  if (/[\r\n]/.test(text.slice(keyStart, end))) return undefined;
  const kept = String(first ? range.from : range.to);
  const added = `${other}: ${first ? range.to : range.from}`;
  const replacement = { startOffset: start, endOffset: end, text: kept, title: 'splitAgeRange' as const };
  if (ages.flow) return first ? { ...replacement, text: `${kept}, ${added}` } : { ...replacement, insertion: { offset: keyStart, text: `${added}, ` } };
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = text.slice(lineStart, keyStart);
  if (!/^ *$/.test(indent)) return undefined;
  const lineBreak = text.indexOf('\n', end);
  const lineEnd = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
  const newline = lineBreak === -1 ? (text.includes('\r\n') ? '\r\n' : '\n') : text.slice(lineEnd, lineBreak + 1);
  const insertion = first ? { offset: lineEnd, text: `${newline}${indent}${added}` } : { offset: lineStart, text: `${indent}${added}${newline}` };
  return { ...replacement, insertion };
}

/** Words for yes and no that YAML reads as text, and the value meant. */
const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['ja', true],
  ['nee', false],
  ['yes', true],
  ['no', false],
  ['waar', true],
  ['onwaar', false],
  ['y', true],
  ['n', false],
  ['on', true],
  ['off', false],
  ['true', true],
  ['false', false],
]);

/** A quoted value is replaced inside its quotes, so the author's quoting stays as it was. */
function insideQuotes(node: unknown, offsets: Offsets, text?: string): Offsets {
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && offsets[1] - offsets[0] >= 2) {
    return [offsets[0] + 1, offsets[1] - 1];
  }
  // A block scalar's content, so that a replaced word stays inside the block (not after its header).
  if (isScalar(node) && text !== undefined && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) return scalarValueOffsets(node, text);
  return offsets;
}

/** The schema's title of a field, lower-cased for use inside a sentence; the key when there is no title. */
function fieldNames(schema: SchemaNode | undefined, location: Location): { fieldNl: string; fieldEn: string } {
  const fallback = location.parentKey ?? location.listKey ?? '';
  return {
    fieldNl: inSentence(schema?.title ?? fallback),
    fieldEn: inSentence(schema?.['x-title-en'] ?? schema?.title ?? fallback),
  };
}

/** "Stappenplan" -> "stappenplan", but "KvK-nummer" and "Veilig Thuis" keep their capitals. */
export function inSentence(title: string): string {
  if (title.length > 1 && /^\p{Lu}\p{Ll}/u.test(title) && !/\s\p{Lu}/u.test(title)) return title[0].toLowerCase() + title.slice(1);
  return title;
}

const MAX_SHOWN = 60;

export function display(value: unknown): string {
  let shown: string;
  if (value === null || value === undefined) shown = '';
  else if (typeof value === 'object') shown = Array.isArray(value) ? '[…]' : '{…}';
  else shown = String(value);
  shown = shown.replace(/\s+/g, ' ').trim();
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown;
}

/** A valid id made from what the author wrote: "Marieke de Vries" -> "marieke-de-vries". */
function exampleId(written: string): string {
  const id = written
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id.length > 0 ? id : 'de-vries';
}

/** Where a finding about a value points: the value itself when it is a scalar, else the key holding it. */
function valueTarget(location: Location, locator: Locator, text: string): Offsets {
  const node = location.node;
  const offsets = nodeOffsets(node);
  // A block scalar without the line breaks after it: a fix of the whole value keeps the next key on its line.
  if (isScalar(node) && offsets && offsets[1] > offsets[0]) return scalarSourceOffsets(node, text);
  if (isAlias(node) && offsets && offsets[1] > offsets[0]) return offsets;
  const key = location.pair ? nodeOffsets(location.pair.key) : undefined;
  if (key) return key;
  if (offsets && offsets[1] === offsets[0]) return emptyItem(text, offsets[0]);
  return offsets ? firstLine(text, offsets) : containerTarget(location, locator, text);
}

/** An empty list item ("- " and nothing else) has no text of its own: point at its dash. */
function emptyItem(text: string, offset: number): Offsets {
  let start = offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start > 0 && text[start - 1] === '-' ? [start - 1, start] : [offset, offset];
}

/** Where a finding about a map's keys points: the key holding the map, else its first key, else its first line. */
function containerTarget(location: Location, locator: Locator, text: string): Offsets {
  const key = location.pair ? nodeOffsets(location.pair.key) : undefined;
  if (key) return key;
  const node = locator.resolve(location.node);
  if (isMap(node)) {
    for (const pair of node.items) {
      const first = nodeOffsets(pair.key);
      if (first) return first;
    }
  }
  const offsets = nodeOffsets(location.node);
  return offsets ? firstLine(text, offsets) : [0, 0];
}

function nodeOffsets(node: unknown): Offsets | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/** The offsets clipped to the first line, without trailing white space. */
function firstLine(text: string, [start, end]: Offsets): Offsets {
  let stop = end;
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  if (lineBreak !== -1) stop = start + lineBreak;
  while (stop > start && /\s/.test(text[stop - 1])) stop--;
  return [start, stop];
}

function deduplicate(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.startOffset}:${issue.endOffset}:${issue.messageId}:${Object.values(issue.data).join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Follows JSON pointers through the YAML tree; looks keys up through an index built once per map. */
class Locator {
  private readonly index = new Map<YAMLMap, Map<string, Pair>>();
  private readonly keySets = new Map<YAMLMap, Set<string>>();

  constructor(readonly document: Document.Parsed) {}

  resolve(node: unknown): unknown {
    let current = node;
    // An alias may point at another alias only through a chain of anchors; bounded to stay safe.
    for (let hops = 0; hops < 100 && isAlias(current); hops++) current = current.resolve(this.document);
    return current;
  }

  /** The pair of `key` as the plain data sees it: with duplicate keys, the last one wins. */
  pair(map: YAMLMap, key: string): Pair | undefined {
    let pairs = this.index.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items) {
        if (isScalar(pair.key)) pairs.set(pair.key.value === null ? '' : String(pair.key.value), pair);
      }
      this.index.set(map, pairs);
    }
    return pairs.get(key);
  }

  keys(map: YAMLMap): ReadonlySet<string> {
    let keys = this.keySets.get(map);
    if (!keys) {
      this.pair(map, '');
      keys = new Set(this.index.get(map)?.keys());
      this.keySets.set(map, keys);
    }
    return keys;
  }

  locate(pointer: string): Location {
    let location: Location = { node: this.document.contents };
    if (pointer === '') return location;
    for (const segment of pointer.slice(1).split('/').map(unescapePointer)) {
      const node = this.resolve(location.node);
      if (isMap(node)) {
        const pair = this.pair(node, segment);
        if (!pair) return location;
        location = { node: pair.value, pair, parentKey: segment };
      } else if (isSeq(node)) {
        const index = Number(segment);
        const item: unknown = Number.isInteger(index) ? node.items[index] : undefined;
        if (item === undefined) return location;
        location = { node: item, listKey: location.parentKey ?? location.listKey, index, parentKey: location.parentKey ?? location.listKey };
      } else {
        return location;
      }
    }
    return location;
  }
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
