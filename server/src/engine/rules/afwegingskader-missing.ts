import { sectionAnchor } from '../anchors';
import type { AfwegingskaderModel, ScalarField } from '../model';
import type { Rule } from '../rule';
import { missingQuestionsSuggestions } from '../skeletons';

/**
 * The questions or decisions are written out, or (format 1.1) the protocol says which model it
 * follows or in which appendix the afwegingskader is: adoption by reference is lawful.
 */
function isPresent(written: AfwegingskaderModel): boolean {
  const filled = (field: ScalarField | undefined) => field !== undefined && field.text.trim() !== '';
  return written.questions.length > 0 || written.decisions.length > 0 || filled(written.appendix) || filled(written.model);
}

export const rule: Rule = {
  meta: {
    id: 'afwegingskader-missing',
    defaultSeverity: 'error',
    description: {
      nl: 'Het protocol bevat het afwegingskader van de beroepsgroep, of verwijst naar de bijlage waarin het staat.',
      en: "The protocol contains the professional group's afwegingskader, or refers to the appendix that holds it.",
    },
    messages: {
      missing: {
        nl: 'Het afwegingskader ontbreekt. Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode (art. 2) dat u in stap 4 en 5 het afwegingskader van uw beroepsgroep gebruikt, voor uw sector {modelNl}; neem het op, of verwijs naar de bijlage waarin het staat.',
        en: "The afwegingskader is missing. Since 1 January 2019 the Besluit verplichte meldcode (art. 2) requires using your professional group's afwegingskader in steps 4 and 5, for your sector {modelEn}; include it, or refer to the appendix that holds it.",
      },
      missingAdvice: {
        nl: 'Het afwegingskader ontbreekt. Het basismodel meldcode raadt aan in stap 4 en 5 een afwegingskader te gebruiken, bijvoorbeeld {modelNl}; neem het op, of verwijs naar de bijlage waarin het staat.',
        en: 'The afwegingskader is missing. The basismodel meldcode advises using an afwegingskader in steps 4 and 5, for example {modelEn}; include it, or refer to the appendix that holds it.',
      },
    },
    hasSuggestions: true,
    lawBased: true,
  },
  check(context) {
    const written = context.model.afwegingskader;
    if (written && isPresent(written)) return;
    const model = context.sector?.afwegingskaderModels[0];
    const data = {
      modelNl: model?.name.nl ?? 'het afwegingskader van het basisdocument van de Rijksoverheid',
      modelEn: model?.name.en ?? "the afwegingskader of the government's basisdocument",
    };
    const suggestions = missingQuestionsSuggestions(context.document, [1, 2, 3, 4, 5]);
    context.report({ messageId: context.boundByLaw ? 'missing' : 'missingAdvice', data, range: sectionAnchor(context.model, 'afwegingskader'), suggestions });
  },
};
