import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { officerSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'officer-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Het protocol noemt ten minste één aandachtsfunctionaris bij naam.',
      en: 'The protocol names at least one attention officer (aandachtsfunctionaris).',
    },
    messages: {
      missing: {
        nl: 'Er is geen aandachtsfunctionaris met naam; medewerkers moeten weten bij wie ze terechtkunnen (Handboek RAAK, §8.1).',
        en: 'No attention officer (aandachtsfunctionaris) is named; staff must know whom to turn to (RAAK handbook, §8.1).',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const named = context.model.officers.some((officer) => officer.naam !== undefined && officer.naam.text.trim() !== '');
    if (named) return;
    context.report({ messageId: 'missing', range: sectionAnchor(context.model, 'aandachtsfunctionarissen'), suggestions: officerSuggestions(context.document) });
  },
};
