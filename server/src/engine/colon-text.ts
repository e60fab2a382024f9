import { parse as parseYaml } from 'yaml';
import { PositionMapper } from './positions';
import { PROTOCOL_SCHEMA, type SchemaNode } from './schema-validator';

/**
 * Text with ": " that YAML reads as a key and its value, such as "- Let op: bij acuut gevaar
 * direct 112 bellen.", on one line or wrapped over several as writers type it and as a paste
 * from Word leaves it. Where YAML still reads a map the `schema` rule reports it, where it
 * cannot read the text at all `yaml-syntax` does; both quote the sentence found here.
 */

/** Every key the protocol format knows, at any depth. */
export const KNOWN_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const visit = (node: SchemaNode | undefined): void => {
    if (!node) return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      keys.add(key);
      visit(child);
    }
    visit(node.items);
  };
  visit(PROTOCOL_SCHEMA);
  return keys;
})();

/** A key written the way the format writes its own ("scholing", "stap-1"); the words of a sentence have a space or a capital. */
export function looksLikeFormatKey(key: string): boolean {
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(key);
}

/**
 * Text as a quoted YAML scalar that reads back as the text meant: in double quotes, or in
 * single quotes (with ' doubled) when it holds a " or a backslash. Over several lines the line
 * breaks stay where they are, and YAML reads each as one space, as it reads a plain text.
 * Undefined when neither reads back the same (a character YAML does not allow in quotes).
 */
export function quotedText(written: string): string | undefined {
  const quoted = /["\\]/.test(written) ? `'${written.replace(/'/g, "''")}'` : `"${written}"`;
  try {
    return parseYaml(quoted) === meantText(written) ? quoted : undefined;
  } catch {
    return undefined;
  }
}

/** What a text wrapped over lines says: its lines, without the spaces around each break, joined by one space. */
function meantText(written: string): string {
  const lines = written.split(/\r\n|\r|\n/);
  if (lines.length === 1) return written;
  return lines.map((line, index) => trimSpaces(line, index > 0, index < lines.length - 1)).join(' ');
}

function trimSpaces(line: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = line.length;
  if (start) while (from < to && (line[from] === ' ' || line[from] === '\t')) from++;
  if (end) while (to > from && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
  return line.slice(from, to);
}

/** The lines of a text, by number: PositionMapper has this shape. */
export interface TextLines {
  readonly text: string;
  readonly lineCount: number;
  lineStart(line: number): number;
  lineText(line: number): string;
  positionAt(offset: number): { line: number };
}

let lastLines: PositionMapper | undefined;

/** The lines of `text`, counted once for all the texts with ": " in it. */
export function textLines(text: string): TextLines {
  if (lastLines?.text !== text) lastLines = new PositionMapper(text);
  return lastLines;
}

export interface ColonSentence {
  /** 'item': a list item whose first words YAML takes for a key ("- Let op: ..."); 'value': the value after a key ("titel: Stap 3: ..."). */
  kind: 'item' | 'value';
  /** The text as written, from its first character to its last, a comment after it left out; it may run over several lines. */
  startOffset: number;
  endOffset: number;
  /** The line it starts on and the line it ends on. */
  firstLine: number;
  lastLine: number;
  /** For a list item, the column of its dash and the words YAML reads as a key ("Let op"). */
  dashColumn?: number;
  key?: string;
}

/** The most lines one sentence is followed over: a paragraph pasted from Word, not a section. */
const MAX_SENTENCE_LINES = 30;
/** Blank and comment lines looked past to see that nothing after the sentence still belongs to it. */
const MAX_LINES_LOOKED_PAST = 20;

/** "- Let op: ...": a list item that starts with words and a colon followed by a space or the end of the line. */
const ITEM_LINE = /^( *)(- +)([^\s#'"\-[\]{}&*!|>%@`?:,][^\r\n]*?):(?=[ \t]|$)/;
/** Where a comment starts in plain text: a # after a space or tab. */
const COMMENT = /[ \t]#/;
/** "titel: Stap 3: ...": a key, ": " and a plain value. */
const VALUE_LINE = /^( *)((?:- +)?)([^\s#'"\-[\]{}&*!|>%@`?:,][^:\r\n]*?):[ \t]+(?=[^\s#'"[\]{}|>&*!%@`])/;

/** The sentence with ": " that starts on `line` (see sentenceOn); its text in quotes is quotedText of what it covers. */
export function colonSentenceOn(lines: TextLines, line: number): ColonSentence | undefined {
  const sentence = sentenceOn(lines, line);
  // A colon followed by a space or a line break, or at the end: what YAML reads as a key.
  return sentence && /:(\s|$)/.test(lines.text.slice(sentence.startOffset, sentence.endOffset)) ? sentence : undefined;
}

/**
 * The text that starts on `line` after a list item's dash or after a key, followed over the
 * lines after it that YAML reads (or would read, but for the colon) as part of it: those
 * indented further than the dash or the key. Undefined when that is not certain: a line after it
 * starts like a key of the format ("contact:", "verantwoordelijk medewerker"), a list item or
 * other YAML, a comment stands between its lines, or something further in follows it.
 */
function sentenceOn(lines: TextLines, line: number): ColonSentence | undefined {
  const first = lines.lineText(line);
  const item = ITEM_LINE.exec(first);
  let kind: ColonSentence['kind'];
  let column: number;
  let owner: number;
  let key: string | undefined;
  if (item && !looksLikeFormatKey(item[3]) && !COMMENT.test(item[3])) {
    kind = 'item';
    column = item[1].length + item[2].length;
    owner = item[1].length;
    key = item[3];
  } else {
    const value = VALUE_LINE.exec(first);
    if (!value || COMMENT.test(value[3])) return undefined;
    kind = 'value';
    column = value[0].length;
    owner = value[1].length + value[2].length;
  }
  let text = withoutComment(first.slice(column));
  let commented = text.length < first.length - column;
  let lastLine = line;
  for (let next = line + 1; next < lines.lineCount; next++) {
    const content = lines.lineText(next);
    if (isBlankOrComment(content) || indentation(content) <= owner) break;
    if (commented || next - line >= MAX_SENTENCE_LINES || !continuesText(content.trim())) return undefined;
    const kept = withoutComment(content);
    commented = kept.length < content.length;
    lastLine = next;
    text = kept;
  }
  if (furtherInAfter(lines, lastLine, owner)) return undefined;
  const startOffset = lines.lineStart(line) + column;
  const endOffset = lines.lineStart(lastLine) + (lastLine === line ? column : 0) + text.trimEnd().length;
  return { kind, startOffset, endOffset, firstLine: line, lastLine, ...(key === undefined ? {} : { dashColumn: owner, key }) };
}

/**
 * The sentence with ": " that holds the text at `offset` (where YAML reported a problem):
 * one starting on that line, or on the line above the lines indented as far as it.
 */
export function colonSentenceAt(lines: TextLines, offset: number): ColonSentence | undefined {
  const { line } = lines.positionAt(offset);
  const own = indentation(lines.lineText(line));
  let start = line;
  let sentence = colonSentenceOn(lines, start);
  while (!sentence && start > 0 && line - start < MAX_SENTENCE_LINES) {
    start--;
    const above = lines.lineText(start);
    if (isBlankOrComment(above)) return undefined;
    if (indentation(above) < own) {
      sentence = colonSentenceOn(lines, start);
      break;
    }
  }
  return sentence && offset >= sentence.startOffset && offset <= sentence.endOffset ? sentence : undefined;
}

/** Whether every line of `written` after its first goes on with the text (see continuesText), and no comment ends a line before its last. */
export function wrapsAsText(written: string): boolean {
  const lines = written.split(/\r\n|\r|\n/);
  return lines.every((line, index) => (index === 0 || continuesText(line.trim())) && (index === lines.length - 1 || !COMMENT.test(line)));
}

/**
 * A line that goes on with the text above it: not a list item or a complex key, not a quote,
 * bracket, anchor, tag or block that YAML reads as its own value, and not a key of the format
 * (with or without its colon) or a key written like one.
 */
function continuesText(content: string): boolean {
  if (/^[-?:](\s|$)/.test(content) || /^["'[\]{}&*!|>%@`]/.test(content)) return false;
  const word = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?=[ \t:]|$)/.exec(content);
  if (word && KNOWN_KEYS.has(word[0])) return false;
  const key = /^(.*?):(?=[ \t]|$)/.exec(content);
  return !key || !looksLikeFormatKey(key[1]);
}

/** Whether a line further in than `owner` follows the blank and comment lines after `line`: then the text goes on past what was read. */
function furtherInAfter(lines: TextLines, line: number, owner: number): boolean {
  for (let next = line + 1; next < lines.lineCount && next - line <= MAX_LINES_LOOKED_PAST; next++) {
    const content = lines.lineText(next);
    if (!isBlankOrComment(content)) return indentation(content) > owner;
  }
  return false;
}

function withoutComment(line: string): string {
  const comment = COMMENT.exec(line);
  return comment ? line.slice(0, comment.index) : line;
}

function isBlankOrComment(line: string): boolean {
  return /^\s*(#|$)/.test(line);
}

function indentation(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** The items' title of every list of text in the format, by the list's key: 'acties' -> Actie / Action. */
const ITEM_TITLES: ReadonlyMap<string, { nl: string; en: string }> = (() => {
  const titles = new Map<string, { nl: string; en: string }>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as SchemaNode).properties ?? {};
    for (const [key, child] of Object.entries(properties)) {
      const items = child?.items;
      if (items?.title && String(items.type).includes('string') && !titles.has(key)) titles.set(key, { nl: items.title, en: items['x-title-en'] ?? items.title });
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(PROTOCOL_SCHEMA);
  return titles;
})();

/** Lines looked up over to find the key of the list an item is in: its items above it, wrapped. */
const MAX_LINES_TO_LIST_KEY = 200;

/**
 * The title of the items of the list a list item with ": " stands in ("Actie" under `acties:`):
 * the key on the nearest line above that stands left of the dash, or in its column without a
 * dash. Undefined when that is no list of text the format knows.
 */
export function itemTitle(lines: TextLines, sentence: ColonSentence): { nl: string; en: string } | undefined {
  const dash = sentence.dashColumn;
  if (dash === undefined) return undefined;
  for (let line = sentence.firstLine - 1; line >= 0 && sentence.firstLine - line <= MAX_LINES_TO_LIST_KEY; line--) {
    const content = lines.lineText(line);
    if (isBlankOrComment(content)) continue;
    const indent = indentation(content);
    if (indent > dash || (indent === dash && /^ *-(\s|$)/.test(content))) continue;
    const key = /^ *(?:- +)?([^\s#'"[\]{}:][^:#]*?):[ \t]*(?:#.*)?$/.exec(content);
    return key ? ITEM_TITLES.get(key[1]) : undefined;
  }
  return undefined;
}
