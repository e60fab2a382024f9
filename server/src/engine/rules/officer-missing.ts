import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { officerSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'officer-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een organisatie noemt ten minste één aandachtsfunctionaris bij naam, zoals het basismodel meldcode aanraadt; een zelfstandige noemt in stap 2 met wie hij overlegt.',
      en: 'An organisation names at least one attention officer (aandachtsfunctionaris), as the basismodel meldcode advises; a self-employed professional names in step 2 whom they consult.',
    },
    messages: {
      missing: {
        nl: 'Er is geen aandachtsfunctionaris met naam. Het Besluit eist er geen, maar het basismodel meldcode en het handboek RAAK (§8.1) raden aan er een aan te stellen, zodat medewerkers weten bij wie ze terechtkunnen.',
        en: 'No attention officer (aandachtsfunctionaris) is named. The Besluit does not require one, but the basismodel meldcode and the RAAK handbook (§8.1) advise appointing one, so that staff know whom to turn to.',
      },
      noConsultation: {
        nl: 'Als zelfstandige heeft u geen aandachtsfunctionaris nodig, maar stap 2 noemt niet met wie u overlegt; zet onder "contact" bij stap 2 een collega, uw intervisiegroep of Veilig Thuis.',
        en: 'As a self-employed professional you need no attention officer, but step 2 does not say whom you consult; put a colleague, your peer-review group or Veilig Thuis under "contact" in step 2.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const { model } = context;
    if (model.organisation?.zelfstandig?.value === true) {
      const stepTwo = model.steps.find((step) => step.numbers.includes(2));
      if (!stepTwo || stepTwo.contacts.some((contact) => contact.text.trim() !== '')) return; // step-missing reports a missing step 2
      context.report({ messageId: 'noConsultation', range: stepTwo.numberFields[stepTwo.numbers.indexOf(2)]?.range ?? stepTwo.range });
      return;
    }
    const named = model.officers.some((officer) => officer.naam !== undefined && officer.naam.text.trim() !== '');
    // A club's vertrouwenscontactpersoon (VCP) is the person staff and members turn to.
    const confidant = model.contactPoints.some((point) => point.soort?.text === 'vertrouwenscontactpersoon');
    if (named || confidant) return;
    context.report({ messageId: 'missing', range: sectionAnchor(model, 'aandachtsfunctionarissen'), suggestions: officerSuggestions(context.document) });
  },
};
