/**
 * A long random session against a language server: documents opened, edited and closed,
 * and every request at random positions, including text that is not YAML at all. Used by
 * the fuzz test (10,000 requests) and by the soak run in bench/lsp/soak.ts.
 * MELDCODE_FUZZ_DUMP=<folder>: the text of a document whose diagnostics fall outside it is
 * saved there, to reproduce the problem with the engine alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseProtocol } from '../../server/src/engine';
import { ErrorCodes, LspResponseError, type Diagnostic, type LspConnection } from '../../bench/lsp/driver';
import { applyAll, blockScalarValues, insertion, mutations, randomProtocol11 } from './arbitraries';
import { Lines, rangeProblem } from './checks';
import { loadSeeds } from './seeds';

const IN_FLIGHT = 24;
export const URIS = Array.from({ length: 8 }, (_, i) => `file:///fuzz/protocol-${i}.meldcode.yaml`);

const seeds = loadSeeds();

type Op =
  | { kind: 'open'; uri: number; text: string }
  | { kind: 'close'; uri: number }
  | { kind: 'change'; uri: number; at: number; length: number; insert: string }
  | { kind: 'replace'; uri: number; text: string }
  | { kind: 'request'; uri: number; method: string; line: number; character: number; wild: boolean; newName: string; cancel: boolean };

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(insertion, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.jsonValue().map((value) => JSON.stringify(value, null, 2)),
  fc.constantFrom('', '\n', '# only a comment', '{}', '[', '---\n---\n', '\uFEFF', 'meldcode: [', '<html><body>not yaml</body></html>', 'a:\tb\n\t- c'),
);
const documentText = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...seeds.map((s) => s.text)), mutations).map(([text, list]) => applyAll(text, list)) },
  { weight: 2, arbitrary: fc.constantFrom(...seeds.map((s) => s.text)) },
  // Ids, references and kinds written as block scalars (`vervanger: >-`, the id on the next line).
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...seeds.map((s) => s.text)), blockScalarValues).map(([text, m]) => m.apply(text)) },
  // The shapes format 1.1 adds (routes, merged steps, parts, outcomes, the afwegingskader's forms).
  { weight: 2, arbitrary: randomProtocol11 },
  { weight: 2, arbitrary: noise },
);
const uri = fc.integer({ min: 0, max: URIS.length - 1 });
const METHODS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/rename',
  'textDocument/prepareRename',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentLink',
  'textDocument/documentHighlight',
  'textDocument/selectionRange',
  'textDocument/inlayHint',
  'workspace/symbol',
];
const newName = fc.oneof(
  // Valid and free, so that a rename is carried out and its edits can be checked.
  { weight: 4, arbitrary: fc.constantFrom('nieuwe-id', 'de-bakker', 'zorg-coach-2') },
  fc.constantFrom('nieuwe-id', 'jansen', '', ' ', 'twee woorden', '__proto__', 'constructor', 'a:b', '- x', '#', 'x'.repeat(300), 'é😀'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), uri, text: documentText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), uri }) },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('change' as const), uri, at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.oneof(insertion, fc.constantFrom('\n', '  ', 'stap: 3\n', '- ', 'AMK', 'contact: [jansen]', 'vervanger: >-\n      jansen\n', ': |-\n  ')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), uri, text: documentText }) },
  {
    weight: 60,
    arbitrary: fc.record({
      kind: fc.constant('request' as const),
      uri,
      method: fc.constantFrom(...METHODS),
      line: fc.nat(),
      character: fc.nat(),
      wild: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.15),
      newName,
      cancel: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.03),
    }),
  },
);

interface OpenDocument {
  text: string;
  version: number;
  /** Recent versions' texts, to check the ranges of diagnostics published for them. */
  history: Map<number, string>;
}

/** Requests whose answer edits or describes the value under the cursor: some of them are aimed at block scalars. */
const AIMED_METHODS: ReadonlySet<string> = new Set(['textDocument/rename', 'textDocument/prepareRename', 'textDocument/codeAction', 'textDocument/hover']);

function position(doc: OpenDocument | undefined, request: Extract<Op, { kind: 'request' }>): { line: number; character: number } {
  if (doc && AIMED_METHODS.has(request.method) && request.character % 2 === 0) {
    const aimed = blockScalarPosition(doc.text, request.line);
    if (aimed) return aimed;
  }
  if (!doc || request.wild) {
    // past the end, on a line that does not exist, at characters no line has
    return { line: request.line % 100_000, character: request.character % 2_147_483_647 };
  }
  const lines = new Lines(doc.text);
  const line = request.line % lines.count;
  return { line, character: request.character % (lines.length(line) + 2) };
}

/**
 * A position in the content of a block scalar (`vervanger: >-` and the id on the next line),
 * an id's above all, which a random position rarely hits: that is where an edit could take
 * the header and its line break with it. Undefined when the text has no block scalar.
 */
function blockScalarPosition(text: string, pick: number): { line: number; character: number } | undefined {
  const lines = new Lines(text);
  const lineText = (line: number): string => text.slice(lines.starts[line], lines.starts[line] + lines.length(line));
  const blockLines: number[] = [];
  const idLines: number[] = [];
  for (let line = 1; line < lines.count; line++) {
    const header = /^\s*(?:- )?([\w-]*):\s*[|>][-+0-9]*\s*(#.*)?$/.exec(lineText(line - 1));
    if (!header) continue;
    blockLines.push(line);
    if (header[1] === 'id' || header[1] === 'vervanger') idLines.push(line);
  }
  const aimed = idLines.length > 0 && pick % 3 !== 0 ? idLines : blockLines;
  if (aimed.length === 0) return undefined;
  const line = aimed[pick % aimed.length];
  return { line, character: /^ */.exec(lineText(line))![0].length + 1 };
}

function paramsFor(request: Extract<Op, { kind: 'request' }>, doc: OpenDocument | undefined, server: LspConnection): unknown {
  const textDocument = { uri: URIS[request.uri] };
  const at = position(doc, request);
  switch (request.method) {
    case 'textDocument/documentSymbol':
    case 'textDocument/foldingRange':
    case 'textDocument/documentLink':
      return { textDocument };
    case 'textDocument/codeAction': {
      const published = server.diagnostics.get(textDocument.uri)?.diagnostics ?? [];
      const end = { line: at.line + (request.line % 3), character: request.character % 20 };
      return { textDocument, range: { start: at, end }, context: { diagnostics: published.slice(0, 5), only: request.character % 4 === 0 ? ['source.fixAll'] : undefined } };
    }
    case 'textDocument/rename':
      return { textDocument, position: at, newName: request.newName };
    case 'workspace/symbol':
      return { query: request.newName };
    case 'textDocument/selectionRange':
      return { textDocument, positions: [at, { line: at.line + (request.line % 3), character: request.character % 7 }] };
    case 'textDocument/inlayHint': {
      const end = { line: at.line + (request.line % 200), character: request.character % 20 };
      return { textDocument, range: { start: at, end } };
    }
    case 'textDocument/references':
      return { textDocument, position: at, context: { includeDeclaration: request.line % 2 === 0 } };
    default:
      return { textDocument, position: at };
  }
}

type LspEdit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type LspWorkspaceEdit = { changes?: Record<string, LspEdit[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: LspEdit[] }> };

function applyLspEdits(text: string, edits: readonly LspEdit[]): string {
  const lines = new Lines(text);
  const sorted = edits
    .map((edit, index) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * What a rename or a code action would do to a document that is valid YAML: it must stay
 * valid YAML (an edit that took a block scalar's header and line break with it joined the
 * value to the next key), and a rename must leave the new id where the old one was.
 */
function editProblem(method: string, uri: string, before: string, result: unknown, newName: string): string | undefined {
  if (!result) return undefined;
  const edits: Array<[string, LspWorkspaceEdit]> =
    method === 'textDocument/rename'
      ? [['rename', result as LspWorkspaceEdit]]
      : (result as Array<{ title?: string; edit?: LspWorkspaceEdit }>).filter((action) => action.edit).map((action) => [action.title ?? '', action.edit!]);
  if (edits.length === 0 || parseProtocol(before).problems.length > 0) return undefined;
  for (const [title, edit] of edits) {
    const forUri = [...(edit.changes?.[uri] ?? []), ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits)];
    if (forUri.length === 0) continue;
    const after = applyLspEdits(before, forUri);
    const parsed = parseProtocol(after);
    if (parsed.problems.length > 0) return `${method} "${title}" turns valid YAML into ${parsed.problems[0].code} at ${parsed.problems[0].startOffset}`;
    if (method === 'textDocument/rename') {
      const name = newName.trim();
      if (!forUri.every((e) => e.newText === name)) return `${method} writes something else than the new name`;
      const { model } = parsed;
      const ids = [...model.officers.map((o) => o.id?.text), ...model.contactPoints.map((c) => c.id?.text), ...model.references.map((r) => r.target.text)];
      const renamed = ids.filter((id) => id?.trim() === name).length;
      if (renamed < forUri.length) return `${method} to "${name}": ${forUri.length} edits, but the id reads "${name}" in ${renamed} places afterwards`;
    }
  }
  return undefined;
}

/** An answer that is acceptable: a result, a cancellation, or a well-formed refusal of a rename. */
function judgeError(method: string, error: unknown): string | undefined {
  if (!(error instanceof LspResponseError)) return `${method}: ${error instanceof Error ? error.message : String(error)}`;
  const { code, message } = error.error;
  if (code === ErrorCodes.RequestCancelled || code === ErrorCodes.ContentModified) return undefined;
  const wellFormed = Number.isInteger(code) && typeof message === 'string' && message.trim().length > 0;
  if ((method === 'textDocument/rename' || method === 'textDocument/prepareRename') && wellFormed) return undefined;
  return `${method} answered with error ${code}: ${message}`;
}

export interface SessionResult {
  requests: number;
  /** Requests that got no acceptable answer, and diagnostics published outside their document. */
  problems: string[];
  /** Resident memory of the server, sampled as [requests so far, bytes]. */
  rss: Array<[number, number]>;
  /** The documents still open at the end. */
  open: number[];
}

/** Runs `requestCount` requests (plus the opens, edits and closes between them) from `seed`. */
export async function runRandomSession(
  server: LspConnection,
  options: { requests: number; seed: number; sampleEvery?: number; onProgress?: (requests: number, rssBytes: number) => void },
): Promise<SessionResult> {
  const { requests: requestCount, seed, onProgress } = options;
  const sampleEvery = options.sampleEvery ?? 500;
  // Drawn in chunks, so that a long soak does not hold every document text at once.
  function* ops(): Generator<[number, Op]> {
    for (let chunk = 0, index = 0; ; chunk++) {
      for (const next of fc.sample(op, { numRuns: 2_000, seed: seed + chunk })) yield [index++, next];
    }
  }
  const open = new Map<number, OpenDocument>();
  const problems: string[] = [];
  const recent: string[] = [];
  const rss: Array<[number, number]> = [];
  let requests = 0;
  let inFlight: Array<Promise<void>> = [];

  const diagnosticsChecked = new Set<unknown>();
  const checkPublished = (): void => {
    for (const [u, published] of server.diagnostics) {
      if (diagnosticsChecked.has(published)) continue;
      diagnosticsChecked.add(published);
      const index = URIS.indexOf(u);
      const doc = open.get(index);
      if (published.version === undefined || !doc) continue;
      const text = doc.history.get(published.version);
      if (text === undefined) continue;
      const lines = new Lines(text);
      for (const diagnostic of published.diagnostics as Diagnostic[]) {
        const problem = rangeProblem(lines, diagnostic.range);
        if (problem) {
          const loneCr = /\r(?!\n)/.test(text) ? ' (the text has a lone CR line break)' : '';
          const dump = process.env.MELDCODE_FUZZ_DUMP;
          let saved = '';
          if (dump) {
            saved = join(dump, `problem-${problems.length}.meldcode.yaml`);
            writeFileSync(saved, text);
            saved = ` (text saved as ${saved})`;
          }
          problems.push(`diagnostic "${diagnostic.message}" of ${u} v${published.version}: ${problem}${loneCr}${saved}`);
        }
      }
    }
  };

  for (const [index, next] of ops()) {
    if (requests >= requestCount) break;
    recent.push(`${index}: ${JSON.stringify(next).slice(0, 160)}`);
    if (recent.length > 30) recent.shift();
    const u = URIS[next.uri];
    const doc = open.get(next.uri);
    if (next.kind === 'open') {
      if (doc) server.notify('textDocument/didClose', { textDocument: { uri: u } });
      open.set(next.uri, { text: next.text, version: 1, history: new Map([[1, next.text]]) });
      server.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'meldcode', version: 1, text: next.text } });
    } else if (next.kind === 'close') {
      if (!doc) continue;
      open.delete(next.uri);
      server.notify('textDocument/didClose', { textDocument: { uri: u } });
    } else if (next.kind === 'change' || next.kind === 'replace') {
      if (!doc) continue;
      doc.version++;
      if (next.kind === 'replace') {
        doc.text = next.text;
        server.notify('textDocument/didChange', { textDocument: { uri: u, version: doc.version }, contentChanges: [{ text: next.text }] });
      } else {
        const lines = new Lines(doc.text);
        // An editor never puts a position between the \r and \n of a line break: step back before it.
        const outsideBreak = (offset: number): number => (doc.text[offset - 1] === '\r' && doc.text[offset] === '\n' ? offset - 1 : offset);
        const start = outsideBreak(next.at % (doc.text.length + 1));
        const end = outsideBreak(Math.min(doc.text.length, start + next.length));
        const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
        doc.text = doc.text.slice(0, start) + next.insert + doc.text.slice(end);
        server.notify('textDocument/didChange', { textDocument: { uri: u, version: doc.version }, contentChanges: [{ range, text: next.insert }] });
      }
      doc.history.set(doc.version, doc.text);
      doc.history.delete(doc.version - 40);
    } else {
      requests++;
      const params = paramsFor(next, doc, server);
      // The text the server answers for: notifications before the request are handled before it.
      const textNow = doc?.text;
      const checked = next.method === 'textDocument/rename' || next.method === 'textDocument/codeAction';
      const pending = server.request(next.method, params, 20_000).then(
        (result) => {
          if (!checked || textNow === undefined) return;
          const problem = editProblem(next.method, u, textNow, result, next.newName);
          if (problem) problems.push(`${problem}\n  params: ${JSON.stringify(params).slice(0, 300)}\n  text: ${JSON.stringify(textNow).slice(0, 2000)}`);
        },
        (error: unknown) => {
          const problem = judgeError(next.method, error);
          if (problem) problems.push(`${problem}\n  params: ${JSON.stringify(params).slice(0, 300)}\n  after:\n    ${recent.slice(-8).join('\n    ')}`);
        },
      );
      if (next.cancel) server.notify('$/cancelRequest', { id: server.lastRequestId });
      inFlight.push(pending);
      if (inFlight.length >= IN_FLIGHT) {
        await Promise.all(inFlight);
        inFlight = [];
        checkPublished();
        if (!server.alive) break;
      }
      if (requests % sampleEvery === 0) {
        rss.push([requests, server.rssBytes()]);
        onProgress?.(requests, rss[rss.length - 1][1]);
      }
    }
  }
  await Promise.all(inFlight);
  checkPublished();

  return { requests, problems, rss, open: [...open.keys()] };
}
