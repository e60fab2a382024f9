import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type Pair, type ParsedNode, type YAMLMap, type YAMLSeq } from 'yaml';
import { Lexer } from 'yaml';
import { composeFirstDocument, parseProtocol, readTokensNow, withPlainEnvironment, type ParseOptions, type ProtocolDocument } from './document';

/**
 * Parses a protocol again after an edit, reading only the part of the text that changed.
 *
 * The text is cut into pieces at lines that start a new item of a block collection (a
 * top-level key, a `- ` item, a key of an indented map). Each piece is parsed on its own,
 * as a collection of one or more items, with offsets counted from the start of the whole
 * text; the items of a piece are then appended to the collection that the same line would
 * continue in the whole text: the innermost block collection of the same kind whose items
 * start in the same column, on the path through the last items read so far. A piece whose
 * text did not change is not parsed again: its nodes are reused, moved when text before it
 * grew or shrank.
 *
 * The result is the document a whole parse gives (test/robustness/incremental-parse.test.ts holds
 * them side by side on mutated samples). Anything this method cannot put together exactly
 * (a syntax error, an anchor or alias, a `---`, tabs in indentation, a piece that does not
 * continue a collection) makes it parse the whole text instead, as parseProtocol does.
 *
 * Cached nodes are never changed: the collections that receive items from later pieces are
 * copied first, so a document returned earlier stays as it was.
 */
export class IncrementalParser {
  private pieces = new Map<string, ParsedPiece>();
  private lastCut: { text: string; spans: PieceSpan[] | undefined } | undefined;
  /** How the last text was read: in pieces (how many, how many parsed anew) or whole. */
  lastParse: { pieces: number; parsed: number } | 'whole' = 'whole';

  /**
   * @param minimumLength texts shorter than this are parsed whole: cutting them up would cost
   *   more than it saves.
   */
  constructor(
    private readonly minimumLength = DEFAULT_MINIMUM_LENGTH,
    /** How the text is cut; by default as suits edits (see PieceLayout). */
    private readonly layout?: PieceLayout,
  ) {}

  parse(text: string, options: ParseOptions = {}): ProtocolDocument {
    this.lastParse = 'whole';
    if (text.length < this.minimumLength) {
      this.pieces.clear();
      return parseProtocol(text, options);
    }
    return parseProtocol(text, options, {
      compose: (checked) => withPlainEnvironment(() => this.composeSafely(checked)),
      partsEstimate: (checked) => this.partsEstimate(checked),
    });
  }

  /**
   * The parts of the pieces read last that are in the text again, and of the new pieces
   * counted now; undefined when most of the text is new.
   */
  partsEstimate(text: string): number | undefined {
    if (this.pieces.size === 0) return undefined;
    const spans = this.spansOf(text);
    if (!spans) return undefined;
    let parts = 0;
    let newLength = 0;
    for (const span of spans) {
      const source = text.slice(span.start, span.end);
      const known = this.pieces.get(source);
      if (known) {
        parts += known.parts;
        continue;
      }
      newLength += source.length;
      if (newLength > text.length / 2) return undefined;
      for (const _lexeme of new Lexer().lex(source)) parts++;
    }
    return parts;
  }

  /** The pieces of a text; the last text's are kept, as partsEstimate and then composeFromPieces both need them. */
  private spansOf(text: string): PieceSpan[] | undefined {
    if (this.lastCut?.text !== text) {
      this.lastCut = { text, spans: cutIntoPieces(text, this.layout ?? (text.length >= LARGE_TEXT ? LARGE_TEXT_LAYOUT : EDIT_LAYOUT)) };
    }
    return this.lastCut.spans;
  }

  /** See composeInPieces. */
  composeOnce(text: string): Document.Parsed | undefined {
    const document = withPlainEnvironment(() => this.composeSafely(text));
    this.pieces = new Map();
    return document;
  }

  /** A fault in putting pieces together must cost only speed: the whole text is parsed instead. */
  private composeSafely(text: string): Document.Parsed | undefined {
    try {
      return this.composeFromPieces(text);
    } catch {
      this.pieces = new Map();
      return undefined;
    }
  }

  private composeFromPieces(text: string): Document.Parsed | undefined {
    // An indented comment after the last item ends the collections it is in: a whole parse
    // counts it into their ranges, the pieces do not.
    if (endsWithIndentedComment(text)) {
      this.pieces = new Map();
      return undefined;
    }
    const spans = this.spansOf(text);
    const previous = this.pieces;
    const current = new Map<string, ParsedPiece>();
    this.pieces = current;
    if (!spans) return undefined;

    const pieces: ParsedPiece[] = [];
    let parsed = 0;
    for (const span of spans) {
      const source = text.slice(span.start, span.end);
      let piece = reusedPiece(previous.get(source) ?? current.get(source), span.start);
      if (!piece) {
        piece = parsePiece(source, span.start);
        if (!piece) return undefined;
        parsed++;
      }
      current.set(source, piece);
      pieces.push(piece);
    }
    const document = assemble(text, spans, pieces);
    if (document) this.lastParse = { pieces: pieces.length, parsed };
    return document;
  }
}

/**
 * The document of a text read once (parseProtocol, for a large text), composed piece by piece
 * as above: only one piece's syntax tree is held at a time, where a whole parse holds the tree
 * of the whole text (several times the memory of its document). Undefined where the text
 * cannot be cut up; it is then parsed whole.
 */
export function composeInPieces(text: string): Document.Parsed | undefined {
  return new IncrementalParser(0, ONE_SHOT_LAYOUT).composeOnce(text);
}

/**
 * Where pieces start. A piece can start at a line that adds an item to a collection (see
 * cutIntoPieces); of those lines, the ones whose text hashes to 0 modulo `spread` do, so that an
 * edit moves no boundary except on the lines it touches; and only once the piece is
 * `minimumPieceLength` long. Top-level keys always start a piece, unless `thinTopLevel`.
 */
interface PieceLayout {
  spread: number;
  minimumPieceLength: number;
  thinTopLevel: boolean;
}

/** For edits: small pieces, about one in eight lines that may start one. */
const EDIT_LAYOUT: PieceLayout = { spread: 8, minimumPieceLength: 0, thinTopLevel: false };

/**
 * For a text of LARGE_TEXT or more: 100,000 top-level keys would otherwise be 100,000 pieces,
 * each with its own parser and document. One in 64 lines; at least 256 characters, against a
 * text of identical lines (which hash alike).
 */
const LARGE_TEXT = 512 * 1024;
const LARGE_TEXT_LAYOUT: PieceLayout = { spread: 64, minimumPieceLength: 256, thinTopLevel: true };

/**
 * For a text read once (composeInPieces): pieces of about 64 KB. Short pieces are what an
 * edit needs, and each costs a parser; a text read once only needs its pieces' trees small.
 */
const ONE_SHOT_LAYOUT: PieceLayout = { spread: 8, minimumPieceLength: 64 * 1024, thinTopLevel: false };

/** Below this (about 1,000 lines of a typical protocol) a whole parse takes a few milliseconds. */
const DEFAULT_MINIMUM_LENGTH = 32 * 1024;

interface PieceSpan {
  start: number;
  end: number;
  /** The column where the piece's first item starts (its `-` or its key). */
  column: number;
  kind: 'map' | 'seq';
}

interface ParsedPiece {
  start: number;
  document: Document.Parsed;
  /** The piece's own collection: its items are the ones the piece adds. */
  root: YAMLMap.Parsed | YAMLSeq.Parsed;
  /** What the lexer reads in the piece on its own: see IncrementalParser.partsEstimate. */
  parts: number;
}

/**
 * Where the pieces start and end. A piece ends where a line leaves its collection (a line
 * less indented, or a key beside a list's items); it also ends before some of the lines that
 * start a new item (see startsPiece). The comment and empty lines before a piece's first line
 * belong to that piece.
 *
 * Where YAML puts the end of the node before a boundary depends on what follows it, so a
 * boundary is only placed where that end is the same in a piece as in the whole text: after a
 * line with a complete value, with nothing between but empty lines and comments that are not
 * indented deeper than the line after them (a deeper comment belongs to the node before).
 */
function cutIntoPieces(text: string, layout: PieceLayout): PieceSpan[] | undefined {
  const spans: PieceSpan[] = [];
  let piece: PieceSpan = { start: 0, end: 0, column: -1, kind: 'map' };
  /** Start of the first comment or empty line after the last content line, and the deepest indentation among them. */
  let gapStart = -1;
  let gapIndent = -1;
  let previous: LineShape | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const shape = lineShape(text, lineStart, lineEnd);
    if (shape === undefined) return undefined;
    if ('blank' in shape) {
      if (gapStart === -1) gapStart = lineStart;
      gapIndent = Math.max(gapIndent, shape.indent);
    } else {
      const { indent } = shape;
      const leaves = indent < piece.column || (indent === piece.column && piece.kind === 'seq' && !shape.isItem);
      const opens =
        (shape.isItem || shape.isKey) && previous !== undefined && !previous.endsOpen && gapIndent <= indent && continuesCollection(previous, shape);
      if (leaves && !opens) return undefined;
      const longEnough = lineStart - piece.start >= layout.minimumPieceLength;
      const chosen = (): boolean => startsPiece(text, shape.content, lineEnd, layout.spread);
      if (leaves || (opens && longEnough && ((indent === 0 && (!layout.thinTopLevel || chosen())) || (indent > piece.column && chosen())))) {
        const start = gapStart === -1 ? lineStart : gapStart;
        piece.end = start;
        spans.push(piece);
        piece = { start, end: 0, column: indent, kind: shape.isItem ? 'seq' : 'map' };
      }
      previous = shape;
      gapStart = -1;
      gapIndent = -1;
    }
    lineStart = lineEnd + 1;
  }
  piece.end = text.length;
  spans.push(piece);
  if (spans[0].start === spans[0].end) spans.shift();
  return spans.length > 0 ? spans : undefined;
}

/** An empty or comment line. */
interface BlankLine {
  blank: true;
  /** The indentation of a comment or of a line of spaces; -1 for an empty line. */
  indent: number;
}

interface LineShape {
  indent: number;
  /** Where the text after the indentation starts. */
  content: number;
  /** `- ` starts the line. */
  isItem: boolean;
  /** A plain `key:` starts the line. */
  isKey: boolean;
  /** The columns of the `- ` that start the line (`- - a` has two). */
  dashColumns: number[];
  /** The column after those dashes, where a map written on the same line starts. */
  innerColumn: number;
  /**
   * The line leaves its value to the lines after it (`key:`, `-`, `key: |`, `key: !tag`, an open
   * flow collection): YAML may then count the empty lines after it to that value.
   */
  endsOpen: boolean;
}

/** The shape of a line; undefined for what only a whole parse can judge. */
function lineShape(text: string, lineStart: number, lineEnd: number): LineShape | BlankLine | undefined {
  let indent = 0;
  while (text.charCodeAt(lineStart + indent) === SPACE) indent++;
  const content = lineStart + indent;
  const first = text.charCodeAt(content);
  // A tab in the indentation or a lone \r: the whole parse reports or handles these.
  if (first === TAB) return undefined;
  if (first === CR_CODE) return content + 1 === lineEnd ? { blank: true, indent: indent > 0 ? indent : -1 } : undefined;
  if (content >= lineEnd) return { blank: true, indent: indent > 0 ? indent : -1 };
  if (first === HASH) return { blank: true, indent };
  if (indent === 0 && (first === PERCENT || text.startsWith('---', content) || text.startsWith('...', content))) return undefined;
  const dashColumns: number[] = [];
  let inner = content;
  while (text.charCodeAt(inner) === DASH && isSpaceOrEnd(text.charCodeAt(inner + 1))) {
    dashColumns.push(inner - lineStart);
    inner++;
    while (text.charCodeAt(inner) === SPACE) inner++;
  }
  const rest = text.slice(inner, lineEnd);
  // The empty lines after a |+ or >+ block scalar are part of its value: parse such a text whole.
  if (KEEP_BLOCK_SCALAR.test(rest)) return undefined;
  const isItem = dashColumns.length > 0;
  const isKey = !isItem && looksLikeKey(text, content, lineEnd);
  return { indent, content, isItem, isKey, dashColumns, innerColumn: inner - lineStart, endsOpen: endsOpen(rest) };
}

/**
 * Whether a line can start a piece: it adds an item to a collection that an earlier line
 * opened, rather than opening a collection (whose first item must stay with its key).
 */
function continuesCollection(previous: LineShape, line: LineShape): boolean {
  if (previous.indent > line.indent) return true;
  if (previous.indent === line.indent) return line.isItem ? previous.isItem : true;
  return line.isItem ? previous.dashColumns.includes(line.indent) : previous.isItem && previous.innerColumn === line.indent;
}

/** Whether a line (after its dashes) leaves its value to the lines below; see LineShape.endsOpen. */
function endsOpen(line: string): boolean {
  let body = line;
  const comment = body.search(/(?:^|\s)#/);
  if (comment !== -1) body = body.slice(0, comment);
  body = body.trimEnd();
  if (body === '' || /[:[{,]$/.test(body)) return true;
  const last = body.slice(body.lastIndexOf(' ') + 1);
  return /^(?:[|>][-+0-9]*|[&!].*|-|\?)$/.test(last);
}

const KEEP_BLOCK_SCALAR = /(?:^|\s)[|>](?:[1-9]?\+|\+[1-9])\s*(?:#.*)?\r?$/;
const SPACE = 0x20;
const TAB = 0x09;
const LF_CODE = 0x0a;
const CR_CODE = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;
const PERCENT = 0x25;

function isSpaceOrEnd(code: number): boolean {
  return code === SPACE || code === LF_CODE || code === CR_CODE || Number.isNaN(code);
}

/** `key:` or `key: value` with a plain key: it starts with a letter, digit or `_`, and has no quote, bracket or `#` before its `: `. */
function looksLikeKey(text: string, content: number, lineEnd: number): boolean {
  const first = text.charCodeAt(content);
  if (!isKeyStart(first)) return false;
  for (let i = content + 1; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a /* : */) return isSpaceOrEnd(text.charCodeAt(i + 1));
    if (code === HASH || code === 0x22 || code === 0x27 || code === 0x7b || code === 0x5b) return false;
  }
  return false;
}

function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code > 0x7f;
}

/** Whether a line that may start a piece does: when its text hashes to 0. */
function startsPiece(text: string, content: number, lineEnd: number, spread: number): boolean {
  let hash = 0x811c9dc5;
  for (let i = content; i < lineEnd; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % spread === 0;
}

function parsePiece(source: string, start: number): ParsedPiece | undefined {
  const { tokens, parts, tooDeepAt } = readTokensNow(source, start);
  if (tooDeepAt !== undefined) return undefined;
  let document: Document.Parsed;
  try {
    document = composeFirstDocument(tokens, start + source.length);
  } catch {
    return undefined;
  }
  const root = document.contents;
  if (document.errors.length > 0 || document.warnings.length > 0 || !isBlockCollection(root) || root.items.length === 0) return undefined;
  if ((source.includes('&') || source.includes('*')) && holdsAnchorOrAlias(root)) return undefined;
  return { start, document, root, parts };
}

function isBlockCollection(node: unknown): node is YAMLMap.Parsed | YAMLSeq.Parsed {
  return isCollection(node) && !node.flow;
}

/** Anchors and aliases can refer across pieces: such a text is parsed whole. */
function holdsAnchorOrAlias(node: unknown): boolean {
  if (isPair(node)) return holdsAnchorOrAlias(node.key) || holdsAnchorOrAlias(node.value);
  if (isAlias(node)) return true;
  if (isScalar(node)) return node.anchor !== undefined;
  if (isCollection(node)) {
    if (node.anchor !== undefined) return true;
    for (const item of node.items) if (holdsAnchorOrAlias(item)) return true;
  }
  return false;
}

/** A piece parsed earlier, moved to `start` when text before it changed length. */
function reusedPiece(piece: ParsedPiece | undefined, start: number): ParsedPiece | undefined {
  if (!piece) return undefined;
  if (piece.start === start) return piece;
  const delta = start - piece.start;
  const root = moved(piece.root, delta);
  const document = copyOf(piece.document);
  document.contents = root;
  document.range = shiftedRange(piece.document.range, delta);
  return { start, document, root, parts: piece.parts };
}

const NODE_TYPE = Symbol.for('yaml.node.type');

/** A copy of a node, a pair or a document that shares its children. */
function copyOf<T extends object>(node: T): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(node) as object) as T, node);
  Object.defineProperty(copy, NODE_TYPE, { value: (node as Record<symbol, unknown>)[NODE_TYPE] });
  const withRange = copy as { range?: [number, number, number] | null };
  if (withRange.range) withRange.range = [withRange.range[0], withRange.range[1], withRange.range[2]];
  return copy;
}

function shiftedRange(range: readonly [number, number, number], delta: number): [number, number, number] {
  return [range[0] + delta, range[1] + delta, range[2] + delta];
}

/** A deep copy of a parsed tree with every offset moved by `delta`. */
function moved<T>(node: T, delta: number): T {
  if (isPair(node)) {
    const copy = copyOf(node);
    copy.key = moved(node.key, delta);
    copy.value = moved(node.value, delta);
    return copy;
  }
  if (!isScalar(node) && !isCollection(node)) return node;
  const copy = copyOf(node);
  if (node.range) copy.range = shiftedRange(node.range, delta);
  if (isCollection(copy)) copy.items = (copy.items as unknown[]).map((item) => moved(item, delta));
  return copy;
}

/** Puts the pieces' items together into one document; undefined where they do not fit. */
function assemble(text: string, spans: readonly PieceSpan[], pieces: readonly ParsedPiece[]): Document.Parsed | undefined {
  const first = pieces[0];
  if (!isMap(first.root)) return undefined;
  const document = copyOf(first.document);
  const root = freshCopy(first.root);
  document.contents = root;
  document.errors = [];
  document.warnings = [];
  const fresh = new WeakSet<object>([root]);
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    const path = openPath(root, fresh);
    const target = innermost(path, text, spans[i]);
    if (target === -1) return undefined;
    const collection = path[target];
    if (isMap(collection) !== isMap(piece.root)) return undefined;
    (collection.items as unknown[]).push(...piece.root.items);
    for (let j = 0; j <= target; j++) {
      const range = path[j].range;
      path[j].range = [range[0], piece.root.range[1], piece.root.range[2]];
    }
    document.range = [document.range[0], piece.document.range[1], piece.document.range[2]];
    document.comment = piece.document.comment;
  }
  return document;
}

function freshCopy<T extends YAMLMap.Parsed | YAMLSeq.Parsed>(collection: T): T {
  const copy = copyOf(collection);
  copy.items = [...collection.items] as T['items'];
  return copy;
}

/**
 * The block collections from the root down through each last item, copying the ones that
 * are still shared with a cached piece (with the pair that holds them), since items will be
 * appended to one of them.
 */
function openPath(root: YAMLMap.Parsed, fresh: WeakSet<object>): Array<YAMLMap.Parsed | YAMLSeq.Parsed> {
  const path: Array<YAMLMap.Parsed | YAMLSeq.Parsed> = [root];
  let node: YAMLMap.Parsed | YAMLSeq.Parsed = root;
  for (;;) {
    const items = node.items as unknown[];
    const last = items[items.length - 1];
    const child = isPair(last) ? last.value : last;
    if (!isBlockCollection(child)) return path;
    let next: YAMLMap.Parsed | YAMLSeq.Parsed = child;
    if (!fresh.has(child)) {
      next = freshCopy(child);
      fresh.add(next);
      if (isPair(last)) {
        const pair = copyOf(last) as Pair<ParsedNode, ParsedNode>;
        pair.value = next;
        items[items.length - 1] = pair;
      } else {
        items[items.length - 1] = next;
      }
    }
    path.push(next);
    node = next;
  }
}

/** Index in `path` of the collection the piece continues: same kind, items in the same column. */
function innermost(path: ReadonlyArray<YAMLMap.Parsed | YAMLSeq.Parsed>, text: string, span: PieceSpan): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const collection = path[i];
    if ((span.kind === 'seq') !== isSeq(collection)) continue;
    const start = collection.range[0];
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    if (column === span.column) return i;
  }
  return -1;
}

/** Whether the last line of the text that is not blank is a comment with spaces before it. */
function endsWithIndentedComment(text: string): boolean {
  let end = text.length;
  for (;;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return /^[ \t]+#/.test(line);
    if (start === 0) return false;
    end = start - 1;
  }
}
