import { hasSection, sectionAnchor } from '../anchors';
import type { Rule } from '../rule';
import { sectionSuggestions } from '../skeletons';

/** Sectors whose professionals have a beroepsgeheim (professional secrecy). */
export const SECTORS_WITH_SECRECY: ReadonlySet<string> = new Set([
  'gezondheidszorg',
  'jeugdhulp',
  'maatschappelijke-ondersteuning',
  'justitie',
]);

export const rule: Rule = {
  meta: {
    id: 'professional-secrecy-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Sectoren met beroepsgeheim beschrijven het meldrecht.',
      en: 'Sectors with professional secrecy describe the right to report (meldrecht).',
    },
    messages: {
      missing: {
        nl: 'In de sector {sector} geldt een beroepsgeheim: beschrijf onder "beroepsgeheim" hoe het meldrecht werkt en hoe u eerst toestemming vraagt (Wmo 2015, art. 5.2.6).',
        en: 'The {sector} sector has professional secrecy: describe under "beroepsgeheim" how the right to report works and how consent is asked first (Wmo 2015, art. 5.2.6).',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const sector = context.model.organisation?.sector;
    if (!sector || !SECTORS_WITH_SECRECY.has(sector.text)) return;
    if (hasSection(context.model, 'beroepsgeheim')) return;
    context.report({
      messageId: 'missing',
      data: { sector: sector.text },
      range: sectionAnchor(context.model, 'beroepsgeheim'),
      suggestions: sectionSuggestions(context.document, 'beroepsgeheim'),
    });
  },
};
