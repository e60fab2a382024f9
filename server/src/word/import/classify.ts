import { fold } from './text';

export type SectionKind =
  | 'intro'
  | 'step'
  | 'substep'
  | 'afwegingskader'
  | 'kindcheck'
  | 'special-forms'
  | 'secrecy'
  | 'recording'
  | 'training'
  | 'interventions'
  | 'acute-route'
  | 'staff-route'
  | 'other-route'
  | 'officers'
  | 'contacts'
  | 'responsibilities'
  | 'appendix'
  | 'unknown';

export type SpecialForm =
  | 'eergerelateerd-geweld'
  | 'vrouwelijke-genitale-verminking'
  | 'huwelijksdwang'
  | 'achterlating'
  | 'ouderenmishandeling'
  | 'mensenhandel';

export interface HeadingClass {
  kind: SectionKind;
  /** The steps a step heading covers: [2], or [4, 5] for "Stap 4 en 5". */
  steps?: number[];
  /** A part of a step: "5a". */
  substep?: string;
  /** The heading names an appendix ("Bijlage 2: ..."). */
  appendix: boolean;
  /** The kind of an other-route, as the export's label above its heading says. */
  routeKind?: 'sport' | 'overig';
}

export const SPECIAL_FORMS: ReadonlyArray<[SpecialForm, RegExp]> = [
  ['eergerelateerd-geweld', /eer(?:gerelateerd|wraak)/],
  ['vrouwelijke-genitale-verminking', /genitale verminking|meisjesbesnijdenis|\bvgv\b/],
  ['huwelijksdwang', /huwelijksdwang|gedwongen huwelijk/],
  ['achterlating', /achterlating/],
  ['ouderenmishandeling', /ouderenmishandeling/],
  ['mensenhandel', /mensenhandel|loverboy|uitbuiting/],
];

/**
 * A step's usual title on its own, for a heading Word numbers by itself (the number is not in
 * the text): the basismodel's wording and its common variants.
 */
const STEP_TITLES: ReadonlyArray<[number, RegExp]> = [
  [1, /^(?:het\s+)?(?:in kaart brengen van (?:de\s+)?signalen|signalen in kaart brengen)/],
  [2, /^(?:collegiale consultatie|(?:het\s+)?raadplegen van veilig thuis)/],
  [3, /^(?:het\s+)?gesprek met (?:de\s+)?(?:ouders|client|clienten|patient|leerling|jeugdige|betrokkenen?|het kind|sporter)/],
  [4, /^(?:het\s+)?wegen van (?:het\s+)?(?:huiselijk\s+)?geweld/],
  [5, /^(?:het\s+)?(?:beslissen|besluiten)\b/],
];

/** Keywords in a step's title, for headings numbered without the word "stap" ("3. Gesprek met de ouders"). */
const STEP_KEYWORDS: ReadonlyArray<[number, RegExp]> = [
  [1, /signalen|in kaart/],
  [2, /consult|raadple|advies/],
  [3, /gesprek/],
  [4, /wegen|weging|afwegen/],
  [5, /beslis|besluit/],
];

const SECTION_KEYWORDS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['afwegingskader', /afwegingskader|afweegkader|afwegingsvragen|meldnormen/],
  ['kindcheck', /kind-?check/],
  ['acute-route', /acuut|acute|direct gevaar|spoedeisend|noodsituatie|bij spoed/],
  ['special-forms', /bijzondere vormen|specifieke vormen|bijzondere aandacht|eergerelateerd|genitale verminking|meisjesbesnijdenis|huwelijksdwang|achterlating|ouderenmishandeling|mensenhandel/],
  ['secrecy', /beroepsgeheim|meldrecht|geheimhouding|privacy|toestemming/],
  ['recording', /vastleggen|vastlegging|dossier|verslaglegging|registratie/],
  ['training', /scholing|training|deskundigheid/],
  ['interventions', /^(?:erkende\s+)?interventies$/],
  ['responsibilities', /verantwoordelijkheden|taken van de organisatie|randvoorwaarden|borging/],
  ['officers', /aandachtsfunctionaris/],
  ['staff-route', /medewerker|personeelslid|beroepskracht|werknemer|zedenmisdrijf|zedendelict|meld- en aangifteplicht|aangifteplicht|vrijwilliger/],
  ['contacts', /contact|telefoonnummer|adressen|sociale kaart|belangrijke nummers|bereikbaarheid|wie belt u/],
  // A heading that names the protocol itself ("Meldcode huiselijk geweld en kindermishandeling van ...") opens its introduction.
  ['intro', /inleiding|voorwoord|^doel|uitgangspunt|algemeen|stappenplan|de vijf stappen|over deze meldcode|vaststelling|geldigheid|versie|meldcode|protocol/],
];

const LEADING_NUMBER = /^(?:hoofdstuk|artikel|paragraaf|§)?\s*(\d{1,2})((?:\.\d{1,2})*)\.?\s+(?=\S)/;

/** What a heading (or a paragraph used as one) announces. */
export function classifyHeading(heading: string): HeadingClass {
  let text = fold(heading).trim();
  const appendixMatch = /^bijlage\b\s*[\w.]*\s*[:.\-–]?\s*/.exec(text);
  const appendix = appendixMatch !== null;
  if (appendixMatch) text = text.slice(appendixMatch[0].length);

  const step = /^stap(?:pen)?\s*(\d)\s*([a-z])?\b(?:\s*(?:en|&|\+|\/|t\/m|tot en met|-|–)\s*(?:stap\s*)?(\d)\b)?/.exec(text);
  if (step && !appendix) {
    const first = Number(step[1]);
    if (step[2] !== undefined && step[3] === undefined) return { kind: 'substep', steps: [first], substep: `${first}${step[2]}`, appendix };
    if (step[3] !== undefined) {
      const last = Number(step[3]);
      const steps: number[] = [];
      for (let n = first; n <= last && n <= 5; n++) steps.push(n);
      if (steps.length > 0 && first <= 5) return { kind: 'step', steps, appendix };
    }
    if (first <= 5) return { kind: 'step', steps: [first], appendix };
  }
  const part = /^(\d)([a-z])\b[.:)]?\s/.exec(text);
  if (part && Number(part[1]) <= 5 && !appendix) return { kind: 'substep', steps: [Number(part[1])], substep: `${part[1]}${part[2]}`, appendix };

  const numbered = LEADING_NUMBER.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  const titled = !appendix && rest.length <= 90 ? STEP_TITLES.find(([, pattern]) => pattern.test(rest)) : undefined;
  if (titled && (numbered === null || Number(numbered[1]) === titled[0])) return { kind: 'step', steps: [titled[0]], appendix };
  for (const [kind, pattern] of SECTION_KEYWORDS) if (pattern.test(rest)) return { kind, appendix };
  if (numbered && numbered[2] === '' && !appendix) {
    const number = Number(numbered[1]);
    const keyword = STEP_KEYWORDS.find(([n]) => n === number);
    if (keyword && keyword[1].test(rest)) return { kind: 'step', steps: [number], appendix };
  }
  return { kind: appendix ? 'appendix' : 'unknown', appendix };
}

/** The title of a step without its number: "Stap 4 en 5: Wegen en beslissen" gives "Wegen en beslissen". */
export function stepTitle(heading: string): string {
  const stripped = heading
    .replace(/^\s*(?:stap(?:pen)?\s*\d\s*[a-z]?\b(?:\s*(?:en|&|\+|\/|t\/m|tot en met|-|–)\s*(?:stap\s*)?\d\b)?|\d[a-z]?\b|\d{1,2}(?:\.\d{1,2})*\.?)\s*[:.\-–)]?\s*/i, '')
    .trim();
  return stripped === '' ? heading.trim() : stripped;
}

/** Depth of a numbered paragraph used as a heading: "3" is 1, "3.2" is 2. */
export function numberingDepth(text: string): number | undefined {
  const numbered = LEADING_NUMBER.exec(fold(text).trim());
  return numbered ? 1 + (numbered[2].match(/\./g)?.length ?? 0) : undefined;
}
