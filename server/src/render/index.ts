/**
 * The route map (routekaart): a protocol drawn as SVG and HTML, without any editor. The VS Code
 * webview and `meldcode-lint render` both draw with this code.
 */
import { parseProtocol, type ProtocolDocument } from '../engine/document';
import type { Finding, Locale } from '../engine/types';
import { validateDocument, type ValidateOptions } from '../engine/validate';
import { renderExportDocument, type ExportOptions } from './html-export';
import { buildRouteMapView, type RouteMapView } from './route-map-view';

export {
  buildRouteMapView,
  type RouteMapView,
  type SourceLocation,
  type StepView,
  type SubstepView,
  type QuestionView,
  type DecisionView,
  type OutcomeView,
  type OutcomeKind,
  type AfwegingskaderView,
  type RouteView,
  type RouteStepView,
  type AppendixView,
} from './route-map-view';
export { renderRouteMapSvg } from './svg-route-map';
export { renderDecisionTreeSvg, DECISION_EDGES, type TreeEdge, type EndKind, type Answer } from './svg-decision-tree';
export { renderExportDocument, EXPORT_CSP, type ExportOptions } from './html-export';
export { renderWebviewBody } from './webview-body';
export { DRAWING_CSS, WEBVIEW_PALETTE_CSS, PRINT_PALETTE_CSS } from './styles';
export { escapeXml } from './escape';

export interface ViewOptions extends Pick<ValidateOptions, 'rules' | 'today'> {
  locale?: Locale;
  /** Findings already computed for this document; validated here when absent. */
  findings?: readonly Finding[];
  /**
   * For a location merged with its bases: the documents by level (0: the location), so that
   * a box from a base points into the base's text (SourceLocation.level).
   */
  levels?: readonly ProtocolDocument[];
}

export function createRouteMapView(document: ProtocolDocument, options: ViewOptions = {}): RouteMapView {
  const findings = options.findings ?? validateDocument(document, { rules: options.rules, today: options.today });
  return buildRouteMapView(document, findings, options.locale ?? 'nl', options.levels);
}

/** The printable, self-contained HTML of a protocol text. */
export function renderExportHtml(text: string, options: ViewOptions & ExportOptions = {}): string {
  return renderExportDocument(createRouteMapView(parseProtocol(text), options), options);
}
export {
  renderWebviewDocument,
  documentUriOfState,
  webviewContentSecurityPolicy,
  type WebviewDocumentOptions,
  type RevealMessage,
  type UpdateMessage,
  type RouteMapState,
} from './webview-document';
export { label } from './strings';
