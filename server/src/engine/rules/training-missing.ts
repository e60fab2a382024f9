import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'training-missing',
  'scholing',
  {
    nl: 'Het protocol beschrijft hoe medewerkers worden geschoold in het gebruik van de meldcode.',
    en: 'The protocol describes how staff are trained to use the meldcode.',
  },
  {
    nl: 'Er staat niet in hoe medewerkers de meldcode leren kennen en gebruiken (sleutel "scholing"); de wet vraagt kennis en gebruik te bevorderen.',
    en: 'The protocol does not say how staff learn to know and use the meldcode (key "scholing"); the law requires promoting its knowledge and use.',
  },
);
