import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { scalarText } from '../engine/ast';
import type { ProtocolDocument } from '../engine/document';
import type { KeyedSection, OfficerModel, ContactPointModel } from '../engine/model';
import { formatMessage } from '../engine/rule';
import { rule as stepMissingRule, STEP_TITLES } from '../engine/rules/step-missing';
import type { Finding, Locale } from '../engine/types';
import { CONTACT_KIND_LABELS, SECTION_TITLES, SECTOR_LABELS, STANDARD_QUESTIONS, label } from './strings';

/**
 * What the route map shows, taken from a parsed protocol and its findings: plain strings and
 * numbers, already localised, so drawing needs neither YAML nor the rules.
 */

/** Where a box's YAML stands: 0-based line, and UTF-16 offsets [offset, endOffset) of the text. */
export interface SourceLocation {
  line: number;
  offset: number;
  endOffset: number;
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
  number: number;
  present: boolean;
  title: string;
  /** No title in the protocol: the title shown is the basismodel's usual one. */
  titleIsStandard: boolean;
  responsible?: string;
  actions: string[];
  explanation?: string;
  contacts: ContactView[];
  location: SourceLocation;
  /** For a missing step: the diagnostic's message. */
  problem?: string;
}

export interface QuestionView {
  number: number;
  present: boolean;
  text: string;
  textIsStandard: boolean;
  ifYes?: string;
  ifNo?: string;
  explanation?: string;
  location: SourceLocation;
  problem?: string;
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
  steps: StepView[];
  questions: QuestionView[];
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

const DRAWN_SECTIONS = new Set(['meldcode', 'organisatie', 'inleiding', 'aandachtsfunctionarissen', 'contactpunten', 'stappen', 'afwegingskader']);
const MAX_CONTENT_DEPTH = 4;

export function buildRouteMapView(document: ProtocolDocument, findings: readonly Finding[], locale: Locale): RouteMapView {
  const model = document.model;
  const locate = (start: number, end: number): SourceLocation => {
    // A block collection's range runs on over the line break (and blank lines) after it;
    // selecting that would make typing over the selection join two lines.
    let trimmed = end;
    while (trimmed > start && /\s/.test(document.text[trimmed - 1])) trimmed--;
    return { line: document.positions.positionAt(start).line, offset: start, endOffset: trimmed };
  };
  const locateNode = (node: Node): SourceLocation => {
    const [start, end] = node.range ?? [0, 0];
    return locate(start, end);
  };
  const locateKey = (key: string): SourceLocation => {
    const section = model.sections.get(key);
    if (section) return locate(section.keyStartOffset, section.keyStartOffset + section.key.length);
    const start = document.positions.offsetAt(model.topRange.start);
    return locate(start, document.positions.offsetAt(model.topRange.end));
  };

  const officers = model.officers.map((officer) => officerView(officer, locateNode(officer.node), locale));
  const officerById = firstById(model.officers, officers);
  for (const [index, officer] of model.officers.entries()) {
    const deputyId = officer.vervanger?.text.trim();
    if (deputyId) officers[index].deputy = officerById.get(deputyId)?.name ?? deputyId;
  }
  const contactPoints = model.contactPoints.map((point) => contactPointView(point, locateNode(point.node), locale));
  const contactPointById = firstById(model.contactPoints, contactPoints);

  const steps: StepView[] = [];
  for (let number = 1; number <= 5; number++) {
    const step = model.steps.find((candidate) => candidate.stap?.value === number);
    const standardTitle = capitalise(STEP_TITLES[locale][number - 1]);
    if (!step) {
      steps.push({
        number,
        present: false,
        title: standardTitle,
        titleIsStandard: true,
        actions: [],
        contacts: [],
        location: locateKey('stappen'),
        problem: stepMissingMessage(findings, number, locale),
      });
      continue;
    }
    const title = text(step.fields, 'titel');
    steps.push({
      number,
      present: true,
      title: title ?? standardTitle,
      titleIsStandard: title === undefined,
      responsible: text(step.fields, 'verantwoordelijk'),
      actions: textList(step.fields.get('acties')?.value ?? null),
      explanation: text(step.fields, 'toelichting'),
      contacts: step.contacts.map((reference): ContactView => {
        const id = reference.text.trim();
        const officer = officerById.get(id);
        if (officer) {
          return { id, found: true, name: officer.name, role: officer.position ?? label('officerRole', locale), phone: officer.phone, location: officer.location };
        }
        const point = contactPointById.get(id);
        if (point) return { id, found: true, name: point.name, role: point.kindLabel, phone: point.phone, location: point.location };
        return { id, found: false, name: id, location: locate(reference.startOffset, reference.endOffset) };
      }),
      location: locateNode(step.node),
    });
  }

  const questionsProblem = afwegingskaderMessage(findings, model.sections.get('afwegingskader'), locale);
  const questions: QuestionView[] = [];
  for (let number = 1; number <= 5; number++) {
    const question = model.questions.find((candidate) => candidate.vraag?.value === number);
    const standardText = STANDARD_QUESTIONS[number - 1][locale];
    if (!question) {
      questions.push({
        number,
        present: false,
        text: standardText,
        textIsStandard: true,
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
      explanation: text(question.fields, 'toelichting'),
      location: locateNode(question.node),
    });
  }

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
    },
    introduction: sectionText(model.sections.get('inleiding')),
    steps,
    questions,
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
  const parts = [description, ages].filter((part): part is string => part !== undefined);
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
  return node.items.map((item) => nodeText(item as Node)).filter((item): item is string => item !== undefined);
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
