import type { Locale, LocalizedText } from '../engine/types';

/**
 * What each check is about, in a few words, for the action that turns it off on one line:
 * a protocol writer should see what she switches off, not only an id.
 */
const RULE_NAMES: Readonly<Record<string, LocalizedText>> = {
  'yaml-syntax': { nl: 'leesbare YAML', en: 'readable YAML' },
  schema: { nl: 'opbouw van het protocol', en: 'structure of the protocol' },
  'step-missing': { nl: 'alle vijf stappen', en: 'all five steps' },
  'step-order': { nl: 'volgorde van de stappen', en: 'order of the steps' },
  'step-duplicate': { nl: 'dubbele stap', en: 'duplicate step' },
  'step-responsible-missing': { nl: 'verantwoordelijke per stap', en: 'who is responsible per step' },
  'officer-missing': { nl: 'aandachtsfunctionaris', en: 'attention officer' },
  'officer-unreachable': { nl: 'bereikbaarheid aandachtsfunctionaris', en: 'attention officer can be reached' },
  'officer-deputy-missing': { nl: 'vervanger aandachtsfunctionaris', en: "attention officer's stand-in" },
  'veilig-thuis-missing': { nl: 'Veilig Thuis als contactpunt', en: 'Veilig Thuis as a contact point' },
  'acute-route-missing': { nl: 'route bij acuut gevaar', en: 'route in acute danger' },
  'reporting-duty-missing': { nl: 'route bij een vermoeden tegen een medewerker', en: 'route for a suspected staff member' },
  'contact-phone-missing': { nl: 'telefoonnummer contactpunt', en: "contact point's phone number" },
  'phone-invalid': { nl: 'geldig telefoonnummer', en: 'valid phone number' },
  'phone-mismatch': { nl: 'landelijk nummer', en: 'national number' },
  'reference-unknown': { nl: 'verwijzing naar een bestaand id', en: 'reference to an existing id' },
  'reference-unused': { nl: 'ongebruikt id', en: 'unused id' },
  'afwegingskader-missing': { nl: 'afwegingskader', en: 'afwegingskader' },
  'afwegingskader-incomplete': { nl: 'volledig afwegingskader', en: 'complete afwegingskader' },
  'afwegingskader-outcome': { nl: 'uitkomsten van het afwegingskader', en: 'outcomes of the afwegingskader' },
  'kindcheck-missing': { nl: 'kindcheck', en: 'kindcheck' },
  'special-forms-missing': { nl: 'bijzondere vormen van geweld', en: 'specific forms of violence' },
  'professional-secrecy-missing': { nl: 'meldrecht bij beroepsgeheim', en: 'right to report under professional secrecy' },
  'recording-missing': { nl: 'vastleggen', en: 'recording' },
  'training-missing': { nl: 'scholing', en: 'training' },
  'term-outdated': { nl: 'verouderde namen', en: 'outdated names' },
  'dates-missing': { nl: 'datum van vaststelling en herziening', en: 'adoption and review date' },
  'review-overdue': { nl: 'herzieningsdatum', en: 'review date' },
  'personal-data': { nl: 'gegevens van cliënten', en: 'client data' },
  'intervention-unknown': { nl: 'bekende interventie', en: 'known intervention' },
  'intervention-target-mismatch': { nl: 'leeftijden van een interventie', en: "an intervention's ages" },
  'age-range-reversed': { nl: 'volgorde van de leeftijden van de doelgroep', en: "order of the target group's ages" },
  'placeholder-value': { nl: 'voorbeeldwaarden', en: 'example values' },
  'base-invalid': { nl: 'basis van een locatieprotocol', en: 'base of a location protocol' },
};

/** The readable name of a check; its id for one that has none. */
export function ruleName(ruleId: string, locale: Locale): string {
  return RULE_NAMES[ruleId]?.[locale] ?? ruleId;
}

export function hasRuleName(ruleId: string): boolean {
  return ruleId in RULE_NAMES;
}
