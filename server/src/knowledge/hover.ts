import { questionByNumber, type QuestionKnowledge, type QuestionOutcome } from './afwegingskader';
import { sourceLine } from './citations';
import { contactKindByValue, sectorByValue } from './enums';
import { GLOSSARY, type TermKnowledge } from './glossary';
import { CATEGORY_NAMES, classificationLabel, findIntervention, INTERVENTIONS, type Intervention } from './interventions';
import { keyByPath } from './keys';
import { foldAccents, foldWithOffsets, lookupKey } from './normalize';
import { outcomeByValue, routeKindByValue } from './route-kinds';
import { renderSectorProfile } from './sector-hover';
import { stepByNumber } from './steps';
import type { KnowledgeEntry, Locale } from './types';

/**
 * The source line, or nothing for an entry without a source: only keys of the file format itself
 * (such as `meldcode`, the format version) have none, because no law or handbook speaks of them.
 */
function sourceLines(entry: Pick<KnowledgeEntry, 'citations'>, locale: Locale): string[] {
  return entry.citations.length === 0 ? [] : [sourceLine(entry.citations, locale)];
}

/** The common shape of a hover: bold title, text, then the source line. */
function render(title: string, paragraphs: readonly string[], entry: Pick<KnowledgeEntry, 'citations'>, locale: Locale): string {
  return [`**${title}**`, ...paragraphs, ...sourceLines(entry, locale)].join('\n\n');
}

export function renderEntry(entry: KnowledgeEntry, locale: Locale): string {
  return render(entry.title[locale], [entry.text[locale]], entry, locale);
}

/** Hover for a protocol key, shown with the key first: "**verantwoordelijk** — Verantwoordelijke". */
export function hoverForKey(path: readonly (string | number)[], locale: Locale): string | undefined {
  const entry = keyByPath(path);
  if (!entry) return undefined;
  return [`**${entry.key}** — ${entry.title[locale]}`, entry.text[locale], ...sourceLines(entry, locale)].join('\n\n');
}

export function hoverForStep(n: number, locale: Locale): string | undefined {
  const step = stepByNumber(n);
  if (!step) return undefined;
  const labels = locale === 'nl' ? { who: 'Wie', mistakes: 'Valkuilen' } : { who: 'Who', mistakes: 'Common mistakes' };
  return render(
    step.title[locale],
    [step.text[locale], `*${labels.who}:* ${step.responsible[locale]}`, `*${labels.mistakes}:* ${step.mistakes[locale]}`],
    step,
    locale,
  );
}

function outcomeLabel(outcome: QuestionOutcome, locale: Locale): string {
  switch (outcome.kind) {
    case 'question':
      return locale === 'nl' ? `vraag ${outcome.question}` : `question ${outcome.question}`;
    case 'report':
      return locale === 'nl' ? 'melden bij Veilig Thuis' : 'report to Veilig Thuis';
    case 'help':
      return locale === 'nl' ? `hulp bieden of organiseren, dan vraag ${outcome.then}` : `provide or arrange help, then question ${outcome.then}`;
    case 'close':
      return locale === 'nl' ? 'afsluiten' : 'close';
  }
}

function renderQuestion(question: QuestionKnowledge, locale: Locale): string {
  const [yes, no] = locale === 'nl' ? ['Ja', 'Nee'] : ['Yes', 'No'];
  return render(
    question.title[locale],
    [
      question.text[locale],
      `- ${yes} → ${outcomeLabel(question.yes, locale)}: ${question.ifYes[locale]}\n- ${no} → ${outcomeLabel(question.no, locale)}: ${question.ifNo[locale]}`,
    ],
    question,
    locale,
  );
}

export function hoverForQuestion(n: number, locale: Locale): string | undefined {
  const question = questionByNumber(n);
  return question ? renderQuestion(question, locale) : undefined;
}

const termByKey = new Map<string, TermKnowledge>();
for (const entry of GLOSSARY) {
  termByKey.set(lookupKey(entry.id), entry);
  for (const form of entry.forms) termByKey.set(lookupKey(form), entry);
}

/** The glossary entry for a word or phrase ("AMK", "veilig thuis", "zorgcontinuum"), or undefined. */
export function findTerm(word: string): TermKnowledge | undefined {
  const key = lookupKey(word);
  if (key === '') return undefined;
  return termByKey.get(key) ?? termByKey.get(key.replace(/s$/, ''));
}

export function hoverForTerm(word: string, locale: Locale): string | undefined {
  const entry = findTerm(word);
  return entry ? renderEntry(entry, locale) : undefined;
}

export interface TermMatch {
  termId: string;
  /** The text as written in the line. */
  text: string;
  /** UTF-16 offsets in the line: [start, end). */
  start: number;
  end: number;
}

interface FormPattern {
  termId: string;
  regex: RegExp;
  caseSensitive: boolean;
  length: number;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words may be separated by spaces, hyphens or dashes ("één kind – één plan", "Veilig  Thuis"). */
function formPattern(form: string): string {
  return form
    .split(/[\s\-–—]+/)
    .filter((word) => word !== '')
    .map(escapeRegex)
    .join('[\\s\\-–—,]+');
}

const FORM_PATTERNS: FormPattern[] = GLOSSARY.flatMap((entry) =>
  entry.forms.map((form) => {
    const caseSensitive = entry.caseSensitive?.includes(form) ?? false;
    const source = formPattern(caseSensitive ? form : foldAccents(form));
    const boundary = `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
    return { termId: entry.id, regex: new RegExp(boundary, 'gu'), caseSensitive, length: form.length };
  }),
).sort((a, b) => b.length - a.length);

/**
 * The glossary term under `character` in a line of running text, such as "AMK", "Veilig Thuis",
 * "kindcheck" or "afwegingskader". Acronyms that are also Dutch words (ZAT, RAAK) only match in
 * capitals. Where forms overlap, the longest wins ("Advies- en Meldpunt Kindermishandeling").
 */
export function findTermAt(lineText: string, character: number): TermMatch | undefined {
  if (character < 0 || character > lineText.length) return undefined;
  const { folded, offsets } = foldWithOffsets(lineText);
  let best: TermMatch | undefined;
  for (const pattern of FORM_PATTERNS) {
    const haystack = pattern.caseSensitive ? lineText : folded;
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(haystack); match; match = pattern.regex.exec(haystack)) {
      const start = pattern.caseSensitive ? match.index : offsets[match.index];
      const end = pattern.caseSensitive ? match.index + match[0].length : offsets[match.index + match[0].length];
      if (start === undefined || end === undefined) continue;
      if (character < start || character >= end) continue;
      if (!best || end - start > best.end - best.start) {
        best = { termId: pattern.termId, text: lineText.slice(start, end), start, end };
      }
    }
  }
  return best;
}

function renderIntervention(entry: Intervention, locale: Locale): string {
  const labels =
    locale === 'nl'
      ? { category: 'Categorie', target: 'Doelgroep', recognition: 'Erkenning' }
      : { category: 'Category', target: 'Target group', recognition: 'Recognition' };
  return render(
    entry.name,
    [
      entry.aim[locale],
      [
        `- ${labels.category}: ${CATEGORY_NAMES[entry.category][locale]}`,
        `- ${labels.target}: ${entry.targetGroup[locale]}`,
        `- ${labels.recognition}: ${classificationLabel(entry.classification, locale)}`,
      ].join('\n'),
    ],
    entry,
    locale,
  );
}

export function hoverForIntervention(name: string, locale: Locale): string | undefined {
  const entry = findIntervention(name);
  return entry ? renderIntervention(entry, locale) : undefined;
}

/** Hover for the kind of a route (`routes[].soort`, format 1.1). */
export function hoverForRouteKind(value: string, locale: Locale): string | undefined {
  const entry = routeKindByValue(value);
  return entry ? renderEntry(entry, locale) : undefined;
}

/** Hover for an outcome of the afwegingskader (`ja:` / `nee:`, format 1.1). */
export function hoverForOutcome(value: string, locale: Locale): string | undefined {
  const entry = outcomeByValue(value.trim());
  return entry ? renderEntry(entry, locale) : undefined;
}

/** Hover for an enum value: `organisatie.sector` (or `sector`) and `contactpunten[].soort` (or `soort`). */
export function hoverForEnumValue(key: string, value: string, locale: Locale): string | undefined {
  const name = key.slice(key.lastIndexOf('.') + 1);
  if (name === 'sector') {
    const profile = sectorByValue(value);
    return profile ? renderSectorProfile(profile, locale) : undefined;
  }
  const entry = name === 'soort' ? contactKindByValue(value) : undefined;
  return entry ? renderEntry(entry, locale) : undefined;
}

export interface InterventionCompletion {
  label: string;
  /** Classification and target group, for the completion list's detail column. */
  detail: string;
  /** The full hover text (Markdown). */
  documentation: string;
  /** Text to match what the user typed against: the name and its aliases. */
  filterText: string;
}

export function interventionCompletions(locale: Locale): InterventionCompletion[] {
  return INTERVENTIONS.map((entry) => ({
    label: entry.name,
    detail: `${classificationLabel(entry.classification, locale)} · ${entry.targetGroup[locale]}`,
    documentation: renderIntervention(entry, locale),
    filterText: [entry.name, ...entry.aliases].join(' '),
  }));
}
