import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'step-duplicate',
    defaultSeverity: 'error',
    description: {
      nl: 'Elke stap staat maar één keer in het stappenplan.',
      en: 'Each step occurs only once in the step plan.',
    },
    messages: {
      duplicate: {
        nl: 'Stap {step} staat er al (regel {firstLine}); voeg de twee samen.',
        en: 'Step {step} is already there (line {firstLine}); merge the two.',
      },
    },
  },
  check(context) {
    // A merged step ("stap: [4, 5]") stands for both numbers; each may occur in one item only.
    const firstLineOf = new Map<number, number>();
    for (const step of context.model.steps) {
      step.numbers.forEach((number, index) => {
        const field = step.numberFields[index];
        const first = firstLineOf.get(number);
        if (first === undefined) {
          firstLineOf.set(number, field.range.start.line + 1);
        } else {
          context.report({ messageId: 'duplicate', data: { step: field.text, firstLine: first }, range: field.range });
        }
      });
    }
  },
};
