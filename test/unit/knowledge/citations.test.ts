import { strict as assert } from 'node:assert';
import {
  citationLabel,
  CONTACT_KINDS,
  GLOSSARY,
  INTERVENTIONS,
  KEYS,
  QUESTIONS,
  REQUIRED_SECTIONS,
  SECTORS,
  sourceLine,
  STEPS,
  type Citation,
  type KnowledgeEntry,
} from '../../../server/src/knowledge';
import { brochureText, collapseSpace, handbookText } from './sources';

/** The law articles the knowledge base may cite; each was checked by hand against the text of the law. */
const KNOWN_LAW = new Set([
  'Besluit verplichte meldcode|2',
  'Wet verplichte meldcode huiselijk geweld en kindermishandeling|',
  'Wmo 2015|5.2.6',
  'Wmo 2015|4.1.1',
  'Wet op het primair onderwijs|4a',
]);

const ENTRIES: readonly (KnowledgeEntry | { id: string; citations: readonly Citation[] })[] = [
  ...STEPS,
  ...QUESTIONS,
  ...REQUIRED_SECTIONS,
  ...KEYS,
  ...SECTORS,
  ...CONTACT_KINDS,
  ...GLOSSARY,
  ...INTERVENTIONS,
];

const NUMBERED_HEADING = /^\d+(?:\.\d+)+\s+\p{Lu}/u;

/** The line index of a handbook heading, or -1: "8.1 Samenwerking ...", "Hoofdstuk 8", "Bijlage 1", "Inleiding". */
function headingLine(lines: readonly string[], section: string): number {
  if (/^\d+(\.\d+)+$/.test(section)) {
    const pattern = new RegExp(`^${section.replace(/\./g, '\\.')}(?![.\\d])\\s+\\p{Lu}`, 'u');
    return lines.findIndex((line) => pattern.test(line));
  }
  return lines.findIndex((line) => line === section);
}

function isSectionStart(line: string): boolean {
  return NUMBERED_HEADING.test(line) || /^(Hoofdstuk|Bijlage) \d+$/.test(line);
}

describe('knowledge citations', () => {
  const handbookLines = handbookText().split('\n').map((line) => line.trim());
  const brochure = collapseSpace(brochureText());

  it('gives every entry at least one source', () => {
    for (const entry of ENTRIES) assert.ok(entry.citations.length > 0, `${entry.id} has no citation`);
  });

  it('cites only handbook sections that exist as headings, and sub-headings inside them', () => {
    const cited = new Set<string>();
    for (const entry of ENTRIES) {
      for (const citation of entry.citations) {
        if (citation.kind !== 'handbook') continue;
        cited.add(citation.section);
        const at = headingLine(handbookLines, citation.section);
        assert.notEqual(at, -1, `${entry.id}: no heading "${citation.section}" in the handbook`);
        if (citation.heading === undefined) continue;
        let end = handbookLines.length;
        for (let i = at + 1; i < handbookLines.length; i++) {
          if (isSectionStart(handbookLines[i] ?? '')) {
            end = i;
            break;
          }
        }
        const inside = handbookLines.slice(at + 1, end).includes(citation.heading);
        assert.ok(inside, `${entry.id}: no heading "${citation.heading}" inside handbook section ${citation.section}`);
      }
    }
    assert.ok(cited.size >= 10, `only ${cited.size} handbook sections cited`);
  });

  it('cites only brochure sections whose title is in the brochure', () => {
    for (const entry of ENTRIES) {
      for (const citation of entry.citations) {
        if (citation.kind !== 'brochure') continue;
        assert.ok(brochure.includes(citation.section), `${entry.id}: brochure has no section "${citation.section}"`);
      }
    }
  });

  it('cites only known law articles', () => {
    for (const entry of ENTRIES) {
      for (const citation of entry.citations) {
        if (citation.kind !== 'law') continue;
        const key = `${citation.law}|${citation.article ?? ''}`;
        assert.ok(KNOWN_LAW.has(key), `${entry.id}: unknown law citation ${key}`);
      }
    }
  });

  it('finds a heading the way a reader would, and refuses one that is not there', () => {
    assert.equal(handbookLines[headingLine(handbookLines, '8.1')], '8.1 Samenwerking en ketenzorg');
    assert.equal(headingLine(handbookLines, '8.9'), -1);
    assert.equal(headingLine(handbookLines, 'Hoofdstuk 11'), -1);
    assert.equal(brochure.includes('Hulp om de gevolgen te beperken'), false);
  });

  it('labels citations in Dutch and English', () => {
    const cases: [Citation, string, string][] = [
      [{ kind: 'law', law: 'Besluit verplichte meldcode', article: '2' }, 'Besluit verplichte meldcode, art. 2', 'Besluit verplichte meldcode, art. 2'],
      [{ kind: 'handbook', section: '8.1' }, 'Handboek RAAK, §8.1', 'RAAK handbook, §8.1'],
      [
        { kind: 'handbook', section: '8.1', heading: 'Meldcode of protocol kindermishandeling' },
        "Handboek RAAK, §8.1 ('Meldcode of protocol kindermishandeling')",
        "RAAK handbook, §8.1 ('Meldcode of protocol kindermishandeling')",
      ],
      [{ kind: 'handbook', section: 'Bijlage 1' }, 'Handboek RAAK, bijlage 1', 'RAAK handbook, appendix 1'],
      [{ kind: 'handbook', section: 'Hoofdstuk 8' }, 'Handboek RAAK, hoofdstuk 8', 'RAAK handbook, chapter 8'],
      [{ kind: 'handbook', section: 'Inleiding' }, 'Handboek RAAK, inleiding', 'RAAK handbook, introduction'],
      [
        { kind: 'brochure', section: 'Preventie van kindermishandeling' },
        "NJi-brochure, 'Preventie van kindermishandeling'",
        "NJi brochure, 'Preventie van kindermishandeling'",
      ],
    ];
    for (const [citation, nl, en] of cases) {
      assert.equal(citationLabel(citation, 'nl'), nl);
      assert.equal(citationLabel(citation, 'en'), en);
    }
    const two: Citation[] = [{ kind: 'law', law: 'Wmo 2015', article: '5.2.6' }, { kind: 'handbook', section: '7.3.3' }];
    assert.equal(sourceLine(two, 'nl'), 'Bron: Wmo 2015, art. 5.2.6; Handboek RAAK, §7.3.3');
    assert.equal(sourceLine(two, 'en'), 'Source: Wmo 2015, art. 5.2.6; RAAK handbook, §7.3.3');
  });
});
