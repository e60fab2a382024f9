import type { Rule } from '../rule';
import { closestMatches } from '../suggest';

export const rule: Rule = {
  meta: {
    id: 'reference-unknown',
    defaultSeverity: 'error',
    description: {
      nl: 'Een verwijzing (contact, vervanger) noemt een id dat in het protocol bestaat.',
      en: 'A reference (contact, vervanger) names an id defined in the protocol.',
    },
    messages: {
      unknownContact: {
        nl: '"{id}" is geen aandachtsfunctionaris of contactpunt in dit protocol.{hintNl}',
        en: '"{id}" is not an attention officer or contact point in this protocol.{hintEn}',
      },
      unknownDeputy: {
        nl: '"{id}" is geen aandachtsfunctionaris in dit protocol.{hintNl}',
        en: '"{id}" is not an attention officer in this protocol.{hintEn}',
      },
      replace: {
        nl: 'Vervang door "{id}"',
        en: 'Replace with "{id}"',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const officerIds = context.model.officers.flatMap((officer) => (officer.id ? [officer.id.text] : []));
    const contactIds = context.model.contactPoints.flatMap((point) => (point.id ? [point.id.text] : []));
    const anyIds = [...officerIds, ...contactIds];
    for (const reference of context.model.references) {
      const known = reference.kind === 'vervanger' ? officerIds : anyIds;
      const id = reference.target.text;
      if (known.includes(id)) continue;
      const candidates = closestMatches(id, known, 5);
      const hintNl = candidates.length > 0 ? ` Bedoelde u ${candidates.map((c) => `"${c}"`).join(' of ')}?` : '';
      const hintEn = candidates.length > 0 ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
      const target = reference.target;
      context.report({
        messageId: reference.kind === 'vervanger' ? 'unknownDeputy' : 'unknownContact',
        data: { id, hintNl, hintEn },
        range: target.range,
        suggestions: (candidates.length > 0 ? candidates : known).map((candidate) => ({
          messageId: 'replace',
          data: { id: candidate },
          edits: [{ startOffset: target.startOffset, endOffset: target.endOffset, newText: candidate }],
        })),
      });
    }
  },
};
