import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProtocolBytes, validateDocument } from '../../server/src/engine';
import { ErrorCodes, LspResponseError, type Diagnostic, type LspConnection } from '../../bench/lsp/driver';
import { hostileFiles, hostileFolder, type HostileFolder } from './hostile-files';
import { loggedErrors, startServer } from './lsp-session';
import { robustnessFixtures } from './seeds';

const complete = readFileSync(join(robustnessFixtures, 'complete.meldcode.yaml'), 'utf8');

/** Diagnostics as "code line:character message", 0-based as LSP has them. */
function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
}

/** Every position-based request once at `position`, and the whole-document ones: all must answer. */
async function everyRequestAnswers(server: LspConnection, uri: string, position: { line: number; character: number }): Promise<void> {
  const textDocument = { uri };
  const requests: Array<[string, unknown]> = [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/documentLink', { textDocument }],
  ];
  for (const [method, params] of requests) {
    try {
      await server.request(method, params, 30_000);
    } catch (error) {
      const refusal = error instanceof LspResponseError && method === 'textDocument/prepareRename' && error.error.code === ErrorCodes.RequestFailed;
      if (!refusal) throw error;
    }
  }
}

describe('robustness: hostile documents in the language server', function () {
  this.timeout(180_000);

  it('publishes the clear finding for each hostile text opened in the editor and keeps answering', async function () {
    const { server } = await startServer();
    try {
      for (const file of hostileFiles()) {
        // An editor hands the server text, not bytes: what it would show for this file.
        const text = new TextDecoder('utf-8').decode(file.bytes);
        const uri = `file:///hostile/${file.name}`;
        const published = server.nextDiagnostics(uri, (p) => p.version === 1, 60_000);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text } });
        const { diagnostics } = await published;
        const expected = validateDocument(parseProtocolBytes(Buffer.from(text))).map(
          (f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message.en}`,
        );
        assert.deepEqual(lines(diagnostics), expected.sort(), file.name);
        if (file.name !== 'latin1.meldcode.yaml' && file.name !== 'png.meldcode.yaml') {
          // (the editor already replaced the bytes that are not UTF-8, so those two read differently here)
          const { ruleId, line, column } = file.expect;
          assert.ok(
            diagnostics.some((d) => d.code === ruleId && d.range.start.line === line - 1 && d.range.start.character === column - 1 && file.expect.message.test(d.message)),
            `${file.name}: ${JSON.stringify(lines(diagnostics).slice(0, 3))}`,
          );
        }
        for (const position of [{ line: 0, character: 0 }, { line: 0, character: 5 }, { line: 2, character: 8 }, { line: 99_999, character: 99_999 }]) {
          await everyRequestAnswers(server, uri, position);
        }
        const cleared = server.nextDiagnostics(uri, (p) => p.diagnostics.length === 0, 30_000);
        server.notify('textDocument/didClose', { textDocument: { uri } });
        await cleared;
      }
      assert.ok(server.alive);
      assert.deepEqual(loggedErrors(server), []);
    } finally {
      await server.stop();
    }
  });

  describe('a workspace folder full of traps', function () {
    let folder: HostileFolder;
    before(function () {
      folder = hostileFolder(complete, 3);
    });
    after(function () {
      rmSync(folder.root, { recursive: true, force: true });
    });

    it('is scanned at start-up without hanging on the pipe or the loop; each file gets its finding', async function () {
      const { server } = await startServer({ workspaceFolder: folder.root });
      try {
        const uriOf = (name: string): string => pathToFileURL(join(folder.root, name)).href;
        const waits = folder.files.map((file) =>
          server.nextDiagnostics(uriOf(file.name), (p) => p.diagnostics.length > 0, 90_000).then((p) => ({ file, diagnostics: p.diagnostics })),
        );
        for (const { file, diagnostics } of await Promise.all(waits)) {
          const { ruleId, line, column } = file.expect;
          assert.ok(
            diagnostics.some((d) => d.code === ruleId && d.range.start.line === line - 1 && d.range.start.character === column - 1 && file.expect.message.test(d.message)),
            `${file.name}: ${JSON.stringify(lines(diagnostics).slice(0, 3))}`,
          );
        }
        // The ordinary protocols (one inside the folder named like a protocol) have nothing to report.
        for (const name of [...folder.ordinary, 'map.meldcode.yaml/binnen.meldcode.yaml']) {
          const published = server.diagnostics.get(uriOf(name));
          assert.deepEqual(published?.diagnostics ?? [], [], name);
        }
        assert.equal(server.diagnostics.has(uriOf('pijp.meldcode.yaml')), false, 'the named pipe is not read');
        await everyRequestAnswers(server, uriOf(folder.ordinary[0]), { line: 1, character: 2 });
        assert.ok(server.alive);
      } finally {
        await server.stop();
      }
    });
  });
});
