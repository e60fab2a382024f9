import { isEmptyValue, itemAnchor } from '../anchors';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'step-responsible-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Bij elke stap staat wie er verantwoordelijk voor is.',
      en: 'Each step says who is responsible for it.',
    },
    messages: {
      missing: {
        nl: 'Bij stap {step} staat niet wie verantwoordelijk is; vul "verantwoordelijk" in (bijv. medewerker of aandachtsfunctionaris).',
        en: 'Step {step} does not say who is responsible; fill in "verantwoordelijk" (e.g. staff member or attention officer).',
      },
    },
  },
  check(context) {
    context.model.steps.forEach((step, index) => {
      if (!isEmptyValue(step.fields.get('verantwoordelijk')?.value)) return;
      const range = step.stap?.range ?? itemAnchor(step.fields, step.range);
      context.report({ messageId: 'missing', data: { step: step.stap?.text ?? `#${index + 1}` }, range });
    });
  },
};
