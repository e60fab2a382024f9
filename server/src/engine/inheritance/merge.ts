import type { Document } from 'yaml';
import type { ProtocolDocument } from '../document';
import {
  buildModel,
  type KeyedSection,
  type OfficerModel,
  type OrganisationModel,
  type ProtocolModel,
  type ReferenceModel,
  type ScalarField,
  type StepModel,
  type SubstepModel,
} from '../model';
import { PositionMapper } from '../positions';
import type { Position, Range } from '../types';

/**
 * A location protocol merged with its base: what every rule checks.
 *
 * The model's fields keep the ranges of the file they were written in. So that a range tells
 * which file it belongs to, the models of the bases are built with their lines shifted: a line
 * of the nearest base counts from LEVEL_LINES, of its base from 2 × LEVEL_LINES, and so on.
 * `placeOf` turns a range of the merged model back into its file and its own range.
 */
export interface MergedProtocol {
  /** The merged model; its ranges are shifted per level (use placeOf). */
  model: ProtocolModel;
  /** The location's document, then its bases, nearest first. */
  documents: readonly ProtocolDocument[];
  /** Where a range of the merged model lies: level 0 is the location, level 1 its base ... */
  placeOf(range: Range): { level: number; range: Range };
  /** Whether a value of the merged model (an officer, a step, an action, a field) came from the location or a base. */
  originOf(value: { range: Range }): Origin;
}

export type Origin = 'location' | 'base';

/** Lines of one level: far beyond any protocol's length (and any line an editor shows). */
export const LEVEL_LINES = 2 ** 30;

export function levelOf(range: Range): number {
  return Math.floor(range.start.line / LEVEL_LINES);
}

/** A range of the merged model in the coordinates of its own file. */
export function unshifted(range: Range): Range {
  const level = levelOf(range);
  if (level === 0) return range;
  const shift = (position: Position): Position => ({ line: position.line - level * LEVEL_LINES, character: position.character });
  return { start: shift(range.start), end: shift(range.end) };
}

/** Positions of a base's text, with every line moved down by `shift`. */
class ShiftedPositions extends PositionMapper {
  constructor(
    text: string,
    private readonly shift: number,
  ) {
    super(text);
  }

  override positionAt(offset: number): Position {
    const position = super.positionAt(offset);
    return { line: position.line + this.shift, character: position.character };
  }

  override offsetAt(position: Position): number {
    return super.offsetAt({ line: position.line - this.shift, character: position.character });
  }
}

/** A document's model at a level: built once per document and level. */
const shiftedModels = new WeakMap<ProtocolDocument, Map<number, ProtocolModel>>();

function modelAtLevel(document: ProtocolDocument, level: number): ProtocolModel {
  if (level === 0 || !document.yaml) return document.model;
  let levels = shiftedModels.get(document);
  if (!levels) shiftedModels.set(document, (levels = new Map()));
  let model = levels.get(level);
  if (!model) {
    model = buildModel(document.yaml as Document.Parsed, new ShiftedPositions(document.text, level * LEVEL_LINES));
    levels.set(level, model);
  }
  return model;
}

/** A location merged with one base (which may itself be merged already: see mergeChain). */
export function mergeWithBase(location: ProtocolDocument, base: ProtocolDocument): MergedProtocol {
  return mergeChain(location, [base]);
}

/** A location merged with its chain of bases, nearest first. */
export function mergeChain(location: ProtocolDocument, bases: readonly ProtocolDocument[]): MergedProtocol {
  const documents = [location, ...bases];
  let model = modelAtLevel(documents[documents.length - 1], documents.length - 1);
  for (let level = documents.length - 2; level >= 0; level--) model = mergeModels(modelAtLevel(documents[level], level), model);
  return {
    model,
    documents,
    placeOf: (range) => ({ level: levelOf(range), range: unshifted(range) }),
    originOf: (value) => (levelOf(value.range) === 0 ? 'location' : 'base'),
  };
}

/**
 * The merge rules (docs/locations.md):
 * - `organisatie`: key by key, the location's value wins;
 * - officers and contact points: by id, the location's entry replaces the base's;
 * - steps: by number (`stap: 3`, `stap: [4, 5]`): the location's title, responsible and time
 *   limit win, its actions are added after the base's (or replace them with
 *   `acties-vervangen: true`), contacts are added, parts (`onderdelen`) merge by id;
 * - every other section (afwegingskader, routes, kindcheck ...) is replaced as a whole.
 */
export function mergeModels(location: ProtocolModel, base: ProtocolModel): ProtocolModel {
  const has = (key: string): boolean => location.sections.has(key);
  const steps = mergeSteps(base.steps, location.steps);
  const officers = mergeById(base.officers, location.officers);
  const routes = has('routes') ? location.routes : base.routes;
  const merged: ProtocolModel = {
    root: location.root,
    sections: new Map([...base.sections, ...location.sections]),
    topRange: location.topRange,
    organisation: mergeOrganisation(base.organisation, location.organisation),
    officers,
    contactPoints: mergeById(base.contactPoints, location.contactPoints),
    steps,
    questions: has('afwegingskader') ? location.questions : base.questions,
    afwegingskader: has('afwegingskader') ? location.afwegingskader : base.afwegingskader,
    routes,
    responsibilities: has('verantwoordelijkheden-organisatie') ? location.responsibilities : base.responsibilities,
    appendices: has('bijlagen') ? location.appendices : base.appendices,
    interventions: has('interventies') ? location.interventions : base.interventions,
    references: [],
    basis: location.basis,
  };
  merged.references = referencesOf(officers, steps, routes);
  return merged;
}

function mergeOrganisation(base: OrganisationModel | undefined, location: OrganisationModel | undefined): OrganisationModel | undefined {
  if (!base || !location) return location ?? base;
  return {
    fields: new Map<string, KeyedSection>([...base.fields, ...location.fields]),
    naam: location.naam ?? base.naam,
    sector: location.sector ?? base.sector,
    vastgesteld: location.vastgesteld ?? base.vastgesteld,
    herzienVoor: location.herzienVoor ?? base.herzienVoor,
    leeftijdVan: location.leeftijdVan ?? base.leeftijdVan,
    leeftijdTot: location.leeftijdTot ?? base.leeftijdTot,
    zelfstandig: location.zelfstandig ?? base.zelfstandig,
    geldigVan: location.geldigVan ?? base.geldigVan,
    geldigTot: location.geldigTot ?? base.geldigTot,
    locatie: location.locatie ?? base.locatie,
  };
}

/** Entries with the same id: the location's replaces the base's in its place; new ones follow. Entries without an id are kept. */
export function mergeById<T extends { id?: ScalarField }>(base: readonly T[], location: readonly T[]): T[] {
  const local = new Map<string, T>();
  for (const entry of location) if (entry.id && !local.has(entry.id.text)) local.set(entry.id.text, entry);
  const used = new Set<T>();
  const merged = base.map((entry) => {
    const replacement = entry.id ? local.get(entry.id.text) : undefined;
    if (!replacement) return entry;
    used.add(replacement);
    return replacement;
  });
  return [...merged, ...location.filter((entry) => !used.has(entry))];
}

const stepKey = (step: StepModel): string | undefined => (step.numbers.length > 0 ? step.numbers.join(',') : undefined);

function mergeSteps(base: readonly StepModel[], location: readonly StepModel[]): StepModel[] {
  const local = new Map<string, StepModel>();
  for (const step of location) {
    const key = stepKey(step);
    if (key !== undefined && !local.has(key)) local.set(key, step);
  }
  const used = new Set<StepModel>();
  const merged = base.map((step) => {
    const key = stepKey(step);
    const own = key !== undefined ? local.get(key) : undefined;
    if (!own || used.has(own)) return step;
    used.add(own);
    return mergeStep(step, own);
  });
  return [...merged, ...location.filter((step) => !used.has(step))];
}

/** A step the location adds to: it stands where the location wrote it, so a finding on the step is shown there. */
function mergeStep(base: StepModel, location: StepModel): StepModel {
  const replaceActions = location.actiesVervangen?.value === true;
  const named = new Set(base.contacts.map((contact) => contact.text));
  return {
    ...location,
    fields: new Map<string, KeyedSection>([...base.fields, ...location.fields]),
    titel: location.titel ?? base.titel,
    verantwoordelijk: location.verantwoordelijk ?? base.verantwoordelijk,
    termijn: location.termijn ?? base.termijn,
    acties: replaceActions ? location.acties : [...base.acties, ...location.acties],
    contacts: [...base.contacts, ...location.contacts.filter((contact) => !named.has(contact.text))],
    substeps: mergeById<SubstepModel>(base.substeps, location.substeps),
  };
}

/** Every place that names an officer or contact point, as buildModel lists them. */
function referencesOf(officers: readonly OfficerModel[], steps: readonly StepModel[], routes: ProtocolModel['routes']): ReferenceModel[] {
  const references: ReferenceModel[] = [];
  const contacts = (fields: readonly ScalarField[]): void => {
    for (const target of fields) references.push({ kind: 'contact', target });
  };
  for (const officer of officers) if (officer.vervanger) references.push({ kind: 'vervanger', target: officer.vervanger });
  const stepContacts = (step: StepModel): void => {
    contacts(step.contacts);
    for (const part of step.substeps) contacts(part.contacts);
  };
  steps.forEach(stepContacts);
  for (const route of routes) {
    contacts(route.contacts);
    route.steps.forEach(stepContacts);
  }
  return references;
}
