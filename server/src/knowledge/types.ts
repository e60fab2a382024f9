import type { Locale, LocalizedText } from '../engine/types';

export type { Locale, LocalizedText };

/**
 * Where a knowledge entry comes from, precise enough for a reader to look it up.
 * - `law`: a Dutch law or decree, with the article where there is one.
 * - `handbook`: "Kindermishandeling: voorkomen en helpen" (Regio's RAAK, 2007); `section` is the
 *   number as printed in its headings ("8.1", "7.1.3"), or "Hoofdstuk 8", "Bijlage 1", "Inleiding"; `heading` names a
 *   sub-heading inside that section (e.g. "Meldcode of protocol kindermishandeling" inside 8.1).
 * - `brochure`: "Van 'pedagogische tik' tot kindermishandeling" (Nederlands Jeugdinstituut);
 *   `section` is the title of the brochure section as printed.
 * - `model`: a model meldcode or guidance document published by the government or a sector
 *   body (the basismodel, the KNMG-meldcode, the afwegingskader for education ...). These
 *   recommend; only `law` citations state a legal duty. docs/sources.md lists them with addresses.
 */
export type Citation =
  | { kind: 'law'; law: string; article?: string; /** Where the law's text is published (docs/sources.md). */ url?: string }
  | { kind: 'handbook'; section: string; heading?: string }
  | { kind: 'brochure'; section: string }
  | { kind: 'model'; publisher: string; title: string; year?: string; /** Where the publisher publishes it (docs/sources.md). */ url?: string };

/** One piece of knowledge: a title, a text in our own words, and where it comes from. */
export interface KnowledgeEntry {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  citations: readonly Citation[];
}
