import {
  handbook,
  LAW_BESLUIT_ART_2,
  LAW_WET_KINDEROPVANG,
  LAW_WET_MELDCODE,
  LAW_WPO_ZEDEN,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_BASISMODEL,
  MODEL_CENTRUM_VEILIGE_SPORT,
  MODEL_KNMG,
  MODEL_NJI_AFWEGINGSKADER,
  MODEL_ONDERWIJS,
} from './citations';
import type { KeyKnowledge } from './keys';
import type { Citation, LocalizedText } from './types';

/**
 * The keys format 1.1 adds (see schemas/meldcode-protocol.schema.json), for the hover on a
 * key. Paths leave list indices out, as in keys.ts: "routes.stappen.termijn".
 */

function key(path: string, title: LocalizedText, text: LocalizedText, citations: readonly Citation[]): KeyKnowledge {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return { id: `key:${path}`, key: name, path, title, text, citations };
}

const PROTOCOL = handbook('8.1', 'Meldcode of protocol kindermishandeling');
const KEEP_CURRENT = [PROTOCOL, handbook('8.5')];
const OUTCOME_MODELS = [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG, MODEL_ONDERWIJS];
const STAFF_DUTY = [LAW_WPO_ZEDEN, LAW_WET_KINDEROPVANG];

const TIME_LIMIT = (what: LocalizedText): LocalizedText => ({
  nl: `Binnen welke tijd ${what.nl} gezet wordt, in woorden: "direct", "dezelfde dag", "binnen 5 werkdagen". Een termijn voorkomt dat zorgen blijven liggen; neem ook op wanneer Veilig Thuis na een melding terugkoppelt, als het protocol dat afspreekt.`,
  en: `Within what time ${what.en} is taken, in words: "direct", "dezelfde dag", "binnen 5 werkdagen" (at once, the same day, within 5 working days). A time limit keeps concerns from being left lying; also note when Veilig Thuis reports back after a report, if the protocol arranges that.`,
});

const CONTACT_IDS = (where: LocalizedText): LocalizedText => ({
  nl: `De ids van aandachtsfunctionarissen of contactpunten die ${where.nl} worden ingeschakeld. Elk id moet onder aandachtsfunctionarissen of contactpunten staan; ga-naar-definitie en hernoemen werken hier net als in de stappen.`,
  en: `The ids of attention officers or contact points brought in ${where.en}. Each id must be defined under aandachtsfunctionarissen or contactpunten; go to definition and rename work here just as in the steps.`,
});

const ACTIONS = (where: LocalizedText): LocalizedText => ({
  nl: `Wat er ${where.nl} concreet gebeurt, als lijst van korte handelingen, zo geschreven dat een nieuwe collega het zonder uitleg kan volgen.`,
  en: `What concretely happens ${where.en}, as a list of short actions, written so that a new colleague can follow it without explanation.`,
});

const ORGANISATION_KEYS: readonly KeyKnowledge[] = [
  key(
    'organisatie.zelfstandig',
    { nl: 'Zelfstandige beroepsbeoefenaar', en: 'Self-employed professional' },
    {
      nl: 'Zet op true als dit de meldcode is van een zelfstandige zonder collega\'s, zoals een huisarts of psycholoog met een eigen praktijk. De Wet verplichte meldcode geldt ook voor zelfstandige beroepsbeoefenaren. Een aandachtsfunctionaris is er dan niet; noem in stap 2 met wie u overlegt (een collega elders, een intervisiegroep of Veilig Thuis) en zet die bij de contactpunten.',
      en: 'Set to true if this is the protocol of a self-employed professional without colleagues, such as a GP or psychologist with a practice of their own. The Wet verplichte meldcode applies to self-employed professionals too. There is then no attention officer; name in step 2 whom you consult (a colleague elsewhere, a peer review group or Veilig Thuis) and list them under the contact points.',
    },
    [LAW_WET_MELDCODE],
  ),
  key(
    'organisatie.geldig-van',
    { nl: 'Geldig vanaf', en: 'Valid from' },
    {
      nl: 'De eerste dag waarop deze versie van het protocol geldt (JJJJ-MM-DD). Voor een protocol dat een geldigheidsperiode noemt, zoals "2022–2026", in plaats van, of naast, een datum van vaststelling.',
      en: 'The first day this version of the protocol applies (YYYY-MM-DD). For a protocol that names a period of validity, such as "2022–2026", instead of, or beside, a date of adoption.',
    },
    KEEP_CURRENT,
  ),
  key(
    'organisatie.geldig-tot',
    { nl: 'Geldig tot en met', en: 'Valid until' },
    {
      nl: 'De laatste dag waarop deze versie geldt (JJJJ-MM-DD). Het handboek raadt aan protocollen regelmatig te actualiseren: zorg dat er vóór deze datum een herziene versie ligt.',
      en: 'The last day this version applies (YYYY-MM-DD). The handbook advises updating protocols regularly: make sure a revised version is ready before this date.',
    },
    KEEP_CURRENT,
  ),
  key(
    'organisatie.locatie',
    { nl: 'Locatie', en: 'Location' },
    {
      nl: 'In een locatieprotocol (met basis): de naam van de locatie waarvoor dit protocol geldt, zoals de school of het kindercentrum. De naam en de sector van de organisatie staan in de basis en hoeven hier niet herhaald te worden.',
      en: 'In a location protocol (with basis): the name of the location this protocol is for, such as the school or the day-care centre. The name and sector of the organisation are in the base and need not be repeated here.',
    },
    [PROTOCOL],
  ),
];

const STEP_KEYS: readonly KeyKnowledge[] = [
  key(
    'stappen.acties-vervangen',
    { nl: 'Acties vervangen', en: 'Replace actions' },
    {
      nl: 'In een locatieprotocol: zet op true als de acties van deze stap die van dezelfde stap in de basis vervangen. Zonder deze sleutel komen de acties van de locatie na die van de basis; titel, verantwoordelijke en termijn van de locatie gaan altijd voor.',
      en: 'In a location protocol: set to true if the actions of this step replace those of the same step in the base. Without this key the location\'s actions follow the base\'s; the location\'s title, responsible role and time limit always take precedence.',
    },
    [PROTOCOL],
  ),
  key('stappen.termijn', { nl: 'Termijn van de stap', en: 'Time limit of the step' }, TIME_LIMIT({ nl: 'deze stap', en: 'this step' }), [PROTOCOL]),
  key(
    'stappen.onderdelen',
    { nl: 'Onderdelen van de stap', en: 'Sub-steps' },
    {
      nl: 'De delen van een stap die het protocol opsplitst, zoals 5a (beslissen over melden) en 5b (beslissen over hulp). Elk onderdeel heeft een eigen id en titel, en waar nodig een eigen verantwoordelijke, acties, contacten en termijn.',
      en: 'The parts of a step that the protocol splits up, such as 5a (deciding on reporting) and 5b (deciding on help). Each sub-step has its own id and title and, where needed, its own responsible role, actions, contacts and time limit.',
    },
    [PROTOCOL],
  ),
  key(
    'stappen.onderdelen.id',
    { nl: 'Kenmerk van het onderdeel', en: 'Label of the sub-step' },
    {
      nl: 'Het kenmerk van het onderdeel, meestal het stapnummer met een letter: 5a, 5b. Alleen kleine letters, cijfers en streepjes.',
      en: 'The label of the sub-step, usually the step number with a letter: 5a, 5b. Lower-case letters, digits and hyphens only.',
    },
    [PROTOCOL],
  ),
  key(
    'stappen.onderdelen.titel',
    { nl: 'Titel van het onderdeel', en: 'Title of the sub-step' },
    {
      nl: 'Waar dit deel van de stap over gaat, bijvoorbeeld "Beslissen over melden" of "Beslissen over hulp".',
      en: 'What this part of the step is about, for example "Beslissen over melden" (deciding on reporting) or "Beslissen over hulp" (deciding on help).',
    },
    [PROTOCOL],
  ),
  key(
    'stappen.onderdelen.verantwoordelijk',
    { nl: 'Verantwoordelijke voor het onderdeel', en: 'Responsible for the sub-step' },
    {
      nl: 'Wie dit onderdeel uitvoert of erover beslist, als rol. Laat het weg als dat dezelfde is als voor de hele stap. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol de verdeling van verantwoordelijkheden vastlegt.',
      en: 'Who carries out this sub-step or decides on it, as a role. Leave it out when it is the same as for the whole step. For those under the Wet verplichte meldcode, the Besluit asks the protocol to set out how responsibilities are divided.',
    },
    [LAW_BESLUIT_ART_2],
  ),
  key('stappen.onderdelen.acties', { nl: 'Acties van het onderdeel', en: 'Actions of the sub-step' }, ACTIONS({ nl: 'in dit onderdeel', en: 'in this sub-step' }), [PROTOCOL]),
  key('stappen.onderdelen.contact', { nl: 'Contact bij het onderdeel', en: 'Contact for the sub-step' }, CONTACT_IDS({ nl: 'in dit onderdeel', en: 'in this sub-step' }), [PROTOCOL]),
  key('stappen.onderdelen.termijn', { nl: 'Termijn van het onderdeel', en: 'Time limit of the sub-step' }, TIME_LIMIT({ nl: 'dit onderdeel', en: 'this sub-step' }), [PROTOCOL]),
];

const QUESTION_OUTCOMES: LocalizedText = {
  nl: 'In formaat 1.1 een vaste keuze, zodat de controle de uitkomsten naast de meldnormen kan leggen: melden, melden-en-hulp, hulp, afsluiten, of vraag-1 tot en met vraag-5 voor de volgende vraag. Een toelichting (bijvoorbeeld "bij twijfel ook melden") hoort onder toelichting.',
  en: 'In format 1.1 a fixed choice, so that the checker can hold the outcomes against the professional norms for reporting: melden (report), melden-en-hulp (report and help), hulp (help), afsluiten (close), or vraag-1 to vraag-5 for the next question. An explanation (for example "doubt also leads to a report") goes under toelichting.',
};

const FRAMEWORK_KEYS: readonly KeyKnowledge[] = [
  key(
    'afwegingskader.model',
    { nl: 'Versie van het afwegingskader', en: 'Version of the afwegingskader' },
    {
      nl: 'Welk afwegingskader de organisatie volgt. Beroepsgroepen en sectoren geven een eigen versie uit, zoals de KNMG voor artsen en de onderwijsraden voor onderwijs en leerplicht; het basisdocument van de Rijksoverheid schrijft het als twee beslissingen. Kies uit: basismodel, onderwijs, kinderopvang, jeugdhulp, knmg, nip, vvn, ziekenhuizen, sociaal-werk, overig.',
      en: 'Which afwegingskader the organisation follows. Professional groups and sectors publish their own version, such as the KNMG for doctors and the education councils for education and school attendance; the government\'s basisdocument writes it as two decisions. Choose from: basismodel, onderwijs, kinderopvang, jeugdhulp, knmg, nip, vvn, ziekenhuizen, sociaal-werk, overig.',
    },
    [MODEL_KNMG, MODEL_ONDERWIJS, MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.vragen',
    { nl: 'Afwegingsvragen', en: 'Assessment questions' },
    {
      nl: 'De vijf afwegingsvragen, als het afwegingskader als map is geschreven (met model of bijlage erbij). Elke vraag heeft een nummer, een tekst en waar ja en nee toe leiden.',
      en: 'The five assessment questions, when the afwegingskader is written as a mapping (with model or bijlage beside them). Each question has a number, a text and where yes and no lead.',
    },
    OUTCOME_MODELS,
  ),
  key(
    'afwegingskader.vragen.vraag',
    { nl: 'Nummer van de vraag', en: 'Question number' },
    { nl: 'Het nummer van de vraag in het afwegingskader, 1 tot en met 5, in deze volgorde.', en: 'The number of the question in the afwegingskader, 1 to 5, in this order.' },
    OUTCOME_MODELS,
  ),
  key(
    'afwegingskader.vragen.tekst',
    { nl: 'Tekst van de vraag', en: 'Text of the question' },
    {
      nl: 'De vraag zoals de organisatie hem stelt. Sectorversies passen de woorden aan; de strekking van de vijf vragen blijft dezelfde.',
      en: 'The question as the organisation puts it. Sector versions adapt the words; the meaning of the five questions stays the same.',
    },
    OUTCOME_MODELS,
  ),
  key('afwegingskader.vragen.ja', { nl: 'Uitkomst bij ja', en: 'Outcome if yes' }, QUESTION_OUTCOMES, OUTCOME_MODELS),
  key('afwegingskader.vragen.nee', { nl: 'Uitkomst bij nee', en: 'Outcome if no' }, QUESTION_OUTCOMES, OUTCOME_MODELS),
  key(
    'afwegingskader.vragen.toelichting',
    { nl: 'Toelichting bij de vraag', en: 'Note on the question' },
    {
      nl: 'Vrije toelichting bij deze vraag of haar uitkomst, bijvoorbeeld dat het onderwijs bij twijfel over vraag 2 ook meldt.',
      en: 'Free explanation of this question or its outcome, for example that education also reports on doubt at question 2.',
    },
    [MODEL_ONDERWIJS],
  ),
  key(
    'afwegingskader.beslissingen',
    { nl: 'Twee beslissingen', en: 'Two decisions' },
    {
      nl: 'Het afwegingskader in de vorm van het basisdocument van de Rijksoverheid: beslissing 1, is melden noodzakelijk?, en beslissing 2, is hulp verlenen of organiseren (ook) mogelijk? De tweede kent voorwaarden waaraan de hulp moet voldoen.',
      en: 'The afwegingskader in the form of the government\'s basisdocument: decision 1, is reporting necessary?, and decision 2, is providing or organising help (also) possible? The second comes with conditions the help must meet.',
    },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.beslissing',
    { nl: 'Nummer van de beslissing', en: 'Decision number' },
    { nl: '1 (is melden noodzakelijk?) of 2 (is hulp verlenen of organiseren (ook) mogelijk?).', en: '1 (is reporting necessary?) or 2 (is providing or organising help (also) possible?).' },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.tekst',
    { nl: 'Tekst van de beslissing', en: 'Text of the decision' },
    { nl: 'De beslissing zoals het protocol haar formuleert.', en: 'The decision as the protocol words it.' },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.ja',
    { nl: 'Uitkomst bij ja', en: 'Outcome if yes' },
    {
      nl: 'Waar een ja op deze beslissing toe leidt: melden, melden-en-hulp, hulp, afsluiten, of beslissing-2 voor de tweede beslissing.',
      en: 'Where a yes to this decision leads: melden (report), melden-en-hulp (report and help), hulp (help), afsluiten (close), or beslissing-2 for the second decision.',
    },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.nee',
    { nl: 'Uitkomst bij nee', en: 'Outcome if no' },
    {
      nl: 'Waar een nee op deze beslissing toe leidt: melden, melden-en-hulp, hulp, afsluiten, of beslissing-2 voor de tweede beslissing.',
      en: 'Where a no to this decision leads: melden (report), melden-en-hulp (report and help), hulp (help), afsluiten (close), or beslissing-2 for the second decision.',
    },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.toelichting',
    { nl: 'Toelichting bij de beslissing', en: 'Note on the decision' },
    {
      nl: 'Vrije toelichting bij deze beslissing: uitzonderingen, voorbeelden of afspraken die nergens anders passen.',
      en: 'Free explanation of this decision: exceptions, examples or arrangements that fit nowhere else.',
    },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.beslissingen.voorwaarden',
    { nl: 'Voorwaarden voor hulp', en: 'Conditions for help' },
    {
      nl: 'Wanneer hulp zonder melding kan (bij beslissing 2): de beroepskracht kan passende hulp bieden of organiseren, de betrokkenen werken daaraan mee, en de hulp leidt tot duurzame veiligheid. Is aan een voorwaarde niet voldaan, dan wordt gemeld.',
      en: 'When help without a report is possible (with decision 2): the professional can provide or organise adequate help, those involved cooperate with it, and the help leads to lasting safety. When a condition is not met, a report is made.',
    },
    [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.bijlage',
    { nl: 'Afwegingskader in een bijlage', en: 'Afwegingskader in an appendix' },
    {
      nl: 'Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit een afwegingskader in de meldcode. Staat het in een bijlage, noem hier dan welke, bijvoorbeeld "Bijlage 2: afwegingskader van de KNMG", zodat een lezer het vindt, en zet het model erbij.',
      en: 'For those under the Wet verplichte meldcode, the Besluit asks for an afwegingskader in the meldcode. When it is in an appendix, name that appendix here, for example "Bijlage 2: afwegingskader van de KNMG", so that a reader finds it, and add the model.',
    },
    [LAW_BESLUIT_ART_2],
  ),
];

const ROUTE_KEYS: readonly KeyKnowledge[] = [
  key(
    'routes',
    { nl: 'Routes', en: 'Routes' },
    {
      nl: 'Procedures naast de vijf stappen, elk voor een eigen situatie. Modelmeldcodes zeggen vooraf wat te doen bij acuut gevaar; scholen en kinderopvang hebben een aparte plicht als een medewerker wordt verdacht; sportverenigingen lopen via de vertrouwenscontactpersoon en het bestuur naar Centrum Veilige Sport Nederland. Een routekaart helpt medewerkers de weg te vinden.',
      en: 'Procedures beside the five steps, each for its own situation. Model protocols say up front what to do in acute danger; schools and child care have a separate duty when a staff member is suspected; sports clubs go through the confidential contact person and the board to Centrum Veilige Sport Nederland. A route map helps staff find their way.',
    },
    [MODEL_BASISMODEL, ...STAFF_DUTY, MODEL_CENTRUM_VEILIGE_SPORT, PROTOCOL],
  ),
  key(
    'routes.id',
    { nl: 'Id van de route', en: 'Id of the route' },
    { nl: 'Een korte, unieke naam zonder spaties voor deze route, bijvoorbeeld acuut of medewerker.', en: 'A short unique name without spaces for this route, for example acuut or medewerker.' },
    [PROTOCOL],
  ),
  key(
    'routes.soort',
    { nl: 'Soort route', en: 'Kind of route' },
    {
      nl: 'acuut-gevaar: iemand is nu in direct gevaar (bel 112 of Veilig Thuis, de stappen komen daarna). vermoeden-medewerker: een medewerker wordt verdacht; in het onderwijs van een zedenmisdrijf tegen een minderjarige leerling, in de kinderopvang van een geweld- of zedendelict tegen een kind. sport: de route van een sportvereniging. overig: een andere route.',
      en: 'acuut-gevaar: someone is in direct danger now (call 112 or Veilig Thuis, the steps come after). vermoeden-medewerker: a staff member is suspected; in education of a sexual offence against a minor pupil, in child care of a violent or sexual offence against a child. sport: the route of a sports club. overig: another route.',
    },
    [MODEL_BASISMODEL, ...STAFF_DUTY, MODEL_CENTRUM_VEILIGE_SPORT],
  ),
  key(
    'routes.titel',
    { nl: 'Titel van de route', en: 'Title of the route' },
    { nl: 'De titel waaronder medewerkers de route herkennen, bijvoorbeeld "Bij acuut gevaar".', en: 'The title under which staff recognise the route, for example "Bij acuut gevaar" (in acute danger).' },
    [PROTOCOL],
  ),
  key(
    'routes.omschrijving',
    { nl: 'Omschrijving van de route', en: 'Description of the route' },
    { nl: 'Wanneer deze route geldt en wat er anders gaat dan in de vijf stappen.', en: 'When this route applies and what goes differently from the five steps.' },
    [PROTOCOL],
  ),
  key(
    'routes.verantwoordelijk',
    { nl: 'Verantwoordelijke voor de route', en: 'Responsible for the route' },
    {
      nl: 'Wie de route draagt, als rol. Bij een vermoeden tegen een medewerker ligt de plicht niet bij de aandachtsfunctionaris maar bij het bevoegd gezag (onderwijs) of de houder (kinderopvang).',
      en: 'Who carries the route, as a role. On a suspicion against a staff member the duty lies not with the attention officer but with the bevoegd gezag (the school board, in education) or the houder (the operator, in child care).',
    },
    STAFF_DUTY,
  ),
  key('routes.acties', { nl: 'Acties van de route', en: 'Actions of the route' }, ACTIONS({ nl: 'in deze route', en: 'in this route' }), [PROTOCOL]),
  key('routes.contact', { nl: 'Contact bij de route', en: 'Contact for the route' }, CONTACT_IDS({ nl: 'in deze route', en: 'in this route' }), [PROTOCOL]),
  key(
    'routes.stappen',
    { nl: 'Stappen van de route', en: 'Steps of the route' },
    {
      nl: 'De stappen van de route, in volgorde en genummerd vanaf 1, elk met een titel en waar nodig een verantwoordelijke, acties, contacten en termijn.',
      en: 'The steps of the route, in order and numbered from 1, each with a title and, where needed, a responsible role, actions, contacts and time limit.',
    },
    [PROTOCOL],
  ),
  key(
    'routes.stappen.stap',
    { nl: 'Nummer van de routestap', en: 'Route step number' },
    { nl: 'Het nummer van de stap binnen deze route, vanaf 1. Het staat los van de vijf stappen van de meldcode.', en: 'The number of the step within this route, from 1. It is separate from the five steps of the meldcode.' },
    [PROTOCOL],
  ),
  key(
    'routes.stappen.titel',
    { nl: 'Titel van de routestap', en: 'Title of the route step' },
    { nl: 'Wat er in deze stap van de route gebeurt, bijvoorbeeld "Direct melden bij het bevoegd gezag".', en: 'What happens in this step of the route, for example "Direct melden bij het bevoegd gezag" (report to the school board at once).' },
    [PROTOCOL],
  ),
  key(
    'routes.stappen.verantwoordelijk',
    { nl: 'Verantwoordelijke voor de routestap', en: 'Responsible for the route step' },
    {
      nl: 'Wie deze stap van de route zet, als rol. Een medewerker die een collega verdenkt, informeert in het onderwijs direct het bevoegd gezag; via de directeur alleen is niet genoeg.',
      en: 'Who takes this step of the route, as a role. In education a staff member who suspects a colleague informs the bevoegd gezag (the school board) directly; only through the head teacher is not enough.',
    },
    [LAW_WPO_ZEDEN],
  ),
  key('routes.stappen.acties', { nl: 'Acties van de routestap', en: 'Actions of the route step' }, ACTIONS({ nl: 'in deze stap van de route', en: 'in this step of the route' }), [PROTOCOL]),
  key('routes.stappen.contact', { nl: 'Contact bij de routestap', en: 'Contact for the route step' }, CONTACT_IDS({ nl: 'in deze stap van de route', en: 'in this step of the route' }), [PROTOCOL]),
  key('routes.stappen.termijn', { nl: 'Termijn van de routestap', en: 'Time limit of the route step' }, TIME_LIMIT({ nl: 'deze stap van de route', en: 'this step of the route' }), [PROTOCOL]),
];

const OTHER_KEYS: readonly KeyKnowledge[] = [
  key(
    'basis',
    { nl: 'Basisprotocol', en: 'Base protocol' },
    {
      nl: 'Voor een locatie van een organisatie met één meldcode voor alle locaties: het pad van het basisprotocol vanaf de map van dit bestand, zoals ../stichting.meldcode.yaml. Dit bestand bevat dan alleen wat voor de locatie eigen is (aandachtsfunctionarissen, de regionale Veilig Thuis, het wijkteam); de rest komt uit de basis, en de controle beoordeelt beide samen. Ga naar definitie op een id volgt het naar de basis.',
      en: 'For one location of an organisation with one protocol for all its locations: the path of the base protocol from the folder of this file, such as ../stichting.meldcode.yaml. This file then holds only what is the location\'s own (attention officers, the regional Veilig Thuis, the neighbourhood team); the rest comes from the base, and the check judges both together. Go to definition on an id follows it into the base.',
    },
    [PROTOCOL],
  ),
  key(
    'verantwoordelijkheden-organisatie',
    { nl: 'Verantwoordelijkheden van de organisatie', en: 'Responsibilities of the organisation' },
    {
      nl: 'Wat de organisatie zelf doet om de meldcode te laten werken: het protocol opnemen in het kwaliteitsbeleid, zorgen dat alle medewerkers het kennen, scholing en deskundigheid, steun aan medewerkers, een veilig klimaat om zorgen te bespreken, en het protocol evalueren en actueel houden. Tekst, of een lijst.',
      en: 'What the organisation itself does to make the protocol work: making it part of its quality policy, making sure all staff know it, training and expertise, support for staff, a safe climate to raise concerns, and evaluating the protocol and keeping it current. Text, or a list.',
    },
    [PROTOCOL, handbook('9.3')],
  ),
  key(
    'bijlagen',
    { nl: 'Bijlagen', en: 'Appendices' },
    {
      nl: 'Materiaal dat bij het protocol hoort en medewerkers helpt het toe te passen: een signalenlijst per leeftijd, wegingsfactoren, een sociale kaart met lokale contacten, het afwegingskader van de beroepsgroep.',
      en: 'Material that comes with the protocol and helps staff apply it: a list of signals per age, weighing factors, a map of local contacts, the afwegingskader of the professional group.',
    },
    [PROTOCOL],
  ),
  key(
    'bijlagen.id',
    { nl: 'Id van de bijlage', en: 'Id of the appendix' },
    { nl: 'Een korte, unieke naam zonder spaties voor deze bijlage, bijvoorbeeld signalenlijst.', en: 'A short unique name without spaces for this appendix, for example signalenlijst.' },
    [PROTOCOL],
  ),
  key(
    'bijlagen.titel',
    { nl: 'Titel van de bijlage', en: 'Title of the appendix' },
    { nl: 'De titel zoals die in het protocol staat, bijvoorbeeld "Bijlage 1: signalenlijst 0–4 jaar".', en: 'The title as it appears in the protocol, for example "Bijlage 1: signalenlijst 0–4 jaar" (signals 0–4 years).' },
    [PROTOCOL],
  ),
  key(
    'bijlagen.omschrijving',
    { nl: 'Omschrijving van de bijlage', en: 'Description of the appendix' },
    { nl: 'Wat er in de bijlage staat en bij welke stap medewerkers haar gebruiken.', en: 'What the appendix holds and at which step staff use it.' },
    [PROTOCOL],
  ),
];

/** Every key format 1.1 adds, in the order of the format. */
export const KEYS_1_1: readonly KeyKnowledge[] = [...ORGANISATION_KEYS, ...STEP_KEYS, ...FRAMEWORK_KEYS, ...ROUTE_KEYS, ...OTHER_KEYS];
