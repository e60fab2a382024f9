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
    const firstLineOf = new Map<unknown, number>();
    for (const step of context.model.steps) {
      if (!step.stap || step.stap.value === null) continue;
      const first = firstLineOf.get(step.stap.value);
      if (first === undefined) {
        firstLineOf.set(step.stap.value, step.stap.range.start.line + 1);
      } else {
        context.report({
          messageId: 'duplicate',
          data: { step: step.stap.text, firstLine: first },
          range: step.stap.range,
        });
      }
    }
  },
};
