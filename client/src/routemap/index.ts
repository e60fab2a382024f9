import * as vscode from 'vscode';
import { RouteMapPanel } from './panel';
import { isProtocolDocument } from './protocol-document';
import { localize } from '../locale';
import { asUri } from '../uris';

export const SHOW_ROUTE_MAP_COMMAND = 'meldcode.showRouteMap';

/**
 * "Meldcode: Toon routekaart": the protocol drawn beside the editor, kept up to date while the
 * user types. The command takes the protocol's URI (editor-title button, explorer) or uses the
 * active editor.
 */
export function registerRouteMap(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_ROUTE_MAP_COMMAND, async (uri?: unknown) => {
      const document = await protocolDocument(uri);
      if (!document) {
        void vscode.window.showInformationMessage(
          localize('Open a protocol file (*.meldcode.yaml) to show its route map.'),
        );
        return;
      }
      RouteMapPanel.show(document);
    }),
    { dispose: () => RouteMapPanel.disposeCurrent() },
  );
}

/**
 * The protocol a command is about: the one it is given (a URI, or a URI string from a command
 * link in the route map), else the protocol in the active editor, else a visible one.
 */
export async function protocolDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  const given = asUri(uri);
  if (given) return vscode.workspace.openTextDocument(given);
  const active = vscode.window.activeTextEditor?.document;
  if (active && isProtocolDocument(active)) return active;
  return vscode.window.visibleTextEditors.map((editor) => editor.document).find(isProtocolDocument);
}
