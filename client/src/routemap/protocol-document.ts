import type * as vscode from 'vscode';

export function isProtocolDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'meldcode' || /\.meldcode\.ya?ml$/i.test(document.fileName);
}
