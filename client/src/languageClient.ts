import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, CONFIGURATION_SECTION, LANGUAGE_ID, WATCHED_FILES_GLOB } from './constants';
import type { RuleDocs } from './ruleDocs';
import { validateWorkspaceWithFeedback } from './validateWorkspace';

/**
 * The language server runs in its own Node process (dist/server.js, bundled beside this file)
 * and talks over Node IPC. It reads only the protocol texts and `.meldcoderc.yaml` as data, so
 * it is safe in untrusted workspaces.
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  ruleDocs: RuleDocs,
): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES_GLOB);
  context.subscriptions.push(watcher);

  const clientOptions: LanguageClientOptions = {
    // Every scheme: untitled files and virtual workspaces are checked too.
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: {
      configurationSection: CONFIGURATION_SECTION,
      fileEvents: watcher,
    },
    // No diagnosticCollectionName: the server pulls diagnostics under the identifier 'meldcode',
    // and a push collection of the same name made VS Code warn at every activation that a
    // DiagnosticCollection 'meldcode' already exists.
    outputChannel: log,
    traceOutputChannel: log,
    // The server resolves `meldcode.locale: auto` from InitializeParams.locale (the editor's
    // display language), which the client always sends.
    middleware: {
      executeCommand: (command, args, next) =>
        command === Commands.validateWorkspace
          ? validateWorkspaceWithFeedback(() => Promise.resolve(next(command, args)))
          : next(command, args),
      handleDiagnostics: (uri, diagnostics, next) => {
        ruleDocs.linkToShippedDocs(diagnostics);
        next(uri, diagnostics);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) ruleDocs.linkToShippedDocs(report.items);
        return report;
      },
    },
  };

  // The id 'meldcode' makes the client read the `meldcode.trace.server` setting.
  return new LanguageClient('meldcode', 'Meldcode', serverOptions, clientOptions);
}
