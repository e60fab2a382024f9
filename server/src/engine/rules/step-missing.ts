import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { missingStepSuggestions } from '../skeletons';

export const REQUIRED_STEPS = [1, 2, 3, 4, 5] as const;

export const rule: Rule = {
  meta: {
    id: 'step-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Elk van de vijf stappen van de meldcode moet in het stappenplan staan.',
      en: 'Each of the five steps of the meldcode must be in the step plan.',
    },
    messages: {
      missing: {
        nl: 'Stap {step} ({titleNl}) ontbreekt; de wet vraagt alle vijf stappen van de meldcode.',
        en: 'Step {step} ({titleEn}) is missing; the law requires all five steps of the meldcode.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const present = new Set(context.model.steps.map((step) => step.stap?.value));
    const range = sectionAnchor(context.model, 'stappen');
    const missing = REQUIRED_STEPS.filter((step) => !present.has(step));
    for (const step of missing) {
      const suggestions = missingStepSuggestions(context.document, step, missing);
      context.report({ messageId: 'missing', data: { step, titleNl: STEP_TITLES.nl[step - 1], titleEn: STEP_TITLES.en[step - 1] }, range, suggestions });
    }
  },
};

/** The five steps as the Besluit verplichte meldcode names them (art. 2). */
export const STEP_TITLES = {
  nl: [
    'signalen in kaart brengen',
    'collegiale consultatie en zo nodig Veilig Thuis raadplegen',
    'gesprek met de betrokkene',
    'wegen van het geweld',
    'beslissen',
  ],
  en: [
    'map the signals',
    'consult a colleague and, if needed, Veilig Thuis',
    'talk with the person concerned',
    'weigh the violence',
    'decide',
  ],
} as const;
