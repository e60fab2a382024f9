import { fold } from './text';

export const SECTORS = ['onderwijs', 'kinderopvang', 'jeugdhulp', 'gezondheidszorg', 'maatschappelijke-ondersteuning', 'justitie', 'sport', 'overig'] as const;
export type Sector = (typeof SECTORS)[number];

const SECTOR_WORDS: ReadonlyArray<[Sector, RegExp]> = [
  ['kinderopvang', /kinderopvang|kinderdagverblijf|kindercentrum|buitenschoolse opvang|\bbso\b|peuterspeelzaal|gastouder|pedagogisch medewerker/g],
  ['onderwijs', /basisschool|\bschool\b|scholengemeenschap|leerling|leerkracht|intern begeleider|onderwijs|\bcollege\b/g],
  ['sport', /sportvereniging|sportclub|hockey|voetbal|zwemvereniging|zwemclub|vertrouwenscontactpersoon|\bvcp\b/g],
  ['gezondheidszorg', /huisarts|patient|ziekenhuis|fysiotherap|tandarts|psycholo|\bggz\b|verloskund/g],
  ['jeugdhulp', /jeugdhulp|jeugdzorg|gezinshuis/g],
  ['maatschappelijke-ondersteuning', /\bwmo\b|maatschappelijk werk|welzijn|maatschappelijke opvang/g],
  ['justitie', /reclassering|justiti|penitentiair/g],
];

/** The sector the words of the title, or else of the whole text, point to; undefined when nothing does. */
export function guessSector(title: string, text: string): Sector | undefined {
  for (const source of [title, text]) {
    const folded = fold(source);
    let best: Sector | undefined;
    let bestCount = 0;
    for (const [sector, pattern] of SECTOR_WORDS) {
      const count = folded.match(pattern)?.length ?? 0;
      if (count > bestCount) {
        best = sector;
        bestCount = count;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

const PROTOCOL_WORDS = /^(?:(?:de|het)\s+)?(?:meldcode|meldprotocol|protocol|stappenplan)(?:\s+(?:huiselijk geweld|kindermishandeling|en|grensoverschrijdend gedrag|seksueel misbruik))*/i;

/** The organisation named in the title: "Meldcode huiselijk geweld en kindermishandeling van Basisschool De Regenboog". */
export function organisationFromTitle(title: string): string | undefined {
  let rest = title.trim();
  const lead = PROTOCOL_WORDS.exec(rest);
  if (lead === null) return undefined;
  rest = rest.slice(lead[0].length).replace(/^\s*(?:[:–\-,]|van|voor|bij)\s*/i, '').replace(/^\s*(?:van|voor|bij)\s+/i, '').trim();
  return rest === '' ? undefined : rest;
}

/** "Organisatie: ..." or "Naam organisatie: ..." on a line of its own. */
export function organisationFromLine(line: string): string | undefined {
  const match = /^\s*(?:naam\s+(?:van\s+de\s+)?)?organisatie\s*:\s*(.+)$/i.exec(line);
  return match ? match[1].trim() : undefined;
}

