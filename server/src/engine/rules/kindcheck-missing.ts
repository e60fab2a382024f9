import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'kindcheck-missing',
  'kindcheck',
  {
    nl: 'Het protocol beschrijft de kindcheck.',
    en: 'The protocol describes the kindcheck (child check).',
  },
  {
    nl: 'De kindcheck ontbreekt: beschrijf hoe een medewerker die met volwassenen werkt nagaat of er kinderen zijn en of die veilig zijn (sleutel "kindcheck"); het Besluit verplichte meldcode (art. 2) vraagt dit.',
    en: 'The kindcheck is missing: describe how staff working with adults check whether there are children and whether they are safe (key "kindcheck"); the Besluit verplichte meldcode (art. 2) asks for this.',
  },
  {
    nl: 'De kindcheck ontbreekt: beschrijf hoe een medewerker die met volwassenen werkt nagaat of er kinderen zijn en of die veilig zijn (sleutel "kindcheck").',
    en: 'The kindcheck is missing: describe how staff working with adults check whether there are children and whether they are safe (key "kindcheck").',
  },
  // The Besluit asks for the kindcheck where it applies: to professionals who work with adults.
  (context) => context.sector?.kindcheckApplies !== false,
);
