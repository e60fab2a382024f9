import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'reference-unused',
    defaultSeverity: 'info',
    description: {
      nl: 'Elke aandachtsfunctionaris en elk contactpunt wordt ergens in het protocol gebruikt.',
      en: 'Every attention officer and contact point is used somewhere in the protocol.',
    },
    messages: {
      unusedOfficer: {
        nl: 'Aandachtsfunctionaris "{id}" wordt in geen enkele stap of als vervanger genoemd.',
        en: 'Attention officer "{id}" is not named in any step or as a stand-in.',
      },
      unusedContact: {
        nl: 'Contactpunt "{id}" wordt in geen enkele stap genoemd; bij welke stap hoort het?',
        en: 'Contact point "{id}" is not named in any step; which step does it belong to?',
      },
    },
  },
  check(context) {
    const used = new Set(context.model.references.map((reference) => reference.target.text));
    for (const officer of context.model.officers) {
      if (officer.id && officer.id.text !== '' && !used.has(officer.id.text)) {
        context.report({ messageId: 'unusedOfficer', data: { id: officer.id.text }, range: officer.id.range });
      }
    }
    for (const point of context.model.contactPoints) {
      if (point.id && point.id.text !== '' && !used.has(point.id.text)) {
        context.report({ messageId: 'unusedContact', data: { id: point.id.text }, range: point.id.range });
      }
    }
  },
};
