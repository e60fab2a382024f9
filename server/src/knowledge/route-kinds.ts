import {
  handbook,
  LAW_WET_KINDEROPVANG,
  LAW_WPO_ZEDEN,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_CENTRUM_VEILIGE_SPORT,
  MODEL_NJI_AFWEGINGSKADER,
} from './citations';
import type { KnowledgeEntry } from './types';

/** The kinds of route (format 1.1) beside the five steps, for the hover on `routes[].soort`. */
export interface RouteKindKnowledge extends KnowledgeEntry {
  value: string;
}

export const ROUTE_KINDS: readonly RouteKindKnowledge[] = [
  {
    id: 'route-acuut-gevaar',
    value: 'acuut-gevaar',
    title: { nl: 'Route: acuut gevaar', en: 'Route: acute danger' },
    text: {
      nl: 'Wat medewerkers doen als iemand in direct gevaar is: eerst 112 bellen (en Veilig Thuis), daarna de stappen. Acuut onveilig is een situatie waarin iemand direct lichamelijk gevaar loopt en de veiligheid nu en de komende dagen niet gewaarborgd is.',
      en: 'What staff do when someone is in direct danger: call 112 first (and Veilig Thuis), then follow the steps. A situation is acutely unsafe when someone is in direct physical danger and safety now and in the coming days is not guaranteed.',
    },
    citations: [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  },
  {
    id: 'route-vermoeden-medewerker',
    value: 'vermoeden-medewerker',
    title: { nl: 'Route: vermoeden tegen een medewerker', en: 'Route: suspected staff member' },
    text: {
      nl: 'De aparte route als een medewerker wordt verdacht, naast de meldcode. Onderwijs: bij een vermoeden van een zedenmisdrijf tegen een minderjarige leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag, dat de vertrouwensinspecteur raadpleegt; medewerkers lichten het bevoegd gezag direct in. Kinderopvang: bij een vermoeden van een geweld- of zedendelict tegen een kind ligt de plicht bij de houder.',
      en: 'The separate route when a staff member is suspected, beside the meldcode. Education: for a suspected sexual offence against a minor pupil the duty to report, consult and file a complaint lies with the bevoegd gezag (school board), which consults the confidential inspector; staff inform the bevoegd gezag directly. Child care: for a suspected violent or sexual offence against a child the duty lies with the houder (operator).',
    },
    citations: [LAW_WPO_ZEDEN, LAW_WET_KINDEROPVANG],
  },
  {
    id: 'route-sport',
    value: 'sport',
    title: { nl: 'Route: sport', en: 'Route: sport' },
    text: {
      nl: 'De route van een sportvereniging: wie iets ziet of meemaakt, gaat naar de vertrouwenscontactpersoon (VCP), die luistert, adviseert en doorverwijst, bijvoorbeeld naar het bestuur. Centrum Veilige Sport Nederland (0900-2025590) is het landelijke meldpunt voor de sport.',
      en: "A sports club's route: whoever sees or experiences something goes to the confidential contact person (VCP), who listens, advises and refers on, for example to the board. Centrum Veilige Sport Nederland (0900-2025590) is the national point for sport.",
    },
    citations: [MODEL_CENTRUM_VEILIGE_SPORT],
  },
  {
    id: 'route-overig',
    value: 'overig',
    title: { nl: 'Route: overig', en: 'Route: other' },
    text: {
      nl: 'Een andere procedure naast de vijf stappen, met eigen stappen of acties en eigen contactpersonen. Het handboek noemt een routekaart als vast onderdeel van een protocol: wie doet wat, en wie wordt gebeld.',
      en: 'Another procedure beside the five steps, with its own steps or actions and contacts. The handbook names a route map as a standing part of a protocol: who does what, and whom to call.',
    },
    citations: [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
  },
];

/** Where an answer of the afwegingskader leads (format 1.1), for the hover on `ja:` and `nee:`. */
export interface OutcomeKnowledge extends KnowledgeEntry {
  value: string;
}

export const OUTCOMES: readonly OutcomeKnowledge[] = [
  {
    id: 'outcome-melden',
    value: 'melden',
    title: { nl: 'Uitkomst: melden', en: 'Outcome: report' },
    text: {
      nl: 'Melden bij Veilig Thuis. Bij acute of structurele onveiligheid loopt u de volgende afwegingen samen met Veilig Thuis door.',
      en: 'Report to Veilig Thuis. With acute or structural unsafety you go through the next considerations together with Veilig Thuis.',
    },
    citations: [MODEL_NJI_AFWEGINGSKADER],
  },
  {
    id: 'outcome-melden-en-hulp',
    value: 'melden-en-hulp',
    title: { nl: 'Uitkomst: melden en hulp', en: 'Outcome: report and help' },
    text: {
      nl: 'Melden bij Veilig Thuis en daarnaast zelf hulp bieden of organiseren. Sinds 2019 is het geen keuze meer tussen melden of hulp: eerst beslist u of melden nodig is, daarna of hulp (ook) mogelijk is.',
      en: 'Report to Veilig Thuis and also provide or arrange help. Since 2019 it is no longer a choice between reporting or helping: first you decide whether a report is needed, then whether help is (also) possible.',
    },
    citations: [MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  },
  {
    id: 'outcome-hulp',
    value: 'hulp',
    title: { nl: 'Uitkomst: hulp', en: 'Outcome: help' },
    text: {
      nl: 'Zelf hulp bieden of organiseren, en volgen of die binnen de gewenste termijn tot veiligheid leidt. Leidt de hulp daar niet toe, of wordt die niet aanvaard, dan volgt een melding.',
      en: 'Provide or arrange help yourself, and follow whether it leads to safety within the desired time. If it does not, or is not accepted, a report follows.',
    },
    citations: [MODEL_NJI_AFWEGINGSKADER],
  },
  {
    id: 'outcome-afsluiten',
    value: 'afsluiten',
    title: { nl: 'Uitkomst: afsluiten', en: 'Outcome: close' },
    text: {
      nl: 'Afsluiten en vastleggen in het dossier (geen vermoeden meer), of de hulp afsluiten met afspraken over het volgen van de veiligheid (de hulp werkt).',
      en: 'Close and record in the file (no suspicion remains), or close the help with agreements on following safety (the help works).',
    },
    citations: [MODEL_NJI_AFWEGINGSKADER],
  },
];

export function routeKindByValue(value: string): RouteKindKnowledge | undefined {
  return ROUTE_KINDS.find((kind) => kind.value === value);
}

/** An outcome value; `vraag-N` is read as "go on to question N". */
export function outcomeByValue(value: string): OutcomeKnowledge | undefined {
  const next = /^vraag-([1-5])$/.exec(value);
  if (next) {
    return {
      id: `outcome-${value}`,
      value,
      title: { nl: `Uitkomst: vraag ${next[1]}`, en: `Outcome: question ${next[1]}` },
      text: { nl: `Ga door naar vraag ${next[1]} van het afwegingskader.`, en: `Go on to question ${next[1]} of the afwegingskader.` },
      citations: [MODEL_NJI_AFWEGINGSKADER],
    };
  }
  return OUTCOMES.find((outcome) => outcome.value === value);
}
