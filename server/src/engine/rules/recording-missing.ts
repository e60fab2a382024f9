import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'recording-missing',
  'vastleggen',
  {
    nl: 'Het protocol beschrijft hoe signalen, stappen en besluiten worden vastgelegd.',
    en: 'The protocol describes how signals, steps and decisions are recorded.',
  },
  {
    nl: 'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"); scheid daarbij feiten van vermoedens en noem de bron.',
    en: 'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"); keep facts apart from suspicions and name the source.',
  },
);
