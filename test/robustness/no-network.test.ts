import assert from 'node:assert/strict';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runNode } from '../helpers/spawn';
import { startServer } from './lsp-session';
import { robustnessFixtures } from './seeds';

function assertBlocked(attempt: () => unknown, what: RegExp): void {
  assert.throws(attempt, (error: NodeJS.ErrnoException) => {
    assert.equal(error.code, 'ENETWORKDISABLED');
    assert.match(error.message, what);
    return true;
  });
}

describe('robustness: tests run without network access', function () {
  this.timeout(60_000);

  it('the test process cannot connect, resolve or fetch', function () {
    assertBlocked(() => net.connect(443, 'example.org'), /net\.connect\(example\.org:443\)/);
    assertBlocked(() => net.createConnection({ host: '192.0.2.1', port: 80 }), /192\.0\.2\.1:80/);
    assertBlocked(() => new net.Socket().connect(80, '127.0.0.1'), /net\.Socket\.connect\(127\.0\.0\.1:80\)/);
    assertBlocked(() => tls.connect(443, 'example.org'), /tls\.connect/);
    assertBlocked(() => http.get('http://example.org/schema.json'), /http\.get\(example\.org/);
    assertBlocked(() => https.request({ hostname: 'json.schemastore.org', path: '/' }), /https\.request\(json\.schemastore\.org/);
    assertBlocked(() => fetch('https://example.org/'), /fetch\(https:\/\/example\.org\/\)/);
    assertBlocked(() => dns.lookup('example.org', () => undefined), /dns\.lookup\(example\.org\)/);
    assertBlocked(() => dns.resolve4('example.org', () => undefined), /dns\.resolve4/);
    assertBlocked(() => dns.promises.resolve('example.org'), /dns\.promises\.resolve/);
  });

  it('processes the tests start inherit the block, and attempts they swallow are logged', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'meldcode-network-'));
    const log = join(folder, 'attempts.log');
    const script = join(folder, 'try.js');
    writeFileSync(script, "try { require('node:https').get('https://example.org/'); } catch (e) { console.log(e.code); }\n");
    try {
      const run = await runNode(script, [], { env: { MELDCODE_NETWORK_LOG: log } });
      assert.equal(run.stdout, 'ENETWORKDISABLED\n');
      assert.match(readFileSync(log, 'utf8'), /^\d+ https\.get\(example\.org:\)\n$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('meldcode-lint and the language server do their work without trying the network', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'meldcode-network-'));
    const log = join(folder, 'attempts.log');
    writeFileSync(log, '');
    process.env.MELDCODE_NETWORK_LOG = log;
    try {
      const flawed = join(robustnessFixtures, 'outdated-terms.meldcode.yaml');
      const cli = await runCli(['--format', 'sarif', flawed]);
      assert.equal(cli.code, 1, cli.stderr);
      const { server } = await startServer({ workspaceFolder: robustnessFixtures });
      try {
        const uri = 'file:///network/check.meldcode.yaml';
        const published = server.nextDiagnostics(uri, (p) => p.diagnostics.length > 0, 20_000);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'meldcode', version: 1, text: readFileSync(flawed, 'utf8') } });
        await published;
        await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 16, character: 12 } });
        await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
        await server.request('textDocument/documentLink', { textDocument: { uri } });
      } finally {
        await server.stop();
      }
      assert.equal(readFileSync(log, 'utf8'), '', 'no network attempt, not even a swallowed one');
    } finally {
      delete process.env.MELDCODE_NETWORK_LOG;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
