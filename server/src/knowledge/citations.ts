import type { Citation, Locale } from './types';

/**
 * Where each source is published, as listed in docs/sources.md: the laws on wetten.overheid.nl
 * (BWBR is a law's fixed id there; the Wet verplichte meldcode changed other laws and has no text
 * of its own there, so the government's page on it), the models at their publishers. A hover links
 * a source where it has an address, and an address is never guessed.
 */
const WMO_2015_URL = 'https://wetten.overheid.nl/BWBR0035362';
const WPO_URL = 'https://wetten.overheid.nl/BWBR0003420';
const WET_KINDEROPVANG_URL = 'https://wetten.overheid.nl/BWBR0017017';
const BESLUIT_URL = 'https://wetten.overheid.nl/BWBR0033723';
const WET_MELDCODE_URL = 'https://www.huiselijkgeweld.nl/beleid/landelijk/verplicht-meldcode-huiselijk-geweld-en-kindermishandeling';

/** The citations used more than once, so that every entry names its source the same way. */
export const LAW_BESLUIT_ART_2: Citation = { kind: 'law', law: 'Besluit verplichte meldcode', article: '2', url: BESLUIT_URL };
export const LAW_WET_MELDCODE: Citation = { kind: 'law', law: 'Wet verplichte meldcode huiselijk geweld en kindermishandeling', url: WET_MELDCODE_URL };
export const LAW_WMO_MELDRECHT: Citation = { kind: 'law', law: 'Wmo 2015', article: '5.2.6', url: WMO_2015_URL };
export const LAW_WMO_VEILIG_THUIS: Citation = { kind: 'law', law: 'Wmo 2015', article: '4.1.1', url: WMO_2015_URL };
export const LAW_WPO_ZEDEN: Citation = { kind: 'law', law: 'Wet op het primair onderwijs', article: '4a', url: WPO_URL };

export const LAW_WET_KINDEROPVANG: Citation = { kind: 'law', law: 'Wet kinderopvang', url: WET_KINDEROPVANG_URL };

/** The government's model meldcode, which sector bodies adapt. */
export const MODEL_BASISMODEL: Citation = {
  kind: 'model',
  publisher: 'Rijksoverheid',
  title: 'Basismodel meldcode huiselijk geweld en kindermishandeling',
  year: '2017',
  url: 'https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling',
};
/** The basisdocument on the afwegingskader: two decisions, three professional norms for reporting. */
export const MODEL_AFWEGINGSKADER_BASISDOCUMENT: Citation = {
  kind: 'model',
  publisher: 'Rijksoverheid',
  title: 'Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling',
  url: 'https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
};
/** The Nederlands Jeugdinstituut's explanation of the five afwegingen, placed in step 5. */
export const MODEL_NJI_AFWEGINGSKADER: Citation = {
  kind: 'model',
  publisher: 'Nederlands Jeugdinstituut',
  title: 'Het afwegingskader in de meldcode',
  url: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
};
export const MODEL_ONDERWIJS: Citation = {
  kind: 'model',
  publisher: 'PO-Raad en Ingrado',
  title: 'Afwegingskader Meldcode Onderwijs en leerplicht',
  year: '2018',
  url: 'https://www.poraad.nl/kind-onderwijs/sociale-veiligheid/afwegingskader-huiselijk-geweld-onderdeel-van-de-meldcode',
};
export const MODEL_KNMG: Citation = {
  kind: 'model',
  publisher: 'KNMG',
  title: 'KNMG-meldcode Kindermishandeling en huiselijk geweld',
  url: 'https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/',
};
export const MODEL_CENTRUM_VEILIGE_SPORT: Citation = {
  kind: 'model',
  publisher: 'Centrum Veilige Sport Nederland',
  title: 'Centrum Veilige Sport Nederland',
  url: 'https://centrumveiligesport.nl/over-cvsn/waar-kun-je-terecht',
};

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
    case 'model': {
      const by = citation.year === undefined ? citation.publisher : `${citation.publisher}, ${citation.year}`;
      return citation.title === citation.publisher ? citation.title : `${citation.title} (${by})`;
    }
  }
}

/**
 * The closing line of every hover (Markdown): "Bron: ..." / "Source: ...", each source a link
 * where it has an address.
 */
export function sourceLine(citations: readonly Citation[], locale: Locale): string {
  const labels = citations.map((citation) => {
    const label = citationLabel(citation, locale);
    const url = citation.kind === 'law' || citation.kind === 'model' ? citation.url : undefined;
    return url === undefined ? label : markdownLink(label, url);
  });
  return `${locale === 'nl' ? 'Bron' : 'Source'}: ${labels.join('; ')}`;
}

/** `[text](url)`, the text's Markdown characters escaped and the address taken only if it is https. */
export function markdownLink(text: string, url: string): string {
  const escaped = text.replace(/[\\`*_[\]<>]/g, '\\$&');
  return /^https:\/\/[^\s()<>]+$/.test(url) ? `[${escaped}](${url})` : escaped;
}
