import { itemAnchor, itemLabel } from '../anchors';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'officer-unreachable',
    defaultSeverity: 'warning',
    description: {
      nl: 'Elke aandachtsfunctionaris is bereikbaar per telefoon of e-mail.',
      en: 'Every attention officer can be reached by phone or e-mail.',
    },
    messages: {
      unreachable: {
        nl: 'Aandachtsfunctionaris {name} heeft geen telefoonnummer en geen e-mailadres; vul ten minste één van beide in.',
        en: 'Attention officer {name} has neither a phone number nor an e-mail address; fill in at least one.',
      },
    },
  },
  check(context) {
    context.model.officers.forEach((officer, index) => {
      const hasPhone = officer.telefoon !== undefined && officer.telefoon.text.trim() !== '';
      const hasEmail = officer.email !== undefined && officer.email.text.trim() !== '';
      if (hasPhone || hasEmail) return;
      context.report({
        messageId: 'unreachable',
        data: { name: itemLabel(officer.naam, officer.id, index) },
        range: officer.naam?.range ?? itemAnchor(officer.fields, officer.range),
      });
    });
  },
};
