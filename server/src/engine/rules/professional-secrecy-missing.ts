import { hasSection, sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { sectionSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'professional-secrecy-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Sectoren met beroepsgeheim beschrijven hoe het meldrecht werkt.',
      en: 'Sectors with professional secrecy describe how the right to report (meldrecht) works.',
    },
    messages: {
      missing: {
        nl: 'In de sector {sector} hebben hulpverleners een beroepsgeheim: beschrijf onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt waar dat kan (Wmo 2015, art. 5.2.6; Besluit verplichte meldcode, art. 2).',
        en: 'In the {sector} sector care workers have professional secrecy: describe under "beroepsgeheim" how the right to report works and how consent is asked first where possible (Wmo 2015, art. 5.2.6; Besluit verplichte meldcode, art. 2).',
      },
      missingByProfession: {
        nl: 'In de sector {sector} hangt het van het beroep af of iemand een beroepsgeheim heeft. Hebben medewerkers het, beschrijf dan onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt waar dat kan (Wmo 2015, art. 5.2.6).',
        en: 'In the {sector} sector whether someone has professional secrecy depends on the profession. If staff have it, describe under "beroepsgeheim" how the right to report works and how consent is asked first where possible (Wmo 2015, art. 5.2.6).',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const sector = context.sector;
    if (!sector || sector.professionalSecrecy === 'no') return;
    if (hasSection(context.model, 'beroepsgeheim')) return;
    const byProfession = sector.professionalSecrecy === 'by-profession';
    context.report({
      messageId: byProfession ? 'missingByProfession' : 'missing',
      data: { sector: sector.value },
      range: sectionAnchor(context.model, 'beroepsgeheim'),
      suggestions: sectionSuggestions(context.document, 'beroepsgeheim'),
      advisory: byProfession,
    });
  },
};
