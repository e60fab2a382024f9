import type { Rule } from '../rule';
import { describeSchemaErrors } from '../schema-errors';
import { SCHEMA_MESSAGES } from '../schema-messages';
import { schemaErrors } from '../schema-validator';
import { protocolSkeletonSuggestions } from '../skeletons';

export const rule: Rule = {
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    description: {
      nl: 'De opbouw moet kloppen met het protocolformaat: bekende sleutels, de juiste soort waarden, geldige datums, e-mailadressen en keuzes.',
      en: 'The structure must match the protocol format: known keys, the right kind of values, valid dates, e-mail addresses and choices.',
    },
    messages: SCHEMA_MESSAGES,
    fixable: true,
    hasSuggestions: true,
  },
  check(context) {
    const { document } = context;
    if (!document.yaml || document.data === undefined) return;
    const errors = schemaErrors(document.data);
    if (errors.length === 0) return;
    for (const issue of describeSchemaErrors(errors, document.yaml, document.text)) {
      const { replacement } = issue;
      const fix = replacement && {
        messageId: replacement.title ?? 'replaceWith',
        data: { replacement: replacement.text },
        edits: [
          { startOffset: replacement.startOffset, endOffset: replacement.endOffset, newText: replacement.text },
          ...(replacement.insertion ? [{ startOffset: replacement.insertion.offset, endOffset: replacement.insertion.offset, newText: replacement.insertion.text }] : []),
        ],
      };
      context.report({
        messageId: issue.messageId,
        data: issue.data,
        range: document.positions.range(issue.startOffset, issue.endOffset),
        fix: replacement?.automatic ? fix : undefined,
        suggestions: issue.messageId === 'emptyDocument' ? protocolSkeletonSuggestions(document, context.today) : fix && !replacement?.automatic ? [fix] : undefined,
      });
    }
  },
};
