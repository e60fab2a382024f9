import type { ContactPointModel, OfficerModel, ProtocolModel, ReferenceKind, ScalarField } from '../engine/model';
import type { Range } from '../engine/types';
import type { PositionMapper } from '../engine/positions';

/** Where an id of an officer or contact point is written: its definition or a reference to it. */
export type IdOccurrence =
  | { role: 'officer'; id: string; field: ScalarField; officer: OfficerModel }
  | { role: 'contact-point'; id: string; field: ScalarField; point: ContactPointModel }
  | { role: 'reference'; id: string; field: ScalarField; kind: ReferenceKind };

export type IdDefinition = Extract<IdOccurrence, { role: 'officer' | 'contact-point' }>;

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function idDefinitions(model: ProtocolModel): IdDefinition[] {
  const result: IdDefinition[] = [];
  for (const officer of model.officers) {
    if (officer.id && officer.id.text !== '') result.push({ role: 'officer', id: officer.id.text, field: officer.id, officer });
  }
  for (const point of model.contactPoints) {
    if (point.id && point.id.text !== '') result.push({ role: 'contact-point', id: point.id.text, field: point.id, point });
  }
  return result;
}

export function idOccurrences(model: ProtocolModel): IdOccurrence[] {
  const references: IdOccurrence[] = model.references
    .filter((reference) => reference.target.text !== '')
    .map((reference) => ({ role: 'reference', id: reference.target.text, field: reference.target, kind: reference.kind }));
  return [...idDefinitions(model), ...references];
}

/** The occurrence under the cursor (its end counts, so a cursor just after an id finds it). */
export function occurrenceAt(model: ProtocolModel, offset: number): IdOccurrence | undefined {
  return idOccurrences(model).find((occurrence) => occurrence.field.startOffset <= offset && offset <= occurrence.field.endOffset);
}

/** Every occurrence of the id under the cursor, in text order; empty when there is none. */
export function occurrencesOfIdAt(model: ProtocolModel, offset: number): IdOccurrence[] {
  const occurrence = occurrenceAt(model, offset);
  if (!occurrence) return [];
  return idOccurrences(model)
    .filter((other) => other.id === occurrence.id)
    .sort((a, b) => a.field.startOffset - b.field.startOffset);
}

/** What a reference points at: a stand-in only at officers, a contact at officers and contact points. */
export function resolveDefinition(model: ProtocolModel, occurrence: IdOccurrence): IdDefinition | undefined {
  if (occurrence.role !== 'reference') return occurrence;
  return idDefinitions(model).find(
    (definition) => definition.id === occurrence.id && (occurrence.kind === 'contact' || definition.role === 'officer'),
  );
}

/** The text of an id without its quotes, as offsets. */
export function innerOffsets(field: ScalarField): [number, number] {
  const type = field.node.type;
  if ((type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') && field.endOffset - field.startOffset >= 2) {
    return [field.startOffset + 1, field.endOffset - 1];
  }
  return [field.startOffset, field.endOffset];
}

export function innerRange(field: ScalarField, positions: PositionMapper): Range {
  const [start, end] = innerOffsets(field);
  return positions.range(start, end);
}
