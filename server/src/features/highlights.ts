import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { idOccurrences, innerRange, occurrenceAt } from './ids';

/**
 * With the cursor on an officer or contact point id: every place in the protocol that names
 * it, the definition marked as written and the references as read.
 */
export function documentHighlights(document: ProtocolDocument, position: Position): DocumentHighlight[] {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) return [];
  return idOccurrences(document.model)
    .filter((other) => other.id === occurrence.id)
    .sort((a, b) => a.field.startOffset - b.field.startOffset)
    .map((other) => ({
      range: innerRange(other.field, document.positions),
      kind: other.role === 'reference' ? DocumentHighlightKind.Read : DocumentHighlightKind.Write,
    }));
}
