import type { Location, Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { innerRange, occurrenceAt, resolveDefinition } from './ids';

/** Go to definition: from a reference (contact, vervanger) to the id of the officer or contact point. */
export function definition(document: ProtocolDocument, uri: string, position: Position): Location[] {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) return [];
  const target = resolveDefinition(document.model, occurrence);
  if (!target) return [];
  return [{ uri, range: innerRange(target.field, document.positions) }];
}
