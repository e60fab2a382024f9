import * as path from 'node:path';
import * as vscode from 'vscode';

/** A command's URI argument: a Uri, or a URI string (from a command link in a webview). */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' && value !== '' ? vscode.Uri.parse(value, true) : undefined;
}

export function parentOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: path.posix.dirname(uri.path) });
}

export function fileName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}

/** An error's message, for a notification. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
