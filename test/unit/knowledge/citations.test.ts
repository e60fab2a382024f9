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
  ROUTE_KINDS,
  OUTCOMES,
  sourceLine,
  STEPS,
  type Citation,
  type KnowledgeEntry,
} from '../../../server/src/knowledge';
import { LAW_WMO_MELDRECHT, markdownLink } from '../../../server/src/knowledge/citations';
import { brochureText, collapseSpace, handbookText, SOURCE_INDEX, withSourceTexts, type SourceIndex } from './sources';

/** The law articles the knowledge base may cite; each was checked by hand against the text of the law. */
const KNOWN_LAW = new Set([
  'Besluit verplichte meldcode|2',
  'Wet verplichte meldcode huiselijk geweld en kindermishandeling|',
  'Wmo 2015|5.2.6',
  'Wmo 2015|4.1.1',
  'Wet op het primair onderwijs|4a',
  'Wet kinderopvang|',
]);

const ENTRIES: readonly (KnowledgeEntry | { id: string; citations: readonly Citation[] })[] = [
  ...STEPS,
  ...QUESTIONS,
  ...REQUIRED_SECTIONS,
  ...KEYS,
  ...SECTORS,
  ...ROUTE_KINDS,
  ...OUTCOMES,
  ...CONTACT_KINDS,
  ...GLOSSARY,
  ...INTERVENTIONS,
];

const NUMBERED_HEADING = /^\d+(?:\.\d+)+\s+\p{Lu}/u;

/** Where the citations are looked up: the committed index of the sources, or their full texts. */
interface Sources {
  /** The heading of a handbook section as a reader finds it ("8.1 Samenwerking en ketenzorg"), or undefined. */
  heading(section: string): string | undefined;
  /** The lines inside a handbook section, one of which a citation's sub-heading must be. */
  inside(section: string): readonly string[];
  /** Whether the brochure has this section title. */
  brochureHas(title: string): boolean;
}

function indexSources(index: SourceIndex): Sources {
  const sections = new Map(index.handbook.sections.map((section) => [section.section, section]));
  return {
    heading: (section) => {
      const found = sections.get(section);
      if (found === undefined) return undefined;
      return /^\d/.test(section) ? `${section} ${found.title ?? ''}` : section;
    },
    inside: (section) => sections.get(section)?.headings ?? [],
    brochureHas: (title) => index.brochure.titles.includes(title),
  };
}

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

function textSources(handbook: string, brochureFullText: string): Sources {
  const lines = handbook.split('\n').map((line) => line.trim());
  const brochure = collapseSpace(brochureFullText);
  return {
    heading: (section) => {
      const at = headingLine(lines, section);
      return at === -1 ? undefined : lines[at];
    },
    inside: (section) => {
      const at = headingLine(lines, section);
      if (at === -1) return [];
      let end = lines.length;
      for (let i = at + 1; i < lines.length; i++) {
        if (isSectionStart(lines[i] ?? '')) {
          end = i;
          break;
        }
      }
      return lines.slice(at + 1, end);
    },
    brochureHas: (title) => brochure.includes(title),
  };
}

/** The checks of every cited handbook section and brochure title, against `sources`. */
function citationChecks(what: string, sources: () => Sources): void {
  it(`cites only handbook sections that exist as headings, and sub-headings inside them (${what})`, () => {
    const source = sources();
    const cited = new Set<string>();
    for (const entry of ENTRIES) {
      for (const citation of entry.citations) {
        if (citation.kind !== 'handbook') continue;
        cited.add(citation.section);
        assert.notEqual(source.heading(citation.section), undefined, `${entry.id}: no heading "${citation.section}" in the handbook`);
        if (citation.heading === undefined) continue;
        const inside = source.inside(citation.section).includes(citation.heading);
        assert.ok(inside, `${entry.id}: no heading "${citation.heading}" inside handbook section ${citation.section}`);
      }
    }
    assert.ok(cited.size >= 10, `only ${cited.size} handbook sections cited`);
  });

  it(`cites only brochure sections whose title is in the brochure (${what})`, () => {
    const source = sources();
    for (const entry of ENTRIES) {
      for (const citation of entry.citations) {
        if (citation.kind !== 'brochure') continue;
        assert.ok(source.brochureHas(citation.section), `${entry.id}: brochure has no section "${citation.section}"`);
      }
    }
  });

  it(`finds a heading the way a reader would, and refuses one that is not there (${what})`, () => {
    const source = sources();
    assert.equal(source.heading('8.1'), '8.1 Samenwerking en ketenzorg');
    assert.ok(source.inside('8.1').includes('Meldcode of protocol kindermishandeling'));
    assert.equal(source.inside('8.2').includes('Meldcode of protocol kindermishandeling'), false);
    assert.equal(source.heading('8.9'), undefined);
    assert.equal(source.heading('Hoofdstuk 11'), undefined);
    assert.equal(source.heading('Bijlage 1'), 'Bijlage 1');
    assert.ok(source.brochureHas('Hulp om de gevolgen van kindermishandeling te verminderen'));
    assert.equal(source.brochureHas('Hulp om de gevolgen te beperken'), false);
  });
}

/**
 * Keys of the file format itself, which no law, model or handbook speaks of: they cite nothing,
 * rather than a law that says nothing about them. Only these may go without a source.
 */
const FORMAT_KEYS = new Set(['key:meldcode']);

describe('knowledge citations', () => {
  it('gives every entry at least one source, and the keys of the file format none', () => {
    for (const entry of ENTRIES) {
      if (FORMAT_KEYS.has(entry.id)) assert.deepEqual(entry.citations, [], `${entry.id} cites a source that does not speak of it`);
      else assert.ok(entry.citations.length > 0, `${entry.id} has no citation`);
    }
  });

  citationChecks('committed index', () => indexSources(SOURCE_INDEX));

  withSourceTexts('citations looked up in the handbook and brochure texts themselves', () => {
    let sources: Sources | undefined;
    citationChecks('source texts', () => (sources ??= textSources(handbookText(), brochureText())));
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

  it('cites for contact details a source about them, not a law that says nothing of addresses or e-mail', () => {
    for (const path of ['organisatie.adres', 'organisatie.telefoon', 'organisatie.email', 'organisatie.locaties', 'contactpunten.email', 'contactpunten.website']) {
      const entry = KEYS.find((candidate) => candidate.path === path);
      assert.ok(entry, path);
      assert.equal(sourceLine(entry.citations, 'nl'), "Bron: Handboek RAAK, §8.1 ('Meldcode of protocol kindermishandeling')", path);
    }
  });

  it('links a source that has an address, escaped as Markdown, and only to https', () => {
    const linked: Citation[] = [LAW_WMO_MELDRECHT, { kind: 'handbook', section: '8.1' }];
    assert.equal(sourceLine(linked, 'nl'), 'Bron: [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362); Handboek RAAK, §8.1');
    assert.equal(sourceLine(linked, 'en'), 'Source: [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362); RAAK handbook, §8.1');
    assert.equal(markdownLink('Wet [a] *b* _c_ `d` <e>', 'https://example.org/x'), String.raw`[Wet \[a\] \*b\* \_c\_ \`d\` \<e\>](https://example.org/x)`);
    assert.equal(markdownLink('Wmo', 'javascript:alert(1)'), 'Wmo');
    assert.equal(markdownLink('Wmo', 'https://x.example/a) [b](https://y'), 'Wmo');
  });
});
