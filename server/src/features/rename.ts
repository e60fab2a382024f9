import { ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Locale, ProtocolDocument } from '../engine';
import { ID_PATTERN, idDefinitions, idOccurrences, innerRange, occurrenceAt } from './ids';
import { serverText } from './messages';

/** LSP error code for a request the server refuses (RequestFailed). */
const REQUEST_FAILED = -32803;

/** prepareRename: the id under the cursor, without quotes; null where there is nothing to rename. */
export function prepareRename(document: ProtocolDocument, position: Position): { range: Range; placeholder: string } | null {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) return null;
  return { range: innerRange(occurrence.field, document.positions), placeholder: occurrence.id };
}

/** Renames an id at its definition and at every reference to it. */
export function rename(document: ProtocolDocument, uri: string, position: Position, newName: string, locale: Locale): WorkspaceEdit | null {
  const occurrence = occurrenceAt(document.model, document.positions.offsetAt(position));
  if (!occurrence) throw new ResponseError(REQUEST_FAILED, serverText('renameNothing', locale));
  const name = newName.trim();
  if (!ID_PATTERN.test(name)) throw new ResponseError(REQUEST_FAILED, serverText('renameInvalid', locale, { id: name }));
  if (name === occurrence.id) return { changes: { [uri]: [] } };
  if (idDefinitions(document.model).some((definition) => definition.id === name)) {
    throw new ResponseError(REQUEST_FAILED, serverText('renameTaken', locale, { id: name }));
  }
  const edits: TextEdit[] = idOccurrences(document.model)
    .filter((other) => other.id === occurrence.id)
    .sort((a, b) => a.field.startOffset - b.field.startOffset)
    .map((other) => ({ range: innerRange(other.field, document.positions), newText: name }));
  return { changes: { [uri]: edits } };
}
