import { strict as assert } from 'node:assert';
import {
  CONTACT_KINDS,
  GLOSSARY,
  INTERVENTIONS,
  KEYS,
  protocolSkeleton,
  QUESTIONS,
  REQUIRED_SECTIONS,
  SECTOR_VALUES,
  SECTORS,
  ROUTE_KINDS,
  OUTCOMES,
  STEPS,
} from '../../../server/src/knowledge';
import { brochureText, handbookText, withSourceTexts } from './sources';

const RUN = 12;

/**
 * Proper-name lists that can only be written one way; the only text allowed to match the sources.
 * The five levels of the zorgcontinuüm (handbook §2.1) in Dutch.
 */
const ALLOWED_NAME_LISTS = [
  'universele preventie selectieve preventie geindiceerde preventie vroege interventies bij eerste signalen diagnostiek en interventie na kindermishandeling',
];

/** Fields that quote the sources on purpose (names as printed, age texts) or are identifiers. */
const QUOTED_FIELDS = new Set(['citations', 'brochureName', 'ageText', 'aliases', 'forms', 'caseSensitive', 'id', 'key', 'path', 'value']);

/** Lower case, no accents, no punctuation; words split where the PDF extraction hyphenated them are joined. */
function words(text: string): string[] {
  return text
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu, '$1$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function runs(tokens: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + RUN <= tokens.length; i++) result.add(tokens.slice(i, i + RUN).join(' '));
  return result;
}

/** Replaces allowed name lists by a marker that can never be part of a run in the sources. */
function withoutAllowedLists(tokens: readonly string[]): string[] {
  let text = ` ${tokens.join(' ')} `;
  for (const list of ALLOWED_NAME_LISTS) text = text.split(` ${list} `).join(' \u0000 ');
  return text.trim().split(' ').filter((word) => word !== '');
}

function copiedRuns(text: string, sourceRuns: ReadonlySet<string>): string[] {
  const tokens = withoutAllowedLists(words(text));
  const found: string[] = [];
  for (let i = 0; i + RUN <= tokens.length; i++) {
    const run = tokens.slice(i, i + RUN).join(' ');
    if (sourceRuns.has(run)) found.push(run);
  }
  return found;
}

/** Every string of running text in the knowledge data, with where it sits. */
function texts(value: unknown, where: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([where, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${where}[${index}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (!QUOTED_FIELDS.has(name)) texts(child, `${where}.${name}`, out);
    }
  }
  return out;
}

describe('knowledge texts are in our own words', () => {
  const data = {
    STEPS,
    QUESTIONS,
    REQUIRED_SECTIONS,
    KEYS,
    SECTORS,
    ROUTE_KINDS,
    OUTCOMES,
    CONTACT_KINDS,
    GLOSSARY,
    INTERVENTIONS,
  };

  it('covers a real amount of text', () => {
    const all = texts(data, 'knowledge', []);
    const wordCount = all.reduce((sum, [, text]) => sum + words(text).length, 0);
    assert.ok(wordCount > 8000, `only ${wordCount} words of knowledge text`);
  });

  withSourceTexts('no run of twelve words copied from the handbook or brochure into the knowledge texts and protocol skeletons', () => {
    let cached: Set<string> | undefined;
    const sourceRuns = (): Set<string> => (cached ??= new Set([...runs(words(handbookText())), ...runs(words(brochureText()))]));

    it('shares no run of twelve words with the handbook or the brochure', () => {
      const copies = texts(data, 'knowledge', []).flatMap(([where, text]) =>
        copiedRuns(text, sourceRuns()).map((run) => `${where}: "${run}"`),
      );
      assert.deepEqual(copies, []);
    });

    it('shares no run of twelve words in the protocol skeletons either', () => {
      for (const sector of SECTOR_VALUES) {
        for (const locale of ['nl', 'en'] as const) {
          const skeleton = protocolSkeleton(sector, locale, { format: 'plain', today: '2026-11-23' }) ?? '';
          assert.deepEqual(copiedRuns(skeleton, sourceRuns()), [], `${sector} ${locale}`);
        }
      }
    });

    it('would notice a copied sentence, also across the PDF line breaks', () => {
      // Point 26 of the raamwerk (handbook, appendix 1), taken word for word.
      const copied =
        'Alle instellingen die met kinderen werken, dienen een meldcode of meldprotocol in te voeren.';
      assert.equal(copiedRuns(copied, sourceRuns()).length, 3);
      // From the brochure, where "Databank" and "Effectieve" are on different lines.
      const brochureCopy = 'Voor uitgebreide beschrijvingen van de interventies verwijzen we naar de Databank Effectieve Jeugdinterventies.';
      assert.ok(copiedRuns(brochureCopy, sourceRuns()).length > 0);
      // The allowed name list passes on its own, but not with a copied tail.
      const levels = 'Universele preventie, selectieve preventie, geïndiceerde preventie, vroege interventies bij eerste signalen, diagnostiek en interventie na kindermishandeling.';
      assert.deepEqual(copiedRuns(levels, sourceRuns()), []);
    });
  });
});
