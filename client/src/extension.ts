import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './constants';
import { createLanguageClient } from './languageClient';
import { registerNewProtocolCommand } from './newProtocol';
import { registerRouteMap } from './routemap';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const languageClient = createLanguageClient(context);
  client = languageClient;

  registerStatusBar(context);
  registerNewProtocolCommand(context);
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

  // Awaited so that the commands the server provides exist once activation completes.
  try {
    await languageClient.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('The meldcode language server did not start: {0}', reason));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
