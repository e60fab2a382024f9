import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './constants';
import { createLanguageClient } from './languageClient';
import { registerNewProtocolCommand } from './newProtocol';
import { registerRouteMap } from './routemap';
import { registerStatusBar } from './statusBar';
import { registerValidateWorkspaceCommand } from './validateWorkspace';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const languageClient = createLanguageClient(context);
  client = languageClient;

  registerStatusBar(context);
  registerNewProtocolCommand(context);
  registerValidateWorkspaceCommand(context, () => client);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showProblems, () =>
      vscode.commands.executeCommand('workbench.actions.view.problems'),
    ),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      await client?.restart();
    }),
  );

  registerRouteMap(context);

  // Awaited so that commands the server contributes exist before activation completes.
  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
