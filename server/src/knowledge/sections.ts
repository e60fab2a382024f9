import { brochure, handbook, LAW_BESLUIT_ART_2, LAW_WET_MELDCODE, LAW_WMO_MELDRECHT, MODEL_BASISMODEL } from './citations';
import type { KnowledgeEntry } from './types';

/** A part a protocol should have beside the steps, with the Dutch text the skeleton starts from. */
export interface SectionKnowledge extends KnowledgeEntry {
  /** The protocol key that holds this part, when it has one of its own. */
  key?: string;
  /** A first version of the section for the skeleton, in Dutch like the protocol itself. */
  skeleton?: string;
}

export const KINDCHECK: SectionKnowledge = {
  id: 'kindcheck',
  key: 'kindcheck',
  title: { nl: 'Kindcheck', en: 'Child check (kindcheck)' },
  text: {
    nl: 'Wie met volwassenen werkt, gaat na of de cliënt zorgt voor minderjarige kinderen en of die kinderen veilig zijn. Dat is vooral nodig als de volwassene kampt met verslaving of psychiatrische problemen, of betrokken is bij geweld. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol de kindcheck beschrijft: wanneer medewerkers deze vraag stellen en wat ze doen als het antwoord zorgen oproept.',
    en: 'Anyone who works with adults checks whether the client cares for children under 18 and whether those children are safe. This matters most when the adult struggles with addiction or psychiatric problems, or is involved in violence. For those under the Wet verplichte meldcode, the Besluit asks the protocol to describe the child check: when staff ask this and what they do when the answer raises concern.',
  },
  skeleton:
    'Medewerkers die met volwassenen werken, vragen bij zorgen over de cliënt (bijvoorbeeld verslaving, psychiatrische problemen of geweld) of er minderjarige kinderen in het gezin zijn en of die veilig zijn. Zijn er zorgen over een kind, dan volgen zij de stappen van deze meldcode.',
  citations: [LAW_BESLUIT_ART_2],
};

export const SPECIAL_FORMS: SectionKnowledge = {
  id: 'bijzondere-vormen',
  key: 'bijzondere-vormen',
  title: { nl: 'Bijzondere vormen van geweld', en: 'Specific forms of violence' },
  text: {
    nl: 'Sommige vormen van geweld vragen een eigen aanpak, omdat de dreiging van meer mensen kan komen of omdat een gesprek het gevaar kan vergroten. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit specifieke aandacht voor eergerelateerd geweld en vrouwelijke genitale verminking. De modelmeldcodes noemen daarnaast huwelijksdwang, achterlating, ouderenmishandeling en mensenhandel; dat is een aanbeveling, geen wettelijke eis.',
    en: 'Some forms of violence need their own approach, because the threat may come from several people or because a conversation may increase the danger. For those under the Wet verplichte meldcode, the Besluit asks for specific attention to honour-related violence and female genital mutilation. The model meldcodes also name forced marriage, abandonment abroad, elder abuse and human trafficking; that is a recommendation, not a legal requirement.',
  },
  citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
};

/** The keys under `bijzondere-vormen`, in the order the skeleton writes them. */
export const SPECIAL_FORM_ENTRIES: readonly SectionKnowledge[] = [
  {
    id: 'eergerelateerd-geweld',
    key: 'eergerelateerd-geweld',
    title: { nl: 'Eergerelateerd geweld', en: 'Honour-related violence' },
    text: {
      nl: 'Geweld dat bedoeld is om de eer van een familie te beschermen of te herstellen. Omdat de dreiging vaak van de hele familie uitgaat en een gesprek met ouders het risico kan vergroten, schakelt u hier al vroeg Veilig Thuis in, dat over gespecialiseerde kennis beschikt.',
      en: 'Violence meant to protect or restore the honour of a family. Because the threat often comes from the family as a whole and a conversation with the parents can raise the risk, bring in Veilig Thuis early here; it has specialised expertise.',
    },
    skeleton: 'Bij signalen van eergerelateerd geweld raadpleegt de aandachtsfunctionaris direct Veilig Thuis, voordat er een gesprek met de familie plaatsvindt.',
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'vrouwelijke-genitale-verminking',
    key: 'vrouwelijke-genitale-verminking',
    title: { nl: 'Vrouwelijke genitale verminking', en: 'Female genital mutilation' },
    text: {
      nl: 'Meisjesbesnijdenis: het geheel of gedeeltelijk wegnemen of beschadigen van de uitwendige geslachtsdelen van een meisje. Het is strafbaar in Nederland, ook als het in het buitenland gebeurt. Bij signalen, zoals een aangekondigde lange reis naar een land waar het veel voorkomt, raadpleegt u vroeg Veilig Thuis.',
      en: 'Female circumcision: removing or injuring all or part of a girl\'s external genitals. It is a crime in the Netherlands, also when done abroad. With signals such as an announced long trip to a country where it is common, consult Veilig Thuis early.',
    },
    skeleton: 'Bij signalen van (dreigende) vrouwelijke genitale verminking raadpleegt de aandachtsfunctionaris direct Veilig Thuis.',
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'huwelijksdwang',
    key: 'huwelijksdwang',
    title: { nl: 'Huwelijksdwang', en: 'Forced marriage' },
    text: {
      nl: 'Iemand wordt onder druk gezet om te trouwen, voor de wet of religieus. Het hangt vaak samen met eergerelateerd geweld; ook hier kan een gesprek met de familie de situatie verergeren, dus overleg eerst met Veilig Thuis.',
      en: 'Someone is pressured into a marriage, civil or religious. It is often linked to honour-related violence; here too a conversation with the family can make matters worse, so consult Veilig Thuis first.',
    },
    skeleton: 'Bij signalen van huwelijksdwang overlegt de aandachtsfunctionaris eerst met Veilig Thuis voordat de familie wordt benaderd.',
    citations: [MODEL_BASISMODEL],
  },
  {
    id: 'achterlating',
    key: 'achterlating',
    title: { nl: 'Achterlating', en: 'Abandonment abroad' },
    text: {
      nl: 'Een kind of volwassene wordt tegen de eigen wil in het buitenland achtergelaten, vaak zonder paspoort. Signalen zijn bijvoorbeeld een reis zonder terugkeerdatum of een leerling die na de vakantie niet terugkomt.',
      en: 'A child or adult is left behind abroad against their will, often without a passport. Signals include a trip with no return date or a pupil who does not come back after the holidays.',
    },
    skeleton: 'Bij signalen van (dreigende) achterlating in het buitenland raadpleegt de aandachtsfunctionaris direct Veilig Thuis.',
    citations: [MODEL_BASISMODEL],
  },
  {
    id: 'ouderenmishandeling',
    key: 'ouderenmishandeling',
    title: { nl: 'Ouderenmishandeling', en: 'Elder abuse' },
    text: {
      nl: 'Geweld tegen, verwaarlozing of financiële uitbuiting van een oudere door iemand van wie de oudere afhankelijk is, zoals een familielid, mantelzorger of hulpverlener. Het valt onder huiselijk geweld; ook hiervoor is Veilig Thuis het meldpunt.',
      en: 'Violence against, neglect of or financial exploitation of an older person by someone they depend on, such as a relative, informal carer or care worker. It counts as domestic violence; Veilig Thuis is the reporting point for this too.',
    },
    skeleton: 'Signalen van ouderenmishandeling volgen dezelfde stappen; Veilig Thuis is ook hiervoor het meldpunt.',
    citations: [LAW_WET_MELDCODE, MODEL_BASISMODEL],
  },
  {
    id: 'mensenhandel',
    key: 'mensenhandel',
    title: { nl: 'Mensenhandel', en: 'Human trafficking' },
    text: {
      nl: 'Iemand werven, vervoeren of vasthouden om hem of haar uit te buiten, in de prostitutie (bijvoorbeeld via loverboys) of in arbeid. Meisjes die zo in de prostitutie terechtkomen hebben vaak al eerder geweld meegemaakt; voor hen bestaat een erkend zorgprogramma (Asja).',
      en: 'Recruiting, moving or holding someone in order to exploit them, in prostitution (for example through loverboys) or in labour. Girls drawn into prostitution this way have often experienced violence before; there is a recognised care programme for them (Asja).',
    },
    skeleton: 'Bij signalen van mensenhandel, zoals loverboypraktijken, raadpleegt de aandachtsfunctionaris Veilig Thuis en zo nodig de politie.',
    citations: [MODEL_BASISMODEL, brochure('Hulp om de gevolgen van kindermishandeling te verminderen')],
  },
];

export const PROFESSIONAL_SECRECY: SectionKnowledge = {
  id: 'beroepsgeheim',
  key: 'beroepsgeheim',
  title: { nl: 'Beroepsgeheim en meldrecht', en: 'Professional secrecy and the right to report' },
  text: {
    nl: 'Wie een beroepsgeheim heeft, zoals artsen, jeugdhulpverleners en maatschappelijk werkers, mag niet zomaar gegevens over cliënten delen. Voor beroepskrachten met een beroepsgeheim in de sectoren die de Wet verplichte meldcode bindt, vraagt het Besluit dat het protocol uitlegt hoe het meldrecht werkt: wanneer u zonder toestemming bij Veilig Thuis mag melden, en hoe u eerst om toestemming vraagt als dat kan. Of iemand een beroepsgeheim heeft, hangt af van het beroep, niet van de sector: in de justitie heeft niet iedere medewerker er een. Het meldrecht zelf geldt voor iedereen die de gegevens beroepshalve heeft, ook zonder beroepsgeheim.',
    en: 'Professionals bound by secrecy, such as doctors, youth-care workers and social workers, may not simply share information about clients. For professionals bound by secrecy in the sectors the Wet verplichte meldcode binds, the Besluit asks the protocol to explain how the right to report works: when you may report to Veilig Thuis without consent, and how you first ask for consent where possible. Whether someone is bound by secrecy depends on the profession, not the sector: in justice not every worker is. The right to report itself applies to everyone who holds the information through their work, secrecy or not.',
  },
  skeleton:
    'Medewerkers met een beroepsgeheim vragen waar mogelijk eerst toestemming aan de cliënt. Is dat niet mogelijk of niet veilig, dan mogen zij op grond van het meldrecht zonder toestemming melden bij Veilig Thuis en daarbij de gegevens verstrekken die nodig zijn om het geweld te stoppen. Zij leggen deze afweging vast in het dossier.',
  citations: [LAW_BESLUIT_ART_2, LAW_WMO_MELDRECHT],
};

export const MELDRECHT: SectionKnowledge = {
  id: 'meldrecht',
  title: { nl: 'Meldrecht', en: 'Right to report (meldrecht)' },
  text: {
    nl: 'Het recht van iedere beroepskracht die de gegevens beroepshalve heeft, met of zonder beroepsgeheim (dus ook medewerkers van scholen en kinderopvang), om zonder toestemming van de cliënt een melding te doen bij Veilig Thuis, met de gegevens die nodig zijn om het geweld te beëindigen of een redelijk vermoeden ervan te laten onderzoeken. Wie een beroepsgeheim heeft, mag dat daarvoor doorbreken. Het is een recht, geen plicht; de meldnormen van het afwegingskader zeggen wanneer melden de professionele norm is.',
    en: 'The right of every professional who holds the information through their work, bound by secrecy or not (so school and child-care staff too), to report to Veilig Thuis without the client\'s consent, giving the information needed to end the violence or to have a reasonable suspicion of it looked into. Those bound by secrecy may set it aside for this. It is a right, not a duty; the reporting norms of the afwegingskader say when reporting is the professional standard.',
  },
  citations: [LAW_WMO_MELDRECHT],
};

export const RECORDING: SectionKnowledge = {
  id: 'vastleggen',
  key: 'vastleggen',
  title: { nl: 'Vastleggen', en: 'Recording (vastleggen)' },
  text: {
    nl: 'Hoe signalen, overleg, gesprekken, genomen stappen en besluiten in het dossier komen. Schrijf feiten en waarnemingen los van vermoedens, noem bij informatie van anderen de bron, en noteer wie wat heeft besloten. Zo kan later iedereen nagaan waarom er zo is gehandeld. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol beschrijft hoe dit vastleggen gaat.',
    en: 'How signals, consultations, conversations, steps taken and decisions go into the file. Write facts and observations apart from suspicions, give the source of information from others, and note who decided what. That way anyone can later see why things were done as they were. For those under the Wet verplichte meldcode, the Besluit asks the protocol to describe how this recording is done.',
  },
  skeleton:
    'Alle signalen, overleggen, gesprekken, stappen en besluiten worden in het dossier vastgelegd. Feiten en waarnemingen staan apart van vermoedens; bij informatie van derden staat de bron vermeld.',
  citations: [LAW_BESLUIT_ART_2],
};

export const TRAINING: SectionKnowledge = {
  id: 'scholing',
  key: 'scholing',
  title: { nl: 'Scholing', en: 'Training (scholing)' },
  text: {
    nl: 'Hoe medewerkers leren werken met het protocol: signaleren, het gesprek met ouders en kinderen, en de weg naar advies of melding. De Wet verplichte meldcode vraagt de organisaties die zij bindt kennis en gebruik van de meldcode te bevorderen. Het handboek raadt aan medewerkers regelmatig te scholen en het protocol een vaste plek te geven in het inwerken van nieuwe collega\'s.',
    en: 'How staff learn to work with the protocol: noticing signals, talking with parents and children, and the way to advice or a report. The Wet verplichte meldcode asks the organisations it binds to promote knowledge and use of the meldcode. The handbook advises training staff regularly and giving the protocol a fixed place in the induction of new colleagues.',
  },
  skeleton:
    'Alle medewerkers krijgen bij hun start uitleg over deze meldcode. Eens per twee jaar volgen zij een training in signaleren en gespreksvoering; de aandachtsfunctionaris organiseert die.',
  citations: [LAW_WET_MELDCODE, handbook('8.5'), handbook('9.3')],
};

export const ATTENTION_OFFICER: SectionKnowledge = {
  id: 'aandachtsfunctionaris',
  key: 'aandachtsfunctionarissen',
  title: { nl: 'Aandachtsfunctionaris', en: 'Attention officer (aandachtsfunctionaris)' },
  text: {
    nl: 'De collega die anderen door de stappen helpt, het eerste aanspreekpunt is voor overleg, het protocol actueel houdt en scholing regelt. Het Besluit verplichte meldcode eist geen aandachtsfunctionaris. Het basismodel meldcode en het handboek raden aan er in elke organisatie een aan te stellen, zodat de aandacht voor kindermishandeling niet verdwijnt als mensen vertrekken. Noem in het protocol wie het is, hoe u die bereikt en wie invalt. Wie alleen werkt, heeft er geen en noemt met wie hij overlegt, bijvoorbeeld een collega, intervisie of Veilig Thuis.',
    en: 'The colleague who guides others through the steps, is the first point of consultation, keeps the protocol up to date and arranges training. The Besluit verplichte meldcode does not require an attention officer. The basismodel meldcode and the handbook recommend appointing one in every organisation, so that attention to child abuse does not fade when people leave. Name in the protocol who it is, how to reach them and who stands in. A professional working alone has none and names whom they consult instead, for example a colleague, peer review or Veilig Thuis.',
  },
  citations: [MODEL_BASISMODEL, handbook('8.1', 'Meldcode of protocol kindermishandeling'), handbook('8.5')],
};

/** The parts a protocol needs besides the steps and the afwegingskader. */
export const REQUIRED_SECTIONS: readonly SectionKnowledge[] = [
  KINDCHECK,
  SPECIAL_FORMS,
  ...SPECIAL_FORM_ENTRIES,
  PROFESSIONAL_SECRECY,
  MELDRECHT,
  RECORDING,
  TRAINING,
  ATTENTION_OFFICER,
];
