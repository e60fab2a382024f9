import type { Location, Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { idOccurrences, innerRange, occurrenceAt } from './ids';

/** Find references: every place that names the same officer or contact point id. */
export function references(document: ProtocolDocument, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) return [];
  return idOccurrences(document.model)
    .filter((other) => other.id === occurrence.id && (includeDeclaration || other.role === 'reference'))
    .sort((a, b) => a.field.startOffset - b.field.startOffset)
    .map((other) => ({ uri, range: innerRange(other.field, document.positions) }));
}
