import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { MAX_DOCX_BYTES } from '../../server/src/cli/import-command';
import { loadWord } from '../../server/src/word/load';
import { Commands, LANGUAGE_ID } from './constants';
import { importedProtocolNames } from './exportFiles';
import { fileExists } from './fileExists';
import { currentLocale, localize } from './locale';
import { asUri, fileName, parentOf, reasonOf } from './uris';

/**
 * "Meldcode: Import Word document…": reads a Word protocol (.docx) with the same code as
 * `meldcode-lint import`, writes `<name>.meldcode.yaml` beside it (or `<name> (2).meldcode.yaml`
 * …: never over an existing file), opens it and shows what was recognised and what was kept
 * unplaced. Takes the document's URI (explorer) or asks for it.
 */
export function registerImportWordCommand(context: vscode.ExtensionContext): void {
  let summaries: vscode.OutputChannel | undefined;
  const summaryChannel = (): vscode.OutputChannel => {
    summaries ??= vscode.window.createOutputChannel(localize('Meldcode: Word import'));
    return summaries;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.importWord, (uri?: unknown) => importWord(uri, summaryChannel)),
    { dispose: () => summaries?.dispose() },
  );
}

async function importWord(uriArgument: unknown, summaryChannel: () => vscode.OutputChannel): Promise<vscode.Uri | undefined> {
  const source = asUri(uriArgument) ?? (await askDocument());
  if (!source) return undefined;
  const name = fileName(source);
  const data = await readDocument(source);
  if (!data) return undefined;

  const locale = currentLocale();
  const word = loadWord();
  let result;
  try {
    result = await word.importDocx(data, { locale, sourceName: name });
  } catch (error) {
    const message = error instanceof word.WordImportError ? error.messageIn(locale) : localize('{0} could not be imported: {1}', name, reasonOf(error));
    void vscode.window.showErrorMessage(message);
    return undefined;
  }

  const target = await writeBeside(source, new TextEncoder().encode(result.yaml));
  if (!target) return undefined;
  const document = await vscode.workspace.openTextDocument(target);
  if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  await vscode.window.showTextDocument(document);

  const channel = summaryChannel();
  channel.clear();
  channel.append(word.formatImportSummary(result.summary, locale));
  channel.show(true);
  void vscode.window.showInformationMessage(
    localize('{0} is imported as {1}. What was recognised and what still needs a place is in the output panel "Meldcode: Word import".', name, fileName(target)),
  );
  return target;
}

async function askDocument(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: localize('Import Word document'),
    canSelectMany: false,
    canSelectFolders: false,
    filters: { [localize('Word document')]: ['docx'] },
    openLabel: localize('Import'),
  });
  return picked?.[0];
}

/** The document's bytes, when it is a file below the size limit; else a message and nothing. */
async function readDocument(source: vscode.Uri): Promise<Uint8Array | undefined> {
  const name = fileName(source);
  try {
    const stat = await vscode.workspace.fs.stat(source);
    if ((stat.type & vscode.FileType.File) === 0) {
      void vscode.window.showErrorMessage(localize('{0} is not a file.', name));
      return undefined;
    }
    if (stat.size > MAX_DOCX_BYTES) {
      void vscode.window.showErrorMessage(localize('{0} is too large to import ({1} bytes; the limit is {2} bytes).', name, stat.size, MAX_DOCX_BYTES));
      return undefined;
    }
    return await vscode.workspace.fs.readFile(source);
  } catch (error) {
    void vscode.window.showErrorMessage(localize('{0} could not be read: {1}', name, reasonOf(error)));
    return undefined;
  }
}

/** Writes the protocol under the first free name beside the document; never over an existing file. */
async function writeBeside(source: vscode.Uri, data: Uint8Array): Promise<vscode.Uri | undefined> {
  const folder = parentOf(source);
  try {
    for (const name of importedProtocolNames(fileName(source))) {
      const target = vscode.Uri.joinPath(folder, name);
      if (target.scheme === 'file') {
        // 'wx' fails when the file exists, also when it appeared a moment ago.
        if (writeNewFile(target.fsPath, data)) return target;
        continue;
      }
      if (await fileExists(target)) continue;
      await vscode.workspace.fs.writeFile(target, data);
      return target;
    }
  } catch (error) {
    void vscode.window.showErrorMessage(localize('The protocol could not be written beside {0}: {1}', fileName(source), reasonOf(error)));
  }
  return undefined;
}

/** True when written, false when a file of that name exists; other errors are thrown. */
function writeNewFile(filePath: string, data: Uint8Array): boolean {
  try {
    fs.writeFileSync(filePath, data, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
