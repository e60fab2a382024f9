import { MODEL_KNMG, MODEL_NJI_AFWEGINGSKADER, MODEL_ONDERWIJS } from './citations';
import type { KnowledgeEntry, LocalizedText } from './types';

/*
 * The five questions as the sector models word them (the NJi's explanation of the afwegingskader,
 * the KNMG-meldcode and others). The Besluit verplichte meldcode asks for the afwegingskader of the
 * organisation's beroepsgroep, not for these words. Where the questions sit in the steps is a
 * convention of each model, not law (the NJi model and the KNMG put all five in step 5, some
 * education models put question 1 in step 4), so nothing here ties a question to a step.
 */
const QUESTION_SOURCES = [MODEL_NJI_AFWEGINGSKADER, MODEL_KNMG];

/** Where an answer leads: the next question, a report to Veilig Thuis, organising help, or closing. */
export type QuestionOutcome =
  | { kind: 'question'; question: number }
  | { kind: 'report' }
  | { kind: 'help'; then: number }
  | { kind: 'close' };

export interface QuestionKnowledge extends KnowledgeEntry {
  number: 1 | 2 | 3 | 4 | 5;
  /** The question as a protocol states it; used as `tekst` in the skeleton. Dutch only. */
  question: string;
  yes: QuestionOutcome;
  no: QuestionOutcome;
  /** What the answers mean in practice, in our words. */
  ifYes: LocalizedText;
  ifNo: LocalizedText;
  /** The short Dutch lines the skeleton puts under `ja` and `nee`. */
  yesLine: string;
  noLine: string;
}

export const QUESTIONS: readonly QuestionKnowledge[] = [
  {
    id: 'question-1',
    number: 1,
    title: { nl: 'Vraag 1: Is er een vermoeden?', en: 'Question 1: Is there a suspicion?' },
    question: 'Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van (dreigend) huiselijk geweld of kindermishandeling?',
    text: {
      nl: 'De eerste toets na het in kaart brengen, het overleg en het gesprek: blijft er een vermoeden over van geweld of de dreiging daarvan?',
      en: 'The first test after mapping the signals, consulting and talking with the client: does a suspicion of violence, or its threat, remain?',
    },
    yes: { kind: 'question', question: 2 },
    no: { kind: 'close' },
    ifYes: { nl: 'Ga door naar vraag 2.', en: 'Go on to question 2.' },
    ifNo: {
      nl: 'Sluit af en leg de uitkomst vast in het dossier.',
      en: 'Close the matter and record the outcome in the file.',
    },
    yesLine: 'Ga door naar vraag 2.',
    noLine: 'Afsluiten en de uitkomst vastleggen in het dossier.',
    citations: QUESTION_SOURCES,
  },
  {
    id: 'question-2',
    number: 2,
    title: { nl: 'Vraag 2: Acute of structurele onveiligheid?', en: 'Question 2: Acute or structural unsafety?' },
    question: 'Schat ik de situatie in als acuut onveilig of als structureel onveilig?',
    text: {
      nl: 'Acuut onveilig is de situatie als iemand direct fysiek gevaar loopt en de veiligheid vandaag en de komende dagen niet gewaarborgd is; vertelt een slachtoffer uit zichzelf over geweld, dan geldt dat ook als acuut. Structureel onveilig is een situatie waarin het geweld zich blijft herhalen of de onveiligheid lang aanhoudt. Het afwegingskader voor onderwijs en leerplicht meldt ook bij twijfel.',
      en: 'A situation is acutely unsafe when someone is in immediate physical danger and safety today and in the coming days is not assured; a victim who tells about violence on their own initiative also counts as acute. It is structurally unsafe when violence keeps recurring or the unsafety lasts. The afwegingskader for education and school attendance reports on doubt too.',
    },
    yes: { kind: 'report' },
    no: { kind: 'question', question: 3 },
    ifYes: {
      nl: 'Meld bij Veilig Thuis en loop vraag 3 tot en met 5 samen met Veilig Thuis door.',
      en: 'Report to Veilig Thuis and go through questions 3 to 5 together with Veilig Thuis.',
    },
    ifNo: { nl: 'Ga door naar vraag 3.', en: 'Go on to question 3.' },
    yesLine: 'Melden bij Veilig Thuis; vraag 3 tot en met 5 samen met Veilig Thuis doorlopen.',
    noLine: 'Ga door naar vraag 3.',
    citations: [...QUESTION_SOURCES, MODEL_ONDERWIJS],
  },
  {
    id: 'question-3',
    number: 3,
    title: { nl: 'Vraag 3: Kan ik passende hulp bieden of organiseren?', en: 'Question 3: Can I provide or arrange suitable help?' },
    question: 'Ben ik in staat effectieve hulp te bieden of te organiseren om de dreiging af te wenden?',
    text: {
      nl: 'Kijk naar uw eigen mogelijkheden en die van uw organisatie en het netwerk om het gezin: is er hulp die de onveiligheid werkelijk kan wegnemen?',
      en: 'Look at your own means, those of your organisation and the network around the family: is there help that can really remove the unsafety?',
    },
    yes: { kind: 'question', question: 4 },
    no: { kind: 'report' },
    ifYes: { nl: 'Ga door naar vraag 4.', en: 'Go on to question 4.' },
    ifNo: { nl: 'Meld bij Veilig Thuis.', en: 'Report to Veilig Thuis.' },
    yesLine: 'Ga door naar vraag 4.',
    noLine: 'Melden bij Veilig Thuis.',
    citations: QUESTION_SOURCES,
  },
  {
    id: 'question-4',
    number: 4,
    title: { nl: 'Vraag 4: Wordt de hulp aanvaard?', en: 'Question 4: Is the help accepted?' },
    question: 'Aanvaarden de betrokkenen de hulp en zijn zij bereid zich daarvoor in te zetten?',
    text: {
      nl: 'Hulp werkt alleen als ouders (en waar het kan het kind) haar aannemen en meewerken. Weigeren ze, of houden ze zich niet aan de afspraken, dan is de veiligheid niet langer op deze manier te bereiken.',
      en: 'Help only works when the parents (and where possible the child) accept it and take part. If they refuse or do not keep to what was agreed, safety can no longer be reached this way.',
    },
    yes: { kind: 'help', then: 5 },
    no: { kind: 'report' },
    ifYes: {
      nl: 'Bied of organiseer de hulp en volg het effect; daarna vraag 5.',
      en: 'Provide or arrange the help and follow its effect; then question 5.',
    },
    ifNo: { nl: 'Meld bij Veilig Thuis.', en: 'Report to Veilig Thuis.' },
    yesLine: 'Hulp bieden of organiseren en het effect volgen; daarna vraag 5.',
    noLine: 'Melden bij Veilig Thuis.',
    citations: QUESTION_SOURCES,
  },
  {
    id: 'question-5',
    number: 5,
    title: { nl: 'Vraag 5: Leidt de hulp tot veiligheid?', en: 'Question 5: Does the help lead to safety?' },
    question: 'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten voor de veiligheid en het welzijn van alle betrokkenen?',
    text: {
      nl: 'Beoordeel na de afgesproken tijd of het geweld is gestopt en iedereen, ook het kind, zich herstelt. Hulp zonder blijvend resultaat is een reden om alsnog, of opnieuw, te melden.',
      en: 'After the agreed time, judge whether the violence has stopped and everyone, the child included, is recovering. Help without lasting results is a reason to report after all, or again.',
    },
    yes: { kind: 'close' },
    no: { kind: 'report' },
    ifYes: {
      nl: 'Rond de hulp af en maak afspraken over het volgen van de veiligheid daarna.',
      en: 'Conclude the help and agree how safety will be monitored afterwards.',
    },
    ifNo: { nl: 'Meld (opnieuw) bij Veilig Thuis.', en: 'Report (again) to Veilig Thuis.' },
    yesLine: 'De hulp afronden met afspraken over het volgen van de veiligheid.',
    noLine: '(Opnieuw) melden bij Veilig Thuis.',
    citations: QUESTION_SOURCES,
  },
];

export function questionByNumber(n: number): QuestionKnowledge | undefined {
  return QUESTIONS.find((question) => question.number === n);
}
