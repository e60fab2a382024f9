import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { ProtocolDocument } from '../engine';
import { resolveDefinition, type IdDefinition } from './ids';
import { plainLine } from './markdown';

/**
 * After each id in `contact:` and `vervanger:` the name it stands for, so that a reviewer
 * reads "jansen  Marieke Jansen" without looking it up; the tooltip adds function or kind
 * and phone number. Ids that point nowhere get no hint: reference-unknown reports them.
 */
export function inlayHints(document: ProtocolDocument, range: Range): InlayHint[] {
  const { model, positions } = document;
  const start = positions.offsetAt(range.start);
  const end = positions.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const reference of model.references) {
    const id = reference.target.text;
    if (id === '' || reference.target.endOffset < start || reference.target.startOffset > end) continue;
    const target = resolveDefinition(model, { role: 'reference', id, field: reference.target, kind: reference.kind });
    const name = target && nameOf(target);
    if (!target || !name) continue;
    // Label and tooltip are plain text (a string tooltip is never read as Markdown), on one line.
    const tooltip = detailsOf(target);
    hints.push({
      position: positions.positionAt(reference.target.endOffset),
      label: plainLine(name),
      paddingLeft: true,
      tooltip: tooltip === undefined ? undefined : plainLine(tooltip),
    });
  }
  return hints;
}

function nameOf(definition: IdDefinition): string | undefined {
  const field = definition.role === 'officer' ? definition.officer.naam : definition.point.naam;
  const name = field?.text.trim();
  return name ? name : undefined;
}

/** "Pedagogisch coach · 030-1234567", "veilig-thuis · 0800-2000". */
function detailsOf(definition: IdDefinition): string | undefined {
  const parts =
    definition.role === 'officer'
      ? [definition.officer.functie, definition.officer.telefoon, definition.officer.email]
      : [definition.point.soort, definition.point.telefoon, definition.point.email];
  const details = parts.map((field) => field?.text.trim()).filter((text): text is string => Boolean(text));
  return details.length > 0 ? details.join(' · ') : undefined;
}
