import { fillTemplate } from '../engine/template';
import type { Locale, LocalizedText } from '../engine/types';

/** The language server's own user-facing texts (the engine and the knowledge base have theirs). */
const TEXTS = {
  progressTitle: { nl: 'Meldcode: protocollen controleren', en: 'Meldcode: checking protocols' },
  progressCount: { nl: '{done} van {total}', en: '{done} of {total}' },
  disableForLine: { nl: 'Controle "{name}" ({rule}) uitzetten op regel {line}', en: 'Turn off check "{name}" ({rule}) on line {line}' },
  fixInFile: { nl: '{fix} (alle {count} in dit bestand)', en: '{fix} (all {count} in this file)' },
  fixAll: { nl: 'Meldcode: alle automatische correcties toepassen', en: 'Meldcode: apply all automatic fixes' },
  officer: { nl: 'aandachtsfunctionaris', en: 'attention officer' },
  contactPoint: { nl: 'contactpunt', en: 'contact point' },
  role: { nl: 'Functie', en: 'Role' },
  kind: { nl: 'Soort', en: 'Kind' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  deputy: { nl: 'Vervanger', en: 'Stand-in' },
  availability: { nl: 'Bereikbaarheid', en: 'Availability' },
  undefinedId: {
    // {id}: Markdown already (a code span), see markdownCode.
    nl: '{id} is niet gedefinieerd als aandachtsfunctionaris of contactpunt in dit protocol.',
    en: '{id} is not defined as an attention officer or contact point in this protocol.',
  },
  step: { nl: 'Stap {step}', en: 'Step {step}' },
  question: { nl: 'Vraag {question}', en: 'Question {question}' },
  decision: { nl: 'Beslissing {decision}', en: 'Decision {decision}' },
  renameInvalid: {
    nl: '"{id}" is geen geldig id: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "de-vries".',
    en: '"{id}" is not a valid id: use lower-case letters, digits and hyphens, for example "de-vries".',
  },
  renameTaken: {
    nl: 'Het id "{id}" is al in gebruik in dit protocol.',
    en: 'The id "{id}" is already used in this protocol.',
  },
  renameNothing: {
    nl: 'Hier staat geen id van een aandachtsfunctionaris of contactpunt om te hernoemen.',
    en: 'There is no id of an attention officer or contact point here to rename.',
  },
  definedIdDetail: { nl: '{kind}: {name}', en: '{kind}: {name}' },
  roleUsualForStep: { nl: 'Gebruikelijk bij stap {steps}', en: 'Usual for step {steps}' },
  roleUsedHere: { nl: 'Al gebruikt in dit protocol', en: 'Already used in this protocol' },
} satisfies Record<string, LocalizedText>;

export type ServerTextId = keyof typeof TEXTS;

export function serverText(id: ServerTextId, locale: Locale, data?: Readonly<Record<string, string | number>>): string {
  return fillTemplate(TEXTS[id][locale], data);
}
