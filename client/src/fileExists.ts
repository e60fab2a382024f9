import * as vscode from 'vscode';

/** Whether a file or folder exists at `uri` (any file system the editor knows). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
