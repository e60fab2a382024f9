import { pathToFileURL } from 'node:url';
import type { Location, Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import type { Inheritance } from '../workspace/locations';
import { innerOffsets, innerRange, occurrenceAt, resolveDefinition } from './ids';

/**
 * Go to definition: from a reference (contact, vervanger) to the id of the officer or contact
 * point; in a location protocol also to one defined in its base.
 */
export function definition(document: ProtocolDocument, uri: string, position: Position, inheritance?: Inheritance): Location[] {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) return [];
  const target = resolveDefinition(document.model, occurrence);
  if (target) return [{ uri, range: innerRange(target.field, document.positions) }];
  if (!inheritance) return [];
  const inBase = resolveDefinition(inheritance.merged.model, occurrence);
  if (!inBase) return [];
  const { level } = inheritance.merged.placeOf(inBase.field.range);
  const [start, end] = innerOffsets(inBase.field);
  const positions = inheritance.merged.documents[level].positions;
  return [{ uri: level === 0 ? uri : pathToFileURL(inheritance.paths[level]).href, range: positions.range(start, end) }];
}
