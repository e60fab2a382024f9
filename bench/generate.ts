/**
 * Generates protocol files of a chosen length, as a large organisation would write them:
 * many attention officers (each with a stand-in), many contact points, five steps with
 * long lists of actions, the afwegingskader and the other sections. The same options
 * give the same text. Used by the benchmark; usable by anyone who needs big protocols.
 */

export interface GenerateOptions {
  /** The number of lines of the result (exact, at least MIN_LINES). */
  lines: number;
  /** Varies names, numbers and sentences; the same seed gives the same text. */
  seed?: number;
  /** The organisation's name (default: one made from the seed). */
  organisation?: string;
  /**
   * Add a few typical mistakes (an outdated term, a malformed phone number, a step without
   * a responsible role), so that rules also report. Default: a protocol without findings.
   */
  withFindings?: boolean;
  /**
   * The file format. "1.1" adds what real protocols have: an acute-danger route and the route for
   * a suspected staff member with its own steps, time limits, and outcomes per question.
   */
  format?: '1.0' | '1.1';
}

/** The shortest protocol this generator writes: every required part once. */
export const MIN_LINES = 110;

const FIRST_NAMES = ['Marieke', 'Ahmed', 'Sanne', 'Joost', 'Fatima', 'Pieter', 'Esra', 'Daan', 'Noor', 'Lotte', 'Mohammed', 'Anouk', 'Bram', 'Yara', 'Kees', 'Iris'];
const LAST_NAMES = ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Kok'];
const ROLES = ['Pedagogisch coach', 'Locatiemanager', 'Intern begeleider', 'Jeugdarts', 'Teamleider', 'Vertrouwenscontactpersoon', 'Praktijkondersteuner', 'Gedragswetenschapper'];
const CITIES = ['Utrecht', 'Amersfoort', 'Zwolle', 'Haarlem', 'Tilburg', 'Groningen', 'Arnhem', 'Leiden'];
const AREA_CODES = ['030', '033', '038', '023', '013', '050', '026', '071'];
const CONTACT_KINDS = [
  { soort: 'wijkteam', naam: 'Wijkteam' },
  { soort: 'jeugdgezondheidszorg', naam: 'Jeugdgezondheidszorg' },
  { soort: 'huisarts', naam: 'Huisartsenpraktijk' },
  { soort: 'overig', naam: 'Maatschappelijk werk' },
] as const;
const VERBS = ['Noteer', 'Bespreek', 'Controleer', 'Overleg', 'Leg vast', 'Vraag na', 'Informeer', 'Plan'];
const OBJECTS = [
  'wat je ziet en hoort bij het kind',
  'de zorgen met de aandachtsfunctionaris',
  'of er eerdere signalen in het dossier staan',
  'met een collega die het kind ook kent',
  'de afspraken met de ouders',
  'welke hulp al betrokken is',
  'de uitkomst van het gesprek met de ouders',
  'wanneer de situatie opnieuw besproken wordt',
];
const CLOSINGS = ['binnen een week', 'dezelfde dag', 'voor het volgende teamoverleg', 'samen met de ouders', 'in het kinddossier', 'zo snel als mogelijk'];
const STEP_TITLES = [
  'Signalen in kaart brengen',
  'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis',
  'Gesprek met de ouders en het kind',
  'Wegen van het geweld aan de hand van het afwegingskader',
  'Beslissen over hulp organiseren en melden',
];
const QUESTIONS = [
  'Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van huiselijk geweld of kindermishandeling?',
  'Is er sprake van acute of structurele onveiligheid?',
  'Kan ik, eventueel met anderen, effectieve hulp bieden of organiseren om de risico op geweld af te wenden?',
  'Aanvaarden de betrokkenen de hulp en zijn zij bereid zich hiervoor in te zetten?',
  'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke veiligheid en het welzijn van alle betrokkenen?',
];

/** A small, fast, seeded generator (mulberry32), so results are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateProtocol(options: GenerateOptions): string {
  const target = Math.max(MIN_LINES, Math.floor(options.lines));
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const digits = (count: number): string => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  const city = pick(CITIES);
  const organisation = options.organisation ?? `Kindcentrum ${pick(LAST_NAMES)} ${city}`;
  const domain = `${organisation.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.example`;
  // Groups of at most 7 digits keep phone numbers from looking like a nine-digit BSN.
  const phone = (): string => `${pick(AREA_CODES)}-${digits(7)}`;

  // Officers and contact points grow with the protocol; the actions fill up the rest exactly.
  const room = target - MIN_LINES;
  const officerCount = 2 + Math.floor((room * 0.15) / 8);
  const contactCount = 2 + Math.floor((room * 0.1) / 7);

  // MELDCODE_BENCH_FORMAT=1.1 runs every benchmark on 1.1 protocols, for the same figures on the new shapes.
  const v11 = (options.format ?? process.env.MELDCODE_BENCH_FORMAT) === '1.1';
  const head: string[] = [
    `# Meldcode huiselijk geweld en kindermishandeling van ${organisation}.`,
    `meldcode: "${v11 ? '1.1' : '1.0'}"`,
    'organisatie:',
    `  naam: ${organisation}`,
    '  sector: kinderopvang',
    '  doelgroep:',
    '    leeftijd-van: 0',
    '    leeftijd-tot: 13',
    `  plaats: ${city}`,
    '  vastgesteld: 2026-02-01',
    '  herzien-voor: 2099-02-01',
    'aandachtsfunctionarissen:',
  ];

  const officerIds: string[] = [];
  const officers: string[] = [];
  for (let i = 0; i < officerCount; i++) officerIds.push(`af-${String(i + 1).padStart(3, '0')}`);
  officerIds.forEach((id, i) => {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    officers.push(
      `  - id: ${id}`,
      `    naam: ${first} ${last}`,
      `    functie: ${pick(ROLES)}`,
      `    telefoon: "${i === 0 && options.withFindings ? '030-12345' : phone()}"`,
      `    email: ${first.toLowerCase()}.${last.toLowerCase().replace(/\s+/g, '')}.${i + 1}@${domain}`,
      `    bereikbaarheid: ${pick(['Maandag tot en met donderdag', 'Dinsdag en vrijdag', 'Op werkdagen van 8.00 tot 17.00 uur'])}`,
      `    vervanger: ${officerIds[(i + 1) % officerIds.length]}`,
    );
  });

  const contactIds = ['veilig-thuis'];
  const contacts: string[] = [
    'contactpunten:',
    '  - id: veilig-thuis',
    '    soort: veilig-thuis',
    `    naam: ${options.withFindings ? 'AMK' : 'Veilig Thuis'} ${city}`,
    '    telefoon: "0800-2000"',
    '    opmerking: Dag en nacht bereikbaar; advies vragen kan anoniem.',
    '  - id: spoed',
    '    soort: spoed',
    '    naam: Alarmnummer',
    '    telefoon: "112"',
    '  - id: inspectie',
    '    soort: vertrouwensinspecteur',
    '    naam: Vertrouwensinspecteur',
    '    telefoon: "0900-1113111"',
  ];
  // Step 1 sends staff to 112 and step 2 names the vertrouwensinspecteur (a child-care protocol).
  const fixedContacts = [['spoed'], ['inspectie']];
  for (let i = 1; i < contactCount; i++) {
    const kind = CONTACT_KINDS[i % CONTACT_KINDS.length];
    const id = `${kind.soort}-${i}`;
    contactIds.push(id);
    contacts.push(
      `  - id: ${id}`,
      `    soort: ${kind.soort}`,
      `    naam: ${kind.naam} ${pick(CITIES)} ${i}`,
      `    telefoon: "${phone()}"`,
      `    email: contact-${i}@${pick(CITIES).toLowerCase()}.example`,
      `    opmerking: ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CLOSINGS)}.`,
    );
  }

  // Every officer and contact point is named in a step, so none is unused.
  const stepContacts: string[][] = [[], [], [], [], []];
  [...officerIds, ...contactIds].forEach((id, i) => stepContacts[i % 5].push(id));
  if (!stepContacts[1].includes('veilig-thuis')) stepContacts[1].push('veilig-thuis');
  fixedContacts.forEach((ids, index) => stepContacts[index].push(...ids));

  const routes: string[] = v11
    ? [
        'routes:',
        '  - id: acuut',
        '    soort: acuut-gevaar',
        '    titel: Bij acuut gevaar',
        '    acties: [Is iemand in direct gevaar? Bel meteen 112.]',
        '    contact: [spoed, veilig-thuis]',
        '  - id: medewerker',
        '    soort: vermoeden-medewerker',
        '    titel: Bij een vermoeden tegen een medewerker',
        '    verantwoordelijk: de houder',
        '    stappen:',
        '      - stap: 1',
        '        titel: De houder inlichten',
        '        acties: [Wie een vermoeden heeft, licht direct de houder in.]',
        '      - stap: 2',
        '        titel: Overleg met de vertrouwensinspecteur',
        '        termijn: dezelfde dag',
        '        contact: [inspectie]',
      ]
    : [];
  const OUTCOMES = [['vraag-2', 'afsluiten'], ['melden', 'vraag-3'], ['vraag-4', 'melden'], ['hulp', 'melden'], ['afsluiten', 'melden']];
  const tail: string[] = ['afwegingskader:'];
  QUESTIONS.forEach((question, i) => {
    if (v11) tail.push(`  - vraag: ${i + 1}`, `    tekst: ${question}`, `    ja: ${OUTCOMES[i][0]}`, `    nee: ${OUTCOMES[i][1]}`);
    else tail.push(`  - vraag: ${i + 1}`, `    tekst: ${question}`, `    ja: ${i === 0 ? 'Ga naar vraag 2.' : 'Zie de toelichting.'}`);
  });
  tail.push(
    'kindcheck: Wie met volwassenen werkt, gaat na of er kinderen van hen afhankelijk zijn en of die veilig zijn.',
    'bijzondere-vormen:',
    '  eergerelateerd-geweld: Raadpleeg bij signalen direct Veilig Thuis, voordat met de ouders wordt gesproken.',
    '  vrouwelijke-genitale-verminking: Raadpleeg bij een vermoeden direct Veilig Thuis en de jeugdarts.',
    'beroepsgeheim: Gegevens worden alleen met toestemming gedeeld, behalve met Veilig Thuis wanneer de veiligheid dat vraagt.',
    'vastleggen: Signalen, gesprekken en besluiten staan in het dossier, feiten en meningen gescheiden.',
    'scholing: Elke medewerker volgt jaarlijks de training signaleren en de e-learning meldcode.',
    'interventies:',
    '  - Families First',
    '  - Triple P niveau 2 en 3',
  );

  const stepHeader = (index: number): string[] => [
    `  - stap: ${index + 1}`,
    `    titel: ${STEP_TITLES[index]}`,
    ...(index === 2 && options.withFindings ? [] : [`    verantwoordelijk: ${index === 0 ? 'Medewerker' : 'Aandachtsfunctionaris'}`]),
    ...(stepContacts[index].length > 0 ? ['    contact:', ...stepContacts[index].map((id) => `      - ${id}`)] : []),
    ...(v11 ? ['    termijn: binnen vijf werkdagen'] : []),
    '    acties:',
  ];
  const fixedLines =
    head.length + officers.length + contacts.length + routes.length + 1 + [0, 1, 2, 3, 4].reduce((sum, i) => sum + stepHeader(i).length, 0) + tail.length;
  const actionCount = Math.max(5, target - fixedLines);

  const steps: string[] = ['stappen:'];
  for (let index = 0; index < 5; index++) {
    steps.push(...stepHeader(index));
    const count = Math.floor(actionCount / 5) + (index < actionCount % 5 ? 1 : 0);
    for (let i = 0; i < count; i++) steps.push(`      - ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CLOSINGS)}.`);
  }
  return [...head, ...officers, ...contacts, ...routes, ...steps, ...tail].join('\n') + '\n';
}
