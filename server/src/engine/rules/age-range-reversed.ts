import type { ScalarField } from '../model';
import type { Rule } from '../rule';

/** A field holding an age the format accepts (0 to 120 whole years); the schema rule reports any other. */
function age(field: ScalarField | undefined): number | undefined {
  const value = field?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'age-range-reversed',
    defaultSeverity: 'warning',
    description: {
      nl: 'De doelgroep begint niet bij een hogere leeftijd dan waar hij eindigt (leeftijd-van niet hoger dan leeftijd-tot).',
      en: 'The target group does not start at a higher age than it ends (leeftijd-van not higher than leeftijd-tot).',
    },
    messages: {
      reversed: {
        nl: "'leeftijd-van' ({from}) is hoger dan 'leeftijd-tot' ({to}), zodat de doelgroep geen enkele leeftijd bevat; bedoelde u {to} tot en met {from} jaar?",
        en: "'leeftijd-van' ({from}) is higher than 'leeftijd-tot' ({to}), so the target group holds no age at all; did you mean {to} to {from} years?",
      },
      swap: {
        nl: 'Wissel om: leeftijd-van {to}, leeftijd-tot {from}',
        en: 'Swap them: leeftijd-van {to}, leeftijd-tot {from}',
      },
    },
    fixable: true,
  },
  check(context) {
    const { document } = context;
    const from = context.model.organisation?.leeftijdVan;
    const to = context.model.organisation?.leeftijdTot;
    const youngest = age(from);
    const oldest = age(to);
    if (!from || !to || youngest === undefined || oldest === undefined || youngest <= oldest) return;
    const data = { from: youngest, to: oldest };
    // In a location protocol one of the two may come from its base: then the finding stands on
    // the one this file writes, and a swap would have to edit two files, so there is none.
    const own = document.model.organisation;
    const ownFrom = own?.leeftijdVan === from;
    const ownTo = own?.leeftijdTot === to;
    if (!ownFrom || !ownTo) {
      context.report({ messageId: 'reversed', data, range: ownFrom ? from.range : to.range });
      return;
    }
    const written = (field: ScalarField): string => document.text.slice(field.startOffset, field.endOffset);
    context.report({
      messageId: 'reversed',
      data,
      // Both values, so the fix edits only what the finding marks.
      range: document.positions.range(Math.min(from.startOffset, to.startOffset), Math.max(from.endOffset, to.endOffset)),
      fix: {
        messageId: 'swap',
        data,
        edits: [
          { startOffset: from.startOffset, endOffset: from.endOffset, newText: written(to) },
          { startOffset: to.startOffset, endOffset: to.endOffset, newText: written(from) },
        ],
      },
    });
  },
};
