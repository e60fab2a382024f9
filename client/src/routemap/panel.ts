import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseProtocol } from '../../../server/src/engine/document';
import {
  createRouteMapView,
  label,
  renderWebviewBody,
  renderWebviewDocument,
  type RevealMessage,
  type RouteMapView,
  type UpdateMessage,
} from '../../../server/src/render';
import type { WebviewActions } from '../../../server/src/render/webview-body';
import { Commands } from '../constants';
import { currentLocale } from '../locale';
import { isProtocolDocument } from './protocol-document';
import { protocolWithBases } from '../../../server/src/workspace/locations';

export const ROUTE_MAP_VIEW_TYPE = 'meldcode.routeMap';

const WEBVIEW_OPTIONS: vscode.WebviewOptions = {
  enableScripts: true,
  localResourceRoots: [],
  // The export and print buttons are links to these two commands, and to nothing else.
  enableCommandUris: [Commands.exportProtocol, Commands.printProtocol],
};

/** How long typing may go on before the drawing follows; one redraw per interval at most. */
const REDRAW_INTERVAL_MS = 200;

/** The one route-map panel. It follows the protocol in the active editor. */
export class RouteMapPanel {
  private static current: RouteMapPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wasVisible = true;
  /** The real paths of the files drawn, by level (0: the protocol, then its bases): see RevealMessage.level. */
  private levelPaths: string[] = [];

  static show(document: vscode.TextDocument): void {
    if (RouteMapPanel.current) {
      RouteMapPanel.current.follow(document);
      RouteMapPanel.current.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      ROUTE_MAP_VIEW_TYPE,
      '',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...WEBVIEW_OPTIONS, enableFindWidget: true },
    );
    RouteMapPanel.current = new RouteMapPanel(panel, document);
  }

  /** A route map VS Code brings back after a window reload, for the protocol it showed. */
  static restore(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    panel.webview.options = WEBVIEW_OPTIONS;
    if (RouteMapPanel.current) {
      // There is one route map: the one already open follows this protocol.
      panel.dispose();
      RouteMapPanel.current.follow(document);
      return;
    }
    RouteMapPanel.current = new RouteMapPanel(panel, document);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
  ) {
    this.loadPage();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        // A hidden webview is rebuilt from `webview.html` when shown again: give it the current drawing.
        if (panel.visible && !this.wasVisible) this.loadPage();
        this.wasVisible = panel.visible;
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isRevealMessage(message)) void this.reveal(message);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleRedraw();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isProtocolDocument(editor.document)) this.follow(editor.document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('meldcode.locale')) this.loadPage();
      }),
    );
  }

  private follow(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.loadPage();
  }

  private view(): RouteMapView {
    // A location protocol is drawn merged with its base (docs/locations.md).
    const roots = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
    const { document, findings, levels } = protocolWithBases(this.document.uri.fsPath, parseProtocol(this.document.getText()), roots);
    this.levelPaths = levels?.paths ?? [];
    return createRouteMapView(document, { locale: currentLocale(), findings, levels: levels?.documents });
  }

  /** The buttons' command links, for the protocol shown. */
  private actions(): WebviewActions {
    const argument = encodeURIComponent(JSON.stringify([this.document.uri.toString()]));
    return { exportHref: `command:${Commands.exportProtocol}?${argument}`, printHref: `command:${Commands.printProtocol}?${argument}` };
  }

  private title(view: RouteMapView): string {
    return `${label('routeMap', view.locale)}: ${path.basename(this.document.fileName)}`;
  }

  /** Sets the whole page: on opening, on another protocol, on a new locale, and when shown again. */
  private loadPage(): void {
    this.cancelRedraw();
    const view = this.view();
    this.panel.title = this.title(view);
    this.panel.webview.html = renderWebviewDocument({
      cspSource: this.panel.webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      locale: view.locale,
      title: this.title(view),
      body: renderWebviewBody(view, this.actions()),
      documentUri: this.document.uri.toString(),
    });
  }

  private scheduleRedraw(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.redraw();
    }, REDRAW_INTERVAL_MS);
  }

  private cancelRedraw(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Swaps the drawing inside the page, keeping its scroll position. */
  private redraw(): void {
    if (this.document.isClosed) return;
    const message: UpdateMessage = { type: 'update', html: renderWebviewBody(this.view(), this.actions()) };
    void this.panel.webview.postMessage(message);
  }

  private async reveal(message: RevealMessage): Promise<void> {
    if (this.document.isClosed) return;
    // A box drawn from a base protocol opens the base, where that part is written.
    const basePath = message.level ? this.levelPaths[message.level] : undefined;
    const target = basePath === undefined ? this.document : await vscode.workspace.openTextDocument(vscode.Uri.file(basePath));
    const length = target.getText().length;
    const start = target.positionAt(Math.min(Math.max(0, message.offset), length));
    const end = target.positionAt(Math.min(Math.max(message.offset, message.endOffset), length));
    const shown = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    await vscode.window.showTextDocument(target, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(start, end),
      preserveFocus: false,
    });
  }

  private dispose(): void {
    this.cancelRedraw();
    if (RouteMapPanel.current === this) RouteMapPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function isRevealMessage(message: unknown): message is RevealMessage {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<RevealMessage>;
  return (
    candidate.type === 'reveal' &&
    Number.isFinite(candidate.offset) &&
    Number.isFinite(candidate.endOffset) &&
    (candidate.level === undefined || (Number.isInteger(candidate.level) && candidate.level >= 0))
  );
}
