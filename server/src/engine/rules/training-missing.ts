import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'training-missing',
  'scholing',
  {
    nl: 'Het protocol beschrijft hoe medewerkers worden geschoold in het gebruik van de meldcode.',
    en: 'The protocol describes how staff are trained to use the meldcode.',
  },
  {
    nl: 'Er staat niet in hoe medewerkers de meldcode leren kennen en gebruiken (sleutel "scholing"); de Wet verplichte meldcode vraagt de kennis en het gebruik ervan te bevorderen.',
    en: 'The protocol does not say how staff learn to know and use the meldcode (key "scholing"); the Wet verplichte meldcode requires promoting its knowledge and use.',
  },
  {
    nl: 'Er staat niet in hoe medewerkers en vrijwilligers de meldcode leren kennen en gebruiken (sleutel "scholing"); het handboek RAAK (§8.1) raadt structurele scholing aan.',
    en: 'The protocol does not say how staff and volunteers learn to know and use the meldcode (key "scholing"); the RAAK handbook (§8.1) advises structural training.',
  },
  // The Wet asks organisations to promote knowledge and use among their staff; a self-employed
  // professional applies the meldcode and has no staff to train.
  (context) => context.model.organisation?.zelfstandig?.value !== true,
);
