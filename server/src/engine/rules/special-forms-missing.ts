import { isMap, isScalar, type Node } from 'yaml';
import { isEmptyValue, sectionAnchor } from '../anchors';
import { getPair } from '../ast';
import type { Rule } from '../rule';
import { specialFormSuggestions } from '../skeletons';

const REQUIRED_FORMS = [
  { key: 'eergerelateerd-geweld', nl: 'eergerelateerd geweld', en: 'honour-related violence' },
  { key: 'vrouwelijke-genitale-verminking', nl: 'vrouwelijke genitale verminking', en: 'female genital mutilation' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'special-forms-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Het protocol besteedt aandacht aan eergerelateerd geweld en vrouwelijke genitale verminking.',
      en: 'The protocol pays attention to honour-related violence and female genital mutilation.',
    },
    messages: {
      missing: {
        nl: 'Onder "bijzondere-vormen" ontbreekt {formNl} ("{key}"). Het Besluit verplichte meldcode (art. 2) vraagt specifieke aandacht voor vormen van geweld die bijzondere deskundigheid vragen, en het basismodel meldcode noemt deze; raadpleeg Veilig Thuis hierbij vroeg.',
        en: '"bijzondere-vormen" lacks {formEn} ("{key}"). The Besluit verplichte meldcode (art. 2) asks for specific attention to forms of violence that need special expertise, and the basismodel meldcode names this one; consult Veilig Thuis early on this.',
      },
      missingAdvice: {
        nl: 'Onder "bijzondere-vormen" ontbreekt {formNl} ("{key}"), een vorm van geweld die het basismodel meldcode noemt; raadpleeg Veilig Thuis hierbij vroeg.',
        en: '"bijzondere-vormen" lacks {formEn} ("{key}"), a form of violence the basismodel meldcode names; consult Veilig Thuis early on this.',
      },
    },
    hasSuggestions: true,
    lawBased: true,
  },
  check(context) {
    const section = context.model.sections.get('bijzondere-vormen');
    const map = isMap(section?.value) ? section.value : undefined;
    const range = sectionAnchor(context.model, 'bijzondere-vormen');
    for (const form of REQUIRED_FORMS) {
      const pair = map ? getPair(map, form.key) : undefined;
      if (pair && !isEmptyValue(pair.value as Node | null)) continue;
      const suggestions = specialFormSuggestions(context.document, form.key);
      // A form that is there but empty is pointed at by its own key.
      const keyRange = pair && isScalar(pair.key) && pair.key.range ? context.document.positions.range(pair.key.range[0], pair.key.range[1]) : undefined;
      context.report({ messageId: context.boundByLaw ? 'missing' : 'missingAdvice', data: { formNl: form.nl, formEn: form.en, key: form.key }, range: keyRange ?? range, suggestions });
    }
  },
};
