import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarText } from './ast';
import type { PositionMapper } from './positions';
import type { Range } from './types';

/** A scalar value with where it stands. */
export interface ScalarField {
  node: Scalar;
  value: unknown;
  /** The value as the author wrote it (keeps leading zeros of phone numbers). */
  text: string;
  range: Range;
  startOffset: number;
  endOffset: number;
}

/** A key of a map with its value, as written. */
export interface KeyedSection {
  pair: Pair;
  key: string;
  keyRange: Range;
  keyStartOffset: number;
  value: Node | null;
}

export interface OfficerModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  id?: ScalarField;
  naam?: ScalarField;
  functie?: ScalarField;
  telefoon?: ScalarField;
  email?: ScalarField;
  vervanger?: ScalarField;
}

export interface ContactPointModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  id?: ScalarField;
  soort?: ScalarField;
  naam?: ScalarField;
  telefoon?: ScalarField;
  email?: ScalarField;
}

export interface StepModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  stap?: ScalarField;
  titel?: ScalarField;
  verantwoordelijk?: ScalarField;
  contacts: ScalarField[];
}

export interface QuestionModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  vraag?: ScalarField;
  tekst?: ScalarField;
}

export type ReferenceKind = 'contact' | 'vervanger';

export interface ReferenceModel {
  kind: ReferenceKind;
  target: ScalarField;
}

export interface OrganisationModel {
  fields: Map<string, KeyedSection>;
  naam?: ScalarField;
  sector?: ScalarField;
  vastgesteld?: ScalarField;
  herzienVoor?: ScalarField;
  leeftijdVan?: ScalarField;
  leeftijdTot?: ScalarField;
}

/** The protocol as the rules see it: typed where the text allows, with positions everywhere. */
export interface ProtocolModel {
  root: YAMLMap | undefined;
  /** Top-level keys in document order. */
  sections: Map<string, KeyedSection>;
  /** Where a finding about something missing at top level points: the first key, or 0:0. */
  topRange: Range;
  organisation: OrganisationModel | undefined;
  officers: OfficerModel[];
  contactPoints: ContactPointModel[];
  steps: StepModel[];
  questions: QuestionModel[];
  interventions: ScalarField[];
  references: ReferenceModel[];
}

const ORIGIN: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function emptyModel(): ProtocolModel {
  return {
    root: undefined,
    sections: new Map(),
    topRange: ORIGIN,
    organisation: undefined,
    officers: [],
    contactPoints: [],
    steps: [],
    questions: [],
    interventions: [],
    references: [],
  };
}

export function buildModel(document: Document.Parsed, positions: PositionMapper): ProtocolModel {
  const model = emptyModel();
  const root = document.contents;
  if (!isMap(root)) return model;
  model.root = root;
  const reader = new FieldReader(positions);
  model.sections = reader.sections(root);
  const first = model.sections.values().next().value;
  if (first) model.topRange = first.keyRange;

  const organisation = model.sections.get('organisatie')?.value;
  if (isMap(organisation)) {
    const fields = reader.sections(organisation);
    const doelgroep = fields.get('doelgroep')?.value;
    const ages = isMap(doelgroep) ? reader.sections(doelgroep) : new Map<string, KeyedSection>();
    model.organisation = {
      fields,
      naam: reader.scalar(fields, 'naam'),
      sector: reader.scalar(fields, 'sector'),
      vastgesteld: reader.scalar(fields, 'vastgesteld'),
      herzienVoor: reader.scalar(fields, 'herzien-voor'),
      leeftijdVan: reader.scalar(ages, 'leeftijd-van'),
      leeftijdTot: reader.scalar(ages, 'leeftijd-tot'),
    };
  }

  for (const item of reader.mapItems(model.sections.get('aandachtsfunctionarissen'))) {
    const fields = reader.sections(item);
    const officer: OfficerModel = {
      node: item,
      range: reader.range(item),
      fields,
      id: reader.scalar(fields, 'id'),
      naam: reader.scalar(fields, 'naam'),
      functie: reader.scalar(fields, 'functie'),
      telefoon: reader.scalar(fields, 'telefoon'),
      email: reader.scalar(fields, 'email'),
      vervanger: reader.scalar(fields, 'vervanger'),
    };
    if (officer.vervanger) model.references.push({ kind: 'vervanger', target: officer.vervanger });
    model.officers.push(officer);
  }

  for (const item of reader.mapItems(model.sections.get('contactpunten'))) {
    const fields = reader.sections(item);
    model.contactPoints.push({
      node: item,
      range: reader.range(item),
      fields,
      id: reader.scalar(fields, 'id'),
      soort: reader.scalar(fields, 'soort'),
      naam: reader.scalar(fields, 'naam'),
      telefoon: reader.scalar(fields, 'telefoon'),
      email: reader.scalar(fields, 'email'),
    });
  }

  for (const item of reader.mapItems(model.sections.get('stappen'))) {
    const fields = reader.sections(item);
    const contacts = reader.scalarList(fields.get('contact')?.value ?? null);
    for (const target of contacts) model.references.push({ kind: 'contact', target });
    model.steps.push({
      node: item,
      range: reader.range(item),
      fields,
      stap: reader.scalar(fields, 'stap'),
      titel: reader.scalar(fields, 'titel'),
      verantwoordelijk: reader.scalar(fields, 'verantwoordelijk'),
      contacts,
    });
  }

  for (const item of reader.mapItems(model.sections.get('afwegingskader'))) {
    const fields = reader.sections(item);
    model.questions.push({
      node: item,
      range: reader.range(item),
      fields,
      vraag: reader.scalar(fields, 'vraag'),
      tekst: reader.scalar(fields, 'tekst'),
    });
  }

  model.interventions = reader.scalarList(model.sections.get('interventies')?.value ?? null);
  return model;
}

class FieldReader {
  constructor(private readonly positions: PositionMapper) {}

  range(node: Node): Range {
    const [start, end] = node.range ?? [0, 0];
    return this.positions.range(start, end);
  }

  /** The string-keyed pairs of a map; later duplicates do not replace the first. */
  sections(map: YAMLMap): Map<string, KeyedSection> {
    const result = new Map<string, KeyedSection>();
    for (const pair of map.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
      const key = pair.key.value;
      if (result.has(key)) continue;
      const [start, end] = pair.key.range ?? [0, 0];
      result.set(key, {
        pair,
        key,
        keyRange: this.positions.range(start, end),
        keyStartOffset: start,
        value: (pair.value as Node | null) ?? null,
      });
    }
    return result;
  }

  scalar(fields: Map<string, KeyedSection>, key: string): ScalarField | undefined {
    const value = fields.get(key)?.value;
    return isScalar(value) ? this.field(value) : undefined;
  }

  field(node: Scalar): ScalarField {
    const [start, end] = node.range ?? [0, 0];
    return {
      node,
      value: node.value,
      text: scalarText(node),
      range: this.positions.range(start, end),
      startOffset: start,
      endOffset: end,
    };
  }

  /** A scalar or a sequence of scalars, as scalar fields; null values are skipped. */
  scalarList(node: Node | null): ScalarField[] {
    if (isScalar(node)) return node.value === null ? [] : [this.field(node)];
    if (!isSeq(node)) return [];
    const result: ScalarField[] = [];
    for (const item of node.items) {
      if (isScalar(item) && item.value !== null) result.push(this.field(item));
    }
    return result;
  }

  mapItems(section: KeyedSection | undefined): YAMLMap[] {
    const value = section?.value;
    if (!isSeq(value)) return [];
    return value.items.filter((item): item is YAMLMap => isMap(item));
  }
}

