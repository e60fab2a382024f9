import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  InitializeParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** The repository root (tests run from out/test/lsp/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'lsp');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureUri(name: string): string {
  return pathToFileURL(path.join(FIXTURES, name)).href;
}

/** What a client like VS Code announces; tests switch parts off to see the server adapt. */
export function fullCapabilities(): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true },
      completion: { completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      rename: { prepareSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      documentLink: {},
    },
    workspace: { workspaceEdit: { documentChanges: true } },
    window: {},
  };
}

/** A code action as the server sends it, with what the tests read of it. */
export interface CodeActionReply {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics?: Array<{ code: string; range: unknown; message: string }>;
  edit?: { changes?: Record<string, unknown[]>; documentChanges?: Array<{ textDocument: { uri: string; version: number }; edits: unknown[] }> };
}

export interface StartOptions {
  capabilities?: ClientCapabilities;
  locale?: string;
  workspaceFolders?: string[];
  initializationOptions?: unknown;
  /** Answers to workspace/configuration, by section and scope. */
  settings?: (section: string | undefined, scopeUri: string | undefined) => unknown;
}

/** A minimal LSP client over stdio: spawns the built server and speaks JSON-RPC with it. */
export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly progress: unknown[] = [];
  readonly registrations: unknown[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  private waiters: Array<() => void> = [];
  private exited = false;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    readonly initializeResult: InitializeResult,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const pending: { client?: TestClient } = {};
    const early: Array<(client: TestClient) => void> = [];
    const later = (action: (client: TestClient) => void): void => {
      if (pending.client) action(pending.client);
      else early.push(action);
    };
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      later((client) => {
        client.diagnostics.push(params);
        client.wake();
      }),
    );
    connection.onNotification('$/progress', (params: unknown) =>
      later((client) => {
        client.progress.push(params);
        client.wake();
      }),
    );
    connection.onNotification('window/logMessage', (params: { message: string }) => later((client) => client.logs.push(params.message)));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      later((client) => client.registrations.push(...params.registrations));
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) => {
      later((client) => client.configurationRequests.push(params));
      return params.items.map((item) => (options.settings ? options.settings(item.section, item.scopeUri) : null));
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.listen();
    const capabilities = options.capabilities ?? fullCapabilities();
    if (options.settings) capabilities.workspace = { ...capabilities.workspace, configuration: true };
    const initialize: InitializeParams = {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ? pathToFileURL(options.workspaceFolders[0]).href : null,
      workspaceFolders: options.workspaceFolders?.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })) ?? null,
      capabilities,
      initializationOptions: options.initializationOptions,
    };
    if (options.locale !== undefined) initialize.locale = options.locale;
    const result = (await connection.sendRequest('initialize', initialize)) as InitializeResult;
    const client = new TestClient(child, connection, result);
    child.on('exit', () => {
      client.exited = true;
      client.wake();
    });
    pending.client = client;
    early.forEach((action) => action(client));
    await connection.sendNotification('initialized', {});
    return client;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** Resolves when `condition` holds, checked after every notification; fails after `timeout` ms. */
  async waitFor<T>(what: string, condition: () => T | undefined, timeout = 5000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0 || this.exited) throw new Error(`timed out waiting for ${what}${this.exited ? ' (the server exited)' : ''}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next diagnostics published for `uri` after `after` earlier ones (optionally for a version). */
  async diagnosticsFor(uri: string, options: { after?: number; version?: number } = {}): Promise<PublishDiagnosticsParams> {
    const after = options.after ?? 0;
    return this.waitFor(`diagnostics for ${uri}`, () =>
      this.diagnostics
        .slice(after)
        .find((entry) => entry.uri === uri && (options.version === undefined || entry.version === options.version)),
    );
  }

  open(uri: string, text: string, languageId = 'meldcode', version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    if (this.exited) {
      this.connection.dispose();
      return;
    }
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // the server is gone already
    }
    await Promise.race([new Promise((resolve) => this.process.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (!this.exited) this.process.kill();
    this.connection.dispose();
  }
}

/** Applies LSP text edits (in any order, not overlapping) to a text. */
export function applyEdits(text: string, edits: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (position: { line: number; character: number }): number =>
    position.line >= lineStarts.length ? text.length : Math.min(lineStarts[position.line] + position.character, text.length);
  const sorted = edits
    .map((edit, index) => ({ start: offset(edit.range.start), end: offset(edit.range.end), text: edit.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The edits of a WorkspaceEdit for one document, from `changes` or `documentChanges`. */
export function editsFor(
  edit: { changes?: Record<string, unknown[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: unknown[] }> } | undefined,
  uri: string,
): Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits);
  return [...fromChanges, ...fromDocumentChanges] as ReturnType<typeof editsFor>;
}
