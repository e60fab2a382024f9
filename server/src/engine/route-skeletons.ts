import { isScalar } from 'yaml';
import { ACUTE_ROUTE, staffRoute, type RouteTemplate } from '../knowledge/routes';
import type { SectorProfile } from '../knowledge/sectors';
import { contactIdsOfKind as ownContactIds } from './contact-kinds';
import type { ProtocolDocument } from './document';
import { appendSequenceItem, type YamlValue } from './insertion';
import type { FixDescriptor, OffsetEdit } from './rule';

/**
 * Quick fixes that add a route (format 1.1) beside the five steps: the acute-danger route and
 * the route for a suspected staff member. A 1.0 file is moved to "1.1" in the same edit, since
 * 1.1 reads every 1.0 file unchanged. Contacts name only contact points the protocol has, so the
 * fix never adds a broken reference; the numbers are in the actions either way.
 */

function contactIdsOfKind(document: ProtocolDocument, kinds: readonly string[]): string[] {
  return kinds.flatMap((kind) => ownContactIds(document.model, kind).slice(0, 1));
}

function freeRouteId(document: ProtocolDocument, wanted: string): string {
  const taken = new Set(document.model.routes.flatMap((route) => (route.id ? [route.id.text] : [])));
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** The edit that makes `meldcode: "1.0"` read "1.1", or none when the file already says 1.1 or more. */
function versionEdit(document: ProtocolDocument): OffsetEdit[] {
  const node = document.model.sections.get('meldcode')?.value;
  if (!isScalar(node) || !node.range) return [];
  if (String(node.value) !== '1.0' && node.value !== 1) return [];
  return [{ startOffset: node.range[0], endOffset: node.range[1], newText: '"1.1"' }];
}

function routeFix(document: ProtocolDocument, title: FixDescriptor['title'], route: YamlValue): FixDescriptor[] {
  const insert = appendSequenceItem(document, 'routes', route);
  if (!insert || insert.length === 0) return [];
  return [{ title, edits: [...versionEdit(document), ...insert] }];
}

function withContact(template: RouteTemplate, id: string, contact: string[]): { [key: string]: YamlValue } {
  const route: { [key: string]: YamlValue } = { id, soort: template.soort, titel: template.titel };
  if (template.omschrijving !== undefined) route.omschrijving = template.omschrijving;
  if (template.verantwoordelijk !== undefined) route.verantwoordelijk = template.verantwoordelijk;
  route.acties = template.acties;
  if (contact.length > 0) route.contact = contact;
  return route;
}

export function acuteRouteSuggestions(document: ProtocolDocument): FixDescriptor[] {
  const route = withContact(ACUTE_ROUTE, freeRouteId(document, ACUTE_ROUTE.id), contactIdsOfKind(document, ['spoed', 'veilig-thuis']));
  return routeFix(document, { nl: 'Voeg een route voor acuut gevaar toe (112)', en: 'Add an acute-danger route (112)' }, route);
}

export function staffRouteSuggestions(document: ProtocolDocument, profile: SectorProfile): FixDescriptor[] {
  if (!profile.staffDuty) return [];
  const template = staffRoute(profile.staffDuty);
  const route = withContact(template, freeRouteId(document, template.id), contactIdsOfKind(document, ['vertrouwensinspecteur']));
  return routeFix(document, { nl: 'Voeg de route bij een vermoeden tegen een medewerker toe', en: 'Add the route for a suspected staff member' }, route);
}
