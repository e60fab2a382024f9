import { fillTemplate } from '../engine/template';
import type { Locale, LocalizedText } from '../engine/types';

/** Every label the route map and the export print, in Dutch and English. */
export const LABELS = {
  documentTitle: { nl: 'Meldcode huiselijk geweld en kindermishandeling', en: 'Protocol for domestic violence and child abuse (meldcode)' },
  routeMap: { nl: 'Routekaart', en: 'Route map' },
  routeMapDescription: {
    nl: 'De vijf stappen van de meldcode, met wie verantwoordelijk is en wie u belt.',
    en: 'The five steps of the protocol, who is responsible and whom to call.',
  },
  stepPlan: { nl: 'Stappenplan', en: 'Step plan' },
  step: { nl: 'Stap', en: 'Step' },
  stepMissing: { nl: 'ontbreekt', en: 'missing' },
  responsible: { nl: 'Verantwoordelijk', en: 'Responsible' },
  responsibleUnknown: { nl: 'niet genoemd', en: 'not named' },
  actions: { nl: 'Acties', en: 'Actions' },
  call: { nl: 'Bellen', en: 'Call' },
  contact: { nl: 'Contact', en: 'Contact' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  unknownReference: { nl: 'onbekend', en: 'unknown' },
  noPhone: { nl: 'geen telefoonnummer', en: 'no phone number' },
  exampleValue: { nl: 'voorbeeldwaarde', en: 'example value' },
  afwegingskader: { nl: 'Afwegingskader', en: 'Afwegingskader (assessment framework)' },
  afwegingskaderDescription: {
    nl: 'De vijf vragen van het afwegingskader, die in stap 4 en 5 de beslissing over melden en hulp sturen.',
    en: 'The five questions of the afwegingskader, which guide the decision on reporting and help in steps 4 and 5.',
  },
  question: { nl: 'Vraag', en: 'Question' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  ifYes: { nl: 'Bij ja', en: 'If yes' },
  ifNo: { nl: 'Bij nee', en: 'If no' },
  standardText: { nl: 'standaardtekst', en: 'standard text' },
  endReport: { nl: 'Melden bij Veilig Thuis', en: 'Report to Veilig Thuis' },
  endReportNote: {
    nl: 'Bij acute of structurele onveiligheid altijd melden; vraag 3 tot en met 5 dan samen met Veilig Thuis doorlopen.',
    en: 'Always report acute or structural unsafety; then go through questions 3 to 5 together with Veilig Thuis.',
  },
  endHelp: { nl: 'Hulp organiseren', en: 'Organise help' },
  endHelpNote: { nl: 'Hulp bieden of organiseren en de veiligheid volgen.', en: 'Provide or organise help and monitor safety.' },
  endClose: { nl: 'Afsluiten en vastleggen', en: 'Close and record' },
  endCloseNote: { nl: 'Geen vermoeden: afsluiten en vastleggen in het dossier.', en: 'No suspicion: close and record in the file.' },
  endCloseAfterHelpNote: {
    nl: 'Hulp afsluiten met afspraken over het volgen van de (on)veiligheid; vastleggen in het dossier.',
    en: 'Close the help with agreements on monitoring (un)safety; record in the file.',
  },
  nationalVeiligThuis: { nl: 'Veilig Thuis (landelijk)', en: 'Veilig Thuis (national)' },
  officers: { nl: 'Aandachtsfunctionarissen', en: 'Attention officers (aandachtsfunctionarissen)' },
  officerRole: { nl: 'aandachtsfunctionaris', en: 'attention officer' },
  contactPoints: { nl: 'Contactpunten', en: 'Contact points' },
  contactSheet: { nl: 'Contactlijst', en: 'Contact sheet' },
  noOfficers: { nl: 'Geen aandachtsfunctionaris genoemd.', en: 'No attention officer named.' },
  noContactPoints: { nl: 'Geen contactpunten genoemd.', en: 'No contact points named.' },
  name: { nl: 'Naam', en: 'Name' },
  position: { nl: 'Functie', en: 'Position' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  availability: { nl: 'Bereikbaarheid', en: 'Availability' },
  availabilityRemark: { nl: 'Bereikbaarheid en opmerking', en: 'Availability and remark' },
  emailWebsite: { nl: 'E-mail en website', en: 'E-mail and website' },
  deputy: { nl: 'Vervanger', en: 'Deputy' },
  kind: { nl: 'Soort', en: 'Kind' },
  website: { nl: 'Website', en: 'Website' },
  remark: { nl: 'Opmerking', en: 'Remark' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  unnamedOrganisation: { nl: '(organisatie zonder naam)', en: '(unnamed organisation)' },
  sector: { nl: 'Sector', en: 'Sector' },
  targetGroup: { nl: 'Doelgroep', en: 'Target group' },
  ages: { nl: '{from} tot en met {to} jaar', en: '{from} to {to} years' },
  town: { nl: 'Plaats', en: 'Town' },
  adoptedBy: { nl: 'Vastgesteld door', en: 'Adopted by' },
  adoptedOn: { nl: 'Vastgesteld op', en: 'Adopted on' },
  reviewBy: { nl: 'Herzien vóór', en: 'Review by' },
  introduction: { nl: 'Inleiding', en: 'Introduction' },
  otherAgreements: { nl: 'Overige afspraken', en: 'Other agreements' },
  notComplete: {
    nl: 'Let op: deze meldcode is nog niet volledig. De controle vond deze fouten:',
    en: 'Note: this protocol is not yet complete. The check found these errors:',
  },
  unreadable: {
    nl: 'Dit bestand kan niet volledig als meldcode worden gelezen; de routekaart toont wat leesbaar is.',
    en: 'This file cannot be read completely as a protocol; the route map shows what is readable.',
  },
  line: { nl: 'regel', en: 'line' },
  generatedFrom: { nl: 'Gemaakt uit', en: 'Made from' },
  stepBefore: { nl: 'Vooraf (stap 0)', en: 'Beforehand (step 0)' },
  stepBeforeTitle: { nl: 'Vooraf', en: 'Beforehand' },
  stepsJoined: { nl: 'Stap {first} en {last}', en: 'Steps {first} and {last}' },
  substep: { nl: 'Onderdeel', en: 'Part' },
  deadline: { nl: 'Termijn', en: 'Time limit' },
  routes: { nl: 'Routes', en: 'Routes' },
  route: { nl: 'Route', en: 'Route' },
  routesDescription: {
    nl: 'De routes die het protocol naast de stappen beschrijft, met wie verantwoordelijk is en wie u belt.',
    en: 'The routes the protocol describes beside the steps, who is responsible and whom to call.',
  },
  acuteFirst: { nl: 'gaat vóór de stappen', en: 'comes before the steps' },
  endReportHelp: { nl: 'Melden en hulp bieden', en: 'Report and provide help' },
  endReportHelpNote: {
    nl: 'Melden bij Veilig Thuis en daarnaast hulp bieden of organiseren.',
    en: 'Report to Veilig Thuis and also provide or organise help.',
  },
  endHelpThen: { nl: 'Daarna vraag {question}.', en: 'Then question {question}.' },
  goToQuestion: { nl: 'Naar vraag {question}', en: 'Go to question {question}' },
  goToDecision: { nl: 'Naar beslissing {decision}', en: 'Go to decision {decision}' },
  decision: { nl: 'Beslissing', en: 'Decision' },
  conditions: { nl: 'Voorwaarden', en: 'Conditions' },
  model: { nl: 'Model', en: 'Model' },
  decisionsDescription: {
    nl: 'De twee beslissingen van het afwegingskader: is melden noodzakelijk, en is hulp verlenen of organiseren (ook) mogelijk?',
    en: 'The two decisions of the afwegingskader: is reporting necessary, and is providing or organising help (also) possible?',
  },
  appendixDescription: {
    nl: 'Het afwegingskader staat niet in dit bestand, maar in het document dat het protocol noemt.',
    en: 'The afwegingskader is not in this file but in the document the protocol names.',
  },
  afwegingskaderSee: { nl: 'Afwegingskader: zie {appendix}', en: 'Afwegingskader: see {appendix}' },
  afwegingskaderModel: { nl: 'Afwegingskader volgens {model}', en: 'Afwegingskader following {model}' },
  afwegingskaderUnnamed: { nl: 'Afwegingskader: niet in dit bestand', en: 'Afwegingskader: not in this file' },
  appendices: { nl: 'Bijlagen', en: 'Appendices' },
  responsibilities: { nl: 'Verantwoordelijkheden van de organisatie', en: 'Responsibilities of the organisation' },
  validFrom: { nl: 'Geldig van', en: 'Valid from' },
  validUntil: { nl: 'Geldig tot', en: 'Valid until' },
} satisfies Record<string, LocalizedText>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, locale: Locale, data: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(LABELS[key][locale], data);
}

/** The five questions of the afwegingskader in their usual wording, for questions the protocol lacks. */
export const STANDARD_QUESTIONS: readonly LocalizedText[] = [
  {
    nl: 'Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?',
    en: 'Based on steps 1 to 3, do I suspect (the threat of) domestic violence or child abuse?',
  },
  {
    nl: 'Schat ik op basis van de stappen 1 tot en met 4 in dat er sprake is van acute of structurele onveiligheid?',
    en: 'Based on steps 1 to 4, do I judge that there is acute or structural unsafety?',
  },
  {
    nl: 'Ben ik in staat om effectieve hulp te bieden of te organiseren om (de risico’s op) huiselijk geweld of kindermishandeling af te wenden?',
    en: 'Am I able to provide or organise effective help to avert (the risk of) domestic violence or child abuse?',
  },
  {
    nl: 'Aanvaarden de betrokkenen deze hulp en zijn zij bereid zich daarvoor in te zetten?',
    en: 'Do the persons involved accept this help and commit to it?',
  },
  {
    nl: 'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten voor de veiligheid en het welzijn (herstel) van alle betrokkenen?',
    en: 'Does the help lead, within the desired time, to the necessary results for the safety and well-being (recovery) of everyone involved?',
  },
];

/** The older basismodel's two decisions in their usual wording, for decisions the protocol lacks. */
export const STANDARD_DECISIONS: readonly LocalizedText[] = [
  { nl: 'Is melden noodzakelijk?', en: 'Is reporting necessary?' },
  { nl: 'Is hulp verlenen of organiseren (ook) mogelijk?', en: 'Is providing or organising help (also) possible?' },
];

/** What each kind of route (format 1.1) is for. */
export const ROUTE_KIND_LABELS: Readonly<Record<string, LocalizedText>> = {
  'acuut-gevaar': { nl: 'Acuut gevaar', en: 'Acute danger' },
  'vermoeden-medewerker': { nl: 'Vermoeden tegen een medewerker', en: 'Suspected staff member' },
  sport: { nl: 'Sport', en: 'Sport' },
  overig: { nl: 'Overige route', en: 'Other route' },
};

export const SECTOR_LABELS: Readonly<Record<string, LocalizedText>> = {
  onderwijs: { nl: 'onderwijs', en: 'education' },
  kinderopvang: { nl: 'kinderopvang', en: 'child care' },
  jeugdhulp: { nl: 'jeugdhulp', en: 'youth care' },
  gezondheidszorg: { nl: 'gezondheidszorg', en: 'health care' },
  'maatschappelijke-ondersteuning': { nl: 'maatschappelijke ondersteuning', en: 'social support' },
  justitie: { nl: 'justitie', en: 'justice' },
  sport: { nl: 'sport', en: 'sport' },
  overig: { nl: 'overig', en: 'other' },
};

export const CONTACT_KIND_LABELS: Readonly<Record<string, LocalizedText>> = {
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  politie: { nl: 'politie', en: 'police' },
  spoed: { nl: 'spoed', en: 'emergency' },
  huisarts: { nl: 'huisarts', en: 'GP' },
  jeugdgezondheidszorg: { nl: 'jeugdgezondheidszorg', en: 'youth health care' },
  vertrouwensinspecteur: { nl: 'vertrouwensinspecteur', en: 'confidential inspector' },
  wijkteam: { nl: 'wijkteam', en: 'neighbourhood team' },
  'centrum-veilige-sport': { nl: 'Centrum Veilige Sport Nederland', en: 'Centrum Veilige Sport Nederland' },
  vertrouwenscontactpersoon: { nl: 'vertrouwenscontactpersoon', en: 'confidential contact person' },
  overig: { nl: 'overig', en: 'other' },
};

/** Titles of the other top-level sections and their sub-keys, for the export. */
export const SECTION_TITLES: Readonly<Record<string, LocalizedText>> = {
  kindcheck: { nl: 'Kindcheck', en: 'Child check (kindcheck)' },
  'bijzondere-vormen': { nl: 'Bijzondere vormen van geweld', en: 'Specific forms of violence' },
  beroepsgeheim: { nl: 'Beroepsgeheim en meldrecht', en: 'Professional secrecy and the right to report' },
  vastleggen: { nl: 'Vastleggen', en: 'Recording' },
  scholing: { nl: 'Scholing', en: 'Training' },
  interventies: { nl: 'Interventies', en: 'Interventions' },
  'eergerelateerd-geweld': { nl: 'Eergerelateerd geweld', en: 'Honour-related violence' },
  'vrouwelijke-genitale-verminking': { nl: 'Vrouwelijke genitale verminking', en: 'Female genital mutilation' },
  huwelijksdwang: { nl: 'Huwelijksdwang', en: 'Forced marriage' },
  achterlating: { nl: 'Achterlating', en: 'Abandonment abroad' },
  ouderenmishandeling: { nl: 'Ouderenmishandeling', en: 'Elder abuse' },
  mensenhandel: { nl: 'Mensenhandel', en: 'Human trafficking' },
  toelichting: { nl: 'Toelichting', en: 'Explanation' },
  vragen: { nl: 'Vragen', en: 'Questions' },
  acties: { nl: 'Acties', en: 'Actions' },
  meldrecht: { nl: 'Meldrecht', en: 'Right to report' },
  toestemming: { nl: 'Toestemming', en: 'Consent' },
  waar: { nl: 'Waar', en: 'Where' },
  bewaartermijn: { nl: 'Bewaartermijn', en: 'Retention period' },
  frequentie: { nl: 'Frequentie', en: 'Frequency' },
  aanbod: { nl: 'Aanbod', en: 'Courses' },
  'verantwoordelijkheden-organisatie': { nl: 'Verantwoordelijkheden van de organisatie', en: 'Responsibilities of the organisation' },
  bijlagen: { nl: 'Bijlagen', en: 'Appendices' },
  routes: { nl: 'Routes', en: 'Routes' },
};
