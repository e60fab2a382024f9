import { LAW_BESLUIT_ART_2 } from './citations';
import type { KnowledgeEntry, LocalizedText } from './types';

/** One of the five steps every meldcode must contain (Besluit verplichte meldcode, art. 2). */
export interface StepKnowledge extends KnowledgeEntry {
  number: 1 | 2 | 3 | 4 | 5;
  /** The step's name as the decree words it; protocols use it as `titel`. Dutch only. */
  lawTitle: string;
  /** `text` says what the step requires; these say who usually does it and what goes wrong. */
  responsible: LocalizedText;
  mistakes: LocalizedText;
  /** The role the protocol skeleton fills in for `verantwoordelijk`. */
  defaultRole: string;
  /** Example actions for the protocol skeleton, in Dutch like the protocol itself. */
  actions: readonly string[];
}

export const STEPS: readonly StepKnowledge[] = [
  {
    id: 'step-1',
    number: 1,
    lawTitle: 'Signalen in kaart brengen',
    title: { nl: 'Stap 1: Signalen in kaart brengen', en: 'Step 1: Map the signals (Signalen in kaart brengen)' },
    text: {
      nl: 'Noteer wat je ziet en hoort dat kan wijzen op huiselijk geweld of kindermishandeling: gedrag, uitspraken, letsel, omstandigheden thuis. Houd feiten gescheiden van je eigen indruk en schrijf erbij van wie een gegeven komt. Let ook op signalen die het vermoeden juist ontkrachten.',
      en: 'Write down what you see and hear that may point to domestic violence or child abuse: behaviour, remarks, injuries, circumstances at home. Keep facts apart from your own impression and note where each piece of information came from. Also watch for signals that weaken the suspicion.',
    },
    responsible: {
      nl: 'De medewerker die de signalen opvangt; de aandachtsfunctionaris kan meedenken.',
      en: 'The staff member who notices the signals; the attention officer can help think it through.',
    },
    mistakes: {
      nl: 'Conclusies opschrijven in plaats van waarnemingen; wachten op "genoeg bewijs" voordat je iets vastlegt; bij acuut gevaar niet direct 112 of de politie bellen.',
      en: 'Writing down conclusions instead of observations; waiting for "enough proof" before recording anything; not calling 112 or the police straight away when there is acute danger.',
    },
    defaultRole: 'medewerker',
    actions: [
      'Signalen die op huiselijk geweld of kindermishandeling kunnen wijzen feitelijk noteren in het dossier.',
      'Bij acuut gevaar direct 112 bellen.',
    ],
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'step-2',
    number: 2,
    lawTitle: 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis',
    title: {
      nl: 'Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      en: 'Step 2: Consult a colleague and, if needed, Veilig Thuis',
    },
    text: {
      nl: 'Leg de signalen voor aan een deskundige collega, meestal de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig Thuis (dat kan zonder namen te noemen) of aan een deskundige in letselduiding als er verwondingen zijn. Samen bepaal je of het vermoeden blijft staan en wat de volgende stap is.',
      en: 'Put the signals before a knowledgeable colleague, usually the attention officer. If needed, ask Veilig Thuis for advice (this can be done without giving names) or an expert in injury interpretation (letselduiding) when there are injuries. Together you decide whether the suspicion stands and what comes next.',
    },
    responsible: {
      nl: 'De medewerker, samen met de aandachtsfunctionaris.',
      en: 'The staff member together with the attention officer.',
    },
    mistakes: {
      nl: 'Er alleen mee blijven rondlopen; denken dat bellen met Veilig Thuis altijd een melding is, terwijl advies vragen juist in deze stap hoort; bij eergerelateerd geweld of meisjesbesnijdenis te laat een deskundige inschakelen.',
      en: 'Carrying it alone; thinking that calling Veilig Thuis always means reporting, while asking advice belongs precisely to this step; bringing in an expert too late with honour-related violence or female genital mutilation.',
    },
    defaultRole: 'medewerker',
    actions: [
      'De signalen bespreken met de aandachtsfunctionaris.',
      'Zo nodig anoniem advies vragen aan Veilig Thuis of een deskundige op het gebied van letselduiding.',
    ],
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'step-3',
    number: 3,
    lawTitle: 'Gesprek met de betrokkene',
    title: { nl: 'Stap 3: Gesprek met de betrokkene', en: 'Step 3: Talk with the person concerned (Gesprek met de betrokkene)' },
    text: {
      nl: 'Bespreek je zorg met de cliënt: bij een kind met de ouders, en met het kind zelf als de leeftijd dat toelaat. Vertel wat je hebt gezien, vraag hoe zij het zien en schrijf hun reactie op. Sla dit gesprek alleen over als het de veiligheid van iemand in gevaar brengt, en leg die afweging dan vast.',
      en: 'Share your concern with the client: for a child, with the parents, and with the child where its age allows. Say what you noticed, ask how they see it and write down their response. Skip this conversation only when it would put someone\'s safety at risk, and record that judgement.',
    },
    responsible: {
      nl: 'De medewerker die de zorg heeft, zo nodig met de aandachtsfunctionaris erbij.',
      en: 'The staff member who has the concern, with the attention officer present where needed.',
    },
    mistakes: {
      nl: 'Het gesprek vermijden omdat het moeilijk is; het brengen als beschuldiging in plaats van als zorg; niet noteren hoe ouders of kind reageerden.',
      en: 'Avoiding the conversation because it is hard; presenting it as an accusation rather than a concern; not writing down how the parents or the child responded.',
    },
    defaultRole: 'medewerker',
    actions: [
      'De zorgen bespreken met de ouders en, waar de leeftijd het toelaat, met het kind.',
      'Het gesprek alleen overslaan als de veiligheid van het kind, de ouder of de medewerker in gevaar komt, en dat vastleggen.',
    ],
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'step-4',
    number: 4,
    lawTitle: 'Wegen van het geweld',
    title: { nl: 'Stap 4: Wegen van het geweld', en: 'Step 4: Weigh the violence (Wegen van het geweld)' },
    text: {
      nl: 'Schat het risico, de aard en de ernst in met behulp van de eerste twee vragen van het afwegingskader: heb ik een vermoeden, en is er sprake van acute of structurele onveiligheid? Twijfel je, vraag dan opnieuw advies aan Veilig Thuis.',
      en: 'Assess the risk, nature and severity using the first two questions of the afwegingskader: do I have a suspicion, and is there acute or structural unsafety? When in doubt, ask Veilig Thuis for advice again.',
    },
    responsible: {
      nl: 'De medewerker met de aandachtsfunctionaris; in veel organisaties weegt de aandachtsfunctionaris mee of neemt deze het over.',
      en: 'The staff member with the attention officer; in many organisations the attention officer joins the weighing or takes it over.',
    },
    mistakes: {
      nl: 'Op gevoel wegen zonder het afwegingskader; een kind dat uit zichzelf over geweld vertelt niet behandelen als acute onveiligheid.',
      en: 'Weighing on gut feeling without the afwegingskader; not treating a child who speaks about violence on its own initiative as acute unsafety.',
    },
    defaultRole: 'aandachtsfunctionaris',
    actions: [
      'Met vraag 1 en 2 van het afwegingskader beoordelen of er een vermoeden is en of er acute of structurele onveiligheid is.',
    ],
    citations: [LAW_BESLUIT_ART_2],
  },
  {
    id: 'step-5',
    number: 5,
    lawTitle: 'Beslissen: melden en/of hulp verlenen of organiseren',
    title: { nl: 'Stap 5: Beslissen over melden en hulp', en: 'Step 5: Decide on reporting and help' },
    text: {
      nl: 'Beslis met vraag 3 tot en met 5 van het afwegingskader of een melding bij Veilig Thuis nodig is en of je (ook) zelf hulp kunt bieden of organiseren. Acute en structurele onveiligheid meld je altijd. Bespreek een melding vooraf met de cliënt als dat veilig kan, en spreek af hoe je de situatie blijft volgen.',
      en: 'Use questions 3 to 5 of the afwegingskader to decide whether a report to Veilig Thuis is needed and whether you can (also) provide or arrange help yourself. Acute and structural unsafety is always reported. Discuss a report with the client beforehand when that is safe, and agree how you will keep following the situation.',
    },
    responsible: {
      nl: 'Meestal de aandachtsfunctionaris of een leidinggevende, samen met de medewerker; het protocol noemt wie het besluit neemt.',
      en: 'Usually the attention officer or a manager together with the staff member; the protocol names who takes the decision.',
    },
    mistakes: {
      nl: 'Denken dat je na een melding niets meer hoeft te doen; zelf hulp organiseren terwijl de onveiligheid structureel is; afspraken over het volgen van de situatie niet vastleggen.',
      en: 'Assuming your part ends once a report is made; arranging help yourself while the unsafety is structural; not recording what was agreed about following the situation.',
    },
    defaultRole: 'aandachtsfunctionaris',
    actions: [
      'Met vraag 3 tot en met 5 van het afwegingskader beslissen: melden bij Veilig Thuis en/of hulp bieden of organiseren.',
      'Een melding vooraf met de ouders bespreken als dat veilig kan, en de gemaakte afspraken vastleggen.',
    ],
    citations: [LAW_BESLUIT_ART_2],
  },
];

export function stepByNumber(n: number): StepKnowledge | undefined {
  return STEPS.find((step) => step.number === n);
}
