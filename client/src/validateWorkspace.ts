import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID, PROTOCOL_GLOB } from './constants';
import { localize } from './locale';

/** Diagnostics of the server carry this source ("meldcode(rule-id)" in the Problems panel). */
const DIAGNOSTIC_SOURCE = 'meldcode';

export interface WorkspaceSummary {
  protocols: number;
  errors: number;
  warnings: number;
  /** Protocols with at least one error or warning. */
  withProblems: number;
}

/**
 * Counts the server's errors and warnings over the protocols: the files on disk and the
 * protocols open in the editor (unsaved ones included), each once.
 */
export function summarise(
  protocols: readonly vscode.Uri[],
  diagnostics: ReadonlyArray<readonly [vscode.Uri, readonly vscode.Diagnostic[]]>,
): WorkspaceSummary {
  const byUri = new Map(diagnostics.map(([uri, list]) => [uri.toString(), list] as const));
  const uris = new Set(protocols.map((uri) => uri.toString()));
  const summary: WorkspaceSummary = { protocols: uris.size, errors: 0, warnings: 0, withProblems: 0 };
  for (const uri of uris) {
    let problems = 0;
    for (const diagnostic of byUri.get(uri) ?? []) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) summary.errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) summary.warnings++;
      else continue;
      problems++;
    }
    if (problems > 0) summary.withProblems++;
  }
  return summary;
}

export function summaryMessage(summary: WorkspaceSummary): string {
  if (summary.protocols === 0) return localize('There are no protocol files (*.meldcode.yaml) in this workspace.');
  const checked =
    summary.protocols === 1 ? localize('1 protocol checked') : localize('{0} protocols checked', summary.protocols);
  if (summary.errors === 0 && summary.warnings === 0) return localize('{0}: no errors or warnings.', checked);
  const errors = summary.errors === 1 ? localize('1 error') : localize('{0} errors', summary.errors);
  const warnings = summary.warnings === 1 ? localize('1 warning') : localize('{0} warnings', summary.warnings);
  return localize('{0}: {1} and {2} in {3} of them.', checked, errors, warnings, summary.withProblems);
}

/**
 * "Meldcode: Validate workspace". The language server owns the command (workspace/executeCommand
 * `meldcode.validateWorkspace`, which vscode-languageclient registers in VS Code); this wraps it
 * with a progress notification and a summary of what the Problems panel now holds.
 */
export async function validateWorkspaceWithFeedback(next: () => Promise<unknown>): Promise<unknown> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(localize('Open a folder to check all the protocols in it.'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: localize('Checking the protocols in the workspace…') },
    () => next(),
  );
  const files = await vscode.workspace.findFiles(PROTOCOL_GLOB, '**/{node_modules,.git}/**');
  const open = vscode.workspace.textDocuments.filter((document) => document.languageId === LANGUAGE_ID).map((document) => document.uri);
  const summary = summarise([...files, ...open], vscode.languages.getDiagnostics());
  const show = localize('Show problems');
  const message = summaryMessage(summary);
  const notify =
    summary.errors > 0 ? vscode.window.showErrorMessage : summary.warnings > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void notify(message, ...(summary.errors + summary.warnings > 0 ? [show] : [])).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand(Commands.showProblems);
  });
  return result;
}
