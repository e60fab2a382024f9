import {
  handbook,
  LAW_BESLUIT_ART_2,
  LAW_WET_MELDCODE,
  LAW_WMO_MELDRECHT,
  LAW_WMO_VEILIG_THUIS,
  LAW_WPO_ZEDEN,
} from './citations';
import type { KnowledgeEntry } from './types';

export type Sector =
  | 'onderwijs'
  | 'kinderopvang'
  | 'jeugdhulp'
  | 'gezondheidszorg'
  | 'maatschappelijke-ondersteuning'
  | 'justitie'
  | 'sport'
  | 'overig';

export type ContactKind =
  | 'veilig-thuis'
  | 'politie'
  | 'spoed'
  | 'huisarts'
  | 'jeugdgezondheidszorg'
  | 'vertrouwensinspecteur'
  | 'wijkteam'
  | 'overig';

export interface SectorKnowledge extends KnowledgeEntry {
  value: Sector;
  /** The meldcode is required by law (not merely adopted voluntarily). */
  required: boolean;
  /** Staff in this sector usually have professional secrecy, so the protocol explains the meldrecht. */
  professionalSecrecy: boolean;
  /** Employers consult the vertrouwensinspecteur when a staff member is suspected. */
  vertrouwensinspecteur: boolean;
  /** The age range the skeleton proposes for `doelgroep`. */
  defaultAges: { from: number; to: number };
  /** What the skeleton suggests for the officer's `functie`. Dutch. */
  officerFunction: string;
}

export const SECTORS: readonly SectorKnowledge[] = [
  {
    id: 'sector-onderwijs',
    value: 'onderwijs',
    required: true,
    professionalSecrecy: false,
    vertrouwensinspecteur: true,
    defaultAges: { from: 4, to: 18 },
    officerFunction: 'Intern begeleider',
    title: { nl: 'Sector: onderwijs', en: 'Sector: education (onderwijs)' },
    text: {
      nl: 'Scholen in het primair, voortgezet en speciaal onderwijs en het mbo. De meldcode is wettelijk verplicht. Wordt een medewerker verdacht van een zedendelict tegen een leerling, dan moet de school daarnaast de vertrouwensinspecteur raadplegen. Voor het onderwijs bestaat een eigen afwegingskader.',
      en: 'Schools in primary, secondary and special education and vocational colleges. The meldcode is required by law. When a staff member is suspected of a sexual offence against a pupil, the school must also consult the confidential inspector (vertrouwensinspecteur). Education has its own afwegingskader.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WPO_ZEDEN],
  },
  {
    id: 'sector-kinderopvang',
    value: 'kinderopvang',
    required: true,
    professionalSecrecy: false,
    vertrouwensinspecteur: true,
    defaultAges: { from: 0, to: 13 },
    officerFunction: 'Pedagogisch coach',
    title: { nl: 'Sector: kinderopvang', en: 'Sector: child care (kinderopvang)' },
    text: {
      nl: 'Kinderdagverblijven, buitenschoolse opvang, peuteropvang en gastouderopvang. De meldcode is wettelijk verplicht. Bij een vermoeden van geweld of een zedendelict door een medewerker geldt ook hier de plicht om met de vertrouwensinspecteur te overleggen.',
      en: 'Day nurseries, out-of-school care, pre-school groups and childminding. The meldcode is required by law. When a staff member is suspected of violence or a sexual offence, the duty to consult the confidential inspector applies here too.',
    },
    citations: [LAW_WET_MELDCODE],
  },
  {
    id: 'sector-jeugdhulp',
    value: 'jeugdhulp',
    required: true,
    professionalSecrecy: true,
    vertrouwensinspecteur: false,
    defaultAges: { from: 0, to: 18 },
    officerFunction: 'Gedragswetenschapper',
    title: { nl: 'Sector: jeugdhulp', en: 'Sector: youth care (jeugdhulp)' },
    text: {
      nl: 'Aanbieders van jeugdhulp en jeugdbescherming. De meldcode is wettelijk verplicht. Hulpverleners hebben een beroepsgeheim, dus het protocol legt uit hoe het meldrecht werkt.',
      en: 'Providers of youth care and child protection. The meldcode is required by law. Care workers are bound by professional secrecy, so the protocol explains how the right to report works.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT],
  },
  {
    id: 'sector-gezondheidszorg',
    value: 'gezondheidszorg',
    required: true,
    professionalSecrecy: true,
    vertrouwensinspecteur: false,
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Praktijkondersteuner',
    title: { nl: 'Sector: gezondheidszorg', en: 'Sector: health care (gezondheidszorg)' },
    text: {
      nl: 'Huisartsen, ziekenhuizen, ggz, verloskunde, jeugdgezondheidszorg en andere zorgverleners. De meldcode is wettelijk verplicht. Zorgverleners hebben een medisch beroepsgeheim, dus het protocol beschrijft het meldrecht; beroepsorganisaties zoals de KNMG hebben een eigen afwegingskader. Omdat veel cliënten volwassen zijn, hoort de kindcheck er nadrukkelijk bij.',
      en: 'GPs, hospitals, mental health care, midwifery, youth health care and other care providers. The meldcode is required by law. Care providers are bound by medical secrecy, so the protocol describes the right to report; professional bodies such as the KNMG have their own afwegingskader. Because many clients are adults, the child check belongs in it explicitly.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT],
  },
  {
    id: 'sector-maatschappelijke-ondersteuning',
    value: 'maatschappelijke-ondersteuning',
    required: true,
    professionalSecrecy: true,
    vertrouwensinspecteur: false,
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Maatschappelijk werker',
    title: { nl: 'Sector: maatschappelijke ondersteuning', en: 'Sector: social support (maatschappelijke ondersteuning)' },
    text: {
      nl: 'Organisaties die ondersteuning bieden onder de Wmo, zoals maatschappelijk werk, wijkteams, vrouwenopvang en thuisbegeleiding. De meldcode is wettelijk verplicht en medewerkers hebben vaak een beroepsgeheim. Omdat de cliënten meestal volwassenen zijn, verdient de kindcheck extra aandacht.',
      en: 'Organisations providing support under the Social Support Act (Wmo), such as social work, neighbourhood teams, women\'s shelters and home support. The meldcode is required by law and staff often have professional secrecy. Because clients are mostly adults, the child check deserves extra attention.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT],
  },
  {
    id: 'sector-justitie',
    value: 'justitie',
    required: true,
    professionalSecrecy: true,
    vertrouwensinspecteur: false,
    defaultAges: { from: 12, to: 99 },
    officerFunction: 'Reclasseringswerker',
    title: { nl: 'Sector: justitie', en: 'Sector: justice (justitie)' },
    text: {
      nl: 'Reclassering, justitiële jeugdinrichtingen, het gevangeniswezen en andere justitiële organisaties. De meldcode is wettelijk verplicht; beroepsgeheim en meldrecht horen in het protocol, en bij volwassen justitiabelen ook de kindcheck.',
      en: 'Probation, youth custodial institutions, the prison service and other justice organisations. The meldcode is required by law; professional secrecy and the right to report belong in the protocol, and with adult offenders the child check too.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT],
  },
  {
    id: 'sector-sport',
    value: 'sport',
    required: false,
    professionalSecrecy: false,
    vertrouwensinspecteur: false,
    defaultAges: { from: 4, to: 18 },
    officerFunction: 'Vertrouwenscontactpersoon',
    title: { nl: 'Sector: sport', en: 'Sector: sport' },
    text: {
      nl: 'Sportverenigingen en sportbonden. De wet verplicht hier geen meldcode, maar steeds meer verenigingen nemen er vrijwillig een aan. Het handboek noemt sportverenigingen als groep die lastig te bereiken is en daarom uitdrukkelijk betrokken moet worden; vrijwilligers hebben vaak geen beroepsgeheim.',
      en: 'Sports clubs and federations. The law does not require a meldcode here, but more and more clubs adopt one voluntarily. The handbook names sports clubs as a group that is hard to reach and should therefore be involved explicitly; volunteers usually have no professional secrecy.',
    },
    citations: [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
  {
    id: 'sector-overig',
    value: 'overig',
    required: false,
    professionalSecrecy: false,
    vertrouwensinspecteur: false,
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Coördinator',
    title: { nl: 'Sector: overig', en: 'Sector: other (overig)' },
    text: {
      nl: 'Andere organisaties die vrijwillig met een meldcode werken, zoals een woningcorporatie, een vrijwilligersorganisatie of een kerkgenootschap. Stem de stappen af op wat medewerkers en vrijwilligers in hun werk werkelijk zien.',
      en: 'Other organisations that work with a meldcode voluntarily, such as a housing association, a volunteer organisation or a religious community. Fit the steps to what staff and volunteers actually see in their work.',
    },
    citations: [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
];

export interface ContactKindKnowledge extends KnowledgeEntry {
  value: ContactKind;
}

export const CONTACT_KINDS: readonly ContactKindKnowledge[] = [
  {
    id: 'soort-veilig-thuis',
    value: 'veilig-thuis',
    title: { nl: 'Contactpunt: Veilig Thuis', en: 'Contact point: Veilig Thuis' },
    text: {
      nl: 'Veilig Thuis, voor advies en voor meldingen. Landelijk nummer 0800-2000 (gratis, dag en nacht); het gesprek komt uit bij de Veilig Thuis-organisatie van de regio. Elk protocol moet dit contactpunt hebben.',
      en: 'Veilig Thuis, for advice and for reports. National number 0800-2000 (free, day and night); the call reaches the Veilig Thuis organisation of the region. Every protocol must have this contact point.',
    },
    citations: [LAW_WMO_VEILIG_THUIS],
  },
  {
    id: 'soort-politie',
    value: 'politie',
    title: { nl: 'Contactpunt: politie', en: 'Contact point: police' },
    text: {
      nl: 'De politie, voor aangifte of overleg als er geen direct gevaar is: 0900-8844. Bij direct gevaar bel je 112. De politie is een vaste partner bij de aanpak van kindermishandeling.',
      en: 'The police, for filing a complaint or consultation when there is no immediate danger: 0900-8844. In immediate danger, call 112. The police are a standing partner in tackling child abuse.',
    },
    citations: [handbook('Bijlage 1')],
  },
  {
    id: 'soort-spoed',
    value: 'spoed',
    title: { nl: 'Contactpunt: spoed', en: 'Contact point: emergency' },
    text: {
      nl: 'Het alarmnummer 112, voor acuut gevaar. Acute onveiligheid gaat voor alle andere stappen: eerst de veiligheid, daarna het protocol.',
      en: 'The emergency number 112, for acute danger. Acute unsafety comes before every other step: safety first, then the protocol.',
    },
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'soort-huisarts',
    value: 'huisarts',
    title: { nl: 'Contactpunt: huisarts', en: 'Contact point: general practitioner' },
    text: {
      nl: 'De huisarts van het kind of het gezin, die het gezin vaak lang kent. Overleg met de huisarts kan in stap 2 helpen; houd rekening met het beroepsgeheim van de arts.',
      en: 'The GP of the child or family, who often has known the family for years. Consulting the GP can help in step 2; keep the doctor\'s professional secrecy in mind.',
    },
    citations: [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
  {
    id: 'soort-jeugdgezondheidszorg',
    value: 'jeugdgezondheidszorg',
    title: { nl: 'Contactpunt: jeugdgezondheidszorg', en: 'Contact point: youth health care' },
    text: {
      nl: 'De jeugdarts of jeugdverpleegkundige van de GGD of het consultatiebureau. De jeugdgezondheidszorg ziet vrijwel alle kinderen en coördineert vaak de zorg rond een gezin.',
      en: 'The youth doctor or youth nurse of the municipal health service or well-baby clinic. Youth health care sees nearly every child and often coordinates the care around a family.',
    },
    citations: [handbook('7.1.3')],
  },
  {
    id: 'soort-vertrouwensinspecteur',
    value: 'vertrouwensinspecteur',
    title: { nl: 'Contactpunt: vertrouwensinspecteur', en: 'Contact point: confidential inspector' },
    text: {
      nl: 'De vertrouwensinspecteur van de Inspectie van het Onderwijs (0900-111 3 111). Scholen en kinderopvang raadplegen deze als een medewerker wordt verdacht van een zedendelict of geweld tegen een kind. Dat is een aparte plicht naast de meldcode.',
      en: 'The confidential inspector of the Education Inspectorate (0900-111 3 111). Schools and child care consult this inspector when a staff member is suspected of a sexual offence or violence against a child. That is a separate duty beside the meldcode.',
    },
    citations: [LAW_WPO_ZEDEN],
  },
  {
    id: 'soort-wijkteam',
    value: 'wijkteam',
    title: { nl: 'Contactpunt: wijkteam', en: 'Contact point: neighbourhood team' },
    text: {
      nl: 'Het wijk- of jeugdteam van de gemeente, dat lichte hulp biedt en zwaardere hulp inschakelt. Vaak de eerste partner als in stap 5 hulp georganiseerd moet worden.',
      en: 'The municipality\'s neighbourhood or youth team, which offers light help and brings in heavier help. Often the first partner when help must be arranged in step 5.',
    },
    citations: [handbook('2.2.1')],
  },
  {
    id: 'soort-overig',
    value: 'overig',
    title: { nl: 'Contactpunt: overig', en: 'Contact point: other' },
    text: {
      nl: 'Een andere instantie, bijvoorbeeld een forensisch arts voor letselduiding, een regionaal expertisecentrum of een vertrouwenspersoon.',
      en: 'Another body, for example a forensic physician for injury interpretation, a regional centre of expertise or a confidential adviser.',
    },
    citations: [LAW_BESLUIT_ART_2],
  },
];

export function sectorByValue(value: string): SectorKnowledge | undefined {
  return SECTORS.find((sector) => sector.value === value);
}

export function contactKindByValue(value: string): ContactKindKnowledge | undefined {
  return CONTACT_KINDS.find((kind) => kind.value === value);
}
