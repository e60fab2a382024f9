import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { parseProtocol, validateDocument, type Finding, type Locale } from '../../../server/src/engine';
import { createRouteMapView, renderDecisionTreeSvg, renderRouteMapSvg, type RouteMapView } from '../../../server/src/render';
import { parseXml, type XmlElement } from './xml';

/** Test files live in test/; the compiled tests run from out/test/. */
export const REPOSITORY = path.resolve(__dirname, '..', '..', '..', '..');
export const TODAY = '2026-06-01';

export function fixture(name: string): string {
  return fs.readFileSync(path.join(REPOSITORY, 'test', 'fixtures', 'render', name), 'utf8');
}

export interface Drawn {
  text: string;
  view: RouteMapView;
  findings: Finding[];
  routeMap: XmlElement;
  tree: XmlElement;
}

export function draw(text: string, locale: Locale = 'nl', interactive = false): Drawn {
  const document = parseProtocol(text);
  const findings = validateDocument(document, { today: TODAY });
  const view = createRouteMapView(document, { locale, findings });
  return {
    text,
    view,
    findings,
    routeMap: parseXml(renderRouteMapSvg(view, { interactive })),
    tree: parseXml(renderDecisionTreeSvg(view, { interactive })),
  };
}

/** The protocol as plain data, read with the yaml package alone: what the drawing must show. */
export interface PlainProtocol {
  stappen: Array<{ stap: number; titel: string; verantwoordelijk?: string; acties?: string[]; contact?: string | string[] }>;
  aandachtsfunctionarissen: Array<{ id: string; naam: string; telefoon?: string; vervanger?: string }>;
  contactpunten: Array<{ id: string; naam: string; telefoon?: string | number }>;
  afwegingskader: Array<{ vraag: number; tekst: string }>;
}

export function plain(text: string): PlainProtocol {
  return parseDocument(text).toJS() as PlainProtocol;
}
