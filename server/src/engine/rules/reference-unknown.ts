import type { Rule } from '../rule';
import { KnownIds, MAX_SUGGESTED_ID_LENGTH } from '../suggest';

/** Ids offered as a replacement at most: the nearest ones, or when none is near, the first ones defined. */
const MAX_SUGGESTIONS = 3;

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
    const officers = new KnownIds(context.model.officers.flatMap((officer) => (officer.id ? [officer.id.text] : [])));
    const any = new KnownIds([...officers.ids, ...context.model.contactPoints.flatMap((point) => (point.id ? [point.id.text] : []))]);
    for (const reference of context.model.references) {
      const known = reference.kind === 'vervanger' ? officers : any;
      const id = reference.target.text;
      if (known.has(id)) continue;
      const target = reference.target;
      // Past the findings shown per file this one is only counted: no need to look for a match.
      const candidates = context.leftOut(target.range) ? [] : known.closest(id, MAX_SUGGESTIONS);
      const hintNl = candidates.length > 0 ? ` Bedoelde u ${candidates.map((c) => `"${c}"`).join(' of ')}?` : '';
      const hintEn = candidates.length > 0 ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
      const offered = candidates.length > 0 || context.leftOut(target.range) ? candidates : known.ids.slice(0, MAX_SUGGESTIONS);
      context.report({
        messageId: reference.kind === 'vervanger' ? 'unknownDeputy' : 'unknownContact',
        data: { id: shown(id), hintNl, hintEn },
        range: target.range,
        suggestions: offered.map((candidate) => ({
          messageId: 'replace',
          data: { id: shown(candidate) },
          edits: [{ startOffset: target.startOffset, endOffset: target.endOffset, newText: candidate }],
        })),
      });
    }
  },
};

/** An id as the message quotes it: a very long one is cut short. */
function shown(id: string): string {
  return id.length > MAX_SUGGESTED_ID_LENGTH ? `${id.slice(0, MAX_SUGGESTED_ID_LENGTH - 1)}…` : id;
}
