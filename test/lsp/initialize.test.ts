import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { fullCapabilities, ROOT, SERVER, TestClient } from './client';

describe('language server: initialize', () => {
  it('announces its features, with incremental sync and the fix-all source action', async () => {
    const client = await TestClient.start();
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(client.initializeResult, {
        capabilities: {
          textDocumentSync: { openClose: true, change: 2 },
          hoverProvider: true,
          completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','] },
          codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.meldcode'] },
          documentSymbolProvider: true,
          foldingRangeProvider: true,
          definitionProvider: true,
          referencesProvider: true,
          renameProvider: { prepareProvider: true },
          documentLinkProvider: { resolveProvider: false },
          documentHighlightProvider: true,
          selectionRangeProvider: true,
          inlayHintProvider: { resolveProvider: false },
          workspaceSymbolProvider: true,
          executeCommandProvider: { commands: ['meldcode.validateWorkspace'] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'meldcode-language-server', version: manifest.version },
      });
    } finally {
      await client.stop();
    }
  });

  it('offers pull diagnostics only to a client that supports them, and plain rename without prepare support', async () => {
    const capabilities = fullCapabilities();
    capabilities.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    capabilities.textDocument!.rename = {};
    const client = await TestClient.start({ capabilities });
    try {
      assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
        identifier: 'meldcode',
        interFileDependencies: false,
        workspaceDiagnostics: false,
      });
      assert.equal(client.initializeResult.capabilities.renameProvider, true);
    } finally {
      await client.stop();
    }
  });

  it('answers shutdown and exits on exit', async () => {
    const client = await TestClient.start();
    await client.request('shutdown', null);
    client.notify('exit', null);
    await client.waitFor('the server to exit', () => (client.hasExited ? true : undefined));
    await client.stop();
  });

  it('runs as the package bin over stdio, and tells its usage', async () => {
    const bin = path.join(ROOT, 'bin', 'meldcode-language-server.js');
    const help = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, '--help']);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('exit', () => resolve(output));
    });
    assert.equal(
      help,
      'Usage: meldcode-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n' +
        'The language server for meldcode protocols (*.meldcode.yaml). Speaks LSP over stdio by default.\n',
    );
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, '--stdio']);
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"serverInfo"')) {
          child.kill();
          resolve(output);
        }
      });
      child.on('error', reject);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
    assert.match(stdout, /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":1,"result":\{"capabilities":/);
  });

  it('speaks over Node IPC with --node-ipc, as the VS Code extension starts it', async () => {
    const child = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as {
        serverInfo: { name: string };
      };
      assert.equal(result.serverInfo.name, 'meldcode-language-server');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
