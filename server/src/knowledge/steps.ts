import {
  LAW_BESLUIT_ART_2,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_BASISMODEL,
  MODEL_KNMG,
  MODEL_NJI_AFWEGINGSKADER,
  MODEL_ONDERWIJS,
} from './citations';
import type { KnowledgeEntry, LocalizedText } from './types';

/**
 * One of the five steps of the meldcode. The Besluit verplichte meldcode (art. 2) asks the
 * organisations the Wet binds for a stappenplan with at least these five steps; the titles are the
 * basismodel's usual wording, not the decree's text, and sector models word them differently.
 */
export interface StepKnowledge extends KnowledgeEntry {
  number: 1 | 2 | 3 | 4 | 5;
  /** The step's name in the basismodel's wording; the skeleton uses it as `titel`. Dutch only. */
  basismodelTitle: string;
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
    basismodelTitle: 'Signalen in kaart brengen',
    title: { nl: 'Stap 1: Signalen in kaart brengen', en: 'Step 1: Map the signals (Signalen in kaart brengen)' },
    text: {
      nl: 'Noteer wat u ziet en hoort dat kan wijzen op huiselijk geweld of kindermishandeling: gedrag, uitspraken, letsel, omstandigheden thuis. Houd feiten gescheiden van uw eigen indruk en schrijf erbij van wie een gegeven komt. Let ook op signalen die het vermoeden juist ontkrachten.',
      en: 'Write down what you see and hear that may point to domestic violence or child abuse: behaviour, remarks, injuries, circumstances at home. Keep facts apart from your own impression and note where each piece of information came from. Also watch for signals that weaken the suspicion.',
    },
    responsible: {
      nl: 'De medewerker die de signalen opvangt; de aandachtsfunctionaris kan meedenken.',
      en: 'The staff member who notices the signals; the attention officer can help think it through.',
    },
    mistakes: {
      nl: 'Conclusies opschrijven in plaats van waarnemingen; wachten op "genoeg bewijs" voordat u iets vastlegt; bij acuut gevaar niet direct 112 of de politie bellen.',
      en: 'Writing down conclusions instead of observations; waiting for "enough proof" before recording anything; not calling 112 or the police straight away when there is acute danger.',
    },
    defaultRole: 'medewerker',
    actions: [
      'Signalen die op huiselijk geweld of kindermishandeling kunnen wijzen feitelijk noteren in het dossier.',
      'Bij acuut gevaar direct 112 bellen.',
    ],
    citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
  },
  {
    id: 'step-2',
    number: 2,
    basismodelTitle: 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding',
    title: {
      nl: 'Stap 2: Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding',
      en: 'Step 2: Consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation',
    },
    text: {
      nl: 'Leg de signalen voor aan een deskundige collega, zoals de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig Thuis (dat kan zonder namen te noemen). Zijn er verwondingen, raadpleeg dan zo nodig een deskundige op het gebied van letselduiding, meestal een forensisch arts, die beoordeelt of het letsel past bij de uitleg die ervoor gegeven wordt. Samen bepaalt u of het vermoeden blijft staan en wat de volgende stap is.',
      en: 'Put the signals before a knowledgeable colleague, such as the attention officer. If needed, ask Veilig Thuis for advice (this can be done without giving names). When there are injuries, consult if needed an expert in injury interpretation (letselduiding), usually a forensic physician, who judges whether the injury fits the explanation given for it. Together you decide whether the suspicion stands and what comes next.',
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
    citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
  },
  {
    id: 'step-3',
    number: 3,
    basismodelTitle: 'Gesprek met de cliënt',
    title: { nl: 'Stap 3: Gesprek met de cliënt', en: 'Step 3: Talk with the client (Gesprek met de cliënt)' },
    text: {
      nl: 'Bespreek uw zorg met de cliënt: bij een kind met de ouders, en met het kind zelf als de leeftijd dat toelaat. Vertel wat u hebt gezien, vraag hoe zij het zien en schrijf hun reactie op. Sla dit gesprek alleen over als het de veiligheid van iemand in gevaar brengt, of als u goede redenen hebt om aan te nemen dat de cliënt dan het contact verbreekt; leg die afweging vast.',
      en: 'Share your concern with the client: for a child, with the parents, and with the child where its age allows. Say what you noticed, ask how they see it and write down their response. Skip this conversation only when it would put someone\'s safety at risk, or when you have good reason to think the client would then break off contact; record that judgement.',
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
      'Het gesprek alleen overslaan als de veiligheid van het kind, de ouder of de medewerker in gevaar komt of als de ouders dan het contact verbreken, en dat vastleggen.',
    ],
    citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL],
  },
  {
    id: 'step-4',
    number: 4,
    basismodelTitle: 'Wegen van het geweld',
    title: { nl: 'Stap 4: Wegen van het geweld', en: 'Step 4: Weigh the violence (Wegen van het geweld)' },
    text: {
      nl: 'Schat het risico op huiselijk geweld of kindermishandeling in, en de aard en de ernst ervan, met behulp van het afwegingskader van uw beroepsgroep. Welke vragen van het afwegingskader in stap 4 staan en welke in stap 5, spreekt elk sectormodel zelf af: het NJi en de KNMG zetten alle vijf in stap 5, sommige modellen voor het onderwijs zetten vraag 1 in stap 4. Twijfelt u, vraag dan opnieuw advies aan Veilig Thuis.',
      en: 'Assess the risk of domestic violence or child abuse, and its nature and severity, using the afwegingskader of your professional group. Which questions of the afwegingskader sit in step 4 and which in step 5 is for each sector model to settle: the NJi and the KNMG put all five in step 5, some models for education put question 1 in step 4. When in doubt, ask Veilig Thuis for advice again.',
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
      'Het risico, de aard en de ernst van het geweld wegen met behulp van het afwegingskader; bij twijfel opnieuw advies vragen aan Veilig Thuis.',
    ],
    citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL, MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG, MODEL_ONDERWIJS],
  },
  {
    id: 'step-5',
    number: 5,
    basismodelTitle: 'Beslissen: melden en/of hulp verlenen of organiseren',
    title: { nl: 'Stap 5: Beslissen over melden en hulp', en: 'Step 5: Decide on reporting and help' },
    text: {
      nl: 'Beslis aan de hand van het afwegingskader of een melding bij Veilig Thuis nodig is en of u (ook) zelf hulp kunt bieden of organiseren. Acute en structurele onveiligheid meldt u altijd. Bespreek een melding vooraf met de cliënt als dat veilig kan, en spreek af hoe u de situatie blijft volgen.',
      en: 'Use the afwegingskader to decide whether a report to Veilig Thuis is needed and whether you can (also) provide or arrange help yourself. Acute and structural unsafety is always reported. Discuss a report with the client beforehand when that is safe, and agree how you will keep following the situation.',
    },
    responsible: {
      nl: 'Meestal de aandachtsfunctionaris of een leidinggevende, samen met de medewerker; het protocol noemt wie het besluit neemt.',
      en: 'Usually the attention officer or a manager together with the staff member; the protocol names who takes the decision.',
    },
    mistakes: {
      nl: 'Denken dat u na een melding niets meer hoeft te doen; zelf hulp organiseren terwijl de onveiligheid structureel is; afspraken over het volgen van de situatie niet vastleggen.',
      en: 'Assuming your part ends once a report is made; arranging help yourself while the unsafety is structural; not recording what was agreed about following the situation.',
    },
    defaultRole: 'aandachtsfunctionaris',
    actions: [
      'Met het afwegingskader beslissen: melden bij Veilig Thuis en/of hulp bieden of organiseren.',
      'Een melding vooraf met de ouders bespreken als dat veilig kan, en de gemaakte afspraken vastleggen.',
    ],
    citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL, MODEL_AFWEGINGSKADER_BASISDOCUMENT],
  },
];

export function stepByNumber(n: number): StepKnowledge | undefined {
  return STEPS.find((step) => step.number === n);
}
