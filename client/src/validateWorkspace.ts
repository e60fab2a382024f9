import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from './constants';

export function registerValidateWorkspaceCommand(
  context: vscode.ExtensionContext,
  getClient: () => LanguageClient | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.validateWorkspace, async () => {
      const client = getClient();
      if (!client) return;
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
}
