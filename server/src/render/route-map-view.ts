import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { scalarText } from '../engine/ast';
import type { ProtocolDocument } from '../engine/document';
import { levelOf } from '../engine/inheritance/merge';
import type { ContactPointModel, DecisionModel, KeyedSection, OfficerModel, QuestionModel, ScalarField, StepModel } from '../engine/model';
import { formatMessage } from '../engine/rule';
import { rule as stepMissingRule, STEP_TITLES } from '../engine/rules/step-missing';
import type { Finding, Locale, Range } from '../engine/types';
import { QUESTIONS, type QuestionOutcome } from '../knowledge/afwegingskader';
import { CONTACT_KIND_LABELS, ROUTE_KIND_LABELS, SECTION_TITLES, SECTOR_LABELS, STANDARD_DECISIONS, STANDARD_QUESTIONS, label } from './strings';

/**
 * What the route map shows, taken from a parsed protocol and its findings: plain strings and
 * numbers, already localised, so drawing needs neither YAML nor the rules.
 */

/** Where a box's YAML stands: 0-based line, and UTF-16 offsets [offset, endOffset) of the text. */
export interface SourceLocation {
  line: number;
  offset: number;
  endOffset: number;
  /** In a location merged with its bases: which base's text (1: the nearest); absent for the protocol's own. */
  level?: number;
}

export interface ContactView {
  id: string;
  found: boolean;
  name: string;
  /** The officer's position, or the kind of contact point. */
  role?: string;
  phone?: string;
  location?: SourceLocation;
}

export interface StepView {
  /** The first number of the step: 0 for a preliminary step, 4 for `stap: [4, 5]`. */
  number: number;
  /** Every step this box stands for, in order: [4, 5] for merged steps (format 1.1). */
  numbers: number[];
  /** The numbers joined by "-" ("4-5"): the box's data-step, one per box. */
  key: string;
  /** "Stap 3", "Stap 4 en 5", "Vooraf (stap 0)". */
  heading: string;
  present: boolean;
  title: string;
  /** No title in the protocol: the title shown is the basismodel's usual one. */
  titleIsStandard: boolean;
  responsible?: string;
  /** Format 1.1: the time limit, as written. */
  deadline?: string;
  actions: string[];
  explanation?: string;
  contacts: ContactView[];
  /** Format 1.1: the parts of the step (5a, 5b), drawn inside it. */
  substeps: SubstepView[];
  location: SourceLocation;
  /** For a missing step: the diagnostic's message. */
  problem?: string;
}

/** Format 1.1: one part of a step (`onderdelen`), such as 5a. */
export interface SubstepView {
  id?: string;
  title?: string;
  responsible?: string;
  deadline?: string;
  actions: string[];
  contacts: ContactView[];
  location: SourceLocation;
}

/** Format 1.1: a procedure beside the steps (`routes`). */
export interface RouteView {
  id?: string;
  kind?: string;
  /** The kind in words ("Acuut gevaar"), or as written when it is not a kind we know. */
  kindLabel?: string;
  /** An acute-danger route: drawn first, before the steps, and marked. */
  acute: boolean;
  title: string;
  description?: string;
  responsible?: string;
  actions: string[];
  contacts: ContactView[];
  steps: RouteStepView[];
  location: SourceLocation;
}

/** One step of a route's own steps. */
export interface RouteStepView {
  number?: number;
  title: string;
  responsible?: string;
  deadline?: string;
  actions: string[];
  contacts: ContactView[];
  location: SourceLocation;
}

/**
 * Where an answer of the afwegingskader leads: to another question (or decision), or to an
 * outcome. `source` says where that comes from: a format 1.1 value (melden, vraag-3 ...), the
 * protocol's own words (where they say it plainly), or the standard afwegingskader, because the
 * protocol says nothing there or says something the drawing cannot place.
 */
export type OutcomeKind = 'question' | 'report' | 'report-help' | 'help' | 'close';

export interface OutcomeView {
  kind: OutcomeKind;
  /** For kind 'question': the number of the question or decision it leads to. */
  target?: number;
  source: 'value' | 'text' | 'standard';
  /** The outcome as the protocol writes it, when it writes one. */
  written?: string;
  /** What to print: the meaning of a value in words, the protocol's own words, or the standard outcome. */
  text: string;
}

export interface QuestionView {
  number: number;
  present: boolean;
  text: string;
  textIsStandard: boolean;
  /** The outcomes as written (a value or free text); `outcomes` says where they lead. */
  ifYes?: string;
  ifNo?: string;
  outcomes: { yes: OutcomeView; no: OutcomeView };
  explanation?: string;
  location: SourceLocation;
  problem?: string;
}

/** Format 1.1: one of the older basismodel's two decisions. */
export interface DecisionView {
  number: number;
  present: boolean;
  text: string;
  textIsStandard: boolean;
  conditions: string[];
  outcomes: { yes: OutcomeView; no: OutcomeView };
  explanation?: string;
  location: SourceLocation;
  problem?: string;
}

/** How the protocol writes its afwegingskader; `questions` also when it has none. */
export interface AfwegingskaderView {
  form: 'questions' | 'decisions' | 'appendix';
  /** Format 1.1: the model the organisation follows, as written (knmg, basismodel ...). */
  model?: string;
  /** Format 1.1: where the afwegingskader is kept; an appendix's title when `bijlage` is its id. */
  appendix?: string;
  /** The two decisions, for the form `decisions`. */
  decisions: DecisionView[];
  location: SourceLocation;
}

/** Format 1.1: one of the `bijlagen`. */
export interface AppendixView {
  id?: string;
  title: string;
  description?: string;
  location: SourceLocation;
}

export interface OfficerView {
  id?: string;
  name: string;
  position?: string;
  phone?: string;
  email?: string;
  availability?: string;
  deputy?: string;
  location: SourceLocation;
}

export interface ContactPointView {
  id?: string;
  kind?: string;
  kindLabel?: string;
  name: string;
  phone?: string;
  email?: string;
  website?: string;
  availability?: string;
  remark?: string;
  location: SourceLocation;
}

export interface OrganisationView {
  name?: string;
  sector?: string;
  targetGroup?: string;
  town?: string;
  adoptedBy?: string;
  adoptedOn?: string;
  reviewBy?: string;
  /** Format 1.1: the period of validity. */
  validFrom?: string;
  validUntil?: string;
  /** Format 1.1: a one-person practice, which has no attention officers. */
  selfEmployed: boolean;
}

export type ContentBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'fields'; entries: Array<{ title: string; blocks: ContentBlock[] }> };

export interface SectionView {
  key: string;
  title: string;
  blocks: ContentBlock[];
  location: SourceLocation;
}

export interface ErrorView {
  ruleId: string;
  message: string;
  line: number;
}

export interface RouteMapView {
  locale: Locale;
  organisation: OrganisationView;
  introduction?: string;
  /** In order: a preliminary step 0 first, merged steps as one box, missing steps too. */
  steps: StepView[];
  /** The five questions, drawn when the afwegingskader is written as questions (or is missing). */
  questions: QuestionView[];
  afwegingskader: AfwegingskaderView;
  /** Format 1.1: acute-danger routes first, then the others as written. */
  routes: RouteView[];
  /** Format 1.1: `verantwoordelijkheden-organisatie`. */
  responsibilities: string[];
  /** Format 1.1: `bijlagen`. */
  appendices: AppendixView[];
  officers: OfficerView[];
  contactPoints: ContactPointView[];
  /** The protocol's own Veilig Thuis contact point, if it names one. */
  veiligThuis?: ContactPointView;
  sections: SectionView[];
  /** Findings of severity error, for the notice on the title page. */
  errors: ErrorView[];
  /** The text could not be read (completely) as YAML. */
  unreadable: boolean;
}

/** Top-level keys with a place of their own in the drawings and the export. */
const DRAWN_SECTIONS = new Set([
  'meldcode',
  'organisatie',
  'inleiding',
  'aandachtsfunctionarissen',
  'contactpunten',
  'stappen',
  'afwegingskader',
  'routes',
  'verantwoordelijkheden-organisatie',
  'bijlagen',
]);
const MAX_CONTENT_DEPTH = 4;
/** A step plan's numbers: 0 for what comes before the steps, then the five steps. */
const FIRST_STEP = 0;
const LAST_STEP = 5;

export function buildRouteMapView(document: ProtocolDocument, findings: readonly Finding[], locale: Locale, levels: readonly ProtocolDocument[] = []): RouteMapView {
  const model = document.model;
  /** `range`: the part's range in the merged model, whose lines tell which file it is written in. */
  const locate = (start: number, end: number, range?: Range): SourceLocation => {
    const level = range === undefined ? 0 : levelOf(range);
    const source = level > 0 ? levels[level] : document;
    if (source === undefined) return { line: 0, offset: 0, endOffset: 0 };
    // A block collection's range runs on over the line break (and blank lines) after it;
    // selecting that would make typing over the selection join two lines.
    let trimmed = end;
    while (trimmed > start && /\s/.test(source.text[trimmed - 1])) trimmed--;
    const location: SourceLocation = { line: source.positions.positionAt(start).line, offset: start, endOffset: trimmed };
    if (level > 0) location.level = level;
    return location;
  };
  const locateNode = (part: { node: Node; range: Range }): SourceLocation => {
    const [start, end] = part.node.range ?? [0, 0];
    return locate(start, end, part.range);
  };
  const locateKey = (key: string): SourceLocation => {
    const section = model.sections.get(key);
    if (section) return locate(section.keyStartOffset, section.keyStartOffset + section.key.length, section.keyRange);
    const start = document.positions.offsetAt(model.topRange.start);
    return locate(start, document.positions.offsetAt(model.topRange.end));
  };

  const officers = model.officers.map((officer) => officerView(officer, locateNode(officer), locale));
  const officerById = firstById(model.officers, officers);
  for (const [index, officer] of model.officers.entries()) {
    const deputyId = officer.vervanger?.text.trim();
    if (deputyId) officers[index].deputy = officerById.get(deputyId)?.name ?? deputyId;
  }
  const contactPoints = model.contactPoints.map((point) => contactPointView(point, locateNode(point), locale));
  const contactPointById = firstById(model.contactPoints, contactPoints);

  /** Whom a `contact` list names, with the numbers to call. */
  const contactsOf = (references: readonly ScalarField[]): ContactView[] =>
    references.map((reference): ContactView => {
      const id = reference.text.trim();
      const officer = officerById.get(id);
      if (officer) {
        return { id, found: true, name: officer.name, role: officer.position ?? label('officerRole', locale), phone: officer.phone, location: officer.location };
      }
      const point = contactPointById.get(id);
      if (point) return { id, found: true, name: point.name, role: distinctKind(point), phone: point.phone, location: point.location };
      return { id, found: false, name: id, location: locate(reference.startOffset, reference.endOffset, reference.range) };
    });

  const steps: StepView[] = [];
  const drawn = new Set<number>();
  const presentStep = (step: StepModel): StepView => {
    const numbers = stepNumbers(step);
    numbers.forEach((number) => drawn.add(number));
    const title = text(step.fields, 'titel');
    return {
      number: numbers[0],
      numbers,
      key: numbers.join('-'),
      heading: stepHeading(numbers, locale),
      present: true,
      title: title ?? standardStepTitle(numbers, locale),
      titleIsStandard: title === undefined,
      responsible: text(step.fields, 'verantwoordelijk'),
      deadline: text(step.fields, 'termijn'),
      actions: textList(step.fields.get('acties')?.value ?? null),
      explanation: text(step.fields, 'toelichting'),
      contacts: contactsOf(step.contacts),
      substeps: step.substeps.map((part) => ({
        id: text(part.fields, 'id'),
        title: text(part.fields, 'titel'),
        responsible: text(part.fields, 'verantwoordelijk'),
        deadline: text(part.fields, 'termijn'),
        actions: textList(part.fields.get('acties')?.value ?? null),
        contacts: contactsOf(part.contacts),
        location: locateNode(part),
      })),
      location: locateNode(step),
    };
  };
  // A preliminary step (stap 0) comes first; a step that stands for several numbers is drawn once,
  // where its first number falls; a number no step stands for is drawn as a missing step.
  const preliminary = model.steps.find((candidate) => candidate.numbers.includes(FIRST_STEP));
  if (preliminary) steps.push(presentStep(preliminary));
  for (let number = 1; number <= LAST_STEP; number++) {
    if (drawn.has(number)) continue;
    const step = model.steps.find((candidate) => candidate.numbers.includes(number));
    if (step) {
      steps.push(presentStep(step));
      continue;
    }
    steps.push({
      number,
      numbers: [number],
      key: String(number),
      heading: stepHeading([number], locale),
      present: false,
      title: standardStepTitle([number], locale),
      titleIsStandard: true,
      actions: [],
      contacts: [],
      substeps: [],
      location: locateKey('stappen'),
      problem: stepMissingMessage(findings, number, locale),
    });
  }

  const framework = model.afwegingskader;
  const questionsProblem = afwegingskaderMessage(findings, model.sections.get('afwegingskader'), locale);
  const questions: QuestionView[] = [];
  for (let number = 1; number <= 5; number++) {
    const question = model.questions.find((candidate) => candidate.vraag?.value === number);
    const standardText = STANDARD_QUESTIONS[number - 1][locale];
    const standard = QUESTIONS[number - 1];
    const standardOutcomes = {
      yes: standardOutcome(standard.yes, standard.ifYes[locale], locale),
      no: standardOutcome(standard.no, standard.ifNo[locale], locale),
    };
    if (!question) {
      questions.push({
        number,
        present: false,
        text: standardText,
        textIsStandard: true,
        outcomes: standardOutcomes,
        location: locateKey('afwegingskader'),
        problem: questionsProblem ?? label('stepMissing', locale),
      });
      continue;
    }
    const questionText = text(question.fields, 'tekst');
    questions.push({
      number,
      present: true,
      text: questionText ?? standardText,
      textIsStandard: questionText === undefined,
      ifYes: text(question.fields, 'ja'),
      ifNo: text(question.fields, 'nee'),
      outcomes: {
        yes: outcomeOf(question, 'ja', standardOutcomes.yes, 'question', number, locale),
        no: outcomeOf(question, 'nee', standardOutcomes.no, 'question', number, locale),
      },
      explanation: text(question.fields, 'toelichting'),
      location: locateNode(question),
    });
  }

  const form = framework?.form ?? 'questions';
  const decisions: DecisionView[] = [];
  if (form === 'decisions') {
    for (const number of [1, 2]) {
      const decision = framework?.decisions.find((candidate) => candidate.beslissing?.value === number);
      const standardText = STANDARD_DECISIONS[number - 1][locale];
      const standardOutcomes = standardDecisionOutcomes(number, locale);
      if (!decision) {
        decisions.push({
          number,
          present: false,
          text: standardText,
          textIsStandard: true,
          conditions: [],
          outcomes: standardOutcomes,
          location: locateKey('afwegingskader'),
          problem: questionsProblem ?? label('stepMissing', locale),
        });
        continue;
      }
      const decisionText = text(decision.fields, 'tekst');
      decisions.push({
        number,
        present: true,
        text: decisionText ?? standardText,
        textIsStandard: decisionText === undefined,
        conditions: decision.voorwaarden.map((field) => nodeText(field.node)).filter((item): item is string => item !== undefined),
        outcomes: {
          yes: outcomeOf(decision, 'ja', standardOutcomes.yes, 'decision', number, locale),
          no: outcomeOf(decision, 'nee', standardOutcomes.no, 'decision', number, locale),
        },
        explanation: text(decision.fields, 'toelichting'),
        location: locateNode(decision),
      });
    }
  }

  const appendices: AppendixView[] = model.appendices.map((appendix) => {
    const id = text(appendix.fields, 'id');
    return {
      id,
      title: text(appendix.fields, 'titel') ?? id ?? label('appendices', locale),
      description: text(appendix.fields, 'omschrijving'),
      location: locateNode(appendix),
    };
  });
  const appendixName = framework?.appendix ? nodeText(framework.appendix.node) : undefined;
  const afwegingskader: AfwegingskaderView = {
    form,
    model: framework?.model ? nodeText(framework.model.node) : undefined,
    appendix: appendices.find((appendix) => appendix.id !== undefined && appendix.id === appendixName)?.title ?? appendixName,
    decisions,
    location: framework?.appendix ? locate(framework.appendix.startOffset, framework.appendix.endOffset, framework.appendix.range) : locateKey('afwegingskader'),
  };

  const routes: RouteView[] = model.routes.map((route) => {
    const kind = text(route.fields, 'soort');
    const kindLabel = kind === undefined ? undefined : (ROUTE_KIND_LABELS[kind]?.[locale] ?? kind);
    const id = text(route.fields, 'id');
    return {
      id,
      kind,
      kindLabel,
      acute: kind === 'acuut-gevaar',
      title: text(route.fields, 'titel') ?? kindLabel ?? id ?? label('route', locale),
      description: text(route.fields, 'omschrijving'),
      responsible: text(route.fields, 'verantwoordelijk'),
      actions: textList(route.fields.get('acties')?.value ?? null),
      contacts: contactsOf(route.contacts),
      steps: route.steps.map((step, index) => {
        const number = step.numbers[0];
        return {
          number,
          title: text(step.fields, 'titel') ?? `${label('step', locale)} ${number ?? index + 1}`,
          responsible: text(step.fields, 'verantwoordelijk'),
          deadline: text(step.fields, 'termijn'),
          actions: textList(step.fields.get('acties')?.value ?? null),
          contacts: contactsOf(step.contacts),
          location: locateNode(step),
        };
      }),
      location: locateNode(route),
    };
  });
  // Acute danger comes before everything else; the other routes keep the order written.
  routes.sort((a, b) => Number(b.acute) - Number(a.acute));

  const sections: SectionView[] = [];
  for (const [key, section] of model.sections) {
    if (DRAWN_SECTIONS.has(key) || section.value === null) continue;
    const blocks = contentBlocks(section.value, locale, 0);
    if (blocks.length === 0) continue;
    sections.push({ key, title: sectionTitle(key, locale), blocks, location: locateKey(key) });
  }

  const organisationFields = model.organisation?.fields ?? new Map<string, KeyedSection>();
  const sector = text(organisationFields, 'sector');
  const doelgroep = organisationFields.get('doelgroep')?.value;
  return {
    locale,
    organisation: {
      name: text(organisationFields, 'naam'),
      sector: sector === undefined ? undefined : (SECTOR_LABELS[sector]?.[locale] ?? sector),
      targetGroup: isMap(doelgroep) ? targetGroup(fieldsOf(doelgroep), locale) : undefined,
      town: text(organisationFields, 'plaats'),
      adoptedBy: text(organisationFields, 'vastgesteld-door'),
      adoptedOn: text(organisationFields, 'vastgesteld'),
      reviewBy: text(organisationFields, 'herzien-voor'),
      validFrom: text(organisationFields, 'geldig-van'),
      validUntil: text(organisationFields, 'geldig-tot'),
      selfEmployed: model.organisation?.zelfstandig?.value === true,
    },
    introduction: sectionText(model.sections.get('inleiding')),
    steps,
    questions,
    afwegingskader,
    routes,
    responsibilities: model.responsibilities.map((field) => nodeText(field.node)).filter((item): item is string => item !== undefined),
    appendices,
    officers,
    contactPoints,
    veiligThuis: contactPoints.find((point) => point.kind === 'veilig-thuis'),
    sections,
    errors: findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => ({ ruleId: finding.ruleId, message: finding.message[locale], line: finding.range.start.line })),
    unreadable: document.yaml === undefined || document.problems.length > 0 || (model.root === undefined && document.text.trim() !== ''),
  };
}

/** The numbers of a step plan's item that the route map draws (0 to 5), each once, in order. */
function stepNumbers(step: StepModel): number[] {
  return [...new Set(step.numbers.filter((number) => number >= FIRST_STEP && number <= LAST_STEP))].sort((a, b) => a - b);
}

/** "Stap 3", "Stap 4 en 5" ("Steps 4 and 5"), "Vooraf (stap 0)". */
export function stepHeading(numbers: readonly number[], locale: Locale): string {
  if (numbers.length === 1 && numbers[0] === FIRST_STEP) return label('stepBefore', locale);
  if (numbers.length === 1) return `${label('step', locale)} ${numbers[0]}`;
  return label('stepsJoined', locale, { first: numbers.slice(0, -1).join(', '), last: String(numbers[numbers.length - 1]) });
}

function standardStepTitle(numbers: readonly number[], locale: Locale): string {
  const titles = numbers.map((number) => (number === FIRST_STEP ? label('stepBeforeTitle', locale).toLowerCase() : STEP_TITLES[locale][number - 1]));
  const joined = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${titles[titles.length - 1]}`;
  return capitalise(joined);
}

/** The standard outcome of a question, from the knowledge base, in the words of the knowledge base. */
function standardOutcome(outcome: QuestionOutcome, text: string, locale: Locale): OutcomeView {
  switch (outcome.kind) {
    case 'question':
      return { kind: 'question', target: outcome.question, source: 'standard', text };
    case 'help':
      return { kind: 'help', target: outcome.then, source: 'standard', text: text || label('endHelp', locale) };
    default:
      return { kind: outcome.kind, source: 'standard', text };
  }
}

/** The older basismodel: decision 1 "yes" reports, "no" goes on to decision 2; decision 2 "yes" helps, "no" reports. */
function standardDecisionOutcomes(number: number, locale: Locale): { yes: OutcomeView; no: OutcomeView } {
  const report: OutcomeView = { kind: 'report', source: 'standard', text: label('endReport', locale) };
  if (number === 1) {
    return { yes: report, no: { kind: 'question', target: 2, source: 'standard', text: label('goToDecision', locale, { decision: '2' }) } };
  }
  return { yes: { kind: 'help', source: 'standard', text: label('endHelp', locale) }, no: report };
}

const OUTCOME_VALUES: Readonly<Record<string, Exclude<OutcomeKind, 'question'>>> = {
  melden: 'report',
  'melden-en-hulp': 'report-help',
  hulp: 'help',
  afsluiten: 'close',
};

/** Where a protocol's `ja` or `nee` leads, with the standard outcome where it says nothing (placeable). */
function outcomeOf(
  item: QuestionModel | DecisionModel,
  answer: 'ja' | 'nee',
  standard: OutcomeView,
  scope: 'question' | 'decision',
  self: number,
  locale: Locale,
): OutcomeView {
  const field = item[answer];
  const written = field ? nodeText(field.node) : undefined;
  if (written === undefined) return standard;
  const count = scope === 'question' ? 5 : 2;
  const goTo = (target: number): string =>
    scope === 'question' ? label('goToQuestion', locale, { question: String(target) }) : label('goToDecision', locale, { decision: String(target) });
  const valid = (target: number): boolean => Number.isInteger(target) && target >= 1 && target <= count && target !== self;

  // Format 1.1 values: melden, melden-en-hulp, hulp, afsluiten, vraag-N (or N), beslissing-N.
  const value = written.toLowerCase();
  const reference = scope === 'question' ? /^(?:vraag-?\s*)?(\d+)$/.exec(value) : /^beslissing-?\s*(\d+)$/.exec(value);
  if (reference && valid(Number(reference[1]))) {
    return { kind: 'question', target: Number(reference[1]), source: 'value', written, text: goTo(Number(reference[1])) };
  }
  const kind = OUTCOME_VALUES[value];
  if (kind) return { kind, source: 'value', written, text: outcomeLabel(kind, locale), ...(kind === 'help' ? helpContinuation(scope, self) : {}) };

  // Older protocols write a sentence: placed where it plainly says to report, to close, to help,
  // or to go on to another question; anything else keeps the standard outcome beside its words.
  const words = classifyWords(value, scope);
  if (words && (words.kind !== 'question' || valid(words.target!))) {
    return { ...words, ...(words.kind === 'help' ? helpContinuation(scope, self) : {}), source: 'text', written, text: written };
  }
  return { ...standard, written, text: written };
}

/** After help comes the question whether it works (question 5), when the help is decided before it. */
function helpContinuation(scope: 'question' | 'decision', self: number): { target?: number } {
  return scope === 'question' && self < 5 ? { target: 5 } : {};
}

const NEGATED_REPORT = /\bniet\b[^.;:]{0,30}\bmeld|\bmeld\w*\s+(is\s+)?(niet|geen)\b|\bgeen\s+melding/;
const REPORT_WORD = /\bmeld(en|ing|t)?\b/;
const CLOSE_WORD = /\bafsluiten\b|\bafronden\b|\bafgesloten\b/;
const SPLIT_CLOSE_VERB = /\b(?:sluit|rond)\b/;
const SEPARATED_AF = /\baf\b/;

/**
 * "afsluiten", or "sluit ... af" / "rond ... af" within one clause: what
 * `\b(sluit|rond)\b[^.;:]*\baf\b` finds, clause by clause, where that pattern reads on to the
 * end of the clause from every "sluit" (40,000 of them took the route map 7 seconds).
 */
export function saysClose(text: string): boolean {
  if (CLOSE_WORD.test(text)) return true;
  for (const clause of text.split(/[.;:]/)) {
    const verb = SPLIT_CLOSE_VERB.exec(clause);
    if (verb && SEPARATED_AF.test(clause.slice(verb.index + verb[0].length))) return true;
  }
  return false;
}
const HELP_WORD = /\bhulp\b/;

function classifyWords(text: string, scope: 'question' | 'decision'): { kind: OutcomeKind; target?: number } | undefined {
  if (REPORT_WORD.test(text) && !NEGATED_REPORT.test(text)) return { kind: 'report' };
  if (saysClose(text)) return { kind: 'close' };
  if (HELP_WORD.test(text)) return { kind: 'help' };
  const reference = (scope === 'question' ? /\bvraag\s+(\d+)\b/ : /\bbeslissing\s+(\d+)\b/).exec(text);
  if (reference) return { kind: 'question', target: Number(reference[1]) };
  return undefined;
}

export function outcomeLabel(kind: Exclude<OutcomeKind, 'question'>, locale: Locale): string {
  switch (kind) {
    case 'report':
      return label('endReport', locale);
    case 'report-help':
      return label('endReportHelp', locale);
    case 'help':
      return label('endHelp', locale);
    case 'close':
      return label('endClose', locale);
  }
}

/**
 * The kind of a contact point where it adds to the name: not for "Veilig Thuis Utrecht" (which
 * would read "Veilig Thuis Utrecht (Veilig Thuis)"), nor "overig", which says nothing.
 */
export function distinctKind(point: Pick<ContactPointView, 'name' | 'kind' | 'kindLabel'>): string | undefined {
  if (point.kindLabel === undefined || point.kind === 'overig') return undefined;
  return point.name.toLocaleLowerCase('nl').includes(point.kindLabel.toLocaleLowerCase('nl')) ? undefined : point.kindLabel;
}

function officerView(officer: OfficerModel, location: SourceLocation, locale: Locale): OfficerView {
  const name = text(officer.fields, 'naam');
  const id = text(officer.fields, 'id');
  return {
    id,
    name: name ?? id ?? label('officerRole', locale),
    position: text(officer.fields, 'functie'),
    phone: text(officer.fields, 'telefoon'),
    email: text(officer.fields, 'email'),
    availability: text(officer.fields, 'bereikbaarheid'),
    location,
  };
}

function contactPointView(point: ContactPointModel, location: SourceLocation, locale: Locale): ContactPointView {
  const kind = text(point.fields, 'soort');
  const kindLabel = kind === undefined ? undefined : (CONTACT_KIND_LABELS[kind]?.[locale] ?? kind);
  const id = text(point.fields, 'id');
  return {
    id,
    kind,
    kindLabel,
    name: text(point.fields, 'naam') ?? kindLabel ?? id ?? label('contact', locale),
    phone: text(point.fields, 'telefoon'),
    email: text(point.fields, 'email'),
    website: text(point.fields, 'website'),
    availability: text(point.fields, 'bereikbaarheid'),
    remark: text(point.fields, 'opmerking'),
    location,
  };
}

/** Views by the id of their model item; the first item with an id wins, as in the rules. */
function firstById<V>(items: ReadonlyArray<{ id?: { text: string } }>, views: V[]): Map<string, V> {
  const byId = new Map<string, V>();
  items.forEach((item, index) => {
    const id = item.id?.text.trim();
    if (id && !byId.has(id)) byId.set(id, views[index]);
  });
  return byId;
}

/**
 * The message of the step-missing finding for this step. The rule words it by sector (a legal
 * duty only where the Wet binds), so every wording it has is tried; when the configuration turned
 * the rule off there is no finding, and the box only says the step is missing.
 */
function stepMissingMessage(findings: readonly Finding[], step: number, locale: Locale): string {
  const data = { step, titleNl: STEP_TITLES.nl[step - 1], titleEn: STEP_TITLES.en[step - 1] };
  const wordings = new Set(Object.values(stepMissingRule.meta.messages).map((message) => formatMessage(message, data).nl));
  const finding = findings.find((candidate) => candidate.ruleId === 'step-missing' && wordings.has(candidate.message.nl));
  return finding?.message[locale] ?? label('stepMissing', locale);
}

function afwegingskaderMessage(findings: readonly Finding[], section: KeyedSection | undefined, locale: Locale): string | undefined {
  const missing = findings.find((finding) => finding.ruleId === 'afwegingskader-missing');
  if (missing) return missing.message[locale];
  if (!section) return undefined;
  const incomplete = findings.find(
    (finding) =>
      finding.ruleId === 'afwegingskader-incomplete' &&
      finding.range.start.line === section.keyRange.start.line &&
      finding.range.start.character === section.keyRange.start.character,
  );
  return incomplete?.message[locale];
}

function fieldsOf(map: { items: unknown[] }): Map<string, Node | null> {
  const fields = new Map<string, Node | null>();
  for (const pair of map.items as Array<{ key: unknown; value: unknown }>) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string' && !fields.has(pair.key.value)) {
      fields.set(pair.key.value, (pair.value as Node | null) ?? null);
    }
  }
  return fields;
}

function targetGroup(fields: Map<string, Node | null>, locale: Locale): string | undefined {
  const from = nodeText(fields.get('leeftijd-van') ?? null);
  const to = nodeText(fields.get('leeftijd-tot') ?? null);
  const description = nodeText(fields.get('omschrijving') ?? null);
  const ages = from !== undefined && to !== undefined ? label('ages', locale, { from, to }) : undefined;
  // "… in de buitenschoolse opvang." and the ages would read ".,": the description's full stop goes.
  const parts = [ages === undefined ? description : description?.replace(/\.$/, ''), ages].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The text of a scalar field, trimmed; undefined when absent, empty or not a scalar. */
function text(fields: ReadonlyMap<string, KeyedSection>, key: string): string | undefined {
  return nodeText(fields.get(key)?.value ?? null);
}

function nodeText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const value = scalarText(node).trim();
  return value === '' ? undefined : value;
}

function textList(node: Node | null): string[] {
  if (isScalar(node)) {
    const single = nodeText(node);
    return single === undefined ? [] : [single];
  }
  if (!isSeq(node)) return [];
  return node.items.map((item) => nodeText(item as Node) ?? textWithColon(item as Node)).filter((item): item is string => item !== undefined);
}

/**
 * "- Let op: bij acuut gevaar 112 bellen." is read by YAML as a key with a value (the `schema`
 * rule asks for quotes): shown as the sentence it is, not left out. Wrapped over lines, YAML
 * may read a second ": " as a map in the value, and a line under it as a key without a colon.
 */
function textWithColon(node: Node | null): string | undefined {
  if (!isMap(node) || node.items.length === 0) return undefined;
  const parts = node.items.map((pair) => {
    const key = nodeText(pair.key as Node | null) ?? '';
    // No value at all (not even an empty one): the key was written without a colon.
    if (pair.value === null) return key;
    const value = nodeText(pair.value as Node | null) ?? textWithColon(pair.value as Node);
    return value === undefined ? `${key}:` : `${key}: ${value}`;
  });
  return parts.join(' ');
}

function sectionText(section: KeyedSection | undefined): string | undefined {
  return nodeText(section?.value ?? null);
}

function sectionTitle(key: string, locale: Locale): string {
  return SECTION_TITLES[key]?.[locale] ?? capitalise(key.replace(/-/g, ' '));
}

/** Free-form sections (kindcheck, scholing ...) as paragraphs, lists and titled fields. */
function contentBlocks(node: Node | null, locale: Locale, depth: number): ContentBlock[] {
  if (node === null || depth > MAX_CONTENT_DEPTH) return [];
  if (isScalar(node)) {
    const value = nodeText(node);
    return value === undefined ? [] : [{ kind: 'text', text: value }];
  }
  if (isSeq(node)) {
    const scalars = node.items.every((item) => isScalar(item));
    if (scalars) {
      const items = textList(node);
      return items.length === 0 ? [] : [{ kind: 'list', items }];
    }
    return node.items.flatMap((item) => contentBlocks(item as Node, locale, depth + 1));
  }
  if (isMap(node)) {
    const entries: Array<{ title: string; blocks: ContentBlock[] }> = [];
    for (const [key, value] of fieldsOf(node)) {
      const blocks = contentBlocks(value, locale, depth + 1);
      if (blocks.length > 0) entries.push({ title: sectionTitle(key, locale), blocks });
    }
    return entries.length === 0 ? [] : [{ kind: 'fields', entries }];
  }
  return [];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
