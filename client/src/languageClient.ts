import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands, CONFIGURATION_SECTION, LANGUAGE_ID, WATCHED_FILES_GLOB } from './constants';
import { validateWorkspaceWithFeedback } from './validateWorkspace';

/**
 * The language server runs in its own Node process (dist/server.js, bundled beside this file)
 * and talks over Node IPC. It reads only the protocol texts and `.meldcoderc.yaml` as data, so
 * it is safe in untrusted workspaces.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
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
    diagnosticCollectionName: LANGUAGE_ID,
    outputChannelName: 'Meldcode',
    // The server resolves `meldcode.locale: auto` from InitializeParams.locale (the editor's
    // display language), which the client always sends.
    middleware: {
      executeCommand: (command, args, next) =>
        command === Commands.validateWorkspace
          ? validateWorkspaceWithFeedback(() => Promise.resolve(next(command, args)))
          : next(command, args),
    },
  };

  // The id 'meldcode' makes the client read the `meldcode.trace.server` setting.
  return new LanguageClient('meldcode', 'Meldcode', serverOptions, clientOptions);
}
