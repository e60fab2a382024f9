import { hasSection, sectionAnchor } from './anchors';
import type { LocalizedText } from './types';
import type { Rule } from './rule';
import { sectionSuggestions } from './skeletons';

/**
 * A rule that asks for one top-level section with some content. The sections differ
 * only in their key and wording, so they share this shape; each keeps its own file.
 */
export function missingSectionRule(id: string, key: string, description: LocalizedText, message: LocalizedText): Rule {
  return {
    meta: { id, defaultSeverity: 'warning', description, messages: { missing: message }, hasSuggestions: true },
    check(context) {
      if (hasSection(context.model, key)) return;
      context.report({ messageId: 'missing', range: sectionAnchor(context.model, key), suggestions: sectionSuggestions(context.document, key) });
    },
  };
}
