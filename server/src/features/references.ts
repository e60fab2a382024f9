import type { Location, Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { innerRange, occurrencesOfIdAt } from './ids';

/** Find references: every place that names the same officer or contact point id. */
export function references(document: ProtocolDocument, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  return occurrencesOfIdAt(document.model, document.positions.offsetAt(position))
    .filter((other) => includeDeclaration || other.role === 'reference')
    .map((other) => ({ uri, range: innerRange(other.field, document.positions) }));
}
