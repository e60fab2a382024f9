import { itemAnchor, itemLabel } from '../anchors';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'officer-deputy-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Elke aandachtsfunctionaris heeft een vervanger voor als hij of zij er niet is.',
      en: 'Every attention officer has a stand-in for when they are away.',
    },
    messages: {
      missing: {
        nl: 'Aandachtsfunctionaris {name} heeft geen vervanger; noem onder "vervanger" wie het overneemt bij afwezigheid.',
        en: 'Attention officer {name} has no stand-in; name under "vervanger" who takes over when they are away.',
      },
      self: {
        nl: 'Aandachtsfunctionaris {name} is zijn of haar eigen vervanger; noem een andere aandachtsfunctionaris.',
        en: 'Attention officer {name} is their own stand-in; name another attention officer.',
      },
    },
  },
  check(context) {
    if (context.model.organisation?.zelfstandig?.value === true) return;
    context.model.officers.forEach((officer, index) => {
      const name = itemLabel(officer.naam, officer.id, index);
      const deputy = officer.vervanger;
      if (!deputy || deputy.text.trim() === '') {
        context.report({
          messageId: 'missing',
          data: { name },
          // An empty "vervanger:" is where the name goes; without one, the officer's name.
          range: officer.fields.get('vervanger')?.keyRange ?? officer.naam?.range ?? itemAnchor(officer.fields, officer.range),
        });
      } else if (officer.id && deputy.text === officer.id.text) {
        context.report({ messageId: 'self', data: { name }, range: deputy.range });
      }
    });
  },
};
