import { dateInProse } from '../dates';
import type { Rule } from '../rule';

export const rule: Rule = {
  meta: {
    id: 'review-overdue',
    defaultSeverity: 'warning',
    description: {
      nl: 'De herzieningsdatum (herzien-voor) ligt niet in het verleden.',
      en: 'The review-by date (herzien-voor) is not in the past.',
    },
    messages: {
      overdue: {
        nl: 'Het protocol had vóór {dateNl} herzien moeten worden; werk het bij en zet een nieuwe datum bij "herzien-voor".',
        en: 'The protocol was due for review before {dateEn}; update it and set a new "herzien-voor" date.',
      },
    },
  },
  check(context) {
    const reviewBy = context.model.organisation?.herzienVoor;
    if (!reviewBy) return;
    const date = reviewBy.text.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return; // the schema reports malformed dates
    if (date <= context.today) {
      const prose = dateInProse(date);
      context.report({ messageId: 'overdue', data: { dateNl: prose.nl, dateEn: prose.en }, range: reviewBy.range });
    }
  },
};
