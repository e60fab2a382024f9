import * as vscode from 'vscode';
import { documentUriOfState } from '../../../server/src/render/webview-document';
import { ROUTE_MAP_VIEW_TYPE, RouteMapPanel } from './panel';
import { isProtocolDocument } from './protocol-document';
import { localize } from '../locale';
import { asUri } from '../uris';

export const SHOW_ROUTE_MAP_COMMAND = 'meldcode.showRouteMap';
const LAST_PROTOCOL_KEY = 'meldcode.routeMap.lastProtocol';

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
      void context.workspaceState.update(LAST_PROTOCOL_KEY, document.uri.toString());
    }),
    // The panel is not closed when the extension stops: on a window reload VS Code keeps it and
    // hands it back to this serializer (closing it here would drop it from the restored layout).
    vscode.window.registerWebviewPanelSerializer(ROUTE_MAP_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        // The webview's own state names its protocol; the one last shown is the fallback.
        const document = await restoredDocument(state ?? { documentUri: context.workspaceState.get<string>(LAST_PROTOCOL_KEY) });
        // The protocol is gone (deleted, renamed): there is nothing to draw.
        if (document) RouteMapPanel.restore(panel, document);
        else panel.dispose();
      },
    }),
  );
}

async function restoredDocument(state: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = documentUriOfState(state);
  if (uri === undefined) return undefined;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  } catch {
    return undefined;
  }
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
