import { isEmptyValue, sectionAnchor } from '../anchors';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'dates-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Het protocol zegt wanneer het is vastgesteld (of vanaf wanneer het geldt) en wanneer het herzien wordt (of tot wanneer het geldt).',
      en: 'The protocol says when it was adopted (or from when it applies) and when it is to be reviewed (or until when it applies).',
    },
    messages: {
      noAdoption: {
        nl: 'Er staat niet bij wanneer dit protocol is vastgesteld; vul onder "organisatie" "vastgesteld" in, of de geldigheid met "geldig-van" en "geldig-tot". Zo weten lezers welke versie geldt.',
        en: 'The protocol does not say when it was adopted; fill in "vastgesteld" under "organisatie", or the validity with "geldig-van" and "geldig-tot". Readers then know which version applies.',
      },
      noReview: {
        nl: 'Er staat niet bij wanneer dit protocol herzien wordt; vul onder "organisatie" "herzien-voor" (of "geldig-tot") in. Het handboek RAAK (§8.1) raadt aan het protocol geregeld bij te werken.',
        en: 'The protocol does not say when it is to be reviewed; fill in "herzien-voor" (or "geldig-tot") under "organisatie". The RAAK handbook (§8.1) advises updating the protocol regularly.',
      },
    },
  },
  check(context) {
    const fields = context.model.organisation?.fields;
    const has = (key: string): boolean => fields !== undefined && !isEmptyValue(fields.get(key)?.value);
    const range = sectionAnchor(context.model, 'organisatie');
    if (!has('vastgesteld') && !has('geldig-van')) context.report({ messageId: 'noAdoption', range });
    if (!has('herzien-voor') && !has('geldig-tot')) context.report({ messageId: 'noReview', range });
  },
};
