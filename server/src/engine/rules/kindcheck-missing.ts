import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'kindcheck-missing',
  'kindcheck',
  {
    nl: 'Het protocol beschrijft de kindcheck.',
    en: 'The protocol describes the kindcheck (child check).',
  },
  {
    nl: 'De kindcheck ontbreekt: beschrijf hoe een medewerker die met volwassenen werkt nagaat of er kinderen zijn en of die veilig zijn (sleutel "kindcheck").',
    en: 'The kindcheck is missing: describe how staff working with adults check whether there are children and whether they are safe (key "kindcheck").',
  },
);
