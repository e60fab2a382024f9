import type { Citation, Locale } from './types';

/** The citations used more than once, so that every entry names its source the same way. */
export const LAW_BESLUIT_ART_2: Citation = { kind: 'law', law: 'Besluit verplichte meldcode', article: '2' };
export const LAW_WET_MELDCODE: Citation = { kind: 'law', law: 'Wet verplichte meldcode huiselijk geweld en kindermishandeling' };
export const LAW_WMO_MELDRECHT: Citation = { kind: 'law', law: 'Wmo 2015', article: '5.2.6' };
export const LAW_WMO_VEILIG_THUIS: Citation = { kind: 'law', law: 'Wmo 2015', article: '4.1.1' };
export const LAW_WPO_ZEDEN: Citation = { kind: 'law', law: 'Wet op het primair onderwijs', article: '4a' };

export function handbook(section: string, heading?: string): Citation {
  return heading === undefined ? { kind: 'handbook', section } : { kind: 'handbook', section, heading };
}

export function brochure(section: string): Citation {
  return { kind: 'brochure', section };
}

/** "Handboek RAAK, §8.1" / "RAAK handbook, §8.1", "Besluit verplichte meldcode, art. 2", ... */
export function citationLabel(citation: Citation, locale: Locale): string {
  switch (citation.kind) {
    case 'law':
      return citation.article === undefined ? citation.law : `${citation.law}, art. ${citation.article}`;
    case 'handbook': {
      const book = locale === 'nl' ? 'Handboek RAAK' : 'RAAK handbook';
      const appendix = /^Bijlage (\d+)$/.exec(citation.section);
      const chapter = /^Hoofdstuk (\d+)$/.exec(citation.section);
      const where = appendix
        ? `${locale === 'nl' ? 'bijlage' : 'appendix'} ${appendix[1]}`
        : chapter
          ? `${locale === 'nl' ? 'hoofdstuk' : 'chapter'} ${chapter[1]}`
          : citation.section === 'Inleiding'
            ? (locale === 'nl' ? 'inleiding' : 'introduction')
            : `§${citation.section}`;
      const heading = citation.heading === undefined ? '' : ` ('${citation.heading}')`;
      return `${book}, ${where}${heading}`;
    }
    case 'brochure':
      return `${locale === 'nl' ? 'NJi-brochure' : 'NJi brochure'}, '${citation.section}'`;
  }
}

/** The closing line of every hover: "Bron: ..." / "Source: ...". */
export function sourceLine(citations: readonly Citation[], locale: Locale): string {
  const labels = citations.map((citation) => citationLabel(citation, locale));
  return `${locale === 'nl' ? 'Bron' : 'Source'}: ${labels.join('; ')}`;
}
