import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './constants';
import { createLanguageClient } from './languageClient';
import { localize } from './locale';
import { registerProtocolPrompt } from './protocolPrompt';
import { RuleDocs } from './ruleDocs';
import { registerNewProtocolCommand } from './newProtocol';
import { registerNewLocationCommand } from './newLocation';
import { registerExportCommands } from './exportProtocol';
import { registerImportWordCommand } from './importWord';
import { registerRouteMap } from './routemap';
import { registerOverview } from './overview';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Meldcode', { log: true });
  context.subscriptions.push(log);
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '');
  log.info(localize('Meldcode {0} is starting the language server.', version));
  const ruleDocs = new RuleDocs(context.extensionUri);
  ruleDocs.register(context);
  const languageClient = createLanguageClient(context, log, ruleDocs);
  client = languageClient;

  registerStatusBar(context);
  registerNewProtocolCommand(context);
  registerNewLocationCommand(context);
  // "Meldcode: Validate workspace" is registered by the language client from the server's
  // executeCommand capability; languageClient.ts adds progress and a summary around it.
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showProblems, () =>
      vscode.commands.executeCommand('workbench.actions.view.problems'),
    ),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      await client?.restart();
    }),
  );

  registerRouteMap(context);
  registerOverview(context);
  registerExportCommands(context);
  registerImportWordCommand(context);
  registerProtocolPrompt(context);

  // Awaited so that the commands the server provides exist once activation completes.
  try {
    await languageClient.start();
    const server = languageClient.initializeResult?.serverInfo;
    log.info(localize('The language server is running: {0} {1}.', server?.name ?? 'meldcode-language-server', server?.version ?? ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error(localize('The meldcode language server did not start: {0}', reason));
    void vscode.window.showErrorMessage(localize('The meldcode language server did not start: {0}', reason));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
