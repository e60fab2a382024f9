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
        nl: 'Bij stap {stepNl} staat niet wie verantwoordelijk is; vul "verantwoordelijk" in (bijv. medewerker of aandachtsfunctionaris).',
        en: 'Step {stepEn} does not say who is responsible; fill in "verantwoordelijk" (e.g. staff member or attention officer).',
      },
    },
  },
  check(context) {
    // A self-employed professional does every step; the division of tasks is for organisations.
    if (context.model.organisation?.zelfstandig?.value === true) return;
    context.model.steps.forEach((step, index) => {
      if (!isEmptyValue(step.fields.get('verantwoordelijk')?.value)) return;
      const range = step.stap?.range ?? step.numberFields[0]?.range ?? itemAnchor(step.fields, step.range);
      const label = (and: string) => (step.numbers.length > 0 ? step.numbers.join(and) : `#${index + 1}`);
      context.report({ messageId: 'missing', data: { stepNl: label(' en '), stepEn: label(' and ') }, range });
    });
  },
};
