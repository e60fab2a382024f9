import {
  handbook,
  LAW_WET_KINDEROPVANG,
  LAW_WET_MELDCODE,
  LAW_WMO_MELDRECHT,
  LAW_WPO_ZEDEN,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_BASISMODEL,
  MODEL_CENTRUM_VEILIGE_SPORT,
  MODEL_KNMG,
  MODEL_ONDERWIJS,
} from './citations';
import type { Citation, KnowledgeEntry, LocalizedText } from './types';

export type Sector =
  | 'onderwijs'
  | 'mbo'
  | 'hoger-onderwijs'
  | 'leerplicht'
  | 'kinderopvang'
  | 'jeugdhulp'
  | 'gezondheidszorg'
  | 'maatschappelijke-ondersteuning'
  | 'asielopvang'
  | 'justitie'
  | 'sport'
  | 'overig';

/**
 * Whether the staff of a sector have a beroepsgeheim: `yes` for the care professions,
 * `by-profession` where it depends on the job (justice), `no` otherwise. The meldrecht of
 * Wmo 2015 art. 5.2.6 covers everyone who holds the information professionally either way.
 */
export type ProfessionalSecrecy = 'yes' | 'by-profession' | 'no';

/** An afwegingskader published for a beroepsgroep. */
export interface AfwegingskaderModel {
  /** The value of `afwegingskader.model` in a 1.1 file. */
  id: string;
  name: LocalizedText;
  citation: Citation;
}

/**
 * The separate duty when a staff member is suspected (beside the meldcode): who holds it,
 * what it covers, and whom that person consults.
 */
export interface StaffDuty {
  holder: LocalizedText;
  covers: LocalizedText;
  citations: readonly Citation[];
}

/**
 * What one sector must (by law) or is advised (by its models) to have in its meldcode.
 * Rules, messages, hovers, snippets and "new protocol" read this, not their own sector lists.
 */
export interface SectorProfile extends KnowledgeEntry {
  value: Sector;
  /** The sector's name alone, as a picker shows it ("Kinderopvang", "Child care"). */
  name: LocalizedText;
  /** One line on who belongs to the sector, for a picker; states nothing about the law. */
  summary: LocalizedText;
  /** The Wet verplichte meldcode binds organisations and self-employed professionals here. */
  boundByLaw: boolean;
  professionalSecrecy: ProfessionalSecrecy;
  /** The afwegingskader models of the beroepsgroep, the usual one first. */
  afwegingskaderModels: readonly AfwegingskaderModel[];
  /** The sector's afwegingskader reports at question 2 on "ja of twijfel", not only on "ja". */
  reportOnDoubt: boolean;
  /** The duty, beside the meldcode, when a staff member is suspected; absent where the law has none. */
  staffDuty?: StaffDuty;
  /**
   * The kindcheck applies: the Besluit asks for it where professionals work with adults who may care
   * for children, not where the sector's clients are the children themselves (school, child care).
   */
  kindcheckApplies: boolean;
  /** The national contact points a protocol of this sector is expected to list (`soort` values). */
  expectedContactKinds: readonly string[];
  /** The age range the skeleton proposes for `doelgroep`. */
  defaultAges: { from: number; to: number };
  /** What the skeleton suggests for the officer's `functie`. Dutch. */
  officerFunction: string;
}

const BASISDOCUMENT: AfwegingskaderModel = {
  id: 'basismodel',
  name: { nl: 'het afwegingskader van het basisdocument van de Rijksoverheid', en: "the afwegingskader of the government's basisdocument" },
  citation: MODEL_AFWEGINGSKADER_BASISDOCUMENT,
};
const ONDERWIJS: AfwegingskaderModel = {
  id: 'onderwijs',
  name: { nl: 'het Afwegingskader Meldcode Onderwijs en leerplicht', en: 'the Afwegingskader Meldcode Onderwijs en leerplicht' },
  citation: MODEL_ONDERWIJS,
};
const KNMG: AfwegingskaderModel = {
  id: 'knmg',
  name: { nl: 'het afwegingskader van de KNMG-meldcode', en: 'the afwegingskader of the KNMG meldcode' },
  citation: MODEL_KNMG,
};

const SCHOOL_STAFF_DUTY: StaffDuty = {
  holder: { nl: 'het bevoegd gezag (het schoolbestuur)', en: 'the bevoegd gezag (the school board)' },
  covers: {
    nl: 'een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling',
    en: 'a suspected sexual offence by a staff member against a minor pupil',
  },
  citations: [LAW_WPO_ZEDEN],
};
const CHILD_CARE_STAFF_DUTY: StaffDuty = {
  holder: { nl: 'de houder', en: 'the houder (the operator)' },
  covers: {
    nl: 'een vermoeden van een geweld- of zedendelict door een medewerker tegen een kind',
    en: 'a suspected violent or sexual offence by a staff member against a child',
  },
  citations: [LAW_WET_KINDEROPVANG],
};

const LAW_SECRECY = [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT];

export const SECTORS: readonly SectorProfile[] = [
  {
    id: 'sector-onderwijs',
    value: 'onderwijs',
    name: { nl: 'Onderwijs', en: 'Education' },
    summary: { nl: 'Primair, voortgezet en speciaal onderwijs', en: 'Primary, secondary and special education' },
    kindcheckApplies: false,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [ONDERWIJS],
    reportOnDoubt: true,
    staffDuty: SCHOOL_STAFF_DUTY,
    expectedContactKinds: ['veilig-thuis', 'vertrouwensinspecteur'],
    defaultAges: { from: 4, to: 18 },
    officerFunction: 'Intern begeleider',
    title: { nl: 'Sector: onderwijs', en: 'Sector: education (onderwijs)' },
    text: {
      nl: 'Scholen in het primair, voortgezet en speciaal onderwijs. De wet verplicht hen tot een meldcode. Het onderwijs werkt met een eigen afwegingskader, dat bij vraag 2 al meldt bij "ja of twijfel". Daarnaast geldt een aparte plicht: bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling overlegt het bevoegd gezag met de vertrouwensinspecteur en doet het zo nodig aangifte. Medewerkers lichten het bevoegd gezag direct in.',
      en: 'Schools in primary, secondary and special education. The law requires them to have a meldcode. Education has its own afwegingskader, which reports at question 2 on "yes or doubt". A separate duty applies as well: when a staff member is suspected of a sexual offence against a minor pupil, the bevoegd gezag (school board) consults the confidential inspector and files a report with the police where needed. Staff inform the bevoegd gezag directly.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WPO_ZEDEN, MODEL_ONDERWIJS],
  },
  {
    id: 'sector-mbo',
    value: 'mbo',
    name: { nl: 'Mbo', en: 'Vocational education (mbo)' },
    summary: { nl: 'Middelbaar beroepsonderwijs', en: 'Vocational colleges' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [ONDERWIJS],
    reportOnDoubt: true,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 16, to: 99 },
    officerFunction: 'Studieloopbaanbegeleider',
    title: { nl: 'Sector: middelbaar beroepsonderwijs (mbo)', en: 'Sector: vocational education (mbo)' },
    text: {
      nl: 'Mbo-instellingen. Ook zij vallen onder de Wet verplichte meldcode, en het afwegingskader van het onderwijs geldt voor het hele onderwijsveld, tot en met het hoger onderwijs.',
      en: 'Vocational colleges (mbo). They too are bound by the Wet verplichte meldcode, and the education afwegingskader covers the whole field of education, up to and including higher education.',
    },
    citations: [LAW_WET_MELDCODE, MODEL_ONDERWIJS],
  },
  {
    id: 'sector-hoger-onderwijs',
    value: 'hoger-onderwijs',
    name: { nl: 'Hoger onderwijs', en: 'Higher education' },
    summary: { nl: 'Hogescholen en universiteiten', en: 'Universities of applied sciences and universities' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [ONDERWIJS],
    reportOnDoubt: true,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 17, to: 99 },
    officerFunction: 'Studentendecaan',
    title: { nl: 'Sector: hoger onderwijs', en: 'Sector: higher education (hoger onderwijs)' },
    text: {
      nl: 'Hogescholen en universiteiten. De Wet verplichte meldcode geldt ook hier; het afwegingskader van het onderwijs noemt de decaan en de studentenpsycholoog als mensen die een rol kunnen spelen.',
      en: 'Universities of applied sciences and universities. The Wet verplichte meldcode applies here too; the education afwegingskader names the student counsellor and the student psychologist as people who may play a part.',
    },
    citations: [LAW_WET_MELDCODE, MODEL_ONDERWIJS],
  },
  {
    id: 'sector-leerplicht',
    value: 'leerplicht',
    name: { nl: 'Leerplicht en RMC', en: 'Compulsory education (leerplicht, RMC)' },
    summary: { nl: 'Leerplichtambtenaren en RMC-medewerkers van de gemeente', en: 'Municipal compulsory-education officers and RMC staff' },
    kindcheckApplies: false,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [ONDERWIJS],
    reportOnDoubt: true,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 5, to: 23 },
    officerFunction: 'Leerplichtambtenaar',
    title: { nl: 'Sector: leerplicht en RMC', en: 'Sector: compulsory education officers (leerplicht, RMC)' },
    text: {
      nl: 'Leerplichtambtenaren en medewerkers van de Regionale Meld- en Coördinatiefunctie (RMC) van de gemeente. De wet verplicht ook hen tot een meldcode; zij gebruiken het afwegingskader van het onderwijs, dat bij vraag 2 meldt bij "ja of twijfel".',
      en: "The municipality's compulsory-education officers and staff of the regional early-school-leaving function (RMC). The law requires a meldcode of them too; they use the education afwegingskader, which reports at question 2 on \"yes or doubt\".",
    },
    citations: [LAW_WET_MELDCODE, MODEL_ONDERWIJS],
  },
  {
    id: 'sector-kinderopvang',
    value: 'kinderopvang',
    name: { nl: 'Kinderopvang', en: 'Child care' },
    summary: { nl: 'Kinderdagverblijf, buitenschoolse opvang, peuteropvang, gastouderopvang', en: 'Day nurseries, out-of-school care, pre-school groups, childminding' },
    kindcheckApplies: false,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    staffDuty: CHILD_CARE_STAFF_DUTY,
    expectedContactKinds: ['veilig-thuis', 'vertrouwensinspecteur'],
    defaultAges: { from: 0, to: 13 },
    officerFunction: 'Pedagogisch coach',
    title: { nl: 'Sector: kinderopvang', en: 'Sector: child care (kinderopvang)' },
    text: {
      nl: 'Kinderdagverblijven, buitenschoolse opvang, peuteropvang en gastouderopvang. De wet verplicht hen tot een meldcode. Daarnaast geldt een aparte plicht: bij een vermoeden van een geweld- of zedendelict door een medewerker tegen een kind overlegt de houder met de vertrouwensinspecteur.',
      en: 'Day nurseries, out-of-school care, pre-school groups and childminding. The law requires them to have a meldcode. A separate duty applies as well: when a staff member is suspected of a violent or sexual offence against a child, the houder (operator) consults the confidential inspector.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WET_KINDEROPVANG],
  },
  {
    id: 'sector-jeugdhulp',
    value: 'jeugdhulp',
    name: { nl: 'Jeugdhulp', en: 'Youth care' },
    summary: { nl: 'Aanbieders van jeugdhulp en jeugdbescherming', en: 'Providers of youth care and child protection' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'yes',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 0, to: 18 },
    officerFunction: 'Gedragswetenschapper',
    title: { nl: 'Sector: jeugdhulp', en: 'Sector: youth care (jeugdhulp)' },
    text: {
      nl: 'Aanbieders van jeugdhulp en jeugdbescherming. De wet verplicht hen tot een meldcode. Hulpverleners hebben een beroepsgeheim, dus het protocol legt uit hoe het meldrecht werkt.',
      en: 'Providers of youth care and child protection. The law requires them to have a meldcode. Care workers are bound by professional secrecy, so the protocol explains how the right to report works.',
    },
    citations: LAW_SECRECY,
  },
  {
    id: 'sector-gezondheidszorg',
    value: 'gezondheidszorg',
    name: { nl: 'Gezondheidszorg', en: 'Health care' },
    summary: { nl: 'Huisartsen, ziekenhuizen, ggz, verloskunde, jeugdgezondheidszorg', en: 'GPs, hospitals, mental health care, midwifery, youth health care' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'yes',
    afwegingskaderModels: [KNMG, BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Praktijkondersteuner',
    title: { nl: 'Sector: gezondheidszorg', en: 'Sector: health care (gezondheidszorg)' },
    text: {
      nl: 'Huisartsen, ziekenhuizen, ggz, verloskunde, jeugdgezondheidszorg en andere zorgverleners, ook wie zelfstandig werkt. De wet verplicht hen tot een meldcode. Zorgverleners hebben een medisch beroepsgeheim, dus het protocol beschrijft het meldrecht. Beroepsorganisaties zoals de KNMG hebben een eigen afwegingskader. Omdat veel cliënten volwassen zijn, hoort de kindcheck er nadrukkelijk bij.',
      en: 'GPs, hospitals, mental health care, midwifery, youth health care and other care providers, self-employed ones included. The law requires them to have a meldcode. Care providers are bound by medical secrecy, so the protocol describes the right to report. Professional bodies such as the KNMG have their own afwegingskader. Because many clients are adults, the child check belongs in it explicitly.',
    },
    citations: [LAW_WET_MELDCODE, LAW_WMO_MELDRECHT, MODEL_KNMG],
  },
  {
    id: 'sector-maatschappelijke-ondersteuning',
    value: 'maatschappelijke-ondersteuning',
    name: { nl: 'Maatschappelijke ondersteuning', en: 'Social support' },
    summary: { nl: 'Maatschappelijk werk, wijkteams, vrouwenopvang, thuisbegeleiding', en: 'Social work, neighbourhood teams, women\'s shelters, home support' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'yes',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Maatschappelijk werker',
    title: { nl: 'Sector: maatschappelijke ondersteuning', en: 'Sector: social support (maatschappelijke ondersteuning)' },
    text: {
      nl: 'Organisaties die ondersteuning bieden onder de Wmo, zoals maatschappelijk werk, wijkteams, vrouwenopvang en thuisbegeleiding. De wet verplicht hen tot een meldcode en medewerkers hebben vaak een beroepsgeheim. Omdat de cliënten meestal volwassenen zijn, verdient de kindcheck extra aandacht.',
      en: "Organisations providing support under the Social Support Act (Wmo), such as social work, neighbourhood teams, women's shelters and home support. The law requires them to have a meldcode and staff often have professional secrecy. Because clients are mostly adults, the child check deserves extra attention.",
    },
    citations: LAW_SECRECY,
  },
  {
    id: 'sector-asielopvang',
    value: 'asielopvang',
    name: { nl: 'Asielopvang', en: 'Asylum reception' },
    summary: { nl: 'Opvang van asielzoekers, zoals de locaties van het COA', en: 'Reception of asylum seekers, such as the locations of the COA' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'no',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Aandachtsfunctionaris',
    title: { nl: 'Sector: asielopvang', en: 'Sector: asylum reception (asielopvang)' },
    text: {
      nl: 'De opvang van asielzoekers, zoals de locaties van het COA. De wet verplicht ook hier een meldcode. Wie met volwassen bewoners werkt, gaat met de kindcheck na of er kinderen zijn en of die veilig zijn.',
      en: 'The reception of asylum seekers, such as the locations of the COA. The law requires a meldcode here too. Whoever works with adult residents uses the child check to find out whether there are children and whether they are safe.',
    },
    citations: [LAW_WET_MELDCODE],
  },
  {
    id: 'sector-justitie',
    value: 'justitie',
    name: { nl: 'Justitie', en: 'Justice' },
    summary: { nl: 'Reclassering, justitiële jeugdinrichtingen, gevangeniswezen', en: 'Probation, youth custodial institutions, the prison service' },
    kindcheckApplies: true,
    boundByLaw: true,
    professionalSecrecy: 'by-profession',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 12, to: 99 },
    officerFunction: 'Reclasseringswerker',
    title: { nl: 'Sector: justitie', en: 'Sector: justice (justitie)' },
    text: {
      nl: 'Reclassering, justitiële jeugdinrichtingen, het gevangeniswezen en andere justitiële organisaties. De wet verplicht hen tot een meldcode. Of een medewerker een beroepsgeheim heeft, hangt af van het beroep; het meldrecht geldt voor iedereen die de informatie door zijn werk heeft. Bij volwassen justitiabelen hoort de kindcheck erbij.',
      en: 'Probation, youth custodial institutions, the prison service and other justice organisations. The law requires them to have a meldcode. Whether a staff member has professional secrecy depends on the profession; the right to report applies to everyone who holds the information through their work. With adult offenders the child check belongs in it.',
    },
    citations: LAW_SECRECY,
  },
  {
    id: 'sector-sport',
    value: 'sport',
    name: { nl: 'Sport', en: 'Sport' },
    summary: { nl: 'Sportverenigingen en sportbonden', en: 'Sports clubs and federations' },
    kindcheckApplies: false,
    boundByLaw: false,
    professionalSecrecy: 'no',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis', 'centrum-veilige-sport'],
    defaultAges: { from: 4, to: 18 },
    officerFunction: 'Vertrouwenscontactpersoon',
    title: { nl: 'Sector: sport', en: 'Sector: sport' },
    text: {
      nl: 'Sportverenigingen en sportbonden. Zij vallen niet onder de Wet verplichte meldcode; een vereniging die er een aanneemt, doet dat vrijwillig, op aanraden van het basismodel. Verenigingen stellen een vertrouwenscontactpersoon (VCP) aan, en Centrum Veilige Sport Nederland (0900-2025590) is sinds 2019 het landelijke meldpunt voor de sport. Vrijwilligers hebben meestal geen beroepsgeheim.',
      en: 'Sports clubs and federations. They are not bound by the Wet verplichte meldcode; a club that adopts one does so voluntarily, as the basismodel advises. Clubs appoint a confidential contact person (vertrouwenscontactpersoon, VCP), and Centrum Veilige Sport Nederland (0900-2025590) has been the national point for sport since 2019. Volunteers usually have no professional secrecy.',
    },
    citations: [MODEL_BASISMODEL, MODEL_CENTRUM_VEILIGE_SPORT, handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
  {
    id: 'sector-overig',
    value: 'overig',
    name: { nl: 'Overig', en: 'Other' },
    summary: { nl: 'Andere organisaties, zoals een woningcorporatie of vrijwilligersorganisatie', en: 'Other organisations, such as a housing association or a volunteer organisation' },
    kindcheckApplies: true,
    boundByLaw: false,
    professionalSecrecy: 'no',
    afwegingskaderModels: [BASISDOCUMENT],
    reportOnDoubt: false,
    expectedContactKinds: ['veilig-thuis'],
    defaultAges: { from: 0, to: 99 },
    officerFunction: 'Coördinator',
    title: { nl: 'Sector: overig', en: 'Sector: other (overig)' },
    text: {
      nl: 'Andere organisaties die vrijwillig met een meldcode werken, zoals een woningcorporatie, een vrijwilligersorganisatie of een kerkgenootschap. De Wet verplichte meldcode geldt voor hen niet; het basismodel raadt de vijf stappen ook hun aan. Stem de stappen af op wat medewerkers en vrijwilligers in hun werk werkelijk zien.',
      en: 'Other organisations that work with a meldcode voluntarily, such as a housing association, a volunteer organisation or a religious community. The Wet verplichte meldcode does not bind them; the basismodel advises the five steps to them as well. Fit the steps to what staff and volunteers actually see in their work.',
    },
    citations: [MODEL_BASISMODEL, handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
];

export function sectorProfile(value: string | undefined): SectorProfile | undefined {
  return value === undefined ? undefined : SECTORS.find((sector) => sector.value === value);
}
