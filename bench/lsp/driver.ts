/**
 * A small LSP client over stdio, the same for every server it drives: JSON-RPC framing,
 * requests with timeouts, answers to the server's own requests (configuration, capability
 * registration, progress), published diagnostics with the time they arrived, and the
 * server process's resident memory read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ServerCommand {
  /** What to call the server in tables and messages. */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Settings by section, answered to `workspace/configuration` and sent in `didChangeConfiguration`. */
  settings?: Record<string, unknown>;
}

export interface ResponseError {
  code: number;
  message: string;
  data?: unknown;
}

/** A request that the server answered with an error. */
export class LspResponseError extends Error {
  constructor(
    readonly method: string,
    readonly error: ResponseError,
  ) {
    super(`${method} failed: ${error.code} ${error.message}`);
  }
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** performance.now() when the notification was read. */
  receivedAt: number;
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface DiagnosticsWaiter {
  uri: string;
  accept: (published: PublishedDiagnostics) => boolean;
  resolve: (published: PublishedDiagnostics) => void;
}

export const ErrorCodes = {
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InvalidRequest: -32600,
  InternalError: -32603,
  RequestCancelled: -32800,
  ContentModified: -32801,
  RequestFailed: -32803,
} as const;

const HEADER_END = Buffer.from('\r\n\r\n');
const STDERR_KEEP = 64 * 1024;

export class LspConnection {
  readonly child: ChildProcess;
  readonly startedAt: number;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  /** Every notification method the server sent, with a count. */
  readonly notificationCounts = new Map<string, number>();
  /** What the server logged or showed (window/logMessage, window/showMessage), the last 200. */
  readonly messages: Array<{ method: string; type: number; message: string }> = [];
  /** Requests the server sent that this client does not know (answered with MethodNotFound). */
  readonly unknownServerRequests: string[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<DiagnosticsWaiter>();
  private readonly settings: Record<string, unknown>;
  private nextId = 1;
  private buffer: Buffer = Buffer.alloc(0);
  private stderrText = '';
  private hasExited = false;

  private constructor(readonly server: ServerCommand) {
    this.settings = server.settings ?? {};
    this.startedAt = performance.now();
    this.child = spawn(server.command, server.args, {
      cwd: server.cwd,
      env: server.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.hasExited = true;
        for (const pending of this.pending.values()) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`${server.name} exited (${code ?? signal}) before answering ${pending.method}\n${this.stderr}`));
        }
        this.pending.clear();
        resolve({ code, signal });
      });
    });
    this.child.on('error', () => undefined); // the exit handler reports it
    this.child.stdin!.on('error', () => undefined); // writing to a dead server: the pending requests fail instead
    this.child.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderrText = (this.stderrText + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
  }

  static start(server: ServerCommand): LspConnection {
    return new LspConnection(server);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The id of the request sent last (to cancel it with `$/cancelRequest`). */
  get lastRequestId(): number {
    return this.nextId - 1;
  }

  get alive(): boolean {
    return !this.hasExited;
  }

  /** The last 64 kB the server wrote to stderr. */
  get stderr(): string {
    return this.stderrText;
  }

  /** Resident memory of the server process in bytes (VmRSS from /proc/<pid>/status). */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    if (!match) throw new Error(`no VmRSS for ${this.server.name} (pid ${this.pid})`);
    return Number(match[1]) * 1024;
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.hasExited) {
        reject(new Error(`${this.server.name} is not running; cannot send ${method}\n${this.stderr}`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.server.name} did not answer ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    if (this.hasExited) return;
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first diagnostics published for `uri` from now on that `accept`
   * approves. Register before sending the notification that should cause them.
   */
  nextDiagnostics(
    uri: string,
    accept: (published: PublishedDiagnostics) => boolean = () => true,
    timeoutMs = 30_000,
  ): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const waiter: DiagnosticsWaiter = {
        uri,
        accept,
        resolve: (published) => {
          clearTimeout(timer);
          resolve(published);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const last = this.diagnostics.get(uri);
        reject(
          new Error(
            `${this.server.name} published no accepted diagnostics for ${uri} within ${timeoutMs} ms` +
              ` (last: ${last ? last.diagnostics.length + ' diagnostics' : 'none'})`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Waits until the server has published nothing for `uri` during `quietMs`; returns the last publication. */
  async settledDiagnostics(uri: string, quietMs: number, timeoutMs = 60_000): Promise<PublishedDiagnostics | undefined> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      try {
        await this.nextDiagnostics(uri, () => true, quietMs);
      } catch {
        return this.diagnostics.get(uri);
      }
      if (performance.now() > deadline) throw new Error(`${this.server.name} kept publishing diagnostics for ${uri}`);
    }
  }

  /** initialize + initialized (+ the settings pushed once), returning the initialize result. */
  async initialize(params: { rootUri: string | null; workspaceFolders?: Array<{ uri: string; name: string }> | null; initializationOptions?: unknown }): Promise<InitializeResult> {
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'meldcode-lsp-driver' },
      locale: 'en',
      rootUri: params.rootUri,
      workspaceFolders: params.workspaceFolders ?? null,
      initializationOptions: params.initializationOptions,
      capabilities: CLIENT_CAPABILITIES,
    });
    this.notify('initialized', {});
    if (Object.keys(this.settings).length > 0) this.notify('workspace/didChangeConfiguration', { settings: this.settings });
    return result;
  }

  /** shutdown + exit; kills the process when it does not leave by itself. */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.hasExited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // a server that cannot shut down is killed below
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.hasExited) this.child.kill('SIGKILL');
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) throw new Error(`${this.server.name} sent a message without Content-Length: ${header}`);
      const length = Number(match[1]);
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.onMessage(JSON.parse(body) as IncomingMessage, performance.now());
    }
  }

  private onMessage(message: IncomingMessage, receivedAt: number): void {
    if (message.method === undefined) {
      const pending = this.pending.get(message.id as number);
      if (!pending) return;
      this.pending.delete(message.id as number);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new LspResponseError(pending.method, message.error));
      else pending.resolve(message.result ?? null);
      return;
    }
    if (message.id !== undefined) {
      this.answerServerRequest(message.id, message.method, message.params);
      return;
    }
    this.notificationCounts.set(message.method, (this.notificationCounts.get(message.method) ?? 0) + 1);
    if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      const { type, message: text } = message.params as { type: number; message: string };
      this.messages.push({ method: message.method, type, message: text });
      if (this.messages.length > 200) this.messages.shift();
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      const published: PublishedDiagnostics = { ...params, receivedAt };
      this.diagnostics.set(params.uri, published);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(published)) {
          this.waiters.delete(waiter);
          waiter.resolve(published);
        }
      }
    }
  }

  private answerServerRequest(id: number | string, method: string, params: unknown): void {
    const reply = (result: unknown): void => this.send({ jsonrpc: '2.0', id, result });
    switch (method) {
      case 'workspace/configuration': {
        const items = (params as { items: Array<{ section?: string }> }).items;
        reply(items.map((item) => (item.section ? this.settingsSection(item.section) : this.settings)));
        return;
      }
      case 'client/registerCapability':
      case 'client/unregisterCapability':
      case 'window/workDoneProgress/create':
      case 'window/showMessageRequest':
      case 'workspace/diagnostic/refresh':
      case 'workspace/codeLens/refresh':
      case 'workspace/semanticTokens/refresh':
      case 'workspace/inlayHint/refresh':
        reply(null);
        return;
      case 'workspace/workspaceFolders':
        reply([]);
        return;
      case 'workspace/applyEdit':
        reply({ applied: false, failureReason: 'the driver applies no edits' });
        return;
      default:
        this.unknownServerRequests.push(method);
        this.send({ jsonrpc: '2.0', id, error: { code: ErrorCodes.MethodNotFound, message: `driver does not handle ${method}` } });
    }
  }

  /** A dotted section ("yaml.schemas") looked up in the settings; null when absent. */
  private settingsSection(section: string): unknown {
    if (section in this.settings) return this.settings[section];
    let value: unknown = this.settings;
    for (const part of section.split('.')) {
      if (value === null || typeof value !== 'object' || !(part in value)) return null;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  }
}

interface IncomingMessage {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: ResponseError;
}

export interface InitializeResult {
  capabilities: ServerCapabilities;
  serverInfo?: { name: string; version?: string };
}

export interface ServerCapabilities {
  textDocumentSync?: number | { openClose?: boolean; change?: number };
  hoverProvider?: unknown;
  completionProvider?: unknown;
  codeActionProvider?: unknown;
  renameProvider?: unknown;
  documentSymbolProvider?: unknown;
  definitionProvider?: unknown;
  referencesProvider?: unknown;
  foldingRangeProvider?: unknown;
  documentLinkProvider?: unknown;
  diagnosticProvider?: unknown;
  [other: string]: unknown;
}

/** 1 = full text on every change, 2 = incremental. */
export function changeKind(capabilities: ServerCapabilities): number {
  const sync = capabilities.textDocumentSync;
  if (typeof sync === 'number') return sync;
  return sync?.change ?? 1;
}

/** What a current editor announces: enough that servers enable their normal features. */
export const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    definition: { linkSupport: false },
    documentLink: {},
  },
  window: { workDoneProgress: true },
} as const;
