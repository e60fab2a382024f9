import { missingSectionRule } from '../sections';

export const rule = missingSectionRule(
  'recording-missing',
  'vastleggen',
  {
    nl: 'Het protocol beschrijft hoe signalen, stappen en besluiten worden vastgelegd.',
    en: 'The protocol describes how signals, steps and decisions are recorded.',
  },
  {
    nl: 'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"); het Besluit verplichte meldcode (art. 2) vraagt aandacht voor de omgang met vertrouwelijke gegevens. Scheid daarbij feiten van vermoedens en noem de bron.',
    en: 'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"); the Besluit verplichte meldcode (art. 2) asks for attention to how confidential data are handled. Keep facts apart from suspicions and name the source.',
  },
  {
    nl: 'Er staat niet in hoe signalen, overleg, gesprekken en besluiten worden vastgelegd (sleutel "vastleggen"); leg dat vast, zodat later na te gaan is wat er gezien en besloten is. Scheid daarbij feiten van vermoedens en noem de bron.',
    en: 'The protocol does not say how signals, consultations, conversations and decisions are recorded (key "vastleggen"); record it, so that what was seen and decided can be traced later. Keep facts apart from suspicions and name the source.',
  },
);
