/**
 * The text of a new location protocol (docs/locations.md), worked out from its base: pure,
 * so that it is tested without VS Code. The protocol itself is Dutch, as every protocol is.
 */
import { parseProtocol } from '../../server/src/engine';
import { contactKindByValue } from '../../server/src/knowledge/enums';
import { renderScalar } from '../../server/src/engine/insertion';

/** Short ids protocols give a contact point of a kind (`jgz` for the jeugdgezondheidszorg of the GGD). */
const KIND_OF_SHORT_ID: Readonly<Record<string, string>> = { jgz: 'jeugdgezondheidszorg', ggd: 'jeugdgezondheidszorg' };

/** The kind of contact point an id names, when it names one. */
function contactKindOf(id: string): string | undefined {
  return contactKindByValue(id)?.value ?? KIND_OF_SHORT_ID[id];
}

/** The ids the base's steps and routes name but does not define: what each location fills in (contact points with their kind). */
export function idsLeftToLocations(baseText: string): { officers: string[]; contactPoints: Array<{ id: string; kind: string }> } {
  const model = parseProtocol(baseText).model;
  const defined = new Set([...model.officers, ...model.contactPoints].flatMap((entry) => (entry.id ? [entry.id.text] : [])));
  const officers: string[] = [];
  const contactPoints: Array<{ id: string; kind: string }> = [];
  for (const reference of model.references) {
    const id = reference.target.text;
    if (id === '' || defined.has(id) || officers.includes(id) || contactPoints.some((point) => point.id === id)) continue;
    const kind = reference.kind === 'contact' ? contactKindOf(id) : undefined;
    if (kind !== undefined) contactPoints.push({ id, kind });
    else officers.push(id);
  }
  return { officers, contactPoints };
}

/**
 * A location protocol on `basis` (the base's path from the new file's folder): the location's
 * name and its own parts to fill in. The officers and contact points the base refers to without
 * defining them come first; Veilig Thuis of the region and the wijkteam are always asked for,
 * unless the base has them.
 */
export function locationProtocolText(basis: string, locationName: string, baseText: string): string {
  const { officers, contactPoints } = idsLeftToLocations(baseText);
  const baseKinds = new Set(parseProtocol(baseText).model.contactPoints.flatMap((point) => (point.soort ? [point.soort.text] : [])));
  const asked = ['veilig-thuis', 'wijkteam'].filter((kind) => !baseKinds.has(kind) && !contactPoints.some((point) => point.kind === kind));
  const points = [...contactPoints, ...asked.map((kind) => ({ id: kind, kind }))];
  const officerIds = officers.length > 0 ? officers : ['aandachtsfunctionaris'];
  const lines = ['meldcode: "1.1"', `basis: ${renderScalar(basis)}`, '', 'organisatie:', `  locatie: ${renderScalar(locationName)}`, '', 'aandachtsfunctionarissen:'];
  officerIds.forEach((id, index) => {
    lines.push(`  - id: ${id}`, '    naam: ""', '    functie: ""', '    telefoon: ""', '    email: ""');
    if (officerIds.length > 1) lines.push(`    vervanger: ${officerIds[(index + 1) % officerIds.length]}`);
  });
  if (points.length > 0) {
    lines.push('', 'contactpunten:');
    for (const { id, kind } of points) {
      lines.push(`  - id: ${id}`, `    soort: ${kind}`, '    naam: ""', `    telefoon: ${kind === 'veilig-thuis' ? '"0800-2000"' : '""'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** "De Esdoorn" -> "de-esdoorn": a file name for the location, without accents or spaces. */
export function locationFileName(locationName: string): string {
  const slug = locationName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug === '' ? 'locatie' : slug}.meldcode.yaml`;
}
