import { brochure } from './citations';
import { lookupKey } from './normalize';
import type { Citation, Locale, LocalizedText } from './types';

export type InterventionCategory = 'prevention' | 'stopping' | 'consequences';
export type Classification = 1 | 2 | 3 | 4 | 5;

/**
 * A recognised intervention from the NJi brochure "Van 'pedagogische tik' tot kindermishandeling".
 *
 * Ages: `minAge`/`maxAge` are the ages in years of the child the intervention is about, also when
 * the parents take part (as the brochure's tables do: "Ouders (van kind 2-7 jaar)"). Months become
 * fractions (9 months = 0.75, 18 months = 1.5). Pregnancy counts as age 0, since a protocol's
 * doelgroep cannot start before birth (VoorZorg: "from early in pregnancy until the child is 2" is
 * 0–2). Both ends count as included, like leeftijd-van and leeftijd-tot.
 */
export interface Intervention {
  id: string;
  /** The name used in hovers, completion and messages. */
  name: string;
  /** The name as the brochure's table prints it (a quotation, for checking against the source). */
  brochureName: string;
  /** Other ways of writing it that mean the same intervention. */
  aliases: readonly string[];
  category: InterventionCategory;
  classification: Classification;
  aim: LocalizedText;
  /** Who it is for, with the ages, in our words. */
  targetGroup: LocalizedText;
  /** The age text as the brochure's table prints it, e.g. "0-18 maanden" (a quotation). */
  ageText: string;
  minAge: number;
  maxAge: number;
  citations: readonly Citation[];
}

const CATEGORY_SECTIONS: Readonly<Record<InterventionCategory, string>> = {
  prevention: 'Preventie van kindermishandeling',
  stopping: 'Hulp bij het stoppen van kindermishandeling',
  consequences: 'Hulp om de gevolgen van kindermishandeling te verminderen',
};

export const CATEGORY_NAMES: Readonly<Record<InterventionCategory, LocalizedText>> = {
  prevention: { nl: 'Preventie van kindermishandeling', en: 'Preventing child abuse' },
  stopping: { nl: 'Hulp bij het stoppen van kindermishandeling', en: 'Help to stop child abuse' },
  consequences: { nl: 'Hulp om de gevolgen van kindermishandeling te beperken', en: 'Help to reduce the consequences of child abuse' },
};

/** What the recognition committees' levels mean (names of the levels as the brochure gives them). */
export const CLASSIFICATIONS: Readonly<Record<Classification, LocalizedText>> = {
  1: { nl: 'goed onderbouwd', en: 'well founded' },
  2: { nl: 'effectief volgens eerste aanwijzingen', en: 'effective according to first indications' },
  3: { nl: 'effectief volgens goede aanwijzingen', en: 'effective according to good indications' },
  4: { nl: 'effectief volgens sterke aanwijzingen', en: 'effective according to strong indications' },
  5: {
    nl: 'erkend door de Erkenningscommissie Gedragsinterventies van Justitie',
    en: 'recognised by the Justice recognition committee for behavioural interventions',
  },
};

function intervention(
  category: InterventionCategory,
  entry: Omit<Intervention, 'category' | 'citations'>,
): Intervention {
  return { ...entry, category, citations: [brochure(CATEGORY_SECTIONS[category])] };
}

export const INTERVENTIONS: readonly Intervention[] = [
  intervention('prevention', {
    id: 'voorzorg',
    name: 'VoorZorg',
    brochureName: 'VoorZorg',
    aliases: ['Nurse-Family Partnership'],
    classification: 1,
    aim: {
      nl: 'Een verpleegkundige komt vanaf de zwangerschap vaak op huisbezoek bij jonge moeders met een hoog risico, om hun gezondheid en opvoedvaardigheden te versterken en mishandeling en verwaarlozing te voorkomen.',
      en: 'A nurse makes frequent home visits from pregnancy onwards to young high-risk mothers, strengthening their health and parenting skills to prevent abuse and neglect.',
    },
    targetGroup: {
      nl: '(Aanstaande) moeders met een hoog risico, vanaf de zwangerschap tot het kind 2 jaar is',
      en: 'High-risk (expectant) mothers, from pregnancy until the child is 2',
    },
    ageText: 'tot het kind 2 jaar is',
    minAge: 0,
    maxAge: 2,
  }),
  intervention('prevention', {
    id: 'stevig-ouderschap',
    name: 'Stevig Ouderschap',
    brochureName: 'Stevig Ouderschap',
    aliases: [],
    classification: 1,
    aim: {
      nl: 'Een paar huisbezoeken en telefonisch contact met een jgz-verpleegkundige, met advies en steun voor ouders van een pasgeborene die risico lopen op opvoedproblemen.',
      en: 'A few home visits and phone contact with a youth health nurse, giving advice and support to parents of a newborn who are at risk of parenting problems.',
    },
    targetGroup: {
      nl: 'Ouders met een risico op opvoedproblemen, van een kind van 0 tot 18 maanden',
      en: 'Parents at risk of parenting problems, with a child of 0 to 18 months',
    },
    ageText: '0-18 maanden',
    minAge: 0,
    maxAge: 1.5,
  }),
  intervention('prevention', {
    id: 'triple-p-2-3',
    name: 'Triple P niveau 2 en 3',
    brochureName: 'Triple P niveau 2 en 3',
    aliases: ['Triple P', 'Triple P niveau 2', 'Triple P niveau 3', 'Triple P 2 en 3', 'Positief Pedagogisch Programma'],
    classification: 1,
    aim: {
      nl: 'Lichte opvoedondersteuning voor alle ouders: korte voorlichting (niveau 2) en enkele gesprekken met gericht advies bij een concrete zorg over het kind (niveau 3).',
      en: 'Light parenting support for all parents: brief information (level 2) and a few sessions of targeted advice about a specific concern with the child (level 3).',
    },
    targetGroup: {
      nl: 'Ouders van een kind van 0 tot 16 jaar',
      en: 'Parents of a child aged 0 to 16',
    },
    ageText: '0-16 jaar',
    minAge: 0,
    maxAge: 16,
  }),
  intervention('prevention', {
    id: 'bemoeizorg-jgz',
    name: 'Bemoeizorg in de jeugdgezondheidszorg',
    brochureName: 'Bemoeizorg in de jeugdgezondheidszorg',
    aliases: ['Bemoeizorg', 'Bemoeizorg JGZ', 'Bemoeizorg in de JGZ'],
    classification: 1,
    aim: {
      nl: 'De jeugdgezondheidszorg blijft aandringen bij ouders of jongeren met een gezondheidsrisico tot zij het probleem erkennen en vrijwillige hulp aanvaarden; lukt dat niet, dan volgt een melding.',
      en: 'Youth health care keeps pressing parents or young people with a health risk until they acknowledge the problem and accept voluntary help; if that fails, a report follows.',
    },
    targetGroup: {
      nl: 'Jeugdigen van 0 tot 19 jaar en hun ouders (ouders tot 16 jaar, daarna de jongere zelf)',
      en: 'Young people aged 0 to 19 and their parents (parents up to 16, then the young person)',
    },
    ageText: '0-19 jaar',
    minAge: 0,
    maxAge: 19,
  }),
  intervention('prevention', {
    id: 'marietje-kessels-project',
    name: 'Marietje Kessels Project',
    brochureName: 'Marietje Kessels Project',
    aliases: ['Marietje Kessel Project', 'MKP'],
    classification: 1,
    aim: {
      nl: 'Lessen in de klas die kinderen weerbaarder maken, zodat zij minder snel slachtoffer worden van machtsmisbruik en zelf geen grensoverschrijdend gedrag gaan vertonen.',
      en: 'Classroom lessons that make children more resilient, so they are less likely to become victims of abuse of power and do not start crossing boundaries themselves.',
    },
    targetGroup: {
      nl: 'Kinderen van 10 tot 12 jaar (groep 7 en 8 van de basisschool)',
      en: 'Children aged 10 to 12 (the last two years of primary school)',
    },
    ageText: '10-12 jaar',
    minAge: 10,
    maxAge: 12,
  }),
  intervention('stopping', {
    id: 'vig',
    name: 'Voorwaardelijke Interventie in Gezinnen (VIG)',
    brochureName: 'Voorwaardelijke Interventie in Gezinnen (VIG)',
    aliases: ['VIG', 'Voorwaardelijke Interventie in Gezinnen'],
    classification: 1,
    aim: {
      nl: 'Gedwongen, intensieve hulp thuis voor multiprobleemgezinnen met slechte ervaringen met hulpverlening: een coach neemt tijdelijk de regie en geeft die stap voor stap terug.',
      en: 'Mandatory, intensive help at home for multi-problem families with bad experiences of care: a coach takes charge for a while and hands control back step by step.',
    },
    targetGroup: {
      nl: 'Multiprobleemgezinnen met een kind van 0 tot 16 jaar',
      en: 'Multi-problem families with a child aged 0 to 16',
    },
    ageText: '0-16 jaar',
    minAge: 0,
    maxAge: 16,
  }),
  intervention('stopping', {
    id: 'iog',
    name: 'Intensieve Orthopedagogische Gezinsbehandeling (IOG)',
    brochureName: 'Intensieve Orthopedagogische Gezinsbehandeling',
    aliases: ['IOG'],
    classification: 1,
    aim: {
      nl: 'Behandeling thuis voor gezinnen met ernstige, meervoudige problemen waar uithuisplaatsing dreigt, gericht op een beter gezinsklimaat en meer steun uit het eigen netwerk.',
      en: 'Treatment at home for families with severe, multiple problems where a child may be placed out of home, aiming at a better family climate and more support from their own network.',
    },
    targetGroup: {
      nl: 'Gezinnen met een kind van 0 tot 18 jaar waar uithuisplaatsing dreigt',
      en: 'Families with a child aged 0 to 18 where out-of-home placement threatens',
    },
    ageText: '0-18 jaar',
    minAge: 0,
    maxAge: 18,
  }),
  intervention('stopping', {
    id: 'families-first',
    name: 'Families First',
    brochureName: 'Families First',
    aliases: [],
    classification: 2,
    aim: {
      nl: 'Korte, zeer intensieve crisishulp thuis, dag en nacht bereikbaar, om te voorkomen dat kinderen uit huis worden geplaatst.',
      en: 'Short, very intensive crisis help at home, reachable day and night, to keep children from being placed out of home.',
    },
    targetGroup: {
      nl: 'Gezinnen in crisis met een kind van 0 tot 18 jaar',
      en: 'Families in crisis with a child aged 0 to 18',
    },
    ageText: '0-18 jaar',
    minAge: 0,
    maxAge: 18,
  }),
  intervention('stopping', {
    id: 'jeugdhulp-thuis',
    name: 'Jeugdhulp thuis',
    brochureName: 'Jeugdhulp thuis',
    aliases: [],
    classification: 1,
    aim: {
      nl: 'Langere hulp thuis voor gezinnen met ernstige en complexe problemen, om een veilige opvoedsituatie te bereiken en uithuisplaatsing te voorkomen of te beëindigen.',
      en: 'Longer help at home for families with severe and complex problems, to reach a safe upbringing and to prevent or end out-of-home placement.',
    },
    targetGroup: {
      nl: 'Gezinnen met een kind van 0 tot 18 jaar',
      en: 'Families with a child aged 0 to 18',
    },
    ageText: '0-18 jaar',
    minAge: 0,
    maxAge: 18,
  }),
  intervention('consequences', {
    id: 'nika',
    name: 'NIKA',
    brochureName: 'NIKA',
    aliases: [],
    classification: 1,
    aim: {
      nl: 'Kortdurende begeleiding van ouders met videobeelden, zodat zij sensitiever op hun jonge kind reageren en de hechting verbetert.',
      en: 'Brief guidance of parents using video recordings, so that they respond more sensitively to their young child and attachment improves.',
    },
    targetGroup: {
      nl: 'Ouders van een kind van 9 maanden tot 6 jaar met (risico op) verstoorde hechting',
      en: 'Parents of a child from 9 months to 6 years with (a risk of) disturbed attachment',
    },
    ageText: '9 maanden - 6 jaar',
    minAge: 0.75,
    maxAge: 6,
  }),
  intervention('consequences', {
    id: 'pcit',
    name: 'Parent-Child Interaction Therapy (PCIT)',
    brochureName: 'Parent-Child Interaction Therapy (PCIT)',
    aliases: ['PCIT', 'Parent-Child Interaction Therapy'],
    classification: 2,
    aim: {
      nl: 'Ouders oefenen in een speelkamer met hun kind terwijl een therapeut hen via een oortje coacht, om de gedragsproblemen van het kind te verminderen.',
      en: 'Parents practise with their child in a playroom while a therapist coaches them through an earpiece, to reduce the child\'s behaviour problems.',
    },
    targetGroup: {
      nl: 'Ouders van een kind van 2 tot 7 jaar',
      en: 'Parents of a child aged 2 to 7',
    },
    ageText: '2-7 jaar',
    minAge: 2,
    maxAge: 7,
  }),
  intervention('consequences', {
    id: 'als-het-misgaat',
    name: 'Als het misgaat… bel ik jou',
    brochureName: 'Als het misgaat…. bel ik jou',
    aliases: [],
    classification: 1,
    aim: {
      nl: 'Hulp voor kinderen die huiselijk geweld hebben meegemaakt en hun ouders: uitleg over de gevolgen, een veiligheidsplan en een netwerk van mensen bij wie het kind terechtkan.',
      en: 'Help for children who have experienced domestic violence and their parents: explanation of the effects, a safety plan and a network of people the child can turn to.',
    },
    targetGroup: {
      nl: 'Jeugdigen van 0 tot 18 jaar die huiselijk geweld hebben meegemaakt, en hun ouders',
      en: 'Young people aged 0 to 18 who have experienced domestic violence, and their parents',
    },
    ageText: '0-18 jaar',
    minAge: 0,
    maxAge: 18,
  }),
  intervention('consequences', {
    id: 'emdr',
    name: 'Eye Movement Desensitization and Reprocessing (EMDR)',
    brochureName: 'Eye movement Desensitization & Reprocessing (EMDR)',
    aliases: ['EMDR', 'Eye Movement Desensitization and Reprocessing', 'Eye Movement Desensitization & Reprocessing'],
    classification: 1,
    aim: {
      nl: 'Een korte traumabehandeling: de cliënt haalt een nare herinnering op terwijl de aandacht wordt afgeleid, waardoor de herinnering minder belastend wordt.',
      en: 'A short trauma treatment: the client recalls a distressing memory while their attention is distracted, which makes the memory less burdensome.',
    },
    targetGroup: {
      nl: 'Jeugdigen van 1 tot 23 jaar, en ouders',
      en: 'Young people aged 1 to 23, and parents',
    },
    ageText: '1-23 jaar',
    minAge: 1,
    maxAge: 23,
  }),
  intervention('consequences', {
    id: 'storm-en-spetters',
    name: 'Storm en spetters',
    brochureName: 'Storm en spetters',
    aliases: [],
    classification: 1,
    aim: {
      nl: 'Een groepscursus voor jonge kinderen die huiselijk geweld hebben meegemaakt en voor hun ouders, om stressklachten en probleemgedrag te verminderen of te voorkomen.',
      en: 'A group course for young children who have experienced domestic violence and for their parents, to reduce or prevent stress symptoms and problem behaviour.',
    },
    targetGroup: {
      nl: 'Kinderen van 4 tot 7 jaar en hun ouders',
      en: 'Children aged 4 to 7 and their parents',
    },
    ageText: '4-7 jaar',
    minAge: 4,
    maxAge: 7,
  }),
  intervention('consequences', {
    id: 'horizonmethodiek',
    name: 'Horizonmethodiek',
    brochureName: 'Horizonmethodiek',
    aliases: ['De Horizonmethodiek'],
    classification: 1,
    aim: {
      nl: 'Groepstherapie voor kinderen die seksueel zijn misbruikt, gericht op herstel van vertrouwen en sociaal functioneren, met een parallel aanbod voor de ouder die niet misbruikte.',
      en: 'Group therapy for children who have been sexually abused, aimed at restoring trust and social functioning, with a parallel programme for the non-abusing parent.',
    },
    targetGroup: {
      nl: 'Kinderen van 4 tot 12 jaar die seksueel zijn misbruikt, en hun ouders',
      en: 'Sexually abused children aged 4 to 12, and their parents',
    },
    ageText: '4-12 jaar',
    minAge: 4,
    maxAge: 12,
  }),
  intervention('consequences', {
    id: 'asja',
    name: 'Zorgprogramma Asja',
    brochureName: 'Asja',
    aliases: ['Asja'],
    classification: 1,
    aim: {
      nl: 'Opvang en behandeling voor jonge vrouwen die via loverboys in de prostitutie zijn beland of dat risico lopen, gericht op veiligheid en een gezonde ontwikkeling.',
      en: 'Shelter and treatment for young women drawn into prostitution by loverboys, or at risk of it, aimed at safety and healthy development.',
    },
    targetGroup: {
      nl: 'Jonge vrouwen van 12 tot 23 jaar',
      en: 'Young women aged 12 to 23',
    },
    ageText: '12-23 jaar',
    minAge: 12,
    maxAge: 23,
  }),
];

const byKey = new Map<string, Intervention>();
for (const entry of INTERVENTIONS) {
  for (const name of [entry.name, entry.brochureName, ...entry.aliases]) byKey.set(lookupKey(name), entry);
}

/** The catalogue entry for a name as a protocol writes it; case, accents, spacing and punctuation do not matter. */
export function findIntervention(name: string): Intervention | undefined {
  const key = lookupKey(name);
  return key === '' ? undefined : byKey.get(key);
}

/** "Classificatie 2 (effectief volgens eerste aanwijzingen)" / "Classification 2 (...)". */
export function classificationLabel(classification: Classification, locale: Locale): string {
  const word = locale === 'nl' ? 'Classificatie' : 'Classification';
  return `${word} ${classification} (${CLASSIFICATIONS[classification][locale]})`;
}
