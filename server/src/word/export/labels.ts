import type { Locale, LocalizedText } from '../../engine/types';
import { label as renderLabel, type LabelKey } from '../../render/strings';
import { fillTemplate } from '../../engine/template';

/** What only the Word document prints; everything else comes from the route map's labels. */
const WORD_LABELS = {
  page: { nl: 'pagina', en: 'page' },
  of: { nl: 'van', en: 'of' },
  routeMapTable: {
    nl: 'De routekaart als tabel: elke stap met wie verantwoordelijk is en wie u belt. De telefoonnummers staan ook in de contactlijst.',
    en: 'The route map as a table: each step with who is responsible and whom to call. The phone numbers are in the contact sheet as well.',
  },
  what: { nl: 'Wat', en: 'What' },
  documentSubject: { nl: 'Meldcode van {organisation}', en: 'Protocol of {organisation}' },
} satisfies Record<string, LocalizedText>;

export type WordLabelKey = keyof typeof WORD_LABELS;

export function wordLabel(key: WordLabelKey, locale: Locale, data: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(WORD_LABELS[key][locale], data);
}

export { renderLabel as label, type LabelKey };
