import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-jsonrpc/node';
import { fixture, fixtureUri, TestClient } from './client';

const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;

/** The error a request was answered with (the test fails when it got a result). */
async function refusal(pending: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    const result = await pending;
    assert.fail(`answered with a result instead of an error: ${JSON.stringify(result)}`);
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error;
  }
}

describe('language server: after shutdown', () => {
  it('answers every request with InvalidRequest, then leaves with exit code 0 on exit', async () => {
    const client = await TestClient.start();
    const uri = fixtureUri('protocol.meldcode.yaml');
    client.open(uri, fixture('protocol.meldcode.yaml'));
    await client.diagnosticsFor(uri);
    // Before shutdown: answers, and an unknown method is MethodNotFound.
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } }));
    assert.equal((await refusal(client.request('meldcode/unknown', {}))).code, METHOD_NOT_FOUND);

    assert.equal(await client.request('shutdown', undefined), null);
    const position = { line: 3, character: 4 };
    const requests: Array<[string, unknown]> = [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/completion', { textDocument: { uri }, position }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/rename', { textDocument: { uri }, position, newName: 'x' }],
      ['textDocument/diagnostic', { textDocument: { uri } }],
      ['workspace/symbol', { query: '' }],
      ['workspace/executeCommand', { command: 'meldcode.checkWorkspace', arguments: [] }],
      ['meldcode/unknown', {}],
      ['initialize', { processId: null, rootUri: null, capabilities: {} }],
      ['shutdown', undefined],
    ];
    for (const [method, params] of requests) {
      const error = await refusal(client.request(method, params));
      assert.equal(error.code, INVALID_REQUEST, `${method}: ${error.message}`);
      assert.match(error.message, /has been shut down; only the exit notification is accepted/, method);
    }
    // Notifications are not answered and change nothing; the process is still there for exit.
    const published = client.diagnostics.length;
    client.change(uri, 2, [{ text: 'meldcode: [' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(client.diagnostics.length, published, 'no diagnostics for an edit after shutdown');
    assert.equal(client.hasExited, false);

    const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
    client.notify('exit', undefined);
    assert.equal(await exited, 0);
    await client.stop();
  });
});
