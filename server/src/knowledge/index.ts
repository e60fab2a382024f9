/**
 * The handbook knowledge base: what each part of a protocol is for, in Dutch and English, with its
 * source (law article, RAAK handbook section, or NJi brochure section). Plain data and small
 * lookups; nothing here knows about LSP or VS Code.
 *
 * Hover (every function returns Markdown — the title in bold, the text, and a closing line
 * "Bron: Handboek RAAK, §8.1" / "Source: RAAK handbook, §8.1" — or undefined when there is nothing
 * to say):
 * - `hoverForKey(path, locale)`: a protocol key by its path, list indices included or not:
 *   `['stappen', 0, 'verantwoordelijk']`, `['organisatie', 'sector']`, `['bijzondere-vormen', 'achterlating']`.
 *   The key itself comes first: "**verantwoordelijk** — Verantwoordelijke".
 * - `hoverForStep(n, locale)`: step n (1–5): what it requires, who does it, common mistakes.
 * - `hoverForQuestion(n, locale)`: afwegingskader question n (1–5) and where yes and no lead.
 * - `findTermAt(lineText, character)`: the glossary term under the cursor in running text
 *   ("AMK", "Veilig Thuis", "kindcheck", ...), with its offsets; then `hoverForTerm(match.text, locale)`.
 * - `hoverForIntervention(name, locale)`: a catalogue intervention by name or alias ("VIG", "pcit").
 * - `hoverForEnumValue(key, value, locale)`: a value of `sector` or `soort`.
 * - `hoverForRouteKind(value, locale)`, `hoverForOutcome(value, locale)`: format 1.1 route kinds and afwegingskader outcomes.
 *
 * Completion: `interventionCompletions(locale)` gives label, detail (classification and target
 * group), documentation (Markdown) and filterText for every intervention.
 *
 * Snippets (format 'snippet' has `${1:...}` tab stops, 'plain' has the defaults filled in; list
 * items start at column 0, the caller indents them):
 * - `protocolSkeleton(sector, locale, {format, today})`: a complete protocol that, filled in, passes
 *   every rule without errors.
 * - `stepSnippetBody(n, locale, format)`, `questionsSnippetBody(locale, format, numbers)`,
 *   `officerSnippetBody(locale, format)`, `contactPointSnippetBody(soort, locale, format)`,
 *   `sectionSnippetBody(key, locale, format)` for kindcheck, bijzondere-vormen, beroepsgeheim,
 *   vastleggen and scholing.
 *
 * Data for other uses: STEPS, QUESTIONS, REQUIRED_SECTIONS, KEYS, SECTORS, CONTACT_KINDS, GLOSSARY,
 * INTERVENTIONS with `findIntervention(name)`.
 */
export type { Citation, KnowledgeEntry, Locale, LocalizedText } from './types';
export { citationLabel, sourceLine } from './citations';
export { STEPS, stepByNumber, type StepKnowledge } from './steps';
export { QUESTIONS, questionByNumber, type QuestionKnowledge, type QuestionOutcome } from './afwegingskader';
export { REQUIRED_SECTIONS, type SectionKnowledge } from './sections';
export { KEYS, keyByPath, type KeyKnowledge } from './keys';
export {
  SECTORS,
  CONTACT_KINDS,
  sectorByValue,
  contactKindByValue,
  type Sector,
  type ContactKind,
  type SectorKnowledge,
  type ContactKindKnowledge,
} from './enums';
export { GLOSSARY, termById, type TermKnowledge } from './glossary';
export { ROUTE_KINDS, OUTCOMES, routeKindByValue, outcomeByValue } from './route-kinds';
export {
  INTERVENTIONS,
  CLASSIFICATIONS,
  CATEGORY_NAMES,
  findIntervention,
  classificationLabel,
  type Intervention,
  type InterventionCategory,
  type Classification,
} from './interventions';
export {
  hoverForKey,
  hoverForStep,
  hoverForQuestion,
  hoverForTerm,
  findTerm,
  findTermAt,
  hoverForIntervention,
  hoverForEnumValue,
  hoverForOutcome,
  hoverForRouteKind,
  interventionCompletions,
  renderEntry,
  type TermMatch,
  type InterventionCompletion,
} from './hover';
export {
  protocolSkeleton,
  routeTemplatesFor,
  routeSnippetBody,
  substepSnippetBody,
  stepSnippetBody,
  questionsSnippetBody,
  officerSnippetBody,
  contactPointSnippetBody,
  sectionSnippetBody,
  SECTOR_VALUES,
  reviewDate,
  snippetYearsLater,
  type SnippetFormat,
  type SectionKey,
  type SkeletonOptions,
} from './snippets';
export { EXAMPLE_VALUES, EXAMPLE_EMAIL_DOMAIN, REVIEW_PERIOD_YEARS } from './example-values';
