import { sectionAnchor } from '../anchors';
import { refersToKind } from '../contact-kinds';
import type { RouteModel } from '../model';
import type { Rule } from '../rule';
import { staffRouteSuggestions } from '../route-skeletons';
import { citationLabel } from '../../knowledge/citations';

const INSPECTOR_WORD = /vertrouwensinspect/i;

function mentionsInspector(route: RouteModel): boolean {
  const texts = [route.titel, route.omschrijving, ...route.acties, ...route.steps.flatMap((step) => [step.titel, ...step.acties])];
  return texts.some((field) => field !== undefined && INSPECTOR_WORD.test(field.text));
}

export const rule: Rule = {
  meta: {
    id: 'reporting-duty-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een school of kinderopvang beschrijft de route bij een vermoeden tegen een medewerker, met de vertrouwensinspecteur.',
      en: 'A school or child-care organisation describes the route for a suspected staff member, with the confidential inspector.',
    },
    messages: {
      missing: {
        nl: 'Er is geen route voor een vermoeden tegen een medewerker waarin de vertrouwensinspecteur voorkomt. Bij {coversNl} ligt de meld-, overleg- en aangifteplicht bij {holderNl}, die daarover de vertrouwensinspecteur raadpleegt ({source}); beschrijf die route onder "routes" (soort: vermoeden-medewerker), of verwijs in een stap naar een contactpunt van soort "vertrouwensinspecteur".',
        en: 'There is no route for a suspected staff member that involves the confidential inspector. For {coversEn}, the duty to report, consult and file a complaint lies with {holderEn}, who consults the confidential inspector ({source}); describe that route under "routes" (soort: vermoeden-medewerker), or refer in a step to a contact point of kind "vertrouwensinspecteur".',
      },
      noInspector: {
        nl: 'Deze route bij een vermoeden tegen een medewerker noemt de vertrouwensinspecteur niet. Bij {coversNl} raadpleegt {holderNl} de vertrouwensinspecteur (0900-111 3 111; {source}).',
        en: 'This route for a suspected staff member does not mention the confidential inspector. For {coversEn}, {holderEn} consults the confidential inspector (0900-111 3 111; {source}).',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const duty = context.sector?.staffDuty;
    if (!context.sector || !duty) return;
    const { model } = context;
    if (refersToKind(model, 'vertrouwensinspecteur')) return;
    const data = {
      coversNl: duty.covers.nl,
      coversEn: duty.covers.en,
      holderNl: duty.holder.nl,
      holderEn: duty.holder.en,
      source: duty.citations.map((citation) => citationLabel(citation, 'nl')).join('; '),
    };
    const staffRoutes = model.routes.filter((route) => route.soort?.text === 'vermoeden-medewerker');
    if (staffRoutes.some(mentionsInspector)) return;
    const [route] = staffRoutes;
    if (route) {
      context.report({ messageId: 'noInspector', data, range: route.soort?.range ?? route.range });
      return;
    }
    context.report({ messageId: 'missing', data, range: sectionAnchor(model, 'routes'), suggestions: staffRouteSuggestions(context.document, context.sector) });
  },
};
