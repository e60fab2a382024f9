import { isSeq } from 'yaml';
import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { missingQuestionsSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'afwegingskader-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Het protocol bevat het afwegingskader (verplicht sinds 1 januari 2019).',
      en: 'The protocol contains the afwegingskader (required since 1 January 2019).',
    },
    messages: {
      missing: {
        nl: 'Het afwegingskader ontbreekt; sinds 1 januari 2019 beslist u in stap 4 en 5 aan de hand van de vijf vragen van het afwegingskader.',
        en: 'The afwegingskader is missing; since 1 January 2019 steps 4 and 5 are decided with the five questions of the afwegingskader.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const value = context.model.sections.get('afwegingskader')?.value;
    if (isSeq(value) && value.items.length > 0) return;
    const suggestions = missingQuestionsSuggestions(context.document, [1, 2, 3, 4, 5]);
    context.report({ messageId: 'missing', range: sectionAnchor(context.model, 'afwegingskader'), suggestions });
  },
};
