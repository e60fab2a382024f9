import { isMap, isScalar, type Node } from 'yaml';
import { QUESTIONS } from '../knowledge/afwegingskader';
import { SECTORS } from '../knowledge/enums';
import { KINDCHECK, PROFESSIONAL_SECRECY, RECORDING, SPECIAL_FORM_ENTRIES, TRAINING } from '../knowledge/sections';
import { protocolSkeleton } from '../knowledge/snippets';
import { STEPS } from '../knowledge/steps';
import type { ProtocolDocument } from './document';
import { appendSequenceItem, indentStyle, insertMapEntries, insertSection, insertSequenceItems, type OrderedItem, type YamlValue } from './insertion';
import type { FixDescriptor } from './rule';
import type { LocalizedText } from './types';

/**
 * The quick fixes that add something missing to a protocol: the skeleton of a step, of
 * the afwegingskader, of a section, of an officer or of the Veilig Thuis contact point.
 * The text comes from the knowledge base (the same as the snippets), in Dutch like the
 * protocol; the layout follows the author's own (see insertion.ts). An officer's name,
 * phone and e-mail are left empty: only the organisation can fill those in, and the rules
 * keep asking for them until it does.
 */

/** Content of the top-level sections that a rule can ask for. */
const SECTION_TEXTS: Readonly<Record<string, string | undefined>> = {
  kindcheck: KINDCHECK.skeleton,
  vastleggen: RECORDING.skeleton,
  scholing: TRAINING.skeleton,
  beroepsgeheim: PROFESSIONAL_SECRECY.skeleton,
};

const TITLES = {
  step: { nl: 'Voeg stap {step} toe', en: 'Add step {step}' },
  allSteps: { nl: 'Voeg alle ontbrekende stappen toe', en: 'Add all missing steps' },
  questions: { nl: 'Voeg de ontbrekende vragen van het afwegingskader toe', en: 'Add the missing questions of the afwegingskader' },
  afwegingskader: { nl: 'Voeg het afwegingskader met de vijf vragen toe', en: 'Add the afwegingskader with its five questions' },
  veiligThuis: { nl: 'Voeg Veilig Thuis (0800-2000) toe als contactpunt', en: 'Add Veilig Thuis (0800-2000) as a contact point' },
  officer: { nl: 'Voeg een aandachtsfunctionaris toe', en: 'Add an attention officer' },
  section: { nl: 'Voeg de sectie "{key}" toe', en: 'Add the section "{key}"' },
  specialForm: { nl: 'Voeg "{key}" toe onder "bijzondere-vormen"', en: 'Add "{key}" under "bijzondere-vormen"' },
  protocol: { nl: 'Begin met een volledig protocol voor de sector {sector}', en: 'Start from a complete protocol for the sector {sector}' },
} satisfies Record<string, LocalizedText>;

function suggestion(title: LocalizedText, edits: FixDescriptor['edits'] | undefined, data?: FixDescriptor['data']): FixDescriptor[] {
  return edits && edits.length > 0 ? [{ title, data, edits }] : [];
}

export function stepSkeleton(step: number): YamlValue | undefined {
  const knowledge = STEPS.find((candidate) => candidate.number === step);
  if (!knowledge) return undefined;
  return { stap: step, titel: knowledge.basismodelTitle, verantwoordelijk: knowledge.defaultRole, acties: knowledge.actions };
}

export function questionSkeleton(question: number): YamlValue | undefined {
  const knowledge = QUESTIONS.find((candidate) => candidate.number === question);
  if (!knowledge) return undefined;
  return { vraag: question, tekst: knowledge.question, ja: knowledge.yesLine, nee: knowledge.noLine };
}

/** The order of a list item by a numeric key (stap, vraag); undefined when it has none. */
function numberKey(key: string): (item: unknown) => number | undefined {
  return (item) => {
    if (!isMap(item)) return undefined;
    const value = (item as { get(key: string, keepScalar: true): unknown }).get(key, true);
    return isScalar(value) && typeof value.value === 'number' ? value.value : undefined;
  };
}

/** "Add step N" between its neighbours and, when more steps are missing, "add all missing steps". */
export function missingStepSuggestions(document: ProtocolDocument, step: number, missing: readonly number[]): FixDescriptor[] {
  const order = numberKey('stap');
  const items = (numbers: readonly number[]): OrderedItem[] =>
    numbers.flatMap((n) => {
      const value = stepSkeleton(n);
      return value === undefined ? [] : [{ value, order: n }];
    });
  const result = suggestion(TITLES.step, insertSequenceItems(document, 'stappen', items([step]), order), { step });
  if (missing.length > 1) result.push(...suggestion(TITLES.allSteps, insertSequenceItems(document, 'stappen', items(missing), order)));
  return result;
}

/** Inserts the given questions of the afwegingskader in their places (or the whole afwegingskader). */
export function missingQuestionsSuggestions(document: ProtocolDocument, questions: readonly number[]): FixDescriptor[] {
  const items: OrderedItem[] = questions.flatMap((n) => {
    const value = questionSkeleton(n);
    return value === undefined ? [] : [{ value, order: n }];
  });
  const whole = items.length === QUESTIONS.length;
  return suggestion(whole ? TITLES.afwegingskader : TITLES.questions, insertSequenceItems(document, 'afwegingskader', items, numberKey('vraag')));
}

/** The Veilig Thuis contact point, with an id no other entry uses. */
export function veiligThuisSuggestions(document: ProtocolDocument): FixDescriptor[] {
  const taken = new Set(
    [...document.model.contactPoints, ...document.model.officers].flatMap((entry) => (entry.id ? [entry.id.text] : [])),
  );
  let id = 'veilig-thuis';
  for (let n = 2; taken.has(id); n++) id = `veilig-thuis-${n}`;
  const point: YamlValue = {
    id,
    soort: 'veilig-thuis',
    naam: 'Veilig Thuis',
    telefoon: '0800-2000',
  };
  return suggestion(TITLES.veiligThuis, appendSequenceItem(document, 'contactpunten', point));
}

/** An officer skeleton, offered only when there is no officer at all to complete. */
export function officerSuggestions(document: ProtocolDocument): FixDescriptor[] {
  if (document.model.officers.length > 0) return [];
  const officer: YamlValue = {
    id: 'aandachtsfunctionaris',
    naam: '',
    functie: 'Aandachtsfunctionaris huiselijk geweld en kindermishandeling',
    telefoon: '',
    email: '',
  };
  return suggestion(TITLES.officer, appendSequenceItem(document, 'aandachtsfunctionarissen', officer));
}

/**
 * For a protocol with nothing in it yet: a complete protocol per sector, placed after what the
 * file already holds (comments, blank lines), in the file's own line breaks.
 */
export function protocolSkeletonSuggestions(document: ProtocolDocument, today: string): FixDescriptor[] {
  const { text } = document;
  const { newline } = indentStyle(document);
  const separator = text.length === 0 || text.endsWith('\n') ? '' : newline;
  return SECTORS.flatMap((sector) => {
    const skeleton = protocolSkeleton(sector.value, 'nl', { format: 'plain', today });
    if (!skeleton) return [];
    const newText = separator + skeleton.replace(/\n/g, newline);
    return suggestion(TITLES.protocol, [{ startOffset: text.length, endOffset: text.length, newText }], { sector: sector.value });
  });
}

/** The skeleton of a top-level section (kindcheck, vastleggen, scholing, beroepsgeheim). */
export function sectionSuggestions(document: ProtocolDocument, key: string): FixDescriptor[] {
  const content = SECTION_TEXTS[key];
  if (content === undefined) return [];
  return suggestion(TITLES.section, insertSection(document, key, content), { key });
}

/** A missing special form under `bijzondere-vormen`. */
export function specialFormSuggestions(document: ProtocolDocument, formKey: string): FixDescriptor[] {
  const text = SPECIAL_FORM_ENTRIES.find((entry) => entry.key === formKey)?.skeleton;
  if (text === undefined) return [];
  const section = document.model.sections.get('bijzondere-vormen')?.value as Node | null | undefined;
  if (isMap(section)) {
    const pair = section.items.find((item) => isScalar(item.key) && item.key.value === formKey);
    if (pair) return []; // there but empty: the author's own key stays as it is
  }
  return suggestion(TITLES.specialForm, insertMapEntries(document, 'bijzondere-vormen', { [formKey]: text }), { key: formKey });
}
