import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { officerSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'officer-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een organisatie noemt ten minste één aandachtsfunctionaris bij naam, zoals het basismodel meldcode aanraadt; een zelfstandige noemt met wie hij overlegt.',
      en: 'An organisation names at least one attention officer (aandachtsfunctionaris), as the basismodel meldcode advises; a self-employed professional names whom they consult.',
    },
    messages: {
      missing: {
        nl: 'Er is geen aandachtsfunctionaris met naam. Het Besluit eist er geen, maar het basismodel meldcode en het handboek RAAK (§8.1) raden aan er een aan te stellen, zodat medewerkers weten bij wie ze terechtkunnen.',
        en: 'No attention officer (aandachtsfunctionaris) is named. The Besluit does not require one, but the basismodel meldcode and the RAAK handbook (§8.1) advise appointing one, so that staff know whom to turn to.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const named = context.model.officers.some((officer) => officer.naam !== undefined && officer.naam.text.trim() !== '');
    if (named) return;
    context.report({ messageId: 'missing', range: sectionAnchor(context.model, 'aandachtsfunctionarissen'), suggestions: officerSuggestions(context.document) });
  },
};
