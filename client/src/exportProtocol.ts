import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sameFileAs } from '../../server/src/cli/output-guard';
import { Commands } from './constants';
import { exportFileName, renderProtocolExport, type ExportFormat } from './exportFiles';
import { currentLocale, localize } from './locale';
import { protocolDocument } from './routemap';
import { asUri, fileName, parentOf, reasonOf } from './uris';

interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
}

/**
 * "Meldcode: Export protocol…": the protocol as a Word document or a printable HTML page, with
 * the same code as `meldcode-lint render`, saved where the user chooses (never over the
 * protocol). "Meldcode: Print protocol" opens the printable page in the browser.
 * Both take the protocol's URI (or a URI string, from the route map's buttons); the export also
 * takes the format and the file to write, so that it can run without questions.
 */
export function registerExportCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.exportProtocol, (uri?: unknown, format?: unknown, target?: unknown) => exportProtocol(uri, format, target)),
    vscode.commands.registerCommand(Commands.printProtocol, (uri?: unknown) => printProtocol(uri)),
  );
}

async function exportProtocol(uri: unknown, formatArgument: unknown, targetArgument: unknown): Promise<vscode.Uri | undefined> {
  const document = await protocolDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(localize('Open a protocol file (*.meldcode.yaml) to export it.'));
    return undefined;
  }
  const format = formatArgument === 'docx' || formatArgument === 'html' ? formatArgument : await pickFormat();
  if (!format) return undefined;
  const target = asUri(targetArgument) ?? (await askTarget(document, format));
  if (!target) return undefined;
  if (isSameFile(target, document.uri)) {
    void vscode.window.showErrorMessage(localize('{0} is the protocol itself; choose another file name.', fileName(target)));
    return undefined;
  }
  const bytes = await render(document, format);
  if (!bytes) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(localize('{0} could not be written: {1}', fileName(target), reasonOf(error)));
    return undefined;
  }
  void offerToOpen(target);
  return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: FormatItem[] = [
    { format: 'docx', label: localize('Word document (.docx)'), detail: localize('To edit further, print or send round; Word can add a table of contents.') },
    { format: 'html', label: localize('Web page (.html)'), detail: localize('To print from the browser or publish on a website; with the route map drawn.') },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: localize('Export protocol'), placeHolder: localize('Export the protocol as') });
  return picked?.format;
}

async function askTarget(document: vscode.TextDocument, format: ExportFormat): Promise<vscode.Uri | undefined> {
  const name = exportFileName(fileName(document.uri), format);
  const folder = document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : parentOf(document.uri);
  return vscode.window.showSaveDialog({
    title: localize('Export protocol'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'docx' ? { [localize('Word document')]: ['docx'] } : { [localize('Web page')]: ['html', 'htm'] },
    saveLabel: localize('Export'),
  });
}

async function render(document: vscode.TextDocument, format: ExportFormat): Promise<Uint8Array | undefined> {
  try {
    return await renderProtocolExport(document.getText(), format, {
      locale: currentLocale(),
      sourceName: fileName(document.uri),
      protocolPath: document.uri.scheme === 'file' ? document.uri.fsPath : undefined,
      roots: (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath),
    });
  } catch (error) {
    void vscode.window.showErrorMessage(localize('The protocol could not be exported: {0}', reasonOf(error)));
    return undefined;
  }
}

async function offerToOpen(target: vscode.Uri): Promise<void> {
  const open = localize('Open');
  const reveal = localize('Show in Explorer');
  const actions = canOpenLocalFiles() ? [open, reveal] : [reveal];
  const choice = await vscode.window.showInformationMessage(localize('The protocol is exported to {0}.', fileName(target)), ...actions);
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
}

/**
 * The printable page in the user's browser, which can print it (a webview cannot). Where the
 * browser cannot open a file of the machine the protocol is on (code-server, a remote), the
 * page is exported instead, to be downloaded and printed.
 */
async function printProtocol(uri: unknown): Promise<void> {
  const document = await protocolDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(localize('Open a protocol file (*.meldcode.yaml) to print it.'));
    return;
  }
  if (!canOpenLocalFiles()) {
    void vscode.window.showInformationMessage(localize('Save the printable page, then open it in your browser to print it.'));
    await exportProtocol(document.uri, 'html', undefined);
    return;
  }
  const bytes = await render(document, 'html');
  if (!bytes) return;
  // A folder of its own, made afresh, so that no other user's file can stand in its place.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-print-')), exportFileName(fileName(document.uri), 'html'));
  fs.writeFileSync(file, bytes, { flag: 'wx' });
  if (!(await vscode.env.openExternal(vscode.Uri.file(file)))) {
    void vscode.window.showErrorMessage(localize('The printable page could not be opened; it is saved as {0}.', file));
  }
}

/** Whether the editor runs where the files are, so that a browser or Word can open them. */
function canOpenLocalFiles(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

/** The same file: the same URI, or on disk another name of it (a link). */
function isSameFile(target: vscode.Uri, protocol: vscode.Uri): boolean {
  if (target.toString() === protocol.toString()) return true;
  return target.scheme === 'file' && protocol.scheme === 'file' && sameFileAs(target.fsPath, [protocol.fsPath]) !== undefined;
}
