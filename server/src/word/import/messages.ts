import type { Locale, LocalizedText } from '../../engine';
import { fillTemplate } from '../../engine/template';

/** Every text the import writes into a protocol or shows the user, in Dutch and English. */
const MESSAGES = {
  headerImported: {
    nl: "Geïmporteerd uit '{source}' met meldcode-lint import.",
    en: "Imported from '{source}' with meldcode-lint import.",
  },
  headerTitle: {
    nl: 'Titel van het document: {title}',
    en: 'Title of the document: {title}',
  },
  headerCheck: {
    nl: 'Kijk dit bestand na: tekst die niet herkend is staat onder bijlagen, gemarkeerd met NIET GEPLAATST.',
    en: 'Review this file: text that was not recognised is under bijlagen, marked NOT PLACED.',
  },
  sectorUnknown: {
    nl: 'sector niet herkend in het document: vul de juiste sector in',
    en: 'sector not recognised in the document: fill in the right sector',
  },
  unplacedMarker: {
    nl: "NIET GEPLAATST: de tekst onder de kop '{heading}' is niet herkend; zet hem op de juiste plek in het protocol.",
    en: "NOT PLACED: the text under the heading '{heading}' was not recognised; move it to its place in the protocol.",
  },
  headingComment: { nl: 'kop in Word: {heading}', en: 'heading in Word: {heading}' },
  summaryHead: {
    nl: "Geïmporteerd uit '{source}': {organisation} (sector {sector}).",
    en: "Imported from '{source}': {organisation} (sector {sector}).",
  },
  summarySectorUnknown: {
    nl: "Geïmporteerd uit '{source}': {organisation} (sector niet herkend, 'overig' ingevuld: pas dit aan).",
    en: "Imported from '{source}': {organisation} (sector not recognised, 'overig' filled in: change it).",
  },
  steps: { nl: '  Stappen: {list}', en: '  Steps: {list}' },
  substeps: { nl: ' (onderdelen {list})', en: ' (parts {list})' },
  officers: { nl: '  Aandachtsfunctionarissen: {count} ({list})', en: '  Attention officers: {count} ({list})' },
  contacts: { nl: '  Contactpunten: {count} ({list})', en: '  Contact points: {count} ({list})' },
  kaderQuestions: { nl: '  Afwegingskader: {count} vragen', en: '  Afwegingskader: {count} questions' },
  kaderDecisions: { nl: '  Afwegingskader: {count} beslissingen (basismodel)', en: '  Afwegingskader: {count} decisions (basismodel)' },
  kaderReference: { nl: '  Afwegingskader: verwijzing ({list})', en: '  Afwegingskader: reference ({list})' },
  kaderAppendix: { nl: ', in {appendix}', en: ', in {appendix}' },
  routes: { nl: '  Routes: {list}', en: '  Routes: {list}' },
  sections: { nl: '  Onderdelen: {list}', en: '  Sections: {list}' },
  dates: { nl: '  Datums: {list}', en: '  Dates: {list}' },
  notFound: { nl: 'Niet gevonden: {list}.', en: 'Not found: {list}.' },
  unplacedHead: {
    nl: "Niet geplaatst, met de oorspronkelijke kop bewaard onder bijlagen en gemarkeerd met 'NIET GEPLAATST':",
    en: "Not placed, kept with the original heading under bijlagen and marked 'NOT PLACED':",
  },
  unplacedLine: {
    nl: "  '{heading}' ({count} {paragraphs}) -> bijlagen: {id}",
    en: "  '{heading}' ({count} {paragraphs}) -> bijlagen: {id}",
  },
  allPlaced: { nl: 'Alle tekst is geplaatst.', en: 'All text was placed.' },
  closing: {
    nl: 'Controleer het protocol met meldcode-lint: de regels melden wat nog ontbreekt.',
    en: 'Check the protocol with meldcode-lint: the rules report what is still missing.',
  },
  paragraph: { nl: 'alinea', en: 'paragraph' },
  paragraphs: { nl: "alinea's", en: 'paragraphs' },
  and: { nl: 'en', en: 'and' },
  none: { nl: 'geen', en: 'none' },
  routeAcute: { nl: 'acuut gevaar', en: 'acute danger' },
  routeStaff: { nl: 'vermoeden tegen een medewerker', en: 'suspicion against a staff member' },
} satisfies Record<string, LocalizedText>;

export type ImportMessageId = keyof typeof MESSAGES;

export function importText(locale: Locale, id: ImportMessageId, data: Record<string, string | number> = {}): string {
  return fillTemplate(MESSAGES[id][locale], data);
}
