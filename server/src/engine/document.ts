import { isCollection, isPair, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { buildModel, emptyModel, type ProtocolModel } from './model';
import { decodeProtocolBytes } from './bytes';
import { PositionMapper } from './positions';

/** Why a text could not be read as a protocol at all, or a problem the YAML parser found. */
export interface ParseProblem {
  /** A yaml error code (DUPLICATE_KEY, BAD_INDENT ...) or one of ours. */
  code: string;
  startOffset: number;
  endOffset: number;
  /** The limit that was exceeded, for FILE_TOO_LARGE (characters) and TOO_DEEP (levels). */
  limit?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** Deeper than any protocol needs; keeps recursion in the YAML library and ajv safe. */
export const MAX_NESTING_DEPTH = 100;
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

export function parseProtocol(text: string, options: ParseOptions = {}): ProtocolDocument {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > maxFileSize) {
    return refused(text, { code: 'FILE_TOO_LARGE', startOffset: 0, endOffset: 0, limit: maxFileSize });
  }
  const binaryAt = findBinary(text);
  if (binaryAt !== -1) {
    return refused(text, { code: 'BINARY', startOffset: binaryAt, endOffset: binaryAt + 1 });
  }

  const lineCounter = new LineCounter();
  let yaml: Document.Parsed;
  try {
    yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch {
    return refused(text, { code: 'TOO_DEEP', startOffset: 0, endOffset: 0, limit: MAX_NESTING_DEPTH });
  }
  const positions = new PositionMapper(text, lineCounter);
  const problems: ParseProblem[] = yaml.errors.map((error) => ({
    code: error.code,
    startOffset: error.pos[0],
    endOffset: Math.max(error.pos[1], error.pos[0]),
  }));

  const tooDeep = findTooDeep(yaml.contents);
  if (tooDeep) {
    problems.push({ code: 'TOO_DEEP', startOffset: tooDeep[0], endOffset: tooDeep[1], limit: MAX_NESTING_DEPTH });
    return { text, positions, yaml, problems, data: undefined, model: emptyModel() };
  }

  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const code = error instanceof ReferenceError ? 'ALIAS_BOMB' : 'TOO_DEEP';
    problems.push({ code, startOffset: 0, endOffset: 0, limit: MAX_NESTING_DEPTH });
    return { text, positions, yaml, problems, data: undefined, model: emptyModel() };
  }
  return { text, positions, yaml, problems, data, model: buildModel(yaml, positions) };
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

/** Offset of the first NUL or other C0 control character that text files do not hold, or -1. */
function findBinary(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.exec(text);
  return match ? match.index : -1;
}

/** The range of the first collection nested deeper than MAX_NESTING_DEPTH, found without recursion. */
function findTooDeep(root: Node | null): [number, number] | undefined {
  if (!root) return undefined;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isCollection(node)) {
      if (depth > MAX_NESTING_DEPTH) {
        const range = node.range ?? [0, 0];
        return [range[0], range[0] + 1];
      }
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** Parses file bytes: UTF-8 with an optional BOM; invalid UTF-8 is reported, not guessed at. */
export function parseProtocolBytes(bytes: Uint8Array, options: ParseOptions = {}): ProtocolDocument {
  const decoded = decodeProtocolBytes(bytes);
  if (decoded.ok) return parseProtocol(decoded.text, options);
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, decoded.invalidUtf8At)).length;
  return refused(decoded.text, { code: 'INVALID_UTF8', startOffset: offset, endOffset: offset + 1 });
}
