import { findIntervention } from '../../knowledge/interventions';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'intervention-unknown',
    defaultSeverity: 'info',
    description: {
      nl: 'Elke interventie onder "interventies" staat in de catalogus van erkende interventies uit de NJi-brochure.',
      en: 'Every intervention under "interventies" is in the catalogue of recognised interventions from the NJi brochure.',
    },
    messages: {
      unknown: {
        nl: 'Interventie "{name}" staat niet in de catalogus van erkende interventies uit de NJi-brochure. Controleer de naam en of de interventie erkend is in de Databank Effectieve Jeugdinterventies van het NJi (www.nji.nl/jeugdinterventies).',
        en: 'Intervention "{name}" is not in the catalogue of recognised interventions from the NJi brochure. Check the name, and whether the intervention is recognised, in the NJi\'s Databank Effectieve Jeugdinterventies (www.nji.nl/jeugdinterventies).',
      },
    },
  },
  check(context) {
    for (const entry of context.model.interventions) {
      if (entry.text.trim() === '' || findIntervention(entry.text)) continue;
      context.report({ messageId: 'unknown', data: { name: entry.text }, range: entry.range });
    }
  },
};
