import { hasSection, sectionAnchor } from './anchors';
import type { LocalizedText } from './types';
import type { Rule, RuleContext } from './rule';
import { sectionSuggestions } from './skeletons';

/**
 * A rule that asks for one top-level section with some content, because the Wet or the Besluit
 * asks for it. The sections differ only in their key and wording, so they share this shape; each
 * keeps its own file. `message` states the legal duty; `advice` is the wording for a sector the
 * Wet does not bind (or an unknown sector), which must not speak of a duty.
 */
export function missingSectionRule(
  id: string,
  key: string,
  description: LocalizedText,
  message: LocalizedText,
  advice: LocalizedText,
  appliesTo: (context: RuleContext) => boolean = () => true,
): Rule {
  return {
    meta: { id, defaultSeverity: 'warning', description, messages: { missing: message, missingAdvice: advice }, hasSuggestions: true, lawBased: true },
    check(context) {
      if (!appliesTo(context) || hasSection(context.model, key)) return;
      context.report({
        messageId: context.boundByLaw ? 'missing' : 'missingAdvice',
        range: sectionAnchor(context.model, key),
        suggestions: sectionSuggestions(context.document, key),
      });
    },
  };
}
