import { findIntervention } from '../../knowledge/interventions';
import type { ScalarField } from '../model';
import type { Rule } from '../rule';

function age(field: ScalarField | undefined): number | undefined {
  return typeof field?.value === 'number' && Number.isFinite(field.value) ? field.value : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'intervention-target-mismatch',
    defaultSeverity: 'warning',
    description: {
      nl: 'De leeftijden van een genoemde interventie overlappen met de doelgroep van het protocol.',
      en: 'The ages of an intervention named overlap the protocol\'s target group.',
    },
    messages: {
      mismatch: {
        nl: 'Interventie "{name}" is bedoeld voor {targetNl}, maar de doelgroep van dit protocol is {from} tot en met {to} jaar; die leeftijden overlappen niet.',
        en: 'Intervention "{name}" is meant for {targetEn}, but this protocol\'s target group is {from} to {to} years; the ages do not overlap.',
      },
      mismatchFrom: {
        nl: 'Interventie "{name}" is bedoeld voor {targetNl}, maar de doelgroep van dit protocol begint bij {from} jaar; die leeftijden overlappen niet.',
        en: 'Intervention "{name}" is meant for {targetEn}, but this protocol\'s target group starts at {from} years; the ages do not overlap.',
      },
    },
  },
  check(context) {
    const organisation = context.model.organisation;
    const from = age(organisation?.leeftijdVan);
    const to = age(organisation?.leeftijdTot);
    if (from === undefined && to === undefined) return;
    const low = from ?? 0;
    const high = to ?? Number.POSITIVE_INFINITY;
    if (low > high) return;
    for (const entry of context.model.interventions) {
      const intervention = findIntervention(entry.text);
      if (!intervention || (intervention.minAge <= high && low <= intervention.maxAge)) continue;
      context.report({
        messageId: to === undefined ? 'mismatchFrom' : 'mismatch',
        data: {
          name: intervention.name,
          targetNl: intervention.targetGroup.nl.charAt(0).toLowerCase() + intervention.targetGroup.nl.slice(1),
          targetEn: intervention.targetGroup.en.charAt(0).toLowerCase() + intervention.targetGroup.en.slice(1),
          from: low,
          to: to ?? '',
        },
        range: entry.range,
      });
    }
  },
};
