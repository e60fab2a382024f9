import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';
import { fileExists } from './fileExists';
import { localize } from './locale';
import { isPlainYamlName, looksLikeProtocol, protocolNamesFor, SNIFF_LENGTH } from './protocolFile';

/** Files the user was asked about (workspace state): each file is asked about once. */
const ASKED_KEY = 'meldcode.protocolPrompt.asked';
/** Files the user chose to check as protocols under their YAML name: they keep the meldcode language. */
const TREATED_KEY = 'meldcode.protocolPrompt.treatedAsProtocol';
/** "Don't ask again" (global state): no more questions, in any workspace. */
const NEVER_KEY = 'meldcode.protocolPrompt.never';

/**
 * A protocol saved as "Meldcode De Klimop.yaml" opens as plain YAML, without any checks. When
 * such a file comes to the front, this offers once to treat it as a protocol: rename it to
 * `.meldcode.yaml` (never over an existing file), or check it as a protocol under its own name.
 */
export function registerProtocolPrompt(context: vscode.ExtensionContext): void {
  const consider = (editor: vscode.TextEditor | undefined): void => {
    if (editor) void considerDocument(context, editor.document);
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(consider));
  consider(vscode.window.activeTextEditor);
}

async function considerDocument(context: vscode.ExtensionContext, document: vscode.TextDocument): Promise<void> {
  const uri = document.uri;
  if (uri.scheme !== 'file' || document.languageId === LANGUAGE_ID || !isPlainYamlName(basename(uri))) return;
  const key = uri.toString();
  const treated = context.workspaceState.get<string[]>(TREATED_KEY, []);
  if (treated.includes(key)) {
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    return;
  }
  if (context.globalState.get<boolean>(NEVER_KEY, false)) return;
  const asked = context.workspaceState.get<string[]>(ASKED_KEY, []);
  if (asked.includes(key)) return;
  if (!looksLikeProtocol(document.getText(new vscode.Range(document.positionAt(0), document.positionAt(SNIFF_LENGTH))))) return;
  await context.workspaceState.update(ASKED_KEY, [...asked, key]);

  const target = await freeProtocolName(uri);
  const rename = localize('Rename to {0}', basename(target));
  const check = localize('Check it as a protocol under this name');
  const never = localize("Don't ask again");
  const choice = await vscode.window.showInformationMessage(
    localize('This looks like a meldcode protocol. Treat it as a protocol?'),
    rename,
    check,
    never,
  );
  if (choice === rename) await renameToProtocol(uri, target);
  else if (choice === check) {
    await context.workspaceState.update(TREATED_KEY, [...treated, key]);
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  } else if (choice === never) await context.globalState.update(NEVER_KEY, true);
}

/** The first protocol name beside the file that no file has yet. */
async function freeProtocolName(uri: vscode.Uri): Promise<vscode.Uri> {
  const folder = uri.with({ path: path.posix.dirname(uri.path) });
  for (const name of protocolNamesFor(basename(uri))) {
    const candidate = vscode.Uri.joinPath(folder, name);
    if (!(await fileExists(candidate))) return candidate;
  }
  throw new Error('unreachable: the names go on for ever');
}

/** Renames through a workspace edit, so that an open editor (with unsaved changes) follows the file. */
async function renameToProtocol(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(localize('{0} could not be renamed to {1}.', basename(from), basename(to)));
  }
}


function basename(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}
