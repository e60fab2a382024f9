import { escapeXml } from './escape';
import type { RouteMapView } from './route-map-view';
import { label, type LabelKey } from './strings';
import { renderDecisionTreeSvg } from './svg-decision-tree';
import { renderRouteMapSvg } from './svg-route-map';

/** The inner markup of the VS Code webview: both drawings, clickable, without a document shell. */
export function renderWebviewBody(view: RouteMapView): string {
  const locale = view.locale;
  const drawing = { interactive: true };
  const parts: string[] = [];
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
