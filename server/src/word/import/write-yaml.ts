import { Document, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Locale } from '../../engine';
import type { ImportedAfwegingskader, ImportedDecision, ImportedQuestion } from './afwegingskader';
import type { ImportedContact } from './contacts';
import type { ImportedProtocol, ImportedStep, ImportedSubstep } from './model';
import { joinParagraphs } from './text';
import { importText } from './messages';

type Plain = Record<string, unknown>;

/** Leaves out keys without a value, so that the file holds only what the document said. */
function compact(entries: Record<string, unknown>): Plain {
  const result: Plain = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result;
}

function text(parts: readonly string[]): string | undefined {
  return parts.length === 0 ? undefined : joinParagraphs(parts);
}

function contactRefs(ids: readonly string[]): string[] | undefined {
  const unique = [...new Set(ids)];
  return unique.length === 0 ? undefined : unique;
}

function officer(contact: ImportedContact): Plain {
  return compact({ id: contact.id, naam: contact.naam, functie: contact.functie, telefoon: contact.telefoon, email: contact.email, bereikbaarheid: contact.bereikbaarheid, vervanger: contact.vervanger });
}

function contactPoint(contact: ImportedContact): Plain {
  return compact({ id: contact.id, soort: contact.soort, naam: contact.naam, telefoon: contact.telefoon, email: contact.email, bereikbaarheid: contact.bereikbaarheid, opmerking: contact.opmerking });
}

function substep(part: ImportedSubstep): Plain {
  return compact({ id: part.id, titel: part.titel, verantwoordelijk: part.verantwoordelijk, termijn: part.termijn, acties: part.acties, contact: contactRefs(part.contact) });
}

function step(imported: ImportedStep): Plain {
  return compact({
    stap: imported.stap,
    titel: imported.titel,
    verantwoordelijk: imported.verantwoordelijk,
    termijn: imported.termijn,
    acties: imported.acties,
    contact: contactRefs(imported.contact),
    toelichting: text(imported.toelichting),
    onderdelen: imported.onderdelen.map(substep),
  });
}

function question(imported: ImportedQuestion): Plain {
  return compact({ vraag: imported.vraag, tekst: imported.tekst, ja: imported.ja, nee: imported.nee, toelichting: text(imported.toelichting) });
}

function decision(imported: ImportedDecision): Plain {
  return compact({
    beslissing: imported.beslissing,
    tekst: imported.tekst === '' ? `Beslissing ${imported.beslissing}` : imported.tekst,
    ja: imported.ja,
    nee: imported.nee,
    toelichting: text(imported.toelichting),
    voorwaarden: imported.voorwaarden,
  });
}

function afwegingskader(kader: ImportedAfwegingskader): unknown {
  const onlyQuestions = kader.beslissingen.length === 0 && kader.model === undefined && kader.bijlage === undefined && kader.toelichting.length === 0;
  if (onlyQuestions && kader.vragen.length > 0) return kader.vragen.map(question);
  return compact({
    model: kader.model,
    bijlage: kader.bijlage,
    vragen: kader.beslissingen.length > 0 ? undefined : kader.vragen.map(question),
    beslissingen: kader.beslissingen.map(decision),
    toelichting: text(kader.toelichting),
  });
}

function protocolObject(protocol: ImportedProtocol): Plain {
  const { organisatie } = protocol;
  const forms = compact(Object.fromEntries([...protocol.bijzondereVormen].map(([form, parts]) => [form, text(parts)])));
  return compact({
    meldcode: '1.1',
    inleiding: text(protocol.inleiding),
    organisatie: compact({
      naam: organisatie.naam,
      sector: organisatie.sector,
      vastgesteld: organisatie.dates.vastgesteld,
      'geldig-van': organisatie.dates['geldig-van'],
      'geldig-tot': organisatie.dates['geldig-tot'],
      'herzien-voor': organisatie.dates['herzien-voor'],
    }),
    aandachtsfunctionarissen: protocol.officers.map(officer),
    contactpunten: protocol.contacts.map(contactPoint),
    routes: protocol.routes.map((route) =>
      compact({ id: route.id, soort: route.soort, titel: route.titel, omschrijving: text(route.omschrijving), verantwoordelijk: route.verantwoordelijk, acties: route.acties, contact: contactRefs(route.contact) }),
    ),
    stappen: protocol.steps.map(step),
    afwegingskader: protocol.afwegingskader === undefined ? undefined : afwegingskader(protocol.afwegingskader),
    kindcheck: text(protocol.kindcheck),
    'bijzondere-vormen': Object.keys(forms).length === 0 ? undefined : forms,
    beroepsgeheim: text(protocol.beroepsgeheim),
    vastleggen: text(protocol.vastleggen),
    scholing: text(protocol.scholing),
    interventies: protocol.interventies,
    'verantwoordelijkheden-organisatie': protocol.verantwoordelijkheden,
    bijlagen: protocol.bijlagen.map((appendix) => compact({ id: appendix.id, titel: appendix.titel, omschrijving: text(appendix.omschrijving) })),
  });
}

/** Short lists of numbers and ids on one line, as the samples write them: stap: [4, 5], contact: [jansen, veilig-thuis]. */
function flowShortLists(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const collection = node as YAMLMap | YAMLSeq;
  if (!('items' in collection)) return;
  for (const item of collection.items as unknown[]) {
    const pair = item as { key?: { value?: unknown }; value?: unknown };
    if (pair && typeof pair === 'object' && 'key' in pair) {
      const key = pair.key?.value;
      if ((key === 'stap' || key === 'contact') && isSeq(pair.value)) (pair.value as YAMLSeq).flow = true;
      flowShortLists(pair.value);
    } else flowShortLists(item);
  }
}

/**
 * The headings of the document as comments where their text went: the file then still holds
 * every line of the document, and the writer sees where each part came from.
 */
function keepHeadings(document: Document, headings: ImportedProtocol['headings'], locale: Locale): void {
  const byNode = new Map<Node, string[]>();
  const unattached: string[] = [];
  for (const { path, heading } of headings) {
    let node: Node | undefined;
    if (path.length === 1) {
      const pair = (document.contents as YAMLMap | null)?.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[0]);
      node = pair?.key as Node | undefined;
    } else {
      node = document.getIn(path, true) as Node | undefined;
    }
    if (node === undefined || node === null || typeof node !== 'object') {
      // Its text went elsewhere (a table of steps under an introduction's heading): the heading goes at the top.
      unattached.push(` ${importText(locale, 'headingComment', { heading })}`);
      continue;
    }
    const list = byNode.get(node) ?? [];
    list.push(importText(locale, 'headingComment', { heading }));
    byNode.set(node, list);
  }
  for (const [node, lines] of byNode) node.commentBefore = lines.map((line) => ` ${line}`).join('\n');
  if (unattached.length > 0) document.commentBefore = [document.commentBefore ?? '', ...unattached].filter(Boolean).join('\n');
}

/** The protocol as YAML (format 1.1), with comments where the writer must look. */
export function writeProtocolYaml(protocol: ImportedProtocol, options: { locale: Locale; sourceName: string }): string {
  const document = new Document(protocolObject(protocol));
  flowShortLists(document.contents);
  const head = [importText(options.locale, 'headerImported', { source: options.sourceName })];
  if (protocol.title !== undefined) head.push(importText(options.locale, 'headerTitle', { title: protocol.title }));
  head.push(importText(options.locale, 'headerCheck'));
  document.commentBefore = head.map((line) => ` ${line}`).join('\n');
  if (!protocol.organisatie.sectorRecognised) {
    const sector = document.getIn(['organisatie', 'sector'], true) as Node | undefined;
    if (sector) sector.comment = ` ${importText(options.locale, 'sectorUnknown')}`;
  }
  keepHeadings(document, protocol.headings, options.locale);
  const appendices = document.get('bijlagen', true) as YAMLSeq | undefined;
  protocol.bijlagen.forEach((appendix, index) => {
    const node = appendices?.items[index] as Node | undefined;
    if (appendix.unplaced && node) node.commentBefore = ` ${importText(options.locale, 'unplacedMarker', { heading: appendix.titel })}`;
  });
  return document.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}
