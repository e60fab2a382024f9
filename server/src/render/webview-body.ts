import type { Locale, LocalizedText } from '../engine/types';
import { escapeXml } from './escape';
import type { RouteMapView } from './route-map-view';
import { label, type LabelKey } from './strings';
import { renderDecisionTreeSvg } from './svg-decision-tree';
import { renderRouteMapSvg } from './svg-route-map';

/**
 * The webview's buttons: links to the editor's commands (`command:` URIs, which the webview
 * allows for exactly these commands), so that the page needs no script of its own for them.
 */
export interface WebviewActions {
  /** "Meldcode: Export protocol…" for this protocol. */
  exportHref: string;
  /** "Meldcode: Print protocol" for this protocol. */
  printHref: string;
}

const ACTION_LABELS = {
  actions: { nl: 'Routekaart opslaan of afdrukken', en: 'Save or print the route map' },
  export: { nl: 'Exporteren (Word of HTML)…', en: 'Export (Word or HTML)…' },
  exportTitle: { nl: 'Sla het protocol op als Word-document of als webpagina', en: 'Save the protocol as a Word document or a web page' },
  print: { nl: 'Afdrukken…', en: 'Print…' },
  printTitle: { nl: 'Open de afdrukbare pagina in uw browser en druk hem daar af', en: 'Open the printable page in your browser and print it there' },
} satisfies Record<string, LocalizedText>;

/** The inner markup of the VS Code webview: both drawings, clickable, without a document shell. */
export function renderWebviewBody(view: RouteMapView, actions?: WebviewActions): string {
  const locale = view.locale;
  const drawing = { interactive: true };
  const parts: string[] = [];
  if (actions) parts.push(actionLinks(actions, locale));
  if (view.unreadable) parts.push(`<p class="rk-notice">${escapeXml(label('unreadable', locale))}</p>`);
  parts.push(
    `<h2>${escapeXml(`${label('routeMap', locale)}: ${view.organisation.name ?? label('unnamedOrganisation', locale)}`)}</h2>`,
    `<p class="rk-description">${escapeXml(label('routeMapDescription', locale))}</p>`,
    `<div class="rk-interactive">${renderRouteMapSvg(view, drawing)}</div>`,
    `<h2>${escapeXml(label('afwegingskader', locale))}</h2>`,
    `<p class="rk-description">${escapeXml(label(treeDescription(view), locale))}</p>`,
    `<div class="rk-interactive">${renderDecisionTreeSvg(view, drawing)}</div>`,
  );
  return parts.join('\n');
}

function actionLinks(actions: WebviewActions, locale: Locale): string {
  const link = (href: string, text: keyof typeof ACTION_LABELS, title: keyof typeof ACTION_LABELS): string =>
    `<a class="rk-action" role="button" href="${escapeXml(href)}" title="${escapeXml(ACTION_LABELS[title][locale])}">${escapeXml(ACTION_LABELS[text][locale])}</a>`;
  return `<nav class="rk-actions" aria-label="${escapeXml(ACTION_LABELS.actions[locale])}">${link(actions.exportHref, 'export', 'exportTitle')} · ${link(actions.printHref, 'print', 'printTitle')}</nav>`;
}

function treeDescription(view: RouteMapView): LabelKey {
  switch (view.afwegingskader.form) {
    case 'appendix':
      return 'appendixDescription';
    case 'decisions':
      return 'decisionsDescription';
    default:
      return 'afwegingskaderDescription';
  }
}
