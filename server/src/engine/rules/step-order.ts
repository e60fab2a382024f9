import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'step-order',
    defaultSeverity: 'warning',
    description: {
      nl: 'De stappen staan in de volgorde 1 tot en met 5.',
      en: 'The steps are in the order 1 to 5.',
    },
    messages: {
      outOfOrder: {
        nl: 'Stap {step} staat na stap {previous}; zet de stappen in de volgorde 1 tot en met 5.',
        en: 'Step {step} comes after step {previous}; put the steps in the order 1 to 5.',
      },
    },
  },
  check(context) {
    let previous: number | undefined;
    for (const step of context.model.steps) {
      step.numbers.forEach((value, index) => {
        if (previous !== undefined && value < previous) {
          context.report({ messageId: 'outOfOrder', data: { step: value, previous }, range: step.numberFields[index].range });
        }
        previous = Math.max(previous ?? value, value);
      });
    }
  },
};
