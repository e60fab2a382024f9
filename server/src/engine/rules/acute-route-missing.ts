import { sectionAnchor } from '../anchors';
import { refersToKind } from '../contact-kinds';
import type { Rule } from '../rule';
import { acuteRouteSuggestions } from '../route-skeletons';

export const rule: Rule = {
  meta: {
    id: 'acute-route-missing',
    defaultSeverity: 'warning',
    description: {
      nl: 'Het protocol zegt wat medewerkers doen bij acuut gevaar: een route "acuut-gevaar", of een stap die naar een contactpunt van soort "spoed" (112) verwijst.',
      en: 'The protocol says what staff do in acute danger: an "acuut-gevaar" route, or a step that refers to a contact point of kind "spoed" (112).',
    },
    messages: {
      missing: {
        nl: 'Het protocol zegt niet wat medewerkers doen bij acuut gevaar: er is geen route "acuut-gevaar" en geen stap verwijst naar een contactpunt van soort "spoed". Is iemand in direct gevaar, dan gaat de veiligheid voor: eerst 112 bellen, daarna de stappen.',
        en: 'The protocol does not say what staff do in acute danger: there is no "acuut-gevaar" route and no step refers to a contact point of kind "spoed". When someone is in direct danger, safety comes first: call 112, then follow the steps.',
      },
    },
    hasSuggestions: true,
  },
  check(context) {
    const { model } = context;
    if (model.routes.some((route) => route.soort?.text === 'acuut-gevaar')) return;
    if (refersToKind(model, 'spoed')) return;
    context.report({ messageId: 'missing', range: sectionAnchor(model, 'routes'), suggestions: acuteRouteSuggestions(context.document) });
  },
};
