import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { missingStepSuggestions } from '../skeletons';

export const REQUIRED_STEPS = [1, 2, 3, 4, 5] as const;

export const rule: Rule = {
  meta: {
    id: 'step-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Het stappenplan bevat de vijf stappen van de meldcode (samengevoegde stappen, zoals stap 4 en 5, tellen voor beide).',
      en: 'The step plan holds the five steps of the meldcode (merged steps, such as steps 4 and 5, count for both).',
    },
    messages: {
      missing: {
        nl: 'Stap {step} ({titleNl}) ontbreekt; het Besluit verplichte meldcode (art. 2) vraagt een stappenplan met ten minste deze vijf stappen.',
        en: 'Step {step} ({titleEn}) is missing; the Besluit verplichte meldcode (art. 2) requires a step plan with at least these five steps.',
      },
      missingAdvice: {
        nl: 'Stap {step} ({titleNl}) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
        en: 'Step {step} ({titleEn}) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
      },
    },
    hasSuggestions: true,
    lawBased: true,
  },
  check(context) {
    const present = new Set(context.model.steps.flatMap((step) => step.numbers));
    const range = sectionAnchor(context.model, 'stappen');
    const missing = REQUIRED_STEPS.filter((step) => !present.has(step));
    for (const step of missing) {
      const suggestions = missingStepSuggestions(context.document, step, missing);
      context.report({ messageId: context.boundByLaw ? 'missing' : 'missingAdvice', data: { step, titleNl: STEP_TITLES.nl[step - 1], titleEn: STEP_TITLES.en[step - 1] }, range, suggestions });
    }
  },
};

/** The five steps in the basismodel's usual wording (the Besluit asks for the steps, not these words). */
export const STEP_TITLES = {
  nl: [
    'signalen in kaart brengen',
    'collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding',
    'gesprek met de cliënt',
    'wegen van het geweld',
    'beslissen',
  ],
  en: [
    'map the signals',
    'consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation',
    'talk with the client',
    'weigh the violence',
    'decide',
  ],
} as const;
