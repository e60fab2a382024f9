import { Composer, isMap, isScalar, isSeq, Lexer, Parser, visit, YAMLParseError, type CST, type Document, type YAMLError } from 'yaml';
import { buildModel, emptyModel, type ProtocolModel } from './model';
import { decodeProtocolBytes } from './bytes';
import { PositionMapper } from './positions';

/** Why a text could not be read as a protocol at all, or a problem the YAML parser found. */
export interface ParseProblem {
  /** A yaml error code (DUPLICATE_KEY, BAD_INDENT ...) or one of ours. */
  code: string;
  startOffset: number;
  endOffset: number;
  /** The limit that was exceeded, for FILE_TOO_LARGE (characters), TOO_DEEP (levels) and TOO_MANY_PARTS. */
  limit?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** Deeper than any protocol needs; keeps recursion in the YAML library and ajv safe. */
export const MAX_NESTING_DEPTH = 100;
/**
 * The most YAML parts (keys, values, indicators, spaces: the lexer's lexemes) a text may hold.
 * Reading, checking and drawing cost time and memory per part, not per character, so this and
 * not the size limit is what keeps a hostile file within bounds (`npm run bench`, hostile files:
 * 2 s and 300 MB). The largest real protocol we know has about 2,000.
 */
export const MAX_YAML_PARTS = 100_000;
const MAX_ALIAS_COUNT = 100;

export interface ParseOptions {
  maxFileSize?: number;
}

export interface ProtocolDocument {
  readonly text: string;
  readonly positions: PositionMapper;
  /** The YAML document; undefined when the text was refused before parsing. */
  readonly yaml: Document.Parsed | undefined;
  readonly problems: ParseProblem[];
  /** The plain data (for the schema check); undefined when it could not be built safely. */
  readonly data: unknown;
  readonly model: ProtocolModel;
}

/**
 * Reads a text from parts parsed earlier (see IncrementalParser). When `compose` cannot, the
 * whole text is parsed.
 */
export interface PieceReader {
  compose(text: string): Document.Parsed | undefined;
  /**
   * How many YAML parts the text has, known without reading all of it (within about one
   * part per piece), or undefined.
   */
  partsEstimate(text: string): number | undefined;
}

/**
 * Reads a protocol text. `pieces`, when given, may compose the YAML document from parts parsed
 * earlier; when it cannot, the whole text is parsed.
 */
export function parseProtocol(text: string, options: ParseOptions = {}, pieces?: PieceReader): ProtocolDocument {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > maxFileSize) {
    return refused(text, { code: 'FILE_TOO_LARGE', startOffset: 0, endOffset: 0, limit: maxFileSize });
  }
  const binaryAt = findBinary(text);
  if (binaryAt !== -1) {
    return refused(text, { code: 'BINARY', startOffset: binaryAt, endOffset: binaryAt + 1 });
  }
  if (hasTooManyParts(text, pieces)) {
    return refused(text, { code: 'TOO_MANY_PARTS', startOffset: 0, endOffset: 0, limit: MAX_YAML_PARTS });
  }

  const compose = pieces ? (whole: string) => pieces.compose(whole) : text.length >= PIECEWISE_FROM ? composedInPieces : undefined;
  const yaml = compose?.(text) ?? readDocument(text);
  if (!('contents' in yaml)) return refused(text, yaml);
  const positions = new PositionMapper(text);
  const nodes = new NodeIndex(yaml);
  const located = withoutEchoes(yaml.errors).map((error) => locateProblem(error, nodes, text));
  const problems = uniqueProblems(blameTabs([...located, ...duplicateKeys(yaml)].sort((a, b) => a.startOffset - b.startOffset), text, positions));

  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = unresolvedAlias(yaml);
    if (alias) {
      // A mistyped *alias: the rest of the protocol can still be checked.
      problems.push({ code: 'BAD_ALIAS', startOffset: alias[0], endOffset: alias[1] });
      return { text, positions, yaml, problems, data: undefined, model: buildModel(yaml, positions) };
    }
    const code = error instanceof ReferenceError ? 'ALIAS_BOMB' : 'TOO_DEEP';
    problems.push({ code, startOffset: 0, endOffset: 0, limit: MAX_NESTING_DEPTH });
    // The model reads the nodes as written, without expanding aliases, so it is still safe to build.
    return { text, positions, yaml, problems, data: undefined, model: buildModel(yaml, positions) };
  }
  return { text, positions, yaml, problems, data, model: buildModel(yaml, positions) };
}

/**
 * From this length on a text read once is composed piece by piece (see IncrementalParser): a
 * whole parse of a 5 MB file holds a syntax tree of several hundred MB.
 */
const PIECEWISE_FROM = 512 * 1024;

function composedInPieces(text: string): Document.Parsed | undefined {
  // Loaded when first needed: incremental-parse builds on this module.
  const { composeInPieces } = require('./incremental-parse') as typeof import('./incremental-parse');
  return composeInPieces(text);
}

/**
 * The YAML document of a whole text, or why it could not be read. The syntax tree of a
 * large file takes several times the memory of its document: it is only held here, and
 * can be collected before the document is read further.
 */
function readDocument(text: string): Document.Parsed | ParseProblem {
  const { tokens, tooDeepAt } = readTokens(text);
  if (tooDeepAt !== undefined) return { code: 'TOO_DEEP', startOffset: tooDeepAt, endOffset: tooDeepAt + 1, limit: MAX_NESTING_DEPTH };
  try {
    return composeFirstDocument(tokens, text.length);
  } catch {
    return { code: 'TOO_DEEP', startOffset: 0, endOffset: 0, limit: MAX_NESTING_DEPTH };
  }
}

/** What a file known to exceed the size limit reads as, without reading it. */
export function tooLargeDocument(maxFileSize: number): ProtocolDocument {
  return refused('', { code: 'FILE_TOO_LARGE', startOffset: 0, endOffset: 0, limit: maxFileSize });
}

function refused(text: string, problem: ParseProblem): ProtocolDocument {
  return {
    text,
    positions: new PositionMapper(text),
    yaml: undefined,
    problems: [problem],
    data: undefined,
    model: emptyModel(),
  };
}

function hasTooManyParts(text: string, pieces: PieceReader | undefined): boolean {
  // Every part is at least one character long, so only a longer text can hold too many.
  if (text.length <= MAX_YAML_PARTS) return false;
  // Counting a large text costs as much as a fifth of checking it after an edit; the pieces
  // read before know their counts. Far below the limit their estimate is enough; near it the
  // text is counted exactly, so the server refuses the same texts as the CLI.
  const estimate = pieces?.partsEstimate(text);
  if (estimate !== undefined && estimate <= MAX_YAML_PARTS / 2) return false;
  return hasMorePartsThan(text, MAX_YAML_PARTS);
}

/** Whether the lexer finds more than `limit` parts in the text; it stops reading past the limit. */
function hasMorePartsThan(text: string, limit: number): boolean {
  let count = 0;
  for (const _lexeme of new Lexer().lex(text)) {
    if (++count > limit) return true;
  }
  return false;
}

/** Offset of the first NUL or other C0 control character that text files do not hold, or -1. */
function findBinary(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.exec(text);
  return match ? match.index : -1;
}

// logLevel 'error': a protocol with odd keys must not print warnings to the server's stderr.
// uniqueKeys is off because yaml compares every key with all keys before it (40,000 keys take
// half a minute); duplicateKeys() finds them in one pass instead.
const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

/** As yaml's parseDocument, from tokens already read: the first document, later ones reported. */
export function composeFirstDocument(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer(COMPOSE_OPTIONS);
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first) {
      first = document;
    } else {
      const [start, end] = document.range;
      first.errors.push(new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return first!;
}

/**
 * Reads the YAML syntax tree as yaml's parseDocument does, but stops as soon as the nesting
 * passes MAX_NESTING_DEPTH: the parser keeps its own stack, while composing the document
 * recurses and could exhaust the call stack; and a 5 MB file of "[" would keep the parser
 * busy for half a minute.
 */
function readTokens(text: string): { tokens: CST.Token[]; parts: number; tooDeepAt?: number } {
  return withPlainEnvironment(() => readTokensNow(text, 0));
}

/**
 * yaml's Parser looks up process.env.LOG_TOKENS for every token, and each lookup in the
 * real environment is a call into the runtime: about a sixth of the parse time. While the
 * tokens are read (synchronously: no other code runs meanwhile) it sees a plain copy.
 */
export function withPlainEnvironment<T>(work: () => T): T {
  if (typeof process === 'undefined') return work();
  const environment = process.env;
  process.env = { LOG_TOKENS: environment.LOG_TOKENS };
  try {
    return work();
  } finally {
    process.env = environment;
  }
}

/**
 * As readTokens, for callers already inside withPlainEnvironment. `startOffset`: where `text`
 * starts in the whole document, so that every offset is the document's.
 */
export function readTokensNow(text: string, startOffset: number): { tokens: CST.Token[]; parts: number; tooDeepAt?: number } {
  const parser = new Parser();
  parser.offset = startOffset;
  const tokens: CST.Token[] = [];
  let parts = 0;
  for (const lexeme of new Lexer().lex(text)) {
    parts++;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_NESTING_DEPTH) {
      const tooDeepAt = tooDeepCollection(parser.stack);
      if (tooDeepAt !== undefined) return { tokens, parts, tooDeepAt };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens, parts };
}

/** Offset of the collection on the parser's stack that is nested deeper than MAX_NESTING_DEPTH. */
function tooDeepCollection(stack: readonly CST.Token[]): number | undefined {
  let depth = 0;
  for (const token of stack) {
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      depth++;
      if (depth > MAX_NESTING_DEPTH) return token.offset;
    }
  }
  return undefined;
}

/** Where a YAML error should point the author: the opening quote, the whole value, the --- line. */
function locateProblem(error: YAMLError, nodes: NodeIndex, text: string): ParseProblem {
  const [start, end] = error.pos;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    // Reported where the text ends; the author needs the quote that was opened.
    const opening = nodes.quoteStart(start);
    if (opening !== undefined) {
      return { code: error.code, startOffset: opening, endOffset: lineTextEnd(text, opening) };
    }
  }
  if (error.code === 'MULTIPLE_DOCS') {
    return { code: error.code, startOffset: start, endOffset: lineTextEnd(text, start) };
  }
  if (error.code === 'MISSING_CHAR' && /without - indicator/.test(error.message)) {
    return { code: 'BAD_INDENT', startOffset: start, endOffset: Math.max(end, start) };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // Mostly a value such as "Stap 1: signalen": mark the value up to the end of its line.
    return { code: error.code, startOffset: start, endOffset: Math.max(lineTextEnd(text, start), end) };
  }
  return { code: error.code, startOffset: start, endOffset: Math.max(end, start) };
}

/** The end of the line that holds `offset`, without trailing spaces. */
function lineTextEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > offset && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** The range of the first *alias whose anchor is not defined before it. */
function unresolvedAlias(yaml: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(yaml, {
    Alias(_key, node) {
      if (node.range && node.resolve(yaml) === undefined) {
        found = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Where quoted values start, read once (and only when a problem asks), so that a file with
 * thousands of problems is not walked once for each of them.
 */
class NodeIndex {
  private quoteStarts: Map<number, number> | undefined;

  constructor(private readonly yaml: Document.Parsed) {}

  /** The start of the quoted value that ends at `offset` (where its closing quote is missing). */
  quoteStart(offset: number): number | undefined {
    if (!this.quoteStarts) {
      const quoteStarts = new Map<number, number>();
      visit(this.yaml, {
        Scalar(_key, node) {
          if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && !quoteStarts.has(node.range[1])) {
            quoteStarts.set(node.range[1], node.range[0]);
          }
        },
      });
      this.quoteStarts = quoteStarts;
    }
    return this.quoteStarts.get(offset);
  }
}

/**
 * Every key that repeats an earlier key of the same map (as yaml's uniqueKeys would report), in
 * one pass over the tree: a walk with a stack (aliases are not followed), keys compared in a set.
 */
function duplicateKeys(yaml: Document.Parsed): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const stack: unknown[] = [yaml.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = node.items.length > 1 ? new Set<string>() : undefined;
      for (const pair of node.items) {
        stack.push(pair.key, pair.value);
        if (!seen || !isScalar(pair.key) || !pair.key.range) continue;
        const value = pair.key.value;
        // A string stands for itself; other values get a prefix no string in a protocol has (binary characters are refused before).
        const id = typeof value === 'string' ? value : `\u0000${value === null ? 'null' : typeof value}:${String(value)}`;
        if (seen.has(id)) problems.push({ code: 'DUPLICATE_KEY', startOffset: pair.key.range[0], endOffset: pair.key.range[1] });
        else seen.add(id);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return problems;
}

/** A value with ": " in it is reported both as a nested and as a multi-line key; once is enough. */
function withoutEchoes(errors: readonly YAMLError[]): YAMLError[] {
  const nested = new Set(errors.filter((error) => error.code === 'BLOCK_AS_IMPLICIT_KEY').map((error) => error.pos[0]));
  return errors.filter((error) => !(error.code === 'MULTILINE_IMPLICIT_KEY' && nested.has(error.pos[0])));
}

/**
 * An error on a line indented with a tab is that tab's fault, however the parser words it;
 * and after such a tab the parser misreads the lines that follow, so from the first one on
 * only the tabs themselves are shown.
 */
function blameTabs(problems: ParseProblem[], text: string, positions: PositionMapper): ParseProblem[] {
  if (!text.includes('\t')) return problems;
  // Looked up once per line: a line can hold thousands of problems (a flow map of duplicate keys).
  const tabs = new Map<number, number | undefined>();
  const tabOf = (offset: number): number | undefined => {
    const line = positions.positionAt(offset).line;
    if (!tabs.has(line)) tabs.set(line, tabInIndentation(text, positions.lineStart(line)));
    return tabs.get(line);
  };
  const blamed = problems.map((problem) => {
    const tab = problem.code === 'TAB_AS_INDENT' ? undefined : tabOf(problem.startOffset);
    return tab === undefined ? problem : { code: 'TAB_AS_INDENT', startOffset: tab, endOffset: tab + 1 };
  });
  const firstTab = blamed.reduce((first, problem) => (problem.code === 'TAB_AS_INDENT' ? Math.min(first, problem.startOffset) : first), Infinity);
  return blamed.filter((problem) => problem.code === 'TAB_AS_INDENT' || problem.startOffset < firstTab);
}

/** Offset of a tab in the indentation of the line that starts at `lineStart`, if there is one. */
function tabInIndentation(text: string, lineStart: number): number | undefined {
  for (let i = lineStart; i < text.length && (text[i] === ' ' || text[i] === '\t'); i++) {
    if (text[i] === '\t') return i;
  }
  return undefined;
}

/**
 * The parser can report one problem several times at the same place; once is enough. The
 * problems mostly come sorted by start (blamed tabs can move one back): a repeat is then
 * among the ones just before it with the same start.
 */
function uniqueProblems(problems: ParseProblem[]): ParseProblem[] {
  const unique: ParseProblem[] = [];
  for (let i = 0; i < problems.length; i++) {
    const problem = problems[i];
    if (i > 0 && problems[i - 1].startOffset > problem.startOffset) return uniqueProblemsUnsorted(problems);
    let repeated = false;
    for (let j = unique.length - 1; j >= 0 && unique[j].startOffset === problem.startOffset && !repeated; j--) {
      repeated = unique[j].code === problem.code && unique[j].endOffset === problem.endOffset;
    }
    if (!repeated) unique.push(problem);
  }
  return unique;
}

function uniqueProblemsUnsorted(problems: ParseProblem[]): ParseProblem[] {
  const byStart = new Map<number, ParseProblem[]>();
  return problems.filter((problem) => {
    const same = byStart.get(problem.startOffset);
    if (!same) {
      byStart.set(problem.startOffset, [problem]);
      return true;
    }
    if (same.some((seen) => seen.code === problem.code && seen.endOffset === problem.endOffset)) return false;
    same.push(problem);
    return true;
  });
}

/** Parses file bytes: UTF-8 with an optional BOM; invalid UTF-8 is reported, not guessed at. */
export function parseProtocolBytes(bytes: Uint8Array, options: ParseOptions = {}): ProtocolDocument {
  const decoded = decodeProtocolBytes(bytes);
  if (decoded.ok) return parseProtocol(decoded.text, options);
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, decoded.invalidUtf8At)).length;
  return refused(decoded.text, { code: 'INVALID_UTF8', startOffset: offset, endOffset: offset + 1 });
}

/**
 * Parse problems after which the parsed structure still mirrors the text. After any other
 * problem the parser's recovery can move or drop content, so only the rules that read the
 * text itself run: findings about the structure would blame the wrong place.
 */
const HARMLESS_PARSE_PROBLEMS: ReadonlySet<string> = new Set(['DUPLICATE_KEY']);

export function structureIsReliable(document: ProtocolDocument): boolean {
  return document.yaml !== undefined && document.problems.every((problem) => HARMLESS_PARSE_PROBLEMS.has(problem.code));
}

/** A size limit in characters as a reader says it: "5 MB", "5 kB". */
export function formatSize(characters: number): string {
  const megabytes = characters / (1024 * 1024);
  return megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.ceil(characters / 1024)} kB`;
}
