import {
  handbook,
  LAW_BESLUIT_ART_2,
  LAW_WET_KINDEROPVANG,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_CENTRUM_VEILIGE_SPORT,
  LAW_WET_MELDCODE,
  LAW_WMO_MELDRECHT,
  LAW_WMO_VEILIG_THUIS,
  LAW_WPO_ZEDEN,
} from './citations';
import { sectorProfile, type SectorProfile } from './sectors';
import type { KnowledgeEntry } from './types';

export { SECTORS, sectorProfile, type Sector, type SectorProfile } from './sectors';
/** The sector's entry; the profile is also its hover. */
export type SectorKnowledge = SectorProfile;

export type ContactKind =
  | 'veilig-thuis'
  | 'politie'
  | 'spoed'
  | 'huisarts'
  | 'jeugdgezondheidszorg'
  | 'vertrouwensinspecteur'
  | 'wijkteam'
  | 'centrum-veilige-sport'
  | 'vertrouwenscontactpersoon'
  | 'overig';

export interface ContactKindKnowledge extends KnowledgeEntry {
  value: ContactKind;
}

export const CONTACT_KINDS: readonly ContactKindKnowledge[] = [
  {
    id: 'soort-veilig-thuis',
    value: 'veilig-thuis',
    title: { nl: 'Contactpunt: Veilig Thuis', en: 'Contact point: Veilig Thuis' },
    text: {
      nl: 'Veilig Thuis, voor advies en voor meldingen. Landelijk nummer 0800-2000 (gratis, dag en nacht); het gesprek komt uit bij de Veilig Thuis-organisatie van de regio. Elk protocol hoort dit contactpunt te noemen: stap 2 en stap 5 verwijzen ernaar.',
      en: 'Veilig Thuis, for advice and for reports. National number 0800-2000 (free, day and night); the call reaches the Veilig Thuis organisation of the region. Every protocol should name this contact point: steps 2 and 5 refer to it.',
    },
    citations: [LAW_WMO_VEILIG_THUIS, LAW_BESLUIT_ART_2],
  },
  {
    id: 'soort-politie',
    value: 'politie',
    title: { nl: 'Contactpunt: politie', en: 'Contact point: police' },
    text: {
      nl: 'De politie, voor aangifte of overleg als er geen direct gevaar is: 0900-8844. Bij direct gevaar belt u 112. De politie is een vaste partner bij de aanpak van kindermishandeling.',
      en: 'The police, for filing a complaint or consultation when there is no immediate danger: 0900-8844. In immediate danger, call 112. The police are a standing partner in tackling child abuse.',
    },
    citations: [handbook('Bijlage 1')],
  },
  {
    id: 'soort-spoed',
    value: 'spoed',
    title: { nl: 'Contactpunt: spoed', en: 'Contact point: emergency' },
    text: {
      nl: 'Het alarmnummer 112, voor acuut gevaar: iemand is in direct lichamelijk gevaar en de veiligheid is nu en de komende dagen niet gewaarborgd. Dan gaat de veiligheid voor alle stappen; daarna volgt het protocol.',
      en: 'The emergency number 112, for acute danger: someone is in direct physical danger and safety now and in the coming days is not guaranteed. Safety then comes before every step; the protocol follows.',
    },
    citations: [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
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
      nl: 'De vertrouwensinspecteur van de Inspectie van het Onderwijs (0900-111 3 111). In het onderwijs overlegt het bevoegd gezag met deze inspecteur bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling; medewerkers lichten het bevoegd gezag direct in. In de kinderopvang doet de houder dat bij een vermoeden van een geweld- of zedendelict door een medewerker tegen een kind. Dat is een aparte plicht naast de meldcode.',
      en: 'The confidential inspector of the Education Inspectorate (0900-111 3 111). In education the bevoegd gezag (school board) consults this inspector when a staff member is suspected of a sexual offence against a minor pupil; staff inform the bevoegd gezag directly. In child care the houder (operator) does so when a staff member is suspected of a violent or sexual offence against a child. That is a separate duty beside the meldcode.',
    },
    citations: [LAW_WPO_ZEDEN, LAW_WET_KINDEROPVANG],
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
    id: 'soort-centrum-veilige-sport',
    value: 'centrum-veilige-sport',
    title: { nl: 'Contactpunt: Centrum Veilige Sport Nederland', en: 'Contact point: Centrum Veilige Sport Nederland' },
    text: {
      nl: 'Het landelijke meldpunt voor grensoverschrijdend gedrag in de sport, sinds 2019: 0900-2025590. Het nam de taak over van het Vertrouwenspunt Sport van NOC*NSF.',
      en: 'The national point for misconduct in sport since 2019: 0900-2025590. It took over from the Vertrouwenspunt Sport of NOC*NSF.',
    },
    citations: [MODEL_CENTRUM_VEILIGE_SPORT],
  },
  {
    id: 'soort-vertrouwenscontactpersoon',
    value: 'vertrouwenscontactpersoon',
    title: { nl: 'Contactpunt: vertrouwenscontactpersoon', en: 'Contact point: confidential contact person' },
    text: {
      nl: 'De vertrouwenscontactpersoon (VCP) van een vereniging: het eerste aanspreekpunt voor leden, ouders en vrijwilligers die iets zien of meemaken, en de persoon die verder verwijst, bijvoorbeeld naar het bestuur of Centrum Veilige Sport Nederland.',
      en: "A club's confidential contact person (vertrouwenscontactpersoon, VCP): the first person members, parents and volunteers turn to when they see or experience something, and who refers them on, for example to the board or Centrum Veilige Sport Nederland.",
    },
    citations: [MODEL_CENTRUM_VEILIGE_SPORT],
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
  return sectorProfile(value);
}

export function contactKindByValue(value: string): ContactKindKnowledge | undefined {
  return CONTACT_KINDS.find((kind) => kind.value === value);
}
