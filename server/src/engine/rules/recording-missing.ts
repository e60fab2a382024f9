import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'recording-missing',
  'vastleggen',
  {
    nl: 'Het protocol beschrijft hoe signalen, stappen en besluiten worden vastgelegd.',
    en: 'The protocol describes how signals, steps and decisions are recorded.',
  },
  {
    nl: 'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"), wat het Besluit verplichte meldcode (art. 2) vraagt; scheid daarbij feiten van vermoedens en noem de bron.',
    en: 'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"), which the Besluit verplichte meldcode (art. 2) asks for; keep facts apart from suspicions and name the source.',
  },
  {
    nl: 'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"), wat het basismodel meldcode aanraadt; scheid daarbij feiten van vermoedens en noem de bron.',
    en: 'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"), which the basismodel meldcode advises; keep facts apart from suspicions and name the source.',
  },
);
