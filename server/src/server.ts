/**
 * The meldcode language server: LSP wiring only. Each feature lives in its own file
 * under features/; parsed documents, settings and configuration files under workspace/.
 * Transport: --stdio (the default), --node-ipc, --socket=<port> or --pipe=<name>.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ProtocolDocument } from './engine';
import { packageVersion } from './cli/version';
import { executeCommand, SERVER_COMMANDS } from './features/commands';
import type * as Features from './features';
import type { DiagnosticsService } from './features/diagnostics';
import { FIX_ALL_KIND } from './features/kinds';
import { isProtocolDocument, uriToPath } from './workspace/uris';
import type { ProtocolWorkspace } from './workspace/protocol-workspace';
import { readEditorSettings, type EditorSettings } from './workspace/settings';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || (transport.endsWith('=') && arg.startsWith(transport))))) {
  process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let capabilities: ClientCapabilities = {};
let clientLocale: string | undefined;
let initialSettings: EditorSettings | undefined;
let progressThreshold = 10;
let folders: string[] = [];

/**
 * The engine, the knowledge base and the features are loaded on first use, which is
 * right after the answer to `initialize` (see onInitialized): start-up stays quick.
 */
let loaded:
  | { features: typeof Features; workspace: ProtocolWorkspace; diagnostics: DiagnosticsService; diskSymbols: Features.DiskSymbolCache }
  | undefined;

function ready(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const features = require('./features') as typeof Features;
  const workspace = new features.ProtocolWorkspace(clientLocale);
  if (initialSettings) workspace.setPushedSettings(initialSettings);
  const diskSymbols = new features.DiskSymbolCache();
  const diagnostics = new features.DiagnosticsService(connection, documents, workspace, {
    pull: capabilities.textDocument?.diagnostic !== undefined,
    pullRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    progress: capabilities.window?.workDoneProgress === true,
    debounce: 10,
    progressThreshold,
    // The workspace check reads every protocol file anyway: Go to Symbol need not read them again.
    onReadFromDisk: (filePath, stat, maxFileSize, document) => diskSymbols.remember(filePath, stat, maxFileSize, document, workspace.locale),
  });
  loaded = { features, workspace, diagnostics, diskSymbols };
  return loaded;
}

function log(message: string): void {
  try {
    connection.console.error(message);
  } catch {
    // the connection is gone; nothing left to tell
  }
}

/**
 * After `shutdown` the server answers every request with InvalidRequest, as the LSP
 * specification asks, and does no more work for notifications; only `exit` is awaited.
 */
let shutDown = false;

function refuseAfterShutdown(method: string): void {
  if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server has been shut down; only the exit notification is accepted now.`);
}

process.on('uncaughtException', (error) => log(`meldcode: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
process.on('unhandledRejection', (error) => log(`meldcode: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));

/**
 * Every handler answers: an exception is logged and the request gets its empty answer,
 * so one odd document can never take the server down. A refusal meant for the user
 * (ResponseError, e.g. an invalid new name) passes through.
 */
function guard<P, R>(name: string, empty: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    refuseAfterShutdown(name);
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`meldcode: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return empty;
    }
  };
}

function notify<P>(name: string, handler: (params: P) => void | Promise<void>) {
  return (params: P): void => {
    if (shutDown) return;
    Promise.resolve()
      .then(() => handler(params))
      .catch((error: unknown) => log(`meldcode: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  };
}

/** The parse of an open protocol, or undefined for documents the server does not look after. */
function protocolOf(
  identifier: TextDocumentIdentifier,
): { document: TextDocument; parsed: ProtocolDocument; features: typeof Features; workspace: ProtocolWorkspace } | undefined {
  const document = documents.get(identifier.uri);
  if (!document || !isProtocolDocument(document.uri, document.languageId)) return undefined;
  const { features, workspace } = ready();
  return { document, parsed: workspace.parse(document), features, workspace };
}

function foldersOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(uriToPath).filter((folder): folder is string => folder !== undefined);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  refuseAfterShutdown('initialize');
  capabilities = params.capabilities;
  clientLocale = params.locale;
  const options = params.initializationOptions as { settings?: unknown; progressThreshold?: unknown } | undefined;
  if (options?.settings !== undefined) initialSettings = readEditorSettings(options.settings);
  if (typeof options?.progressThreshold === 'number') progressThreshold = options.progressThreshold;
  folders = foldersOf(params);
  const pull = capabilities.textDocument?.diagnostic !== undefined;
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      documentLinkProvider: { resolveProvider: false },
      documentHighlightProvider: true,
      selectionRangeProvider: true,
      inlayHintProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: [...SERVER_COMMANDS] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'meldcode-language-server', version: packageVersion() },
  };
  if (pull) result.capabilities.diagnosticProvider = { identifier: 'meldcode', interFileDependencies: false, workspaceDiagnostics: false };
  return result;
});

connection.onInitialized(
  notify('initialized', async () => {
    const { workspace, diagnostics } = ready();
    if (capabilities.workspace?.configuration) {
      workspace.useSettingsSource((scopeUri) => connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: 'meldcode' } : { section: 'meldcode' }));
      workspace.setGlobalSettings(readEditorSettings(await connection.workspace.getConfiguration({ section: 'meldcode' }).catch(() => undefined)));
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.meldcode.{yaml,yml}' }, { globPattern: '**/.meldcoderc.{yaml,yml}' }],
      });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        notify('workspaceFolders', (event) => {
          const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
          const added = event.added.map((folder) => uriToPath(folder.uri)).filter((folder): folder is string => folder !== undefined);
          folders = [...folders.filter((folder) => !removed.has(folder)), ...added];
          diagnostics.setFolders(folders);
        }),
      );
    }
    diagnostics.setFolders(folders);
  }),
);

connection.onDidChangeConfiguration(
  notify('didChangeConfiguration', async (params) => {
    const { workspace, diagnostics } = ready();
    workspace.clearSettings();
    if (capabilities.workspace?.configuration) {
      workspace.setGlobalSettings(readEditorSettings(await connection.workspace.getConfiguration({ section: 'meldcode' }).catch(() => undefined)));
    } else {
      const settings = (params.settings as { meldcode?: unknown } | null | undefined)?.meldcode;
      workspace.setPushedSettings(readEditorSettings(settings));
    }
    diagnostics.refreshAll();
  }),
);

connection.onDidChangeWatchedFiles(notify('didChangeWatchedFiles', (params) => ready().diagnostics.filesChanged(params.changes)));

documents.onDidOpen(notify('didOpen', (event) => ready().diagnostics.changed(event.document)));
documents.onDidChangeContent(notify('didChange', (event) => ready().diagnostics.changed(event.document)));
documents.onDidClose(notify('didClose', (event) => ready().diagnostics.closed(event.document)));

connection.languages.diagnostics.on(
  guard('diagnostic', { kind: 'full', items: [] }, (params) => ready().diagnostics.pull(params.textDocument.uri, params.previousResultId)),
);

connection.onHover(
  guard('hover', null, (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.hover(protocol.parsed, params.position, protocol.workspace.locale, protocol.workspace.inheritance(protocol.document)) : null;
  }),
);

connection.onCompletion(
  guard('completion', { isIncomplete: false, items: [] }, (params) => {
    const protocol = protocolOf(params.textDocument);
    if (!protocol) return { isIncomplete: false, items: [] };
    const snippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return protocol.features.completion(protocol.parsed, params.position, { locale: protocol.workspace.locale, snippets });
  }),
);

connection.onCodeAction(
  guard('codeAction', [], async (params) => {
    const protocol = protocolOf(params.textDocument);
    if (!protocol) return [];
    const version = protocol.document.version;
    const findings = await protocol.workspace.findings(protocol.document);
    if (protocol.document.version !== version) return [];
    return protocol.features.codeActions(protocol.workspace.parse(protocol.document), findings, {
      uri: protocol.document.uri,
      version,
      range: params.range,
      only: params.context.only,
      locale: protocol.workspace.locale,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    });
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.documentSymbols(protocol.parsed, protocol.workspace.locale) : [];
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.foldingRanges(protocol.parsed) : [];
  }),
);

connection.onDefinition(
  guard('definition', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.definition(protocol.parsed, protocol.document.uri, params.position, protocol.workspace.inheritance(protocol.document)) : [];
  }),
);

connection.onReferences(
  guard('references', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.references(protocol.parsed, protocol.document.uri, params.position, params.context.includeDeclaration) : [];
  }),
);

connection.onPrepareRename(
  guard('prepareRename', null, (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.prepareRename(protocol.parsed, params.position) : null;
  }),
);

connection.onRenameRequest(
  guard('rename', null, (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.rename(protocol.parsed, protocol.document.uri, params.position, params.newName, protocol.workspace.locale) : null;
  }),
);

connection.onDocumentLinks(
  guard('documentLink', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.documentLinks(protocol.parsed) : [];
  }),
);

connection.onDocumentHighlight(
  guard('documentHighlight', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.documentHighlights(protocol.parsed, params.position) : [];
  }),
);

connection.onSelectionRanges(
  guard('selectionRange', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.selectionRanges(protocol.parsed, params.positions) : [];
  }),
);

connection.languages.inlayHint.on(
  guard('inlayHint', [], (params) => {
    const protocol = protocolOf(params.textDocument);
    return protocol ? protocol.features.inlayHints(protocol.parsed, params.range) : [];
  }),
);

connection.onWorkspaceSymbol(
  guard('workspaceSymbol', [], async (params) => {
    const { features, workspace, diagnostics, diskSymbols } = ready();
    const locale = workspace.locale;
    const symbols: SymbolInformation[] = [];
    const open = new Set<string>();
    for (const document of documents.all()) {
      if (!isProtocolDocument(document.uri, document.languageId)) continue;
      const filePath = uriToPath(document.uri);
      if (filePath !== undefined) open.add(filePath);
      symbols.push(...features.protocolSymbols(document.uri, workspace.parse(document), locale));
    }
    const onDisk = diagnostics.protocolFilesOnDisk();
    diskSymbols.keepOnly(onDisk);
    for (const filePath of onDisk) {
      if (open.has(filePath)) continue;
      symbols.push(...(await diskSymbols.symbolsOf(filePath, locale, workspace.configFiles.forProtocol(filePath).maxFileSize)));
    }
    return features.filterSymbols(symbols, params.query);
  }),
);

connection.onExecuteCommand(guard('executeCommand', null, (params) => executeCommand(params, ready().diagnostics)));

connection.onShutdown(() => {
  refuseAfterShutdown('shutdown');
  shutDown = true;
});

// Requests no handler is registered for: unknown, or (after shutdown) refused like all others.
connection.onRequest((method: string) => {
  refuseAfterShutdown(method);
  throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
});

documents.listen(connection);
connection.listen();
