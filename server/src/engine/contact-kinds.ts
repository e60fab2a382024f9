import type { ProtocolModel } from './model';

/** The ids of the contact points of a kind (`soort`), in document order. */
export function contactIdsOfKind(model: ProtocolModel, kind: string): string[] {
  return model.contactPoints.flatMap((point) => (point.soort?.text === kind && point.id && point.id.text !== '' ? [point.id.text] : []));
}

/** Whether a step, part or route refers under `contact` to a contact point of this kind. */
export function refersToKind(model: ProtocolModel, kind: string): boolean {
  const ids = new Set(contactIdsOfKind(model, kind));
  return model.references.some((reference) => reference.kind === 'contact' && ids.has(reference.target.text));
}
