import { itemAnchor, itemLabel } from '../anchors';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'contact-phone-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Elk contactpunt heeft een telefoonnummer.',
      en: 'Every contact point has a phone number.',
    },
    messages: {
      missing: {
        nl: 'Contactpunt {name} heeft geen telefoonnummer; in een spoedsituatie moet iemand direct kunnen bellen.',
        en: 'Contact point {name} has no phone number; in an emergency someone must be able to call at once.',
      },
    },
  },
  check(context) {
    context.model.contactPoints.forEach((point, index) => {
      if (point.telefoon && point.telefoon.text.trim() !== '') return;
      context.report({
        messageId: 'missing',
        data: { name: itemLabel(point.naam, point.id, index) },
        // An empty "telefoon:" is where the number goes; without one, the contact point's name.
        range: point.fields.get('telefoon')?.keyRange ?? point.naam?.range ?? itemAnchor(point.fields, point.range),
      });
    });
  },
};
