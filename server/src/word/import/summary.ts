import type { Locale } from '../../engine';
import type { ImportedProtocol, ImportedRoute } from './model';
import { importText } from './messages';

export interface WordImportSummary {
  sourceName: string;
  organisation: string;
  sector: string;
  sectorRecognised: boolean;
  /** The steps found, as in the file: 2, or [4, 5] for a merged step. */
  steps: Array<number | number[]>;
  /** Parts of steps: "5a", "5b". */
  substeps: string[];
  officers: Array<{ id: string; naam?: string; telefoon?: string }>;
  contactPoints: Array<{ id: string; soort: string; naam?: string; telefoon?: string }>;
  afwegingskader: { form: 'vragen' | 'beslissingen' | 'verwijzing' | 'geen'; count: number; model?: string; bijlage?: string };
  routes: Array<{ id: string; soort: ImportedRoute['soort']; titel: string }>;
  /** The sections found, by their key in the file. */
  sections: string[];
  /** Steps and sections the document did not have (or the import did not find). */
  missing: string[];
  dates: Record<string, string>;
  /** Text kept under bijlagen because it was not recognised. */
  unplaced: Array<{ heading: string; id: string; paragraphs: number }>;
}

const SECTION_KEYS = ['kindcheck', 'bijzondere-vormen', 'beroepsgeheim', 'vastleggen', 'scholing', 'verantwoordelijkheden-organisatie'] as const;

export function summarise(protocol: ImportedProtocol, sourceName: string): WordImportSummary {
  const present: Record<(typeof SECTION_KEYS)[number], boolean> = {
    kindcheck: protocol.kindcheck.length > 0,
    'bijzondere-vormen': protocol.bijzondereVormen.size > 0,
    beroepsgeheim: protocol.beroepsgeheim.length > 0,
    vastleggen: protocol.vastleggen.length > 0,
    scholing: protocol.scholing.length > 0,
    'verantwoordelijkheden-organisatie': protocol.verantwoordelijkheden.length > 0,
  };
  const covered = new Set(protocol.steps.flatMap((step) => (Array.isArray(step.stap) ? step.stap : [step.stap])));
  const kader = protocol.afwegingskader;
  const form = kader === undefined ? 'geen' : kader.beslissingen.length > 0 ? 'beslissingen' : kader.vragen.length > 0 ? 'vragen' : 'verwijzing';
  return {
    sourceName,
    organisation: protocol.organisatie.naam,
    sector: protocol.organisatie.sector,
    sectorRecognised: protocol.organisatie.sectorRecognised,
    steps: protocol.steps.map((step) => step.stap),
    substeps: protocol.steps.flatMap((step) => step.onderdelen.map((part) => part.id)),
    officers: protocol.officers.map(({ id, naam, telefoon }) => ({ id, naam, telefoon })),
    contactPoints: protocol.contacts.map(({ id, soort, naam, telefoon }) => ({ id, soort, naam, telefoon })),
    afwegingskader: {
      form,
      count: form === 'beslissingen' ? kader!.beslissingen.length : form === 'vragen' ? kader!.vragen.length : 0,
      model: kader?.model,
      bijlage: kader?.bijlage,
    },
    routes: protocol.routes.map(({ id, soort, titel }) => ({ id, soort, titel })),
    sections: SECTION_KEYS.filter((key) => present[key]),
    missing: [
      ...[1, 2, 3, 4, 5].filter((n) => !covered.has(n)).map((n) => `stap ${n}`),
      ...(kader === undefined ? ['afwegingskader'] : []),
      ...SECTION_KEYS.filter((key) => !present[key] && key !== 'verantwoordelijkheden-organisatie'),
    ],
    dates: { ...protocol.organisatie.dates } as Record<string, string>,
    unplaced: protocol.bijlagen.filter((appendix) => appendix.unplaced).map((appendix) => ({ heading: appendix.titel, id: appendix.id, paragraphs: appendix.omschrijving.length })),
  };
}

function list(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${importText(locale, 'and')} ${items[items.length - 1]}`;
}

function stepLabel(locale: Locale, stap: number | number[]): string {
  return Array.isArray(stap) ? list(locale, stap.map(String)) : String(stap);
}

/** The summary shown on standard error and in the editor: what was recognised, what was kept unplaced, where to look. */
export function formatImportSummary(summary: WordImportSummary, locale: Locale): string {
  const none = importText(locale, 'none');
  const lines: string[] = [
    importText(locale, summary.sectorRecognised ? 'summaryHead' : 'summarySectorUnknown', { source: summary.sourceName, organisation: summary.organisation, sector: summary.sector }),
  ];
  const steps = summary.steps.length === 0 ? none : summary.steps.map((stap) => stepLabel(locale, stap)).join(', ');
  lines.push(importText(locale, 'steps', { list: steps }) + (summary.substeps.length > 0 ? importText(locale, 'substeps', { list: summary.substeps.join(', ') }) : ''));
  const person = (entry: { naam?: string; id: string; telefoon?: string }): string => {
    const name = entry.naam ?? entry.id;
    return entry.telefoon === undefined || name.includes(entry.telefoon) ? name : `${name} ${entry.telefoon}`;
  };
  lines.push(importText(locale, 'officers', { count: summary.officers.length, list: summary.officers.map(person).join('; ') || none }).replace(' ()', ''));
  lines.push(importText(locale, 'contacts', { count: summary.contactPoints.length, list: summary.contactPoints.map(person).join('; ') || none }).replace(' ()', ''));
  const kader = summary.afwegingskader;
  const appendix = kader.bijlage === undefined ? '' : importText(locale, 'kaderAppendix', { appendix: kader.bijlage });
  if (kader.form === 'vragen') lines.push(importText(locale, 'kaderQuestions', { count: kader.count }) + appendix);
  else if (kader.form === 'beslissingen') lines.push(importText(locale, 'kaderDecisions', { count: kader.count }) + appendix);
  else if (kader.form === 'verwijzing') lines.push(importText(locale, 'kaderReference', { list: [kader.model, kader.bijlage].filter(Boolean).join(', ') }));
  if (summary.routes.length > 0) {
    lines.push(importText(locale, 'routes', { list: summary.routes.map((route) => (route.soort === 'acuut-gevaar' ? importText(locale, 'routeAcute') : route.soort === 'vermoeden-medewerker' ? importText(locale, 'routeStaff') : route.titel)).join(', ') }));
  }
  if (summary.sections.length > 0) lines.push(importText(locale, 'sections', { list: summary.sections.join(', ') }));
  const dates = Object.entries(summary.dates).map(([key, value]) => `${key} ${value}`);
  if (dates.length > 0) lines.push(importText(locale, 'dates', { list: dates.join(', ') }));
  if (summary.missing.length > 0) lines.push(importText(locale, 'notFound', { list: summary.missing.join(', ') }));
  if (summary.unplaced.length > 0) {
    lines.push(importText(locale, 'unplacedHead'));
    for (const entry of summary.unplaced) {
      lines.push(importText(locale, 'unplacedLine', { heading: entry.heading, count: entry.paragraphs, paragraphs: importText(locale, entry.paragraphs === 1 ? 'paragraph' : 'paragraphs'), id: entry.id }));
    }
  } else {
    lines.push(importText(locale, 'allPlaced'));
  }
  lines.push(importText(locale, 'closing'));
  return `${lines.join('\n')}\n`;
}
