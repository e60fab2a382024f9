import { isSeq } from 'yaml';
import type { Rule } from '../rule';
import { missingQuestionsSuggestions } from '../skeletons';

const QUESTIONS = [1, 2, 3, 4, 5];

export const rule: Rule = {
  meta: {
    id: 'afwegingskader-incomplete',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een afwegingskader met vragen heeft de vijf afwegingen 1 tot en met 5, elk één keer.',
      en: 'An afwegingskader written as questions has the five considerations 1 to 5, each once.',
    },
    messages: {
      missingQuestions: {
        nl: 'Het afwegingskader mist {questionsNl}; het voorbeeld in het basisdocument over het afwegingskader, waarop de sectormodellen voortbouwen, heeft de vijf afwegingen 1 tot en met 5.',
        en: 'The afwegingskader lacks {questionsEn}; the example in the basisdocument on the afwegingskader, on which the sector models build, has the five considerations 1 to 5.',
      },
      duplicate: {
        nl: 'Vraag {question} staat al eerder in het afwegingskader.',
        en: 'Question {question} already occurs earlier in the afwegingskader.',
      },
      extra: {
        nl: 'Vraag {question} bestaat niet in het afwegingskader; de afwegingen zijn genummerd 1 tot en met 5.',
        en: 'Question {question} does not exist in the afwegingskader; the considerations are numbered 1 to 5.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const section = context.model.sections.get('afwegingskader');
    if (!section || !isSeq(section.value) || section.value.items.length === 0) return;
    const seen = new Set<unknown>();
    for (const question of context.model.questions) {
      const number = question.vraag;
      if (!number || number.value === null) continue;
      if (!QUESTIONS.includes(number.value as number)) {
        context.report({ messageId: 'extra', data: { question: number.text }, range: number.range });
      } else if (seen.has(number.value)) {
        context.report({ messageId: 'duplicate', data: { question: number.text }, range: number.range });
      }
      seen.add(number.value);
    }
    const missing = QUESTIONS.filter((n) => !seen.has(n));
    if (missing.length === 0) return;
    context.report({
      messageId: 'missingQuestions',
      data: { questionsNl: listNl(missing), questionsEn: listEn(missing) },
      range: section.keyRange,
      suggestions: missingQuestionsSuggestions(context.document, missing),
    });
  },
};

function listNl(numbers: number[]): string {
  if (numbers.length === 1) return `vraag ${numbers[0]}`;
  return `de vragen ${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
}

function listEn(numbers: number[]): string {
  if (numbers.length === 1) return `question ${numbers[0]}`;
  return `questions ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
