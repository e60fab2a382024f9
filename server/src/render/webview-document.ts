import type { Locale } from '../engine/types';
import { escapeXml } from './escape';
import { htmlHeadLines } from './html-head';
import { DRAWING_CSS, WEBVIEW_PALETTE_CSS } from './styles';

/**
 * The HTML shell of the route-map webview. Kept here, without any VS Code import, so that a
 * browser test can load it as it is. The page asks for nothing: its only script and style carry
 * the nonce, and the content security policy forbids everything else.
 */

export interface WebviewDocumentOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random nonce per page load (base64 or hex). */
  nonce: string;
  locale: Locale;
  title: string;
  /** The first drawing, from renderWebviewBody. */
  body: string;
  /**
   * The protocol drawn (its URI), kept as the webview's state so that the route map comes back
   * for the same protocol after the window is reloaded.
   */
  documentUri?: string;
}

/** The webview's state (`acquireVsCodeApi().getState()`), handed back after a reload. */
export interface RouteMapState {
  documentUri: string;
}

/** The protocol's URI from a webview's state as VS Code hands it back: anything else is no state. */
export function documentUriOfState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const uri = (state as Partial<RouteMapState>).documentUri;
  return typeof uri === 'string' && uri !== '' ? uri : undefined;
}

/** A message from the webview: reveal and select [offset, endOffset) of the protocol text, or of its base at `level`. */
export interface RevealMessage {
  type: 'reveal';
  offset: number;
  endOffset: number;
  level?: number;
}

/** A message to the webview: replace the drawing. */
export interface UpdateMessage {
  type: 'update';
  html: string;
}

export function webviewContentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

export function renderWebviewDocument(options: WebviewDocumentOptions): string {
  const nonce = escapeXml(options.nonce);
  return [
    ...htmlHeadLines({
      locale: options.locale,
      csp: escapeXml(webviewContentSecurityPolicy(options.cspSource, options.nonce)),
      title: options.title,
      css: `${WEBVIEW_PALETTE_CSS}${DRAWING_CSS}`,
      styleNonce: options.nonce,
    }),
    '<body>',
    `<main id="rk-root"${options.documentUri === undefined ? '' : ` data-document-uri="${escapeXml(options.documentUri)}"`}>${options.body}</main>`,
    `<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Click or Enter on a box posts its offsets; an update message swaps the drawing in place. */
const WEBVIEW_SCRIPT = `
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var root = document.getElementById('rk-root');
  var documentUri = root.getAttribute('data-document-uri');
  if (documentUri) vscode.setState({ documentUri: documentUri });
  function reveal(target) {
    var box = target && target.closest ? target.closest('[data-offset]') : null;
    if (!box) return;
    var offset = Number(box.getAttribute('data-offset'));
    var endOffset = Number(box.getAttribute('data-end-offset'));
    if (!isFinite(offset) || !isFinite(endOffset)) return;
    var level = Number(box.getAttribute('data-level') || 0);
    vscode.postMessage({ type: 'reveal', offset: offset, endOffset: endOffset, level: isFinite(level) ? level : 0 });
  }
  root.addEventListener('click', function (event) { reveal(event.target); });
  root.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    reveal(event.target);
  });
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    var focused = document.activeElement && document.activeElement.getAttribute ? document.activeElement.getAttribute('aria-label') : null;
    root.innerHTML = message.html;
    if (focused) {
      var boxes = root.querySelectorAll('[aria-label]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].getAttribute('aria-label') === focused) { boxes[i].focus({ preventScroll: true }); break; }
      }
    }
  });
})();
`;
