import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { innerRange, occurrencesOfIdAt } from './ids';

/**
 * With the cursor on an officer or contact point id: every place in the protocol that names
 * it, the definition marked as written and the references as read.
 */
export function documentHighlights(document: ProtocolDocument, position: Position): DocumentHighlight[] {
  return occurrencesOfIdAt(document.model, document.positions.offsetAt(position)).map((other) => ({
    range: innerRange(other.field, document.positions),
    kind: other.role === 'reference' ? DocumentHighlightKind.Read : DocumentHighlightKind.Write,
  }));
}
