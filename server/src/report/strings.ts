import { fillTemplate } from '../engine/template';
import type { Locale, LocalizedText } from '../engine/types';
import type { Attention, PartState, ReviewStatus } from './model';
import type { PartId } from './summary';

/** Every text of the overview (HTML, CSV headers and values), in Dutch and English. */
const LABELS = {
  title: { nl: 'Overzicht meldcodes', en: 'Overview of protocols (meldcodes)' },
  asOf: { nl: 'Stand van {date}: {protocols}.', en: 'As of {date}: {protocols}.' },
  protocolOne: { nl: '1 protocol', en: '1 protocol' },
  protocolMany: { nl: '{count} protocollen', en: '{count} protocols' },
  sortNote: {
    nl: 'Bovenaan staan protocollen met fouten, daarna protocollen waarvan de herziening verlopen is of binnen {days} dagen valt, dan de rest.',
    en: 'Protocols with errors come first, then those whose review is overdue or falls within {days} days, then the rest.',
  },
  totals: { nl: 'Totalen', en: 'Totals' },
  withErrors: { nl: 'Protocollen met fouten', en: 'Protocols with errors' },
  withWarnings: { nl: 'Protocollen met waarschuwingen', en: 'Protocols with warnings' },
  errors: { nl: 'Fouten', en: 'Errors' },
  warnings: { nl: 'Waarschuwingen', en: 'Warnings' },
  infos: { nl: 'Informatie', en: 'Information' },
  reviewsOverdue: { nl: 'Herziening verlopen', en: 'Review overdue' },
  reviewsDue: { nl: 'Herziening binnen {days} dagen', en: 'Review within {days} days' },
  withoutReviewDate: { nl: 'Zonder herzieningsdatum', en: 'Without a review date' },
  withoutOfficer: { nl: 'Zonder aandachtsfunctionaris', en: 'Without an attention officer' },
  partMissingIn: { nl: '{part} ontbreekt', en: '{part} missing' },
  rulesTitle: { nl: 'Regels die het vaakst falen', en: 'Rules that fail most' },
  rulesNote: {
    nl: 'Per regel: in hoeveel protocollen zij een fout of waarschuwing geeft (tussen haakjes: hoe vaak in totaal).',
    en: 'Per rule: in how many protocols it gives an error or warning (in brackets: how often in all).',
  },
  noFailingRules: { nl: 'Geen enkele regel geeft een fout of waarschuwing.', en: 'No rule gives an error or warning.' },
  ruleBar: { nl: '{rule}: in {protocols} ({findings} keer)', en: '{rule}: in {protocols} ({findings} times)' },
  protocolsTitle: { nl: 'Protocollen', en: 'Protocols' },
  noProtocols: { nl: 'Er zijn geen protocollen gevonden.', en: 'No protocols were found.' },
  // Column headers
  file: { nl: 'Bestand', en: 'File' },
  base: { nl: 'Basisprotocol', en: 'Base protocol' },
  basedOn: { nl: 'op basis van {file}', en: 'based on {file}' },
  protocol: { nl: 'Protocol', en: 'Protocol' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  location: { nl: 'Locatie', en: 'Location' },
  sector: { nl: 'Sector', en: 'Sector' },
  format: { nl: 'Formaat', en: 'Format' },
  adopted: { nl: 'Vastgesteld', en: 'Adopted' },
  reviewBy: { nl: 'Herzien voor', en: 'Review by' },
  validFrom: { nl: 'Geldig vanaf', en: 'Valid from' },
  validUntil: { nl: 'Geldig tot en met', en: 'Valid until' },
  reviewDue: { nl: 'Herziening uiterlijk', en: 'Review due' },
  daysToReview: { nl: 'Dagen tot herziening', en: 'Days to review' },
  review: { nl: 'Herziening', en: 'Review' },
  attention: { nl: 'Aandacht', en: 'Attention' },
  selfEmployed: { nl: 'Zelfstandige praktijk', en: 'Self-employed practice' },
  officerCount: { nl: 'Aantal aandachtsfunctionarissen', en: 'Number of attention officers' },
  officers: { nl: 'Aandachtsfunctionarissen', en: 'Attention officers' },
  steps: { nl: 'Stappen aanwezig', en: 'Steps present' },
  routes: { nl: 'Routes', en: 'Routes' },
  parts: { nl: 'Onderdelen', en: 'Parts' },
  failingRules: { nl: 'Regels met fouten of waarschuwingen', en: 'Rules with errors or warnings' },
  // Values
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  none: { nl: 'geen', en: 'none' },
  unnamed: { nl: '(naam ontbreekt)', en: '(no name)' },
  stepsOf: { nl: 'stap {steps} van 1–5', en: 'steps {steps} of 1–5' },
  noSteps: { nl: 'geen van de vijf stappen', en: 'none of the five steps' },
  baseNote: { nl: 'basisprotocol: de locaties noemen ze', en: 'base protocol: its locations name them' },
  selfEmployedNote: { nl: 'zelfstandige praktijk', en: 'self-employed practice' },
  overdueDays: { nl: 'verlopen, {days} dagen geleden', en: 'overdue, {days} days ago' },
  overdueToday: { nl: 'verlopen, vandaag', en: 'overdue, today' },
  dueInDays: { nl: 'over {days} dagen', en: 'in {days} days' },
  dueInOneDay: { nl: 'morgen', en: 'tomorrow' },
  generatedBy: { nl: 'Gemaakt met meldcode-lint report.', en: 'Made with meldcode-lint report.' },
} satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, locale: Locale, data?: Record<string, string | number>): string {
  const template = LABELS[key][locale];
  return data === undefined ? template : fillTemplate(template, data);
}

export function protocolCount(count: number, locale: Locale): string {
  return count === 1 ? label('protocolOne', locale) : label('protocolMany', locale, { count });
}

const PART_LABELS: Record<PartId, LocalizedText> = {
  stappen: { nl: 'Vijf stappen', en: 'Five steps' },
  afwegingskader: { nl: 'Afwegingskader', en: 'Afwegingskader' },
  kindcheck: { nl: 'Kindcheck', en: 'Kindcheck' },
  'bijzondere-vormen': { nl: 'Bijzondere vormen', en: 'Special forms' },
  beroepsgeheim: { nl: 'Beroepsgeheim', en: 'Professional secrecy' },
  vastleggen: { nl: 'Vastleggen', en: 'Recording' },
  scholing: { nl: 'Scholing', en: 'Training' },
  routes: { nl: 'Routes', en: 'Routes' },
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
};

export function partLabel(part: PartId, locale: Locale): string {
  return PART_LABELS[part][locale];
}

const PART_STATE_LABELS: Record<PartState, LocalizedText> = {
  present: { nl: 'aanwezig', en: 'present' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  absent: { nl: 'niet aanwezig', en: 'not present' },
};

export function partStateLabel(state: PartState, locale: Locale): string {
  return PART_STATE_LABELS[state][locale];
}

const REVIEW_LABELS: Record<ReviewStatus, LocalizedText> = {
  overdue: { nl: 'verlopen', en: 'overdue' },
  due: { nl: 'binnenkort', en: 'soon' },
  later: { nl: 'later', en: 'later' },
  unknown: { nl: 'geen datum', en: 'no date' },
};

export function reviewLabel(status: ReviewStatus, locale: Locale): string {
  return REVIEW_LABELS[status][locale];
}

const ATTENTION_LABELS: Record<Attention, LocalizedText> = {
  errors: { nl: 'fouten', en: 'errors' },
  review: { nl: 'herziening', en: 'review' },
  none: { nl: 'geen', en: 'none' },
};

export function attentionLabel(attention: Attention, locale: Locale): string {
  return ATTENTION_LABELS[attention][locale];
}
