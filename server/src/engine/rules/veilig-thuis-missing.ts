import { sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { veiligThuisSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'veilig-thuis-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Veilig Thuis staat als contactpunt in het protocol.',
      en: 'Veilig Thuis is listed as a contact point.',
    },
    messages: {
      missing: {
        nl: 'Er is geen contactpunt met "soort: veilig-thuis"; voeg Veilig Thuis toe (landelijk 0800-2000, gratis en dag en nacht bereikbaar).',
        en: 'There is no contact point with "soort: veilig-thuis"; add Veilig Thuis (national number 0800-2000, free, day and night).',
      },
    },
    hasSuggestions: true,
    lawBased: true,
  },
  check(context) {
    if (context.model.contactPoints.some((point) => point.soort?.value === 'veilig-thuis')) return;
    context.report({ messageId: 'missing', range: sectionAnchor(context.model, 'contactpunten'), suggestions: veiligThuisSuggestions(context.document) });
  },
};
