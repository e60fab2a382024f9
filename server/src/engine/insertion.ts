import { isCollection, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ProtocolDocument } from './document';
import type { OffsetEdit } from './rule';

/**
 * Inserting YAML into a protocol the way its author writes it: the same indentation
 * unit, the same sequence style, the same line breaks. Edits only insert text (or drop
 * an empty placeholder such as `[]`), so nothing the author wrote is lost, and comments
 * stay with the lines they belong to.
 */

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

export interface IndentStyle {
  /** Spaces per level of a nested mapping. */
  unit: number;
  /** Extra spaces of a `- ` item under its key: 0 for `key:\n- item`, usually `unit` otherwise. */
  sequenceIndent: number;
  newline: '\n' | '\r\n';
  /** Whether top-level sections are separated by a blank line. */
  blankLineBetweenSections: boolean;
}

/** The order in which the top-level sections of a protocol are written. */
export const SECTION_ORDER: readonly string[] = [
  'meldcode',
  'inleiding',
  'organisatie',
  'aandachtsfunctionarissen',
  'contactpunten',
  'stappen',
  'afwegingskader',
  'kindcheck',
  'bijzondere-vormen',
  'beroepsgeheim',
  'vastleggen',
  'scholing',
  'interventies',
];

const styles = new WeakMap<ProtocolDocument, IndentStyle>();

export function indentStyle(document: ProtocolDocument): IndentStyle {
  let style = styles.get(document);
  if (!style) {
    style = detectIndentStyle(document.text);
    styles.set(document, style);
  }
  return style;
}

/** A line read as indentation, `- ` markers, content and comment. */
interface LineStructure {
  indent: number;
  /** The `- ` markers after the indentation, with their spaces. */
  dashes: string;
  /** Up to the first #, without trailing whitespace; '' when the line holds only markers and a comment. */
  content: string;
}

/**
 * What `^( *)((?:- +)*)([^#\s][^#]*?)?\s*(#.*)?$` matches, read in one pass: that pattern
 * backtracks quadratically over a long run of spaces inside a value (64,000 spaces in a
 * quoted name took 10 seconds). Undefined where the pattern does not match: after the
 * markers comes whitespace other than spaces, followed by more than a comment.
 */
export function lineStructure(line: string): LineStructure | undefined {
  let indent = 0;
  while (line[indent] === ' ') indent++;
  let end = indent;
  let lastMarker = indent;
  while (line[end] === '-' && line[end + 1] === ' ') {
    lastMarker = end;
    end += 2;
    while (line[end] === ' ') end++;
  }
  let start = end;
  if (start < line.length && !isContentStart(line[start])) {
    // Only whitespace up to a comment or the end: no content. Otherwise the pattern gives
    // back its last marker, and the content starts with that dash.
    let next = start;
    while (next < line.length && /\s/.test(line[next])) next++;
    if (next < line.length && line[next] !== '#') {
      if (lastMarker === end) return undefined;
      start = lastMarker;
    } else {
      return { indent, dashes: line.slice(indent, end), content: '' };
    }
  }
  const hash = line.indexOf('#', start);
  const content = line.slice(start, hash === -1 ? line.length : hash).trimEnd();
  return { indent, dashes: line.slice(indent, start), content };
}

function isContentStart(character: string): boolean {
  return character !== '#' && !/\s/.test(character);
}

/** Reads the indentation habits of a text from the lines that open a block. */
export function detectIndentStyle(text: string): IndentStyle {
  const lines = text.split(/\r?\n/);
  const mapSteps = new Map<number, number>();
  const seqSteps = new Map<number, number>();
  let openerColumn = -1;
  let topLevelKeys = 0;
  let topLevelAfterBlank = 0;
  let previousBlank = false;
  for (const line of lines) {
    if (line.trim() === '') {
      previousBlank = true;
      continue;
    }
    if (/^\s*#/.test(line)) continue;
    const structure = lineStructure(line);
    if (!structure) {
      openerColumn = -1;
      previousBlank = false;
      continue;
    }
    const { indent, dashes, content } = structure;
    if (openerColumn >= 0) {
      if (dashes.length > 0 && indent >= openerColumn) count(seqSteps, indent - openerColumn);
      else if (dashes.length === 0 && indent > openerColumn) count(mapSteps, indent - openerColumn);
    }
    if (indent === 0 && dashes.length === 0 && /^[^\s:]+:/.test(content)) {
      if (topLevelKeys > 0 && previousBlank) topLevelAfterBlank++;
      topLevelKeys++;
    }
    openerColumn = /:$/.test(content) ? indent + dashes.length : -1;
    previousBlank = false;
  }
  const unit = Math.min(8, Math.max(1, mostCommon(mapSteps) ?? 2));
  const sequenceIndent = mostCommon(seqSteps) ?? unit;
  return {
    unit,
    sequenceIndent,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
    blankLineBetweenSections: topLevelKeys > 1 && topLevelAfterBlank * 2 >= topLevelKeys - 1,
  };
}

function count(counts: Map<number, number>, value: number): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function mostCommon(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, times] of counts) {
    if (times > bestCount || (times === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = times;
    }
  }
  return best;
}

/* ---------- rendering ---------- */

const RESERVED_PLAIN = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** A scalar as YAML: plain where that reads back as the same string, double-quoted otherwise. */
export function renderScalar(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const plainSafe =
    value !== '' &&
    /^[\p{L}(]/u.test(value) &&
    !/:\s|\s#|:$|\s$|[\n\r\t]/.test(value) &&
    !RESERVED_PLAIN.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** Longer than a line reads well, and written so that a folded block (>-) gives it back exactly. */
function foldable(text: string): boolean {
  return text.length > FOLD_WIDTH && !/\s\s|^\s|\s$|[\t\r\n]/.test(text);
}

const FOLD_WIDTH = 88;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > FOLD_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function isObject(value: YamlValue): value is { readonly [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyCollection(value: YamlValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isObject(value) && Object.keys(value).length > 0;
}

function emptyCollectionText(value: YamlValue): string | undefined {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isObject(value) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

/** The entries of a mapping, each key at `column`. */
export function renderMapLines(map: { readonly [key: string]: YamlValue }, column: number, style: IndentStyle): string[] {
  const lines: string[] = [];
  const pad = ' '.repeat(column);
  for (const [key, value] of Object.entries(map)) {
    const keyText = renderScalar(key);
    if (isNonEmptyCollection(value)) {
      lines.push(`${pad}${keyText}:`);
      if (Array.isArray(value)) lines.push(...renderSeqLines(value, column + style.sequenceIndent, style));
      else lines.push(...renderMapLines(value as { readonly [key: string]: YamlValue }, column + style.unit, style));
    } else if (typeof value === 'string' && foldable(value)) {
      lines.push(`${pad}${keyText}: >-`, ...wrap(value).map((line) => ' '.repeat(column + style.unit) + line));
    } else {
      const scalar = emptyCollectionText(value) ?? renderScalar(value as string | number | boolean | null);
      lines.push(scalar === '' ? `${pad}${keyText}:` : `${pad}${keyText}: ${scalar}`);
    }
  }
  return lines;
}

/** The items of a sequence, each dash at `column` and its content at `contentColumn`. */
export function renderSeqLines(items: readonly YamlValue[], column: number, style: IndentStyle, contentColumn = column + 2): string[] {
  const lines: string[] = [];
  const dash = `${' '.repeat(column)}-${' '.repeat(Math.max(1, contentColumn - column - 1))}`;
  for (const item of items) {
    let inner: string[];
    if (isObject(item) && Object.keys(item).length > 0) inner = renderMapLines(item, contentColumn, style);
    else if (Array.isArray(item) && item.length > 0) inner = renderSeqLines(item, contentColumn, style);
    else {
      lines.push(`${dash}${emptyCollectionText(item) ?? renderScalar(item as string | number | boolean | null)}`.trimEnd());
      continue;
    }
    inner[0] = dash + inner[0].slice(contentColumn);
    lines.push(...inner);
  }
  return lines;
}

/* ---------- where to insert ---------- */

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The offset just after a node: the start of the line after its last character, past
 * comment lines indented deeper than `ownerColumn` (they belong to the node). When the
 * node ends the text without a line break, `needsNewline` is set.
 */
function afterNode(text: string, node: Node, ownerColumn: number): { offset: number; needsNewline: boolean } {
  const [start, valueEnd] = node.range ?? [0, 0];
  let last = valueEnd;
  while (last > start && /\s/.test(text[last - 1])) last--;
  let lineEnd = text.indexOf('\n', Math.max(start, last - 1));
  while (lineEnd !== -1) {
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
    if (!/^\s*#/.test(next) || indentOf(next) <= ownerColumn) break;
    lineEnd = nextEnd;
  }
  if (lineEnd === -1) return { offset: text.length, needsNewline: true };
  return { offset: lineEnd + 1, needsNewline: false };
}

function joinLines(lines: readonly string[], style: IndentStyle): string {
  return lines.map((line) => line + style.newline).join('');
}

interface ItemLayout {
  /** Column of the dash. */
  column: number;
  /** Column of the item's content after `- `. */
  contentColumn: number;
  /** Offset of the start of the item's line. */
  lineStart: number;
}

/** Where a block sequence item stands, or undefined when it does not start its own `- ` line. */
function itemLayout(text: string, item: Node): ItemLayout | undefined {
  const start = item.range?.[0];
  if (start === undefined) return undefined;
  const lineStart = lineStartOf(text, start);
  const prefix = text.slice(lineStart, start);
  const match = /^( *)- +$/.exec(prefix);
  if (!match) return undefined;
  return { column: match[1].length, contentColumn: prefix.length, lineStart };
}

/* ---------- public insertions ---------- */

/**
 * Adds a top-level section, or fills one whose key is there with no content. The new
 * section goes after the sections that come before it in SECTION_ORDER.
 */
export function insertSection(document: ProtocolDocument, key: string, value: YamlValue): OffsetEdit[] | undefined {
  const { text, model, yaml } = document;
  if (!yaml) return undefined;
  // Block lines cannot go into a flow map such as "{}" or "{meldcode: ...}".
  if (model.root?.flow) return undefined;
  const style = indentStyle(document);
  const existing = model.sections.get(key);
  if (existing) return fillEmptyValue(document, existing.keyStartOffset, existing.value, value, 0, style);
  if (!model.root) {
    const contents = yaml.contents;
    if (contents !== null && !(isScalar(contents) && contents.value === null)) return undefined;
    const lines = renderMapLines({ [key]: value }, 0, style);
    const needsNewline = text.length > 0 && !text.endsWith('\n');
    return [{ startOffset: text.length, endOffset: text.length, newText: (needsNewline ? style.newline : '') + joinLines(lines, style) }];
  }
  const rank = SECTION_ORDER.indexOf(key);
  const pairs = model.root.items;
  if (pairs.length === 0) return undefined;
  let before: (typeof pairs)[number] | undefined;
  let after: (typeof pairs)[number] | undefined;
  for (const pair of pairs) {
    const pairKey = isScalar(pair.key) ? String(pair.key.value) : '';
    const pairRank = SECTION_ORDER.indexOf(pairKey);
    const precedes = rank === -1 || (pairRank !== -1 && pairRank < rank);
    if (precedes) before = pair;
    else if (!after) after = pair;
  }
  const lines = renderMapLines({ [key]: value }, 0, style);
  const rootColumn = columnOf(text, model.root.range?.[0] ?? 0);
  if (rootColumn !== 0) return undefined;
  if (before || !after) {
    const last = before ?? pairs[pairs.length - 1];
    const lastNode = (last.value as Node | null) ?? (last.key as Node);
    const place = afterNode(text, lastNode, 0);
    const blank = style.blankLineBetweenSections ? style.newline : '';
    return [{ startOffset: place.offset, endOffset: place.offset, newText: (place.needsNewline ? style.newline : '') + blank + joinLines(lines, style) }];
  }
  const afterKeyStart = (after.key as Node).range?.[0] ?? 0;
  const offset = leadingCommentStart(text, lineStartOf(text, afterKeyStart), 0);
  const blank = style.blankLineBetweenSections ? style.newline : '';
  return [{ startOffset: offset, endOffset: offset, newText: joinLines(lines, style) + blank }];
}

/** The start of the comment lines directly above `lineStart` at `column`, which belong to that line. */
function leadingCommentStart(text: string, lineStart: number, column: number): number {
  let start = lineStart;
  while (start > 0) {
    const previousStart = lineStartOf(text, start - 1);
    const previous = text.slice(previousStart, start - 1).replace(/\r$/, '');
    if (!/^\s*#/.test(previous) || indentOf(previous) !== column) break;
    start = previousStart;
  }
  return start;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/**
 * Gives a key that has no content its value: after `key:` when the value is missing,
 * or in place of an empty `[]`, `{}` or `""`.
 */
function fillEmptyValue(
  document: ProtocolDocument,
  keyStartOffset: number,
  current: Node | null,
  value: YamlValue,
  keyColumn: number,
  style: IndentStyle,
): OffsetEdit[] | undefined {
  const { text } = document;
  const isEmptyScalar = current === null || (isScalar(current) && (current.value === null || current.value === ''));
  const isEmptyCollection = isCollection(current) && current.items.length === 0;
  if (!isEmptyScalar && !isEmptyCollection) return undefined;
  if (current && (current.anchor || current.tag)) return undefined;
  const colon = text.indexOf(':', keyStartOffset);
  if (colon === -1) return undefined;
  // An empty placeholder such as [] or "" (from just after the colon) gives way to the new value.
  const [valueStart, valueEnd] = current?.range ?? [colon + 1, colon + 1];
  const placeholderEnd = Math.max(colon + 1, valueEnd > valueStart ? valueEnd : colon + 1);
  if (!isNonEmptyCollection(value)) {
    const scalar = emptyCollectionText(value) ?? renderScalar(value as string | number | boolean | null);
    return [{ startOffset: colon + 1, endOffset: placeholderEnd, newText: ` ${scalar}` }];
  }
  const lines = Array.isArray(value)
    ? renderSeqLines(value, keyColumn + style.sequenceIndent, style)
    : renderMapLines(value as { readonly [key: string]: YamlValue }, keyColumn + style.unit, style);
  const block = style.newline + lines.join(style.newline);
  let lineEnd = text.indexOf('\n', placeholderEnd);
  if (lineEnd === -1) lineEnd = text.length;
  else if (text[lineEnd - 1] === '\r') lineEnd--;
  const rest = text.slice(placeholderEnd, lineEnd);
  const trailing = lineEnd === text.length ? style.newline : '';
  if (rest.trim() === '') {
    return [{ startOffset: colon + 1, endOffset: placeholderEnd, newText: '' }, { startOffset: lineEnd, endOffset: lineEnd, newText: block + trailing }]
      .filter((edit) => edit.newText !== '' || edit.endOffset > edit.startOffset)
      .reduce<OffsetEdit[]>((merged, edit) => mergeAdjacent(merged, edit, text), []);
  }
  // A comment follows on the key's line: it stays there, the block goes below it.
  const edits: OffsetEdit[] = [];
  if (placeholderEnd > colon + 1) edits.push({ startOffset: colon + 1, endOffset: placeholderEnd, newText: '' });
  edits.push({ startOffset: lineEnd, endOffset: lineEnd, newText: block + trailing });
  return edits;
}

/** Joins an edit to the previous one when only whitespace lies between them. */
function mergeAdjacent(merged: OffsetEdit[], edit: OffsetEdit, text: string): OffsetEdit[] {
  const previous = merged[merged.length - 1];
  if (previous && text.slice(previous.endOffset, edit.startOffset).trim() === '') {
    merged[merged.length - 1] = { startOffset: previous.startOffset, endOffset: edit.endOffset, newText: previous.newText + edit.newText };
  } else {
    merged.push(edit);
  }
  return merged;
}

export interface OrderedItem {
  value: YamlValue;
  /** Position in the intended order (a step or question number). */
  order: number;
}

/**
 * Inserts items into a top-level block sequence so that they stand between their
 * neighbours: each goes after the last item with a lower order (`orderOf` reads an
 * existing item's order), or before the first item when none is lower. Without the
 * section, the section is added with the items.
 */
export function insertSequenceItems(
  document: ProtocolDocument,
  key: string,
  items: readonly OrderedItem[],
  orderOf: (item: unknown) => number | undefined,
): OffsetEdit[] | undefined {
  if (!document.yaml || items.length === 0) return undefined;
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const section = document.model.sections.get(key);
  const sequence = section?.value;
  if (!section || !isSeq(sequence) || sequence.items.length === 0) {
    return insertSection(document, key, sorted.map((item) => item.value));
  }
  return insertIntoSequence(document, sequence, sorted, orderOf);
}

function insertIntoSequence(
  document: ProtocolDocument,
  sequence: YAMLSeq,
  sorted: readonly OrderedItem[],
  orderOf: (item: unknown) => number | undefined,
): OffsetEdit[] | undefined {
  const { text } = document;
  const style = indentStyle(document);
  if (sequence.flow) return undefined;
  const existing = sequence.items as Node[];
  const layouts = existing.map((item) => itemLayout(text, item));
  const layout = layouts.find((entry) => entry !== undefined);
  if (!layout || layouts.some((entry) => entry === undefined)) return undefined;
  const grouped = new Map<number, { needsNewline: boolean; lines: string[] }>();
  for (const item of sorted) {
    let anchor = -1;
    let anchorOrder = -Infinity;
    existing.forEach((node, index) => {
      const order = orderOf(node);
      if (order !== undefined && order < item.order && order >= anchorOrder) {
        anchor = index;
        anchorOrder = order;
      }
    });
    let offset: number;
    let needsNewline = false;
    if (anchor === -1) {
      offset = leadingCommentStart(text, layouts[0]!.lineStart, layout.column);
    } else {
      const place = afterNode(text, existing[anchor], layout.column);
      offset = place.offset;
      needsNewline = place.needsNewline;
    }
    const lines = renderSeqLines([item.value], layout.column, style, layout.contentColumn);
    const group = grouped.get(offset) ?? { needsNewline, lines: [] };
    group.lines.push(...lines);
    grouped.set(offset, group);
  }
  return [...grouped.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([offset, group]) => ({
      startOffset: offset,
      endOffset: offset,
      newText: (group.needsNewline ? style.newline : '') + joinLines(group.lines, style),
    }));
}

/** Appends an item at the end of a top-level sequence (adding the section when it is not there). */
export function appendSequenceItem(document: ProtocolDocument, key: string, value: YamlValue): OffsetEdit[] | undefined {
  return insertSequenceItems(document, key, [{ value, order: Infinity }], () => 0);
}

/**
 * Adds entries at the end of a block mapping that is the value of a top-level section
 * (adding the section when it is not there, filling it when it is empty).
 */
export function insertMapEntries(
  document: ProtocolDocument,
  key: string,
  entries: { readonly [key: string]: YamlValue },
): OffsetEdit[] | undefined {
  if (!document.yaml || Object.keys(entries).length === 0) return undefined;
  const section = document.model.sections.get(key);
  const map = section?.value;
  if (!section || !isMap(map) || map.items.length === 0) return insertSection(document, key, entries);
  return appendToMap(document, map, entries);
}

function appendToMap(document: ProtocolDocument, map: YAMLMap, entries: { readonly [key: string]: YamlValue }): OffsetEdit[] | undefined {
  const { text } = document;
  const style = indentStyle(document);
  if (map.flow) return undefined;
  const firstKey = map.items[0]?.key as Node | undefined;
  const firstStart = firstKey?.range?.[0];
  if (firstStart === undefined) return undefined;
  const column = columnOf(text, firstStart);
  if (text.slice(lineStartOf(text, firstStart), firstStart).trim() !== '') return undefined;
  const fresh = Object.fromEntries(Object.entries(entries).filter(([entryKey]) => !map.items.some((pair) => isScalar(pair.key) && pair.key.value === entryKey)));
  if (Object.keys(fresh).length === 0) return undefined;
  const last = map.items[map.items.length - 1];
  const lastNode = (last.value as Node | null) ?? (last.key as Node);
  const place = afterNode(text, lastNode, column);
  const lines = renderMapLines(fresh, column, style);
  return [{ startOffset: place.offset, endOffset: place.offset, newText: (place.needsNewline ? style.newline : '') + joinLines(lines, style) }];
}
