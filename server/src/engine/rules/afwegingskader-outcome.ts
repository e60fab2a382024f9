import type { DecisionModel, QuestionModel, ScalarField } from '../model';
import type { ReportDescriptor, Rule } from '../rule';

/** The outcomes (format 1.1) by which a protocol reports to Veilig Thuis. */
const REPORTING = new Set(['melden', 'melden-en-hulp']);
/** The outcomes (format 1.1) that do not report. */
const NOT_REPORTING = /^(hulp|afsluiten|vraag-\d+)$/;
const NEGATED_REPORT = /\bniet\b[^.;:]{0,30}\bmeld|\bmeld\w*\s+(is\s+)?(niet|geen)\b|\bgeen\s+melding/;
const REPORT_WORD = /\bmeld(en|ing|t)\b/;
/** Words by which a sentence sends the reader elsewhere than to a report. */
const OTHER_WAY = /\b(hulp|afsluit\w*|sluit\w*\s+af|afronden|vraag\s*\d|ga\s+(door|verder)|monitor\w*)\b/;

/**
 * Whether an outcome does NOT report to Veilig Thuis, as far as its words tell: a 1.1 outcome value,
 * or a 1.0 sentence that sends the reader to help, closing or another question without saying to
 * report ("Zelf hulp organiseren", "Ga naar vraag 3"). A sentence that says neither ("Zie de
 * toelichting") is not judged.
 */
function leadsElsewhere(outcome: string): boolean {
  const text = outcome.trim().toLowerCase();
  if (REPORTING.has(text)) return false;
  if (NOT_REPORTING.test(text)) return true;
  if (NEGATED_REPORT.test(text)) return true;
  return !REPORT_WORD.test(text) && OTHER_WAY.test(text);
}

/**
 * Where the meldnormen say "report": question 2 "ja" (acute or structural unsafety), and "nee" at
 * question 3 (no effective help possible), 4 (help not accepted) and 5 (help does not lead to safety).
 */
const MUST_REPORT: ReadonlyArray<{ question: number; answer: 'ja' | 'nee'; reason: { nl: string; en: string } }> = [
  { question: 2, answer: 'ja', reason: { nl: 'acute en structurele onveiligheid meldt u altijd', en: 'acute and structural unsafety is always reported' } },
  { question: 3, answer: 'nee', reason: { nl: 'wie zelf geen passende hulp kan bieden of organiseren, meldt', en: 'whoever cannot provide or arrange adequate help reports' } },
  { question: 4, answer: 'nee', reason: { nl: 'als de betrokkenen de hulp niet aanvaarden, meldt u', en: 'when those involved do not accept the help, you report' } },
  { question: 5, answer: 'nee', reason: { nl: 'als de hulp niet tot blijvende veiligheid leidt, meldt u (opnieuw)', en: 'when the help does not lead to lasting safety, you report (again)' } },
];

const DOUBT = /twijfel/i;

function outcomeOf(question: QuestionModel | DecisionModel, answer: 'ja' | 'nee'): ScalarField | undefined {
  const field = question[answer];
  return field && field.text.trim() !== '' ? field : undefined;
}

/** Only an outcome value (format 1.1) is replaced; a sentence the writer wrote is theirs to change. */
function replaceWithReport(field: ScalarField): ReportDescriptor['suggestions'] {
  if (!NOT_REPORTING.test(field.text.trim().toLowerCase())) return [];
  return [{ messageId: 'useReport', edits: [{ startOffset: field.startOffset, endOffset: field.endOffset, newText: 'melden' }] }];
}

export const rule: Rule = {
  meta: {
    id: 'afwegingskader-outcome',
    defaultSeverity: 'warning',
    description: {
      nl: 'Waar het afwegingskader zegt waar een antwoord toe leidt, klopt dat met de meldnormen: melden bij acute of structurele onveiligheid, en als hulp niet mogelijk is, niet wordt aanvaard of niet tot veiligheid leidt.',
      en: 'Where the afwegingskader says where an answer leads, it agrees with the professional norms for reporting: report acute or structural unsafety, and when help is not possible, not accepted or does not lead to safety.',
    },
    messages: {
      question: {
        nl: 'Bij vraag {question} leidt "{answer}" hier tot "{outcome}", maar volgens de meldnormen leidt het tot een melding bij Veilig Thuis: {reasonNl} ({modelNl}).',
        en: 'At question {question}, "{answer}" leads to "{outcome}" here, but by the professional norms it leads to a report to Veilig Thuis: {reasonEn} ({modelEn}).',
      },
      decision: {
        nl: 'Bij beslissing 1 ("is melden noodzakelijk?") leidt "ja" hier tot "{outcome}"; als melden noodzakelijk is, volgt een melding bij Veilig Thuis ({modelNl}).',
        en: 'At decision 1 ("is reporting necessary?"), "ja" leads to "{outcome}" here; when reporting is necessary, a report to Veilig Thuis follows ({modelEn}).',
      },
      doubt: {
        nl: 'In {modelNl} meldt u bij vraag 2 ook bij twijfel over acute of structurele onveiligheid; zeg dat bij deze vraag ("ja of twijfel: melden").',
        en: 'In {modelEn} you also report at question 2 when in doubt about acute or structural unsafety; say so at this question ("ja of twijfel: melden").',
      },
      useReport: {
        nl: 'Vervang door "melden"',
        en: 'Replace with "melden"',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const model = { modelNl: 'het basisdocument over het afwegingskader', modelEn: 'the basisdocument on the afwegingskader' };
    for (const norm of MUST_REPORT) {
      for (const question of context.model.questions) {
        if (question.vraag?.value !== norm.question) continue;
        const outcome = outcomeOf(question, norm.answer);
        if (!outcome || !leadsElsewhere(outcome.text)) continue;
        context.report({
          messageId: 'question',
          data: { question: norm.question, answer: norm.answer, outcome: outcome.text.trim(), reasonNl: norm.reason.nl, reasonEn: norm.reason.en, ...model },
          range: outcome.range,
          suggestions: replaceWithReport(outcome),
        });
      }
    }
    for (const decision of context.model.afwegingskader?.decisions ?? []) {
      if (decision.beslissing?.value !== 1) continue;
      const outcome = outcomeOf(decision, 'ja');
      if (!outcome || !leadsElsewhere(outcome.text)) continue;
      context.report({ messageId: 'decision', data: { outcome: outcome.text.trim(), ...model }, range: outcome.range, suggestions: replaceWithReport(outcome) });
    }
    const profile = context.sector;
    if (!profile?.reportOnDoubt) return;
    const sectorModel = profile.afwegingskaderModels[0];
    for (const question of context.model.questions) {
      if (question.vraag?.value !== 2 || !outcomeOf(question, 'ja')) continue;
      const written = [question.tekst, question.ja, question.toelichting].some((field) => field !== undefined && DOUBT.test(field.text));
      if (written) continue;
      context.report({
        messageId: 'doubt',
        data: { modelNl: sectorModel.name.nl, modelEn: sectorModel.name.en },
        range: question.vraag.range,
        advisory: true,
      });
    }
  },
};
