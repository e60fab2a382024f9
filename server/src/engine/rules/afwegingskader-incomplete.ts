import { isSeq } from 'yaml';
import type { Rule } from '../rule';
import { missingQuestionsSuggestions } from '../skeletons';

const QUESTIONS = [1, 2, 3, 4, 5];

/** The older basismodel's two decisions (basisdocument on the afwegingskader). */
const DECISIONS = [
  { number: 1, nl: 'is melden noodzakelijk?', en: 'is reporting necessary?' },
  { number: 2, nl: 'is zelf hulp bieden of organiseren (ook) mogelijk?', en: 'is providing or arranging help oneself (also) possible?' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'afwegingskader-incomplete',
    defaultSeverity: 'warning',
    description: {
      nl: 'Een afwegingskader met vragen heeft de vijf afwegingen 1 tot en met 5, elk één keer; een afwegingskader met beslissingen heeft beide beslissingen.',
      en: 'An afwegingskader written as questions has the five considerations 1 to 5, each once; one written as decisions has both decisions.',
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
      missingDecision: {
        nl: 'Het afwegingskader in de vorm van twee beslissingen mist beslissing {decision} ({titleNl}); het basisdocument over het afwegingskader kent beide.',
        en: 'The afwegingskader written as two decisions lacks decision {decision} ({titleEn}); the basisdocument on the afwegingskader has both.',
      },
      extra: {
        nl: 'Vraag {question} bestaat niet in het afwegingskader; de afwegingen zijn genummerd 1 tot en met 5.',
        en: 'Question {question} does not exist in the afwegingskader; the considerations are numbered 1 to 5.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const written = context.model.afwegingskader;
    if (!written) return;
    if (written.form === 'decisions') {
      const present = new Set(written.decisions.map((decision) => decision.beslissing?.value));
      for (const decision of DECISIONS) {
        if (present.has(decision.number)) continue;
        context.report({ messageId: 'missingDecision', data: { decision: decision.number, titleNl: decision.nl, titleEn: decision.en }, range: written.section.keyRange });
      }
      return;
    }
    if (written.form !== 'questions' || context.model.questions.length === 0) return;
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
      range: written.section.keyRange,
      suggestions: isSeq(written.section.value) ? missingQuestionsSuggestions(context.document, missing) : [],
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
