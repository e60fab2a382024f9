import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './constants';
import { localize } from './locale';

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** The status-bar text: "$(error) 2 $(warning) 1", or a check mark when nothing is wrong. */
export function statusText(counts: DiagnosticCounts): string {
  if (counts.errors === 0 && counts.warnings === 0) return `$(check) ${localize('Meldcode')}`;
  return `$(error) ${counts.errors} $(warning) ${counts.warnings}`;
}

export function statusTooltip(counts: DiagnosticCounts): string {
  const parts = [
    counts.errors === 1 ? localize('1 error') : localize('{0} errors', counts.errors),
    counts.warnings === 1 ? localize('1 warning') : localize('{0} warnings', counts.warnings),
    counts.infos === 1 ? localize('1 note') : localize('{0} notes', counts.infos),
  ];
  return localize('Meldcode: {0} in this protocol. Click to show the problems.', parts.join(', '));
}

/**
 * A status-bar item with the error and warning count of the active protocol file, kept current
 * from the diagnostics VS Code holds (so it counts whatever produced them), hidden for other files.
 */
export function registerStatusBar(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('meldcode.problems', vscode.StatusBarAlignment.Left, 50);
  item.name = localize('Meldcode problems');
  item.command = Commands.showProblems;

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const counts = countDiagnostics(vscode.languages.getDiagnostics(editor.document.uri));
    item.text = statusText(counts);
    item.tooltip = statusTooltip(counts);
    item.accessibilityInformation = { label: statusTooltip(counts) };
    item.backgroundColor =
      counts.errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('meldcode.locale')) {
        item.name = localize('Meldcode problems');
        update();
      }
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
  );
  update();
  return item;
}
