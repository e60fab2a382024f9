import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands, PROTOCOL_GLOB } from './constants';
import { localize } from './locale';
import { locationFileName, locationProtocolText } from './newLocationFile';

interface BaseItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
  text: string;
}

/** A protocol that names no base of its own can be the base of a location. */
const NAMES_BASE = /^basis:/m;

/**
 * "Meldcode: New location…": pick a base protocol of the workspace (or the one the command is
 * called on), name the location, and get `<location>.meldcode.yaml` beside the base with the
 * local parts to fill in. An existing file is never overwritten.
 */
export function registerNewLocationCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newLocation, async (given?: vscode.Uri) => {
      const base = given instanceof vscode.Uri ? await readBase(given) : await pickBase();
      if (!base) return undefined;
      const name = await vscode.window.showInputBox({
        title: localize('New location'),
        prompt: localize('The name of the location, for example the school or the day-care centre'),
        validateInput: (value) => (value.trim() === '' ? localize('Type the name of the location.') : undefined),
      });
      if (name === undefined) return undefined;
      const folder = path.dirname(base.uri.fsPath);
      const target = path.join(folder, locationFileName(name.trim()));
      const text = locationProtocolText(path.basename(base.uri.fsPath), name.trim(), base.text);
      try {
        // 'wx': written only when no file of that name exists, checked and created in one step.
        fs.writeFileSync(target, text, { flag: 'wx' });
      } catch (error) {
        const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
        void vscode.window.showErrorMessage(
          exists ? localize('{0} already exists; it was left as it is.', path.basename(target)) : localize('{0} could not be written: {1}', path.basename(target), String((error as Error).message)),
        );
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
      await vscode.window.showTextDocument(document);
      return document.uri;
    }),
  );
}

async function readBase(uri: vscode.Uri): Promise<BaseItem | undefined> {
  try {
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    return { uri, text, label: vscode.workspace.asRelativePath(uri) };
  } catch {
    return undefined;
  }
}

async function pickBase(): Promise<BaseItem | undefined> {
  const found = await vscode.workspace.findFiles(PROTOCOL_GLOB, '**/{node_modules,.git}/**', 1000);
  const items: BaseItem[] = [];
  for (const uri of found.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
    const base = await readBase(uri);
    if (base && !NAMES_BASE.test(base.text) && uri.scheme === 'file') items.push(base);
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage(localize('No protocol in this workspace can be a base: a base is a protocol without "basis:" of its own.'));
    return undefined;
  }
  return vscode.window.showQuickPick(items, { title: localize('New location'), placeHolder: localize('The base protocol of the location') });
}
