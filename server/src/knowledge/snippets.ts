import { QUESTIONS, type QuestionKnowledge, type QuestionOutcome } from './afwegingskader';
import { ACUTE_ROUTE, SPORT_ROUTE, staffRoute, type RouteTemplate } from './routes';
import { CONTACT_KINDS, SECTORS, sectorByValue, type ContactKind, type Sector } from './enums';
import { KINDCHECK, PROFESSIONAL_SECRECY, RECORDING, SPECIAL_FORM_ENTRIES, TRAINING } from './sections';
import { EXAMPLE_VALUES as EXAMPLE, REVIEW_PERIOD_YEARS } from './example-values';
import { STEPS, type StepKnowledge } from './steps';
import type { Locale } from './types';

/**
 * `snippet`: LSP snippet syntax with tab stops `${1:default}` (for completion and snippets);
 * `plain`: the same text with the defaults filled in (for the "new protocol" command and quick fixes).
 * The protocol content is Dutch in both locales, as the protocol is; the explanatory comments follow
 * the locale.
 */
export type SnippetFormat = 'snippet' | 'plain';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Marks a place the user fills in; the text is the default. */
function slot(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

function escapeSnippetText(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}

/** Turns marked text into a snippet (places numbered in order) or into plain text. */
function finish(text: string, format: SnippetFormat): string {
  const pattern = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  if (format === 'plain') return text.replace(pattern, (_whole, value: string) => value);
  let result = '';
  let last = 0;
  let n = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    result += escapeSnippetText(text.slice(last, match.index));
    n += 1;
    result += `\${${n}:${(match[1] ?? '').replace(/[\\$}]/g, '\\$&')}}`;
    last = match.index + match[0].length;
  }
  return result + escapeSnippetText(text.slice(last));
}

/** A YAML scalar for a line of Dutch text: plain when that is safe, else double-quoted. */
function scalar(text: string): string {
  const plainSafe = /^[\p{L}\p{N}(]/u.test(text) && !/: |\s#|[{}[\]`"']/.test(text) && !/:$/.test(text);
  return plainSafe ? text : JSON.stringify(text);
}

/** A longer text as a folded block scalar, wrapped for reading. */
function block(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > 88) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function sectionLines(key: string, text: string, indent = ''): string[] {
  return [`${indent}${key}: >-`, ...block(text, `${indent}  `)];
}

const COMMENTS: Readonly<Record<string, { nl: string; en: string }>> = {
  header: {
    nl: 'Meldcode huiselijk geweld en kindermishandeling. Vul de voorbeeldwaarden in en pas de teksten aan op de eigen organisatie.',
    en: 'Reporting code (meldcode) for domestic violence and child abuse. Replace the example values and adapt the texts to your organisation; the protocol itself is in Dutch.',
  },
  organisatie: { nl: 'De organisatie die dit protocol vaststelt.', en: 'The organisation that adopts this protocol.' },
  aandachtsfunctionarissen: {
    nl: 'Aandachtsfunctionarissen: het eerste aanspreekpunt, elk met een vervanger.',
    en: 'Attention officers: the first point of contact, each with a stand-in.',
  },
  contactpunten: {
    nl: 'Contactpunten; Veilig Thuis (0800-2000) hoort erbij, want stap 2 en 5 verwijzen ernaar.',
    en: 'Contact points; Veilig Thuis (0800-2000) belongs here, as steps 2 and 5 refer to it.',
  },
  stappen: {
    nl: 'De vijf stappen van de meldcode, met de titels uit het basismodel meldcode.',
    en: 'The five steps of the meldcode, titled as in the basismodel meldcode.',
  },
  afwegingskader: {
    nl: 'Het afwegingskader van de beroepsgroep. Welke vraag in stap 4 of 5 hoort, spreekt het sectormodel af.',
    en: 'The afwegingskader of the professional group. Which question belongs to step 4 or 5 is up to the sector model.',
  },
  routes: {
    nl: 'Routes naast de vijf stappen: eerst wat te doen bij acuut gevaar.',
    en: 'Routes beside the five steps: first what to do in acute danger.',
  },
  zelfstandig: {
    nl: 'Een zelfstandige praktijk heeft geen aandachtsfunctionaris; stap 2 noemt met wie u overlegt.',
    en: 'A one-person practice has no attention officer; step 2 names whom you consult.',
  },
  kindcheck: { nl: 'Kindcheck: zijn er kinderen, en zijn zij veilig?', en: 'Child check: are there children, and are they safe?' },
  'bijzondere-vormen': {
    nl: 'Specifieke aandacht voor bijzondere vormen van geweld.',
    en: 'Specific attention to particular forms of violence.',
  },
  beroepsgeheim: { nl: 'Beroepsgeheim en meldrecht (Wmo 2015, art. 5.2.6).', en: 'Professional secrecy and the right to report (Wmo 2015, art. 5.2.6).' },
  vastleggen: { nl: 'Hoe signalen, overleg en besluiten worden vastgelegd.', en: 'How signals, consultations and decisions are recorded.' },
  scholing: { nl: 'Hoe medewerkers leren werken met dit protocol.', en: 'How staff learn to work with this protocol.' },
  interventies: {
    nl: 'Interventies waarnaar de organisatie verwijst, bijvoorbeeld:',
    en: 'Interventions the organisation refers to, for example:',
  },
};

function comment(name: string, locale: Locale, indent = ''): string {
  const text = COMMENTS[name];
  return text ? `${indent}# ${text[locale]}` : '';
}

function stepLines(step: StepKnowledge, contacts: readonly string[], fillActions: boolean, extraActions: readonly string[] = []): string[] {
  const lines = [
    `- stap: ${step.number}`,
    `  titel: ${scalar(step.basismodelTitle)}`,
    `  verantwoordelijk: ${slot(step.defaultRole)}`,
    '  acties:',
    ...[...step.actions, ...extraActions].map((action) => `    - ${fillActions ? slot(scalar(action)) : scalar(action)}`),
  ];
  if (contacts.length > 0) lines.push(`  contact: [${contacts.join(', ')}]`);
  return lines;
}

function questionLines(question: QuestionKnowledge): string[] {
  return [
    `- vraag: ${question.number}`,
    `  tekst: ${scalar(question.question)}`,
    `  ja: ${scalar(question.yesLine)}`,
    `  nee: ${scalar(question.noLine)}`,
  ];
}

/** The outcome value of format 1.1 for where an answer leads. */
function outcomeValue(outcome: QuestionOutcome): string {
  switch (outcome.kind) {
    case 'question':
      return `vraag-${outcome.question}`;
    case 'report':
      return 'melden';
    case 'help':
      return 'hulp';
    case 'close':
      return 'afsluiten';
  }
}

/**
 * A question with its outcomes as values (format 1.1) and the same in words under `toelichting`.
 * Where the sector's afwegingskader reports on doubt at question 2, the question says so.
 */
function questionLinesWithOutcomes(question: QuestionKnowledge, reportOnDoubt: boolean): string[] {
  const text = reportOnDoubt && question.number === 2 ? `${question.question.replace(/\?$/, '')}, of twijfel ik daarover?` : question.question;
  return [
    `- vraag: ${question.number}`,
    `  tekst: ${scalar(text)}`,
    `  ja: ${outcomeValue(question.yes)}`,
    `  nee: ${outcomeValue(question.no)}`,
    `  toelichting: ${scalar(`Ja: ${question.yesLine} Nee: ${question.noLine}`)}`,
  ];
}

function routeLines(route: RouteTemplate, contact: readonly string[]): string[] {
  const lines = [`- id: ${route.id}`, `  soort: ${route.soort}`, `  titel: ${scalar(route.titel)}`];
  if (route.omschrijving !== undefined) lines.push(...sectionLines('omschrijving', route.omschrijving, '  '));
  if (route.verantwoordelijk !== undefined) lines.push(`  verantwoordelijk: ${scalar(route.verantwoordelijk)}`);
  lines.push('  acties:', ...route.acties.map((action) => `    - ${scalar(action)}`));
  if (contact.length > 0) lines.push(`  contact: [${contact.join(', ')}]`);
  return lines;
}

/*
 * The list-item snippets below are protocol content only, which is Dutch in every locale; they take
 * the locale like the other snippets so that callers need not know which ones carry comments.
 */

/** A list item for step `n` (1–5) of `stappen`, at column 0; undefined for other numbers. */
export function stepSnippetBody(n: number, _locale: Locale, format: SnippetFormat = 'snippet'): string | undefined {
  const step = STEPS.find((candidate) => candidate.number === n);
  return step ? finish(stepLines(step, [], true).join('\n'), format) : undefined;
}

/** The list items of `afwegingskader` for the given question numbers (default all five), at column 0. */
export function questionsSnippetBody(
  _locale: Locale,
  format: SnippetFormat = 'snippet',
  numbers: readonly number[] = [1, 2, 3, 4, 5],
): string {
  const lines = QUESTIONS.filter((question) => numbers.includes(question.number)).flatMap(questionLines);
  return finish(lines.join('\n'), format);
}

/** A list item for `aandachtsfunctionarissen`, at column 0. */
export function officerSnippetBody(_locale: Locale, format: SnippetFormat = 'snippet'): string {
  return finish(
    [
      `- id: ${slot('aandachtsfunctionaris')}`,
      `  naam: ${slot(EXAMPLE.officerName)}`,
      `  functie: ${slot(EXAMPLE.officerFunction)}`,
      `  telefoon: "${slot(EXAMPLE.officerPhone)}"`,
      `  email: ${slot(EXAMPLE.officerEmail)}`,
      `  vervanger: ${slot('plaatsvervanger')}`,
    ].join('\n'),
    format,
  );
}

const CONTACT_DEFAULTS: Readonly<Record<ContactKind, { naam: string; telefoon: string }>> = {
  'veilig-thuis': { naam: 'Veilig Thuis', telefoon: '0800-2000' },
  politie: { naam: 'Politie (geen spoed)', telefoon: '0900-8844' },
  spoed: { naam: 'Alarmnummer', telefoon: '112' },
  huisarts: { naam: 'Huisarts', telefoon: EXAMPLE.officerPhone },
  jeugdgezondheidszorg: { naam: 'Jeugdgezondheidszorg (GGD)', telefoon: EXAMPLE.officerPhone },
  vertrouwensinspecteur: { naam: 'Vertrouwensinspecteur Inspectie van het Onderwijs', telefoon: '0900-1113111' },
  wijkteam: { naam: 'Wijkteam', telefoon: EXAMPLE.officerPhone },
  'centrum-veilige-sport': { naam: 'Centrum Veilige Sport Nederland', telefoon: '0900-2025590' },
  vertrouwenscontactpersoon: { naam: 'Vertrouwenscontactpersoon', telefoon: EXAMPLE.officerPhone },
  overig: { naam: EXAMPLE.otherContactName, telefoon: EXAMPLE.officerPhone },
};

function contactLines(kind: ContactKind, fillable: boolean): string[] {
  const defaults = CONTACT_DEFAULTS[kind];
  const value = (text: string): string => (fillable ? slot(text) : text);
  return [
    `- id: ${kind}`,
    `  soort: ${kind}`,
    `  naam: ${value(scalar(defaults.naam))}`,
    `  telefoon: "${value(defaults.telefoon)}"`,
  ];
}

/** A list item for `contactpunten` of the given kind (Veilig Thuis comes with 0800-2000), at column 0. */
export function contactPointSnippetBody(kind: string, _locale: Locale, format: SnippetFormat = 'snippet'): string | undefined {
  const known = CONTACT_KINDS.find((entry) => entry.value === kind);
  return known ? finish(contactLines(known.value, true).join('\n'), format) : undefined;
}

/** The top-level sections a quick fix can insert, with their key, at column 0. */
export type SectionKey = 'kindcheck' | 'bijzondere-vormen' | 'beroepsgeheim' | 'vastleggen' | 'scholing';

function sectionBody(key: SectionKey): string[] {
  switch (key) {
    case 'kindcheck':
      return sectionLines('kindcheck', KINDCHECK.skeleton ?? '');
    case 'bijzondere-vormen':
      return ['bijzondere-vormen:', ...SPECIAL_FORM_ENTRIES.flatMap((entry) => sectionLines(entry.key ?? entry.id, entry.skeleton ?? '', '  '))];
    case 'beroepsgeheim':
      return sectionLines('beroepsgeheim', PROFESSIONAL_SECRECY.skeleton ?? '');
    case 'vastleggen':
      return sectionLines('vastleggen', RECORDING.skeleton ?? '');
    case 'scholing':
      return sectionLines('scholing', TRAINING.skeleton ?? '');
  }
}

export function sectionSnippetBody(key: SectionKey, locale: Locale, format: SnippetFormat = 'snippet'): string {
  return finish([comment(key, locale), ...sectionBody(key)].join('\n'), format);
}

export interface SkeletonOptions {
  format?: SnippetFormat;
  /** Today's date (YYYY-MM-DD) for `vastgesteld`; `herzien-voor` is REVIEW_PERIOD_YEARS later. Defaults to the current date. */
  today?: string;
}

/** The review date of a protocol adopted on `date`: REVIEW_PERIOD_YEARS later (29 February moves to 1 March). */
export function reviewDate(date: string): string {
  const [year, month, day] = date.split('-');
  const reviewYear = Number(year) + REVIEW_PERIOD_YEARS;
  return month === '02' && day === '29' ? `${reviewYear}-03-01` : `${reviewYear}-${month}-${day}`;
}

/**
 * A snippet variable for the year `years` (1 to 9) after the current one. A snippet cannot add,
 * so a regular-expression transform of $CURRENT_YEAR writes the sum: the last digit plus
 * `years`, and, where that carries, the tens digit plus one (right for every year up to
 * 2099 - years; later years are left as they are).
 */
export function snippetYearsLater(years: number): string {
  const alternatives: string[] = [];
  const outputs: string[] = ['$1', '$2'];
  let group = 2;
  const sameTens: string[] = [];
  for (let units = 0; units + years <= 9; units++) {
    sameTens.push(`(${units})`);
    outputs.push(`\${${++group}:+${units + years}}`);
  }
  alternatives.push(`([0-9])(?:${sameTens.join('|')})`);
  for (let tens = 0; tens <= 8; tens++) {
    for (let units = 10 - years; units <= 9; units++) {
      alternatives.push(`(${tens})${units}`);
      outputs.push(`\${${++group}:+${tens + 1}${units + years - 10}}`);
    }
  }
  return `\${CURRENT_YEAR/([0-9][0-9])(?:${alternatives.join('|')})/${outputs.join('')}/}`;
}

/** Every sector value, for a picker. */
export const SECTOR_VALUES: readonly Sector[] = SECTORS.map((sector) => sector.value);

/** The route templates a protocol of this sector is offered, acute danger first. */
export function routeTemplatesFor(sector: string | undefined): RouteTemplate[] {
  const profile = sector === undefined ? undefined : sectorByValue(sector);
  const routes = [ACUTE_ROUTE];
  if (profile?.staffDuty) routes.push(staffRoute(profile.staffDuty));
  if (profile?.value === 'sport') routes.push(SPORT_ROUTE);
  return routes;
}

/** A list item for `routes` (format 1.1), at column 0, its contacts left for the writer to fill in. */
export function routeSnippetBody(route: RouteTemplate, format: SnippetFormat = 'snippet'): string {
  const lines = routeLines(route, []);
  lines.push(`  contact: [${slot('')}]`);
  return finish(lines.join('\n'), format);
}

/** A list item for `onderdelen` of a step (format 1.1): a part such as 5a, at column 0. */
export function substepSnippetBody(format: SnippetFormat = 'snippet'): string {
  return finish([`- id: ${slot('5a')}`, `  titel: ${slot(EXAMPLE.substepTitle)}`, '  acties:', `    - ${slot(EXAMPLE.substepAction)}`].join('\n'), format);
}

export interface ProtocolSkeletonOptions extends SkeletonOptions {
  /** A self-employed professional's protocol (`zelfstandig: true`): no officers; step 2 names whom they consult. */
  selfEmployed?: boolean;
}

/**
 * A complete protocol (format 1.1) for a sector, shaped by its profile: the organisation, two
 * officers who stand in for each other (or, for a one-person practice, a colleague to consult),
 * Veilig Thuis (0800-2000), 112 and the police, the routes the sector is expected to describe (acute
 * danger; a suspected staff member for schools and child care; the vertrouwenscontactpersoon and
 * Centrum Veilige Sport for sport), the five steps with the basismodel's titles, the five questions
 * with their outcomes, and the sections the sector needs. With the defaults filled in it gives no
 * error and no warning.
 */
export function protocolSkeleton(sector: string, locale: Locale, options: ProtocolSkeletonOptions = {}): string | undefined {
  const profile = sectorByValue(sector);
  if (!profile) return undefined;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const solo = options.selfEmployed === true;
  const staffDuty = profile.staffDuty;
  const sport = profile.value === 'sport';
  const contactKinds: ContactKind[] = ['veilig-thuis', 'spoed', 'politie'];
  if (staffDuty) contactKinds.push('vertrouwensinspecteur');
  if (sport) contactKinds.push('vertrouwenscontactpersoon', 'centrum-veilige-sport');

  const indent = (lines: string[]): string[] => lines.map((line) => `  ${line}`);
  const officer = solo ? [] : ['aandachtsfunctionaris'];
  const stepContacts: Record<number, string[]> = {
    1: [...officer, 'spoed'],
    2: solo ? ['collega', 'veilig-thuis'] : ['aandachtsfunctionaris', 'veilig-thuis'],
    3: officer,
    4: solo ? ['collega', 'veilig-thuis'] : ['aandachtsfunctionaris', 'veilig-thuis'],
    5: ['veilig-thuis', 'politie'],
  };
  const routes: string[] = [...indent(routeLines(ACUTE_ROUTE, ['spoed', 'veilig-thuis']))];
  if (staffDuty) routes.push(...indent(routeLines(staffRoute(staffDuty), ['vertrouwensinspecteur'])));
  if (sport) routes.push(...indent(routeLines(SPORT_ROUTE, ['vertrouwenscontactpersoon', 'centrum-veilige-sport'])));

  const organisation = [
    comment('organisatie', locale),
    'organisatie:',
    `  naam: ${slot(solo ? EXAMPLE.practiceName : EXAMPLE.organisationName)}`,
    `  sector: ${profile.value}`,
    ...(solo ? ['  zelfstandig: true'] : []),
    '  doelgroep:',
    `    leeftijd-van: ${slot(String(profile.defaultAges.from))}`,
    `    leeftijd-tot: ${slot(String(profile.defaultAges.to))}`,
    `  vastgesteld: ${slot(today)}`,
    `  herzien-voor: ${slot(reviewDate(today))}`,
  ];
  const officers = solo
    ? [comment('zelfstandig', locale)]
    : [
        comment('aandachtsfunctionarissen', locale),
        'aandachtsfunctionarissen:',
        '  - id: aandachtsfunctionaris',
        `    naam: ${slot(EXAMPLE.officerName)}`,
        `    functie: ${slot(profile.officerFunction)}`,
        `    telefoon: "${slot(EXAMPLE.officerPhone)}"`,
        `    email: ${slot(EXAMPLE.officerEmail)}`,
        '    vervanger: plaatsvervanger',
        '  - id: plaatsvervanger',
        `    naam: ${slot(EXAMPLE.deputyName)}`,
        `    functie: ${slot('Leidinggevende')}`,
        `    telefoon: "${slot(EXAMPLE.deputyPhone)}"`,
        `    email: ${slot(EXAMPLE.deputyEmail)}`,
        '    vervanger: aandachtsfunctionaris',
      ];
  const colleague = solo
    ? indent([
        '- id: collega',
        '  soort: overig',
        `  naam: ${slot(EXAMPLE.colleagueName)}`,
        `  telefoon: "${slot(EXAMPLE.deputyPhone)}"`,
      ])
    : [];

  const lines: string[] = [
    comment('header', locale),
    'meldcode: "1.1"',
    '',
    ...organisation,
    '',
    ...officers,
    '',
    comment('contactpunten', locale),
    'contactpunten:',
    ...contactKinds.flatMap((kind) => indent(contactLines(kind, kind === 'veilig-thuis' || kind === 'vertrouwenscontactpersoon'))),
    ...colleague,
    '',
    comment('routes', locale),
    'routes:',
    ...routes,
    '',
    comment('stappen', locale),
    'stappen:',
    ...STEPS.flatMap((step) => indent(stepLines(step, stepContacts[step.number] ?? [], false))),
    '',
    comment('afwegingskader', locale),
    'afwegingskader:',
    ...QUESTIONS.flatMap((question) => indent(questionLinesWithOutcomes(question, profile.reportOnDoubt))),
  ];
  const sections: SectionKey[] = [];
  if (profile.kindcheckApplies) sections.push('kindcheck');
  sections.push('bijzondere-vormen');
  if (profile.professionalSecrecy !== 'no') sections.push('beroepsgeheim');
  sections.push('vastleggen');
  if (!solo) sections.push('scholing');
  for (const key of sections) lines.push('', comment(key, locale), ...sectionBody(key));
  lines.push('', comment('interventies', locale), '# interventies: [Families First]', '');
  return finish(lines.join('\n'), options.format ?? 'snippet');
}
