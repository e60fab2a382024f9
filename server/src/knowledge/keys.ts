import {
  brochure,
  handbook,
  LAW_BESLUIT_ART_2,
  LAW_WET_MELDCODE,
  LAW_WMO_MELDRECHT,
  LAW_WMO_VEILIG_THUIS,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_BASISMODEL,
  MODEL_KNMG,
  MODEL_NJI_AFWEGINGSKADER,
  MODEL_ONDERWIJS,
} from './citations';
import {
  ATTENTION_OFFICER,
  KINDCHECK,
  PROFESSIONAL_SECRECY,
  RECORDING,
  SPECIAL_FORM_ENTRIES,
  SPECIAL_FORMS,
  TRAINING,
} from './sections';
import { KEYS_1_1 } from './keys-1-1';
import type { Citation, KnowledgeEntry, LocalizedText } from './types';

/**
 * A key of the protocol format. `path` is the key's place with list indices left out:
 * "organisatie.doelgroep.leeftijd-van", "stappen.verantwoordelijk", "contactpunten.naam".
 */
export interface KeyKnowledge extends KnowledgeEntry {
  key: string;
  path: string;
}

function key(path: string, title: LocalizedText, text: LocalizedText, citations: readonly Citation[]): KeyKnowledge {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return { id: `key:${path}`, key: name, path, title, text, citations };
}

/** A key whose hover is a section of the knowledge base (kindcheck, vastleggen ...). */
function sectionKey(path: string, entry: KnowledgeEntry): KeyKnowledge {
  return key(path, entry.title, entry.text, entry.citations);
}

const OFFICER_ID: LocalizedText = {
  nl: 'Een korte, unieke naam zonder spaties (bijvoorbeeld jansen) waarmee stappen en vervangers naar deze aandachtsfunctionaris verwijzen. Verandert u het id, pas dan ook de verwijzingen aan.',
  en: 'A short unique name without spaces (for example jansen) by which steps and stand-ins refer to this attention officer. When you change the id, change the references as well.',
};

const CONTACT_ID: LocalizedText = {
  nl: 'Een korte, unieke naam zonder spaties (bijvoorbeeld veilig-thuis) waarmee de stappen onder `contact` naar dit contactpunt verwijzen.',
  en: 'A short unique name without spaces (for example veilig-thuis) by which the steps refer to this contact point under `contact`.',
};

const MAIN_KEYS: readonly KeyKnowledge[] = [
  key(
    'meldcode',
    { nl: 'Versie van het protocolformaat', en: 'Version of the protocol format' },
    {
      nl: 'Zegt volgens welke versie van het bestandsformaat dit protocol is geschreven, bijvoorbeeld "1.0", zodat de controle het goed kan lezen. Het gaat over de vorm van het bestand, niet over de wettelijke meldcode zelf.',
      en: 'States which version of the file format this protocol follows, for example "1.0", so that the checker reads it correctly. It concerns the form of the file, not the statutory meldcode itself.',
    },
    // A version of our file format: no law or handbook speaks of it, so it cites nothing.
    [],
  ),
  key(
    'organisatie',
    { nl: 'De organisatie', en: 'The organisation' },
    {
      nl: 'Wie dit protocol vaststelt: naam, sector, doelgroep en de data van vaststelling en herziening. De Wet verplichte meldcode verplicht organisaties en zelfstandige beroepsbeoefenaren in de gezondheidszorg, het onderwijs, de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp, de leerplicht, de asielopvang en de justitie tot een eigen meldcode; sportverenigingen en andere organisaties nemen er vrijwillig een aan. De sector bepaalt onder meer of het beroepsgeheim aan bod hoort te komen.',
      en: 'Who adopts this protocol: name, sector, target group and the dates of adoption and review. The Wet verplichte meldcode requires organisations and self-employed professionals in health care, education, child care, social support, youth care, school attendance, asylum reception and justice to have their own meldcode; sports clubs and other organisations adopt one voluntarily. The sector decides, among other things, whether professional secrecy belongs in it.',
    },
    [LAW_WET_MELDCODE],
  ),
  key(
    'organisatie.naam',
    { nl: 'Naam van de organisatie', en: 'Name of the organisation' },
    {
      nl: 'De naam zoals medewerkers en ouders die kennen. Een protocol hoort bij één organisatie: een regionaal model wordt pas bruikbaar als de organisatie het op maat maakt voor haar eigen werkwijze.',
      en: 'The name as staff and parents know it. A protocol belongs to one organisation: a regional model only becomes usable once the organisation tailors it to its own way of working.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.sector',
    { nl: 'Sector', en: 'Sector' },
    {
      nl: 'Het werkveld van de organisatie. Daaraan hangt of de Wet verplichte meldcode de organisatie bindt, of medewerkers een beroepsgeheim hebben (en het protocol dus het meldrecht uitlegt) en welk sectoraal afwegingskader past. Kies uit: onderwijs, kinderopvang, jeugdhulp, gezondheidszorg, maatschappelijke-ondersteuning, justitie, sport, overig.',
      en: 'The organisation\'s field of work. It decides whether the Wet verplichte meldcode binds the organisation, whether staff have professional secrecy (so the protocol explains the right to report) and which sector afwegingskader fits. Choose from: onderwijs, kinderopvang, jeugdhulp, gezondheidszorg, maatschappelijke-ondersteuning, justitie, sport, overig.',
    },
    [LAW_WET_MELDCODE],
  ),
  key(
    'organisatie.doelgroep',
    { nl: 'Doelgroep', en: 'Target group' },
    {
      nl: 'De leeftijden van de kinderen of cliënten met wie de organisatie werkt, van leeftijd-van tot en met leeftijd-tot, in jaren. Hiermee wordt nagegaan of genoemde interventies bij deze groep passen. Werkt u met volwassenen, denk dan aan de kindcheck.',
      en: 'The ages of the children or clients the organisation works with, from leeftijd-van up to and including leeftijd-tot, in years. It is used to check whether the interventions named fit this group. If you work with adults, remember the child check.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling'), brochure('Effectieve interventies: van preventief naar hulp om de gevolgen te verminderen')],
  ),
  key(
    'organisatie.doelgroep.leeftijd-van',
    { nl: 'Jongste leeftijd', en: 'Youngest age' },
    {
      nl: 'De jongste leeftijd in jaren binnen de doelgroep, bijvoorbeeld 0 voor een kinderdagverblijf of 4 voor een basisschool.',
      en: 'The youngest age in years within the target group, for example 0 for a day nursery or 4 for a primary school.',
    },
    [brochure('Effectieve interventies: van preventief naar hulp om de gevolgen te verminderen')],
  ),
  key(
    'organisatie.doelgroep.leeftijd-tot',
    { nl: 'Oudste leeftijd', en: 'Oldest age' },
    {
      nl: 'De oudste leeftijd in jaren binnen de doelgroep, die meetelt: 13 betekent tot en met dertien jaar.',
      en: 'The oldest age in years within the target group, inclusive: 13 means up to and including thirteen.',
    },
    [brochure('Effectieve interventies: van preventief naar hulp om de gevolgen te verminderen')],
  ),
  key(
    'organisatie.vastgesteld',
    { nl: 'Datum van vaststelling', en: 'Date of adoption' },
    {
      nl: 'De datum (JJJJ-MM-DD) waarop directie of bestuur het protocol heeft vastgesteld. Pas dan is het onderdeel van het kwaliteitsbeleid van de organisatie, waar het volgens het handboek thuishoort.',
      en: 'The date (YYYY-MM-DD) on which the management or board adopted the protocol. Only then is it part of the organisation\'s quality policy, where the handbook says it belongs.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling'), handbook('9.3')],
  ),
  key(
    'organisatie.herzien-voor',
    { nl: 'Herzien vóór', en: 'Review by' },
    {
      nl: 'De datum (JJJJ-MM-DD) waarvoor het protocol opnieuw bekeken moet zijn. De proefregio\'s raden aan instellingsprotocollen geregeld bij te werken, zodat namen, nummers en werkwijze kloppen; ligt deze datum in het verleden, dan meldt de controle dat.',
      en: 'The date (YYYY-MM-DD) by which the protocol must have been reviewed. The pilot regions advise updating organisation protocols regularly so that names, numbers and procedures stay right; if this date has passed, the checker says so.',
    },
    [handbook('8.5')],
  ),
  sectionKey('aandachtsfunctionarissen', ATTENTION_OFFICER),
  key('aandachtsfunctionarissen.id', { nl: 'Id van de aandachtsfunctionaris', en: 'Id of the attention officer' }, OFFICER_ID, ATTENTION_OFFICER.citations),
  key(
    'aandachtsfunctionarissen.naam',
    { nl: 'Naam van de aandachtsfunctionaris', en: 'Name of the attention officer' },
    {
      nl: 'Voor- en achternaam. Een protocol is een openbaar document: zet er alleen gegevens van medewerkers in hun functie in, nooit gegevens van cliënten.',
      en: 'First name and surname. A protocol is a public document: include only details of staff in their role, never details of clients.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'aandachtsfunctionarissen.functie',
    { nl: 'Functie', en: 'Position' },
    {
      nl: 'De functie van de aandachtsfunctionaris in de organisatie, zoals intern begeleider, pedagogisch coach of praktijkondersteuner, zodat collega\'s weten wie ze kunnen aanspreken.',
      en: 'The attention officer\'s position in the organisation, such as internal counsellor, pedagogical coach or practice nurse, so colleagues know whom to approach.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'aandachtsfunctionarissen.telefoon',
    { nl: 'Telefoon', en: 'Phone' },
    {
      nl: 'Een nummer waarop collega\'s de aandachtsfunctionaris bereiken. Zonder telefoon of e-mail kan niemand in stap 2 met deze persoon overleggen.',
      en: 'A number on which colleagues reach the attention officer. Without a phone number or e-mail address nobody can consult this person in step 2.',
    },
    ATTENTION_OFFICER.citations,
  ),
  key(
    'aandachtsfunctionarissen.email',
    { nl: 'E-mail', en: 'E-mail' },
    {
      nl: 'Een e-mailadres van de aandachtsfunctionaris voor overleg dat niet direct hoeft. Gebruik bij voorkeur een functioneel adres dat blijft werken als de persoon wisselt.',
      en: 'An e-mail address of the attention officer for consultations that are not urgent. Prefer a role address that keeps working when the person changes.',
    },
    ATTENTION_OFFICER.citations,
  ),
  key(
    'aandachtsfunctionarissen.vervanger',
    { nl: 'Vervanger', en: 'Stand-in' },
    {
      nl: 'Het id van de collega die het werk overneemt als de aandachtsfunctionaris er niet is. Zorgen over een kind kunnen niet wachten tot iemand terug is; het handboek vraagt uitdrukkelijk om continuïteit binnen de organisatie.',
      en: 'The id of the colleague who takes over when the attention officer is away. Concerns about a child cannot wait until someone is back; the handbook explicitly asks for continuity within the organisation.',
    },
    [handbook('8.5')],
  ),
  key(
    'contactpunten',
    { nl: 'Contactpunten', en: 'Contact points' },
    {
      nl: 'De instanties die medewerkers tijdens de stappen nodig hebben: in elk geval Veilig Thuis, verder bijvoorbeeld 112, de politie, de huisarts of de jeugdgezondheidszorg. Samen met de stappen vormt dit de routekaart: wie belt u wanneer.',
      en: 'The bodies staff need during the steps: Veilig Thuis in any case, and further for example 112, the police, the GP or youth health care. Together with the steps this forms the route map: whom to call when.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key('contactpunten.id', { nl: 'Id van het contactpunt', en: 'Id of the contact point' }, CONTACT_ID, [handbook('8.1', 'Meldcode of protocol kindermishandeling')]),
  key(
    'contactpunten.soort',
    { nl: 'Soort contactpunt', en: 'Kind of contact point' },
    {
      nl: 'Wat voor instantie dit is, bijvoorbeeld veilig-thuis, politie, spoed, huisarts, jeugdgezondheidszorg, vertrouwensinspecteur, wijkteam of overig. Zo kan de controle bijvoorbeeld nagaan of Veilig Thuis erin staat. Wijs een waarde aan voor wat die instantie doet en waar dat vandaan komt.',
      en: 'What kind of body this is, for example veilig-thuis, politie, spoed, huisarts, jeugdgezondheidszorg, vertrouwensinspecteur, wijkteam or overig. This lets the checker see, for example, whether Veilig Thuis is included. Hover a value to read what that body does and where that comes from.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'contactpunten.naam',
    { nl: 'Naam van het contactpunt', en: 'Name of the contact point' },
    {
      nl: 'De naam van de instantie zoals medewerkers die opzoeken, bijvoorbeeld Veilig Thuis Utrecht. Gebruik de huidige naam: het AMK en het ASHG bestaan sinds 2015 niet meer.',
      en: 'The name of the body as staff would look it up, for example Veilig Thuis Utrecht. Use the current name: the AMK and the ASHG have not existed since 2015.',
    },
    [LAW_WMO_VEILIG_THUIS],
  ),
  key(
    'contactpunten.telefoon',
    { nl: 'Telefoon', en: 'Phone' },
    {
      nl: 'Het nummer dat medewerkers bellen. Voor Veilig Thuis is dat landelijk 0800-2000 (gratis, altijd bereikbaar); bij acuut gevaar 112; de politie zonder spoed 0900-8844.',
      en: 'The number staff call. For Veilig Thuis that is 0800-2000 nationally (free, always open); in acute danger 112; the police without urgency 0900-8844.',
    },
    [LAW_WMO_VEILIG_THUIS],
  ),
  key(
    'contactpunten.email',
    { nl: 'E-mail', en: 'E-mail' },
    {
      nl: 'Een e-mailadres van de instantie, voor wat niet dringend is. Een melding of spoedoverleg gaat altijd telefonisch.',
      en: 'An e-mail address of the body, for matters that are not urgent. A report or urgent consultation always goes by phone.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'stappen',
    { nl: 'Stappenplan', en: 'Step plan' },
    {
      nl: 'De stappen van de meldcode, elk met wie verantwoordelijk is, wat er gebeurt en wie erbij betrokken wordt: signalen in kaart brengen, collegiale consultatie, gesprek met de cliënt, wegen, beslissen. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit een stappenplan met ten minste deze vijf stappen; wie de meldcode vrijwillig gebruikt, volgt de stappen van het basismodel.',
      en: 'The steps of the meldcode, each with who is responsible, what happens and who gets involved: map the signals, consult a colleague, talk with the client, weigh, decide. For those under the Wet verplichte meldcode the Besluit asks for a step plan with at least these five steps; those who use the meldcode voluntarily follow the steps of the basismodel.',
    },
    [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
  ),
  key(
    'stappen.stap',
    { nl: 'Nummer van de stap', en: 'Step number' },
    {
      nl: 'Het nummer van de stap, 1 tot en met 5; elk nummer komt één keer voor. In formaat 1.1 mag een samengevoegde stap beide nummers dragen (stap: [4, 5]) en mag een voorbereidende stap 0 vooraf gaan.',
      en: 'The number of the step, 1 to 5; each number occurs once. In format 1.1 a merged step may carry both numbers (stap: [4, 5]) and a preliminary step 0 may come first.',
    },
    [LAW_BESLUIT_ART_2],
  ),
  key(
    'stappen.titel',
    { nl: 'Titel van de stap', en: 'Title of the step' },
    {
      nl: 'De naam van de stap. Het Besluit schrijft de stappen voor, niet hun woorden; de gangbare titels komen uit het basismodel meldcode, en sectormodellen noemen de stappen soms anders. Kies een titel waarin collega\'s uit andere organisaties de stap herkennen.',
      en: 'The name of the step. The Besluit prescribes the steps, not their words; the usual titles come from the basismodel meldcode, and sector models sometimes name the steps differently. Choose a title in which colleagues from other organisations recognise the step.',
    },
    [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
  ),
  key(
    'stappen.verantwoordelijk',
    { nl: 'Verantwoordelijke', en: 'Responsible role' },
    {
      nl: 'Wie deze stap zet of erover beslist, als rol: medewerker, aandachtsfunctionaris, leidinggevende. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol vastlegt hoe de verantwoordelijkheden binnen de organisatie verdeeld zijn.',
      en: 'Who takes this step or decides on it, as a role: staff member, attention officer, manager. For those under the Wet verplichte meldcode, the Besluit asks the protocol to set out how responsibilities are divided within the organisation.',
    },
    [LAW_BESLUIT_ART_2],
  ),
  key(
    'stappen.acties',
    { nl: 'Acties', en: 'Actions' },
    {
      nl: 'Wat er in deze stap concreet gebeurt, als lijst van korte handelingen. Schrijf het zo dat een nieuwe collega het zonder uitleg kan volgen.',
      en: 'What concretely happens in this step, as a list of short actions. Write it so that a new colleague can follow it without explanation.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'stappen.contact',
    { nl: 'Contact', en: 'Contact' },
    {
      nl: 'De ids van aandachtsfunctionarissen of contactpunten die in deze stap worden ingeschakeld. Elk id moet onder aandachtsfunctionarissen of contactpunten gedefinieerd zijn.',
      en: 'The ids of attention officers or contact points brought in during this step. Each id must be defined under aandachtsfunctionarissen or contactpunten.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'afwegingskader',
    { nl: 'Afwegingskader', en: 'Decision framework (afwegingskader)' },
    {
      nl: 'Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode dat wie onder de Wet valt in stap 4 en 5 het afwegingskader van de eigen beroepsgroep gebruikt. De sectormodellen werken het uit in vijf vragen; elke vraag leidt naar de volgende vraag, een melding bij Veilig Thuis, hulp bieden of organiseren, of afsluiten. Waar de vragen in de stappen staan, is een afspraak van het sectormodel, geen wet: het NJi en de KNMG zetten alle vijf in stap 5, sommige modellen voor het onderwijs zetten vraag 1 in stap 4, en het basisdocument van de Rijksoverheid schrijft twee beslissingen in stap 4 en 5. Een verwijzing naar een bijlage met het afwegingskader is ook goed.',
      en: 'Since 1 January 2019 the Besluit verplichte meldcode asks those under the Wet to use the afwegingskader of their own professional group in steps 4 and 5. The sector models work it out in five questions; each question leads to the next question, a report to Veilig Thuis, providing or arranging help, or closing. Where the questions sit in the steps is a convention of the sector model, not law: the NJi and the KNMG put all five in step 5, some models for education put question 1 in step 4, and the government\'s basisdocument writes two decisions in steps 4 and 5. A reference to an appendix holding the afwegingskader is fine too.',
    },
    [LAW_BESLUIT_ART_2, MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG, MODEL_ONDERWIJS, MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  ),
  key(
    'afwegingskader.vraag',
    { nl: 'Nummer van de vraag', en: 'Question number' },
    {
      nl: 'Het nummer van de vraag in het afwegingskader, 1 tot en met 5, in deze volgorde.',
      en: 'The number of the question in the afwegingskader, 1 to 5, in this order.',
    },
    [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG],
  ),
  key(
    'afwegingskader.tekst',
    { nl: 'Tekst van de vraag', en: 'Text of the question' },
    {
      nl: 'De vraag zoals de organisatie hem stelt. Een sectoraal afwegingskader mag de woorden aanpassen, maar de strekking van de vijf vragen blijft dezelfde.',
      en: 'The question as the organisation puts it. A sector afwegingskader may adapt the words, but the meaning of the five questions stays the same.',
    },
    [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG],
  ),
  key(
    'afwegingskader.ja',
    { nl: 'Bij ja', en: 'If yes' },
    {
      nl: 'Waar een bevestigend antwoord toe leidt: de volgende vraag, een melding bij Veilig Thuis, hulp bieden of organiseren, of afsluiten.',
      en: 'Where a yes leads: the next question, a report to Veilig Thuis, providing or arranging help, or closing.',
    },
    [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG],
  ),
  key(
    'afwegingskader.nee',
    { nl: 'Bij nee', en: 'If no' },
    {
      nl: 'Waar een ontkennend antwoord toe leidt: de volgende vraag, een melding bij Veilig Thuis, of afsluiten en vastleggen.',
      en: 'Where a no leads: the next question, a report to Veilig Thuis, or closing and recording.',
    },
    [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG],
  ),
  sectionKey('kindcheck', KINDCHECK),
  sectionKey('bijzondere-vormen', SPECIAL_FORMS),
  ...SPECIAL_FORM_ENTRIES.map((entry) => sectionKey(`bijzondere-vormen.${entry.key ?? entry.id}`, entry)),
  sectionKey('beroepsgeheim', PROFESSIONAL_SECRECY),
  sectionKey('vastleggen', RECORDING),
  sectionKey('scholing', TRAINING),
  key(
    'interventies',
    { nl: 'Interventies', en: 'Interventions' },
    {
      nl: 'Interventies die de organisatie inzet of waarnaar zij verwijst, bij naam. De controle kent de zestien erkende interventies uit de NJi-brochure en waarschuwt als een interventie niet bij de doelgroep past; andere namen kunt u opzoeken in de Databank Effectieve Jeugdinterventies.',
      en: 'Interventions the organisation uses or refers to, by name. The checker knows the sixteen recognised interventions from the NJi brochure and warns when one does not fit the target group; other names can be looked up in the Databank Effectieve Jeugdinterventies.',
    },
    [brochure('Effectieve interventies: van preventief naar hulp om de gevolgen te verminderen')],
  ),
];


const FREE_NOTE = (parent: LocalizedText): LocalizedText => ({
  nl: `Vrije toelichting bij ${parent.nl}: uitzonderingen, voorbeelden of afspraken die nergens anders passen.`,
  en: `Free explanation for ${parent.en}: exceptions, examples or agreements that fit nowhere else.`,
});

/** Keys of the format that add detail to a section above; their source is the section's. */
const DETAIL_KEYS: readonly KeyKnowledge[] = [
  key(
    'inleiding',
    { nl: 'Inleiding', en: 'Introduction' },
    {
      nl: 'Een korte inleiding: waarom de organisatie deze meldcode heeft, voor wie hij geldt en hoe hij zich verhoudt tot het beleid van de organisatie.',
      en: 'A short introduction: why the organisation has this meldcode, whom it applies to and how it relates to the organisation\'s policy.',
    },
    [LAW_WET_MELDCODE],
  ),
  key(
    'organisatie.doelgroep.omschrijving',
    { nl: 'Omschrijving van de doelgroep', en: 'Description of the target group' },
    {
      nl: 'De doelgroep in eigen woorden, bijvoorbeeld leerlingen van groep 1 tot en met 8 en hun ouders. De leeftijden zelf staan in leeftijd-van en leeftijd-tot.',
      en: 'The target group in your own words, for example pupils in years 1 to 8 and their parents. The ages themselves go in leeftijd-van and leeftijd-tot.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.adres',
    { nl: 'Adres', en: 'Address' },
    { nl: 'Het bezoekadres van de organisatie.', en: 'The visiting address of the organisation.' },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.plaats',
    { nl: 'Plaats', en: 'Town' },
    {
      nl: 'De gemeente van vestiging; daaruit volgt ook welke regionale Veilig Thuis-organisatie en welk wijkteam de organisatie heeft.',
      en: 'The municipality where the organisation is based; it also tells which regional Veilig Thuis organisation and neighbourhood team apply.',
    },
    [LAW_WMO_VEILIG_THUIS],
  ),
  key(
    'organisatie.locaties',
    { nl: 'Locaties', en: 'Locations' },
    {
      nl: 'De vestigingen waar deze meldcode geldt, als het er meer dan één zijn. Eén protocol voor alle locaties voorkomt dat elke vestiging eigen afspraken maakt.',
      en: 'The sites where this meldcode applies, when there is more than one. One protocol for all sites keeps each site from making its own arrangements.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.telefoon',
    { nl: 'Telefoon van de organisatie', en: 'Phone of the organisation' },
    {
      nl: 'Het algemene nummer van de organisatie. Zet het tussen aanhalingstekens, zodat de 0 aan het begin blijft staan.',
      en: 'The organisation\'s general number. Put it in quotes so that the leading 0 is kept.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.email',
    { nl: 'E-mail van de organisatie', en: 'E-mail of the organisation' },
    { nl: 'Het algemene e-mailadres van de organisatie.', en: 'The organisation\'s general e-mail address.' },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'organisatie.website',
    { nl: 'Website', en: 'Website' },
    {
      nl: 'De website van de organisatie, waar ouders de meldcode ook kunnen vinden.',
      en: 'The organisation\'s website, where parents can find the meldcode too.',
    },
    [LAW_WET_MELDCODE],
  ),
  key(
    'organisatie.vastgesteld-door',
    { nl: 'Vastgesteld door', en: 'Adopted by' },
    {
      nl: 'Wie de meldcode heeft vastgesteld, bijvoorbeeld de directie na instemming van de medezeggenschapsraad. Het handboek raadt aan afspraken over het protocol op het niveau van directie en bestuur vast te leggen.',
      en: 'Who adopted the meldcode, for example the management after approval by the participation council. The handbook advises recording agreements on the protocol at the level of management and board.',
    },
    [handbook('9.3')],
  ),
  key(
    'aandachtsfunctionarissen.bereikbaarheid',
    { nl: 'Bereikbaarheid', en: 'Availability' },
    {
      nl: 'Wanneer de aandachtsfunctionaris bereikbaar is, bijvoorbeeld maandag tot en met donderdag. Daarbuiten neemt de vervanger het over.',
      en: 'When the attention officer can be reached, for example Monday to Thursday. Outside those times the stand-in takes over.',
    },
    [handbook('8.5')],
  ),
  key(
    'contactpunten.website',
    { nl: 'Website', en: 'Website' },
    { nl: 'De website van de instantie.', en: 'The website of the body.' },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key(
    'contactpunten.bereikbaarheid',
    { nl: 'Bereikbaarheid', en: 'Availability' },
    {
      nl: 'Wanneer de instantie bereikbaar is. Veilig Thuis en 112 zijn dag en nacht bereikbaar; andere instanties vaak alleen op werkdagen.',
      en: 'When the body can be reached. Veilig Thuis and 112 are open day and night; other bodies often on working days only.',
    },
    [LAW_WMO_VEILIG_THUIS],
  ),
  key(
    'contactpunten.opmerking',
    { nl: 'Opmerking', en: 'Remark' },
    {
      nl: 'Een opmerking bij dit contactpunt, bijvoorbeeld in welke situatie medewerkers het bellen.',
      en: 'A remark about this contact point, for example in which situation staff call it.',
    },
    [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  ),
  key('stappen.toelichting', { nl: 'Toelichting bij de stap', en: 'Note on the step' }, {
    nl: 'Vrije toelichting bij deze stap, bijvoorbeeld wanneer het gesprek in stap 3 achterwege mag blijven omdat het iemands veiligheid in gevaar brengt.',
    en: 'Free explanation for this step, for example when the conversation in step 3 may be skipped because it would endanger someone\'s safety.',
  }, [MODEL_BASISMODEL]),
  key('afwegingskader.toelichting', { nl: 'Toelichting', en: 'Note' }, FREE_NOTE({ nl: 'deze afwegingsvraag of het afwegingskader als geheel', en: 'this question or the afwegingskader as a whole' }), [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG]),
  key('kindcheck.toelichting', { nl: 'Toelichting bij de kindcheck', en: 'Note on the child check' }, FREE_NOTE({ nl: 'de kindcheck', en: 'the child check' }), KINDCHECK.citations),
  key(
    'kindcheck.vragen',
    { nl: 'Vragen van de kindcheck', en: 'Child check questions' },
    {
      nl: 'De vragen die de medewerker de volwassen cliënt stelt, bijvoorbeeld of er kinderen thuis wonen en wie er voor hen zorgt als het even niet gaat.',
      en: 'The questions the staff member asks the adult client, for example whether children live at home and who looks after them when things go wrong.',
    },
    KINDCHECK.citations,
  ),
  key(
    'kindcheck.acties',
    { nl: 'Acties bij de kindcheck', en: 'Child check actions' },
    {
      nl: 'Wat de medewerker doet als er kinderen zijn en er zorgen zijn over hun veiligheid: meestal de stappen van deze meldcode volgen, te beginnen bij stap 1.',
      en: 'What the staff member does when there are children and their safety is a concern: usually follow the steps of this meldcode, starting at step 1.',
    },
    KINDCHECK.citations,
  ),
  key('beroepsgeheim.toelichting', { nl: 'Toelichting bij het beroepsgeheim', en: 'Note on professional secrecy' }, FREE_NOTE({ nl: 'het beroepsgeheim', en: 'professional secrecy' }), PROFESSIONAL_SECRECY.citations),
  key(
    'beroepsgeheim.meldrecht',
    { nl: 'Meldrecht', en: 'Right to report' },
    {
      nl: 'Hoe het meldrecht in deze organisatie werkt: wanneer een medewerker zonder toestemming bij Veilig Thuis meldt, welke gegevens dan worden gedeeld en hoe die afweging wordt vastgelegd.',
      en: 'How the right to report works in this organisation: when a staff member reports to Veilig Thuis without consent, which information is then shared and how that judgement is recorded.',
    },
    [LAW_WMO_MELDRECHT],
  ),
  key(
    'beroepsgeheim.toestemming',
    { nl: 'Toestemming', en: 'Consent' },
    {
      nl: 'Hoe en wanneer de cliënt om toestemming wordt gevraagd voordat informatie wordt gedeeld, en wat er gebeurt als die toestemming niet komt of het vragen ervan niet veilig is.',
      en: 'How and when the client is asked for consent before information is shared, and what happens when consent is refused or asking would not be safe.',
    },
    [LAW_WMO_MELDRECHT],
  ),
  key('vastleggen.toelichting', { nl: 'Toelichting bij het vastleggen', en: 'Note on recording' }, FREE_NOTE({ nl: 'het vastleggen', en: 'recording' }), RECORDING.citations),
  key(
    'vastleggen.waar',
    { nl: 'Waar vastleggen', en: 'Where to record' },
    {
      nl: 'Waar de gegevens komen te staan, bijvoorbeeld in het leerlingdossier of het cliëntdossier, en wie er toegang toe heeft.',
      en: 'Where the information is kept, for example in the pupil file or the client file, and who has access to it.',
    },
    RECORDING.citations,
  ),
  key(
    'vastleggen.bewaartermijn',
    { nl: 'Bewaartermijn', en: 'Retention period' },
    {
      nl: 'Hoe lang de vastgelegde gegevens bewaard blijven. Stem dit af op het privacyreglement van de organisatie en de regels van de eigen sector.',
      en: 'How long the recorded information is kept. Align it with the organisation\'s privacy rules and the rules of its own sector.',
    },
    [handbook('9.3')],
  ),
  key('scholing.toelichting', { nl: 'Toelichting bij de scholing', en: 'Note on training' }, FREE_NOTE({ nl: 'de scholing', en: 'training' }), TRAINING.citations),
  key(
    'scholing.frequentie',
    { nl: 'Frequentie', en: 'Frequency' },
    {
      nl: 'Hoe vaak scholing of opfrissing plaatsvindt. Het handboek raadt aan beroepskrachten elk jaar of om het jaar te scholen, zodat de aandacht niet wegzakt.',
      en: 'How often training or a refresher takes place. The handbook advises training professionals every year or every other year so that attention does not fade.',
    },
    [handbook('9.3')],
  ),
  key(
    'scholing.aanbod',
    { nl: 'Aanbod', en: 'Offer' },
    {
      nl: 'De trainingen en bijeenkomsten, bijvoorbeeld een training in signaleren en gespreksvoering, een training voor aandachtsfunctionarissen of bespreking in het teamoverleg.',
      en: 'The training sessions and meetings, for example training in noticing signals and holding conversations, training for attention officers, or discussion in team meetings.',
    },
    [handbook('Bijlage 3')],
  ),
];

/** Every key of the protocol format, in the order of the format. */
export const KEYS: readonly KeyKnowledge[] = [...MAIN_KEYS, ...DETAIL_KEYS, ...KEYS_1_1];

const byPath = new Map(KEYS.map((entry) => [entry.path, entry]));

/** The key entry for a key path such as ['stappen', 0, 'verantwoordelijk']; indices are ignored. */
export function keyByPath(path: readonly (string | number)[]): KeyKnowledge | undefined {
  const names = path.filter((part): part is string => typeof part === 'string');
  if (names.length === 0) return undefined;
  return byPath.get(names.join('.'));
}
