import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarText, scalarValueOffsets } from './ast';
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

/** A step of the five (`stappen`), or a step of a route (`routes[].stappen`). */
export interface StepModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  /** The step number when it is written as one value (`stap: 3`); undefined for a list. */
  stap?: ScalarField;
  /**
   * Every step this item stands for: [3] for `stap: 3`, [4, 5] for `stap: [4, 5]` (format 1.1,
   * merged steps), [0] for a preliminary step. Whole numbers only, in the order written.
   */
  numbers: number[];
  /** Where each of `numbers` is written. */
  numberFields: ScalarField[];
  titel?: ScalarField;
  verantwoordelijk?: ScalarField;
  /** Format 1.1: the time limit, in words ("binnen 5 werkdagen"). */
  termijn?: ScalarField;
  /** Format 1.1, in a location protocol: `acties-vervangen: true`, the step's actions replace the base's instead of adding to them. */
  actiesVervangen?: ScalarField;
  acties: ScalarField[];
  contacts: ScalarField[];
  /** Format 1.1: the parts of the step (`onderdelen`: 5a, 5b); always empty for a step of a route. */
  substeps: SubstepModel[];
}

/** Format 1.1: one part of a step (`stappen[].onderdelen[]`), such as 5a. */
export interface SubstepModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  id?: ScalarField;
  titel?: ScalarField;
  verantwoordelijk?: ScalarField;
  termijn?: ScalarField;
  acties: ScalarField[];
  contacts: ScalarField[];
}

export interface QuestionModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  vraag?: ScalarField;
  tekst?: ScalarField;
  /** Where "yes" leads: in format 1.1 melden, melden-en-hulp, hulp, afsluiten or vraag-N (or a question number). */
  ja?: ScalarField;
  nee?: ScalarField;
  toelichting?: ScalarField;
}

/** Format 1.1: one of the basismodel's two decisions (`afwegingskader.beslissingen[]`). */
export interface DecisionModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  /** 1 (is melden noodzakelijk?) or 2 (is hulp verlenen of organiseren (ook) mogelijk?). */
  beslissing?: ScalarField;
  tekst?: ScalarField;
  ja?: ScalarField;
  nee?: ScalarField;
  toelichting?: ScalarField;
  voorwaarden: ScalarField[];
}

/**
 * How the afwegingskader is written:
 * - `questions`: the five questions, as 1.0's list or (format 1.1) under `vragen:` of a map;
 * - `decisions`: (format 1.1) the older basismodel's two decisions, under `beslissingen:`;
 * - `appendix`: (format 1.1) a map without questions or decisions: the afwegingskader is kept
 *   elsewhere, in the appendix named by `bijlage` (or, without it, only named by `model`).
 * A map with both `vragen` and `beslissingen` counts as `questions`; the decisions are read too.
 */
export type AfwegingskaderForm = 'questions' | 'decisions' | 'appendix';

export interface AfwegingskaderModel {
  form: AfwegingskaderForm;
  /** The top-level `afwegingskader` key and its value. */
  section: KeyedSection;
  /** The value: the list, or the map. */
  range: Range;
  /** Format 1.1: which afwegingskader the organisation follows (basismodel, knmg, onderwijs ...). */
  model?: ScalarField;
  /** The same questions as ProtocolModel.questions. */
  questions: QuestionModel[];
  decisions: DecisionModel[];
  /** Format 1.1: where the afwegingskader is kept ("Bijlage 2: afwegingskader van de KNMG"). */
  appendix?: ScalarField;
  /** Format 1.1: a note on the afwegingskader as a whole (`afwegingskader.toelichting` of the map). */
  toelichting?: ScalarField;
}

/** Format 1.1: a procedure beside the five steps (`routes[]`): acute danger, a suspected staff member, sport. */
export interface RouteModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  id?: ScalarField;
  /** acuut-gevaar | vermoeden-medewerker | sport | overig */
  soort?: ScalarField;
  titel?: ScalarField;
  omschrijving?: ScalarField;
  verantwoordelijk?: ScalarField;
  acties: ScalarField[];
  contacts: ScalarField[];
  /** The route's own steps (numbered from 1; no sub-steps). */
  steps: StepModel[];
}

/** Format 1.1: supporting material that comes with the protocol (`bijlagen[]`). */
export interface AppendixModel {
  node: YAMLMap;
  range: Range;
  fields: Map<string, KeyedSection>;
  id?: ScalarField;
  titel?: ScalarField;
  omschrijving?: ScalarField;
}

export type ReferenceKind = 'contact' | 'vervanger';

/** An id written where an officer or contact point is meant: a `contact` anywhere, or a `vervanger`. */
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
  /** Format 1.1: `zelfstandig: true`, a self-employed professional's protocol (no officers). */
  zelfstandig?: ScalarField;
  /** Format 1.1: the period of validity, instead of or beside `vastgesteld`. */
  geldigVan?: ScalarField;
  geldigTot?: ScalarField;
  /** Format 1.1: the location a location protocol is for (`organisatie.locatie`). */
  locatie?: ScalarField;
}

/** Why the base protocol named by `basis` could not be used (see engine/inheritance); the rule base-invalid reports it. */
export interface BaseProblem {
  /** A message id of the rule base-invalid. */
  kind: 'missing' | 'outside' | 'absolute' | 'cycle' | 'version' | 'unreadable' | 'broken' | 'chain';
  data: Readonly<Record<string, string | number>>;
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
  /** The questions of the afwegingskader, in either place they may be written. */
  questions: QuestionModel[];
  /** How the afwegingskader is written; undefined when there is none, or it is neither a list nor a map. */
  afwegingskader: AfwegingskaderModel | undefined;
  /** Format 1.1. */
  routes: RouteModel[];
  /** Format 1.1: `verantwoordelijkheden-organisatie`, as one text or a list. */
  responsibilities: ScalarField[];
  /** Format 1.1: `bijlagen`. */
  appendices: AppendixModel[];
  interventions: ScalarField[];
  /**
   * Every place that names an officer or contact point by id, in document order: `vervanger`
   * of an officer, and `contact` of a step, a sub-step, a route and a route's step.
   */
  references: ReferenceModel[];
  /** Format 1.1: the base protocol this location protocol builds on (`basis: ../stichting.meldcode.yaml`). */
  basis?: ScalarField;
  /** Set on the model a location is checked with when its base could not be used. */
  baseProblem?: BaseProblem;
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
    afwegingskader: undefined,
    routes: [],
    responsibilities: [],
    appendices: [],
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
      zelfstandig: reader.scalar(fields, 'zelfstandig'),
      geldigVan: reader.scalar(fields, 'geldig-van'),
      geldigTot: reader.scalar(fields, 'geldig-tot'),
      locatie: reader.scalar(fields, 'locatie'),
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

  const references = (contacts: ScalarField[]): ScalarField[] => {
    for (const target of contacts) model.references.push({ kind: 'contact', target });
    return contacts;
  };
  const step = (item: YAMLMap, withSubsteps: boolean): StepModel => {
    const fields = reader.sections(item);
    const numberFields = reader.scalarList(fields.get('stap')?.value ?? null);
    const contacts = references(reader.scalarList(fields.get('contact')?.value ?? null));
    const substeps: SubstepModel[] = [];
    if (withSubsteps) {
      for (const part of reader.mapItems(fields.get('onderdelen'))) {
        const partFields = reader.sections(part);
        substeps.push({
          node: part,
          range: reader.range(part),
          fields: partFields,
          id: reader.scalar(partFields, 'id'),
          titel: reader.scalar(partFields, 'titel'),
          verantwoordelijk: reader.scalar(partFields, 'verantwoordelijk'),
          termijn: reader.scalar(partFields, 'termijn'),
          acties: reader.scalarList(partFields.get('acties')?.value ?? null),
          contacts: references(reader.scalarList(partFields.get('contact')?.value ?? null)),
        });
      }
    }
    return {
      node: item,
      range: reader.range(item),
      fields,
      stap: reader.scalar(fields, 'stap'),
      numbers: numberFields.flatMap((field) => (typeof field.value === 'number' && Number.isInteger(field.value) ? [field.value] : [])),
      numberFields: numberFields.filter((field) => typeof field.value === 'number' && Number.isInteger(field.value)),
      titel: reader.scalar(fields, 'titel'),
      verantwoordelijk: reader.scalar(fields, 'verantwoordelijk'),
      termijn: reader.scalar(fields, 'termijn'),
      actiesVervangen: reader.scalar(fields, 'acties-vervangen'),
      acties: reader.scalarList(fields.get('acties')?.value ?? null),
      contacts,
      substeps,
    };
  };

  for (const item of reader.mapItems(model.sections.get('stappen'))) model.steps.push(step(item, true));

  const afwegingskader = model.sections.get('afwegingskader');
  const framework = afwegingskader?.value;
  if (afwegingskader && isSeq(framework)) {
    model.questions = reader.mapItems(afwegingskader).map((item) => question(reader, item));
    model.afwegingskader = { form: 'questions', section: afwegingskader, range: reader.range(framework), questions: model.questions, decisions: [] };
  } else if (afwegingskader && isMap(framework)) {
    const fields = reader.sections(framework);
    model.questions = reader.mapItems(fields.get('vragen')).map((item) => question(reader, item));
    const decisions = reader.mapItems(fields.get('beslissingen')).map((item): DecisionModel => {
      const decisionFields = reader.sections(item);
      return {
        node: item,
        range: reader.range(item),
        fields: decisionFields,
        beslissing: reader.scalar(decisionFields, 'beslissing'),
        tekst: reader.scalar(decisionFields, 'tekst'),
        ja: reader.scalar(decisionFields, 'ja'),
        nee: reader.scalar(decisionFields, 'nee'),
        toelichting: reader.scalar(decisionFields, 'toelichting'),
        voorwaarden: reader.scalarList(decisionFields.get('voorwaarden')?.value ?? null),
      };
    });
    model.afwegingskader = {
      form: fields.has('vragen') ? 'questions' : fields.has('beslissingen') ? 'decisions' : 'appendix',
      section: afwegingskader,
      range: reader.range(framework),
      model: reader.scalar(fields, 'model'),
      questions: model.questions,
      decisions,
      appendix: reader.scalar(fields, 'bijlage'),
      toelichting: reader.scalar(fields, 'toelichting'),
    };
  }

  for (const item of reader.mapItems(model.sections.get('routes'))) {
    const fields = reader.sections(item);
    const contacts = references(reader.scalarList(fields.get('contact')?.value ?? null));
    model.routes.push({
      node: item,
      range: reader.range(item),
      fields,
      id: reader.scalar(fields, 'id'),
      soort: reader.scalar(fields, 'soort'),
      titel: reader.scalar(fields, 'titel'),
      omschrijving: reader.scalar(fields, 'omschrijving'),
      verantwoordelijk: reader.scalar(fields, 'verantwoordelijk'),
      acties: reader.scalarList(fields.get('acties')?.value ?? null),
      contacts,
      steps: reader.mapItems(fields.get('stappen')).map((routeStep) => step(routeStep, false)),
    });
  }

  model.responsibilities = reader.scalarList(model.sections.get('verantwoordelijkheden-organisatie')?.value ?? null);

  for (const item of reader.mapItems(model.sections.get('bijlagen'))) {
    const fields = reader.sections(item);
    model.appendices.push({
      node: item,
      range: reader.range(item),
      fields,
      id: reader.scalar(fields, 'id'),
      titel: reader.scalar(fields, 'titel'),
      omschrijving: reader.scalar(fields, 'omschrijving'),
    });
  }

  model.interventions = reader.scalarList(model.sections.get('interventies')?.value ?? null);
  model.basis = reader.scalar(model.sections, 'basis');
  model.references.sort((a, b) => a.target.startOffset - b.target.startOffset);
  return model;
}

function question(reader: FieldReader, item: YAMLMap): QuestionModel {
  const fields = reader.sections(item);
  return {
    node: item,
    range: reader.range(item),
    fields,
    vraag: reader.scalar(fields, 'vraag'),
    tekst: reader.scalar(fields, 'tekst'),
    ja: reader.scalar(fields, 'ja'),
    nee: reader.scalar(fields, 'nee'),
    toelichting: reader.scalar(fields, 'toelichting'),
  };
}

/**
 * A scalar field whose line and character are worked out when first asked for: a file of
 * 60,000 steps holds hundreds of thousands of fields, and only those in a finding are shown.
 */
class LazyScalarField implements ScalarField {
  private cachedRange: Range | undefined;

  constructor(
    readonly node: Scalar,
    readonly value: unknown,
    readonly text: string,
    readonly startOffset: number,
    readonly endOffset: number,
    private readonly positions: PositionMapper,
  ) {}

  get range(): Range {
    return (this.cachedRange ??= this.positions.range(this.startOffset, this.endOffset));
  }
}

/** A key with its value; the key's line and character are worked out when first asked for. */
class LazyKeyedSection implements KeyedSection {
  private cachedRange: Range | undefined;

  constructor(
    readonly pair: Pair,
    readonly key: string,
    readonly keyStartOffset: number,
    private readonly keyEndOffset: number,
    readonly value: Node | null,
    private readonly positions: PositionMapper,
  ) {}

  get keyRange(): Range {
    return (this.cachedRange ??= this.positions.range(this.keyStartOffset, this.keyEndOffset));
  }
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
      result.set(key, new LazyKeyedSection(pair, key, start, end, (pair.value as Node | null) ?? null, this.positions));
    }
    return result;
  }

  scalar(fields: Map<string, KeyedSection>, key: string): ScalarField | undefined {
    const value = fields.get(key)?.value;
    return isScalar(value) ? this.field(value) : undefined;
  }

  field(node: Scalar): ScalarField {
    // A block scalar's content, without its header: see scalarValueOffsets.
    const [start, end] = scalarValueOffsets(node, this.positions.text);
    return new LazyScalarField(node, node.value, scalarText(node), start, end, this.positions);
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

