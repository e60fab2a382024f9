import { strict as assert } from 'node:assert';
import {
  CLASSIFICATIONS,
  findIntervention,
  INTERVENTIONS,
  type Classification,
  type InterventionCategory,
} from '../../../server/src/knowledge';
import { brochureText, collapseSpace, SOURCE_INDEX, withSourceTexts } from './sources';

/** The brochure's three tables: title, and the rows as one line. */
interface Table {
  category: InterventionCategory;
  body: string;
}

const TABLE_TITLES: Record<string, InterventionCategory> = {
  'Preventie van kindermishandeling': 'prevention',
  'Hulp voor het stoppen van kindermishandeling': 'stopping',
  'Hulp om de gevolgen van kindermishandeling te verminderen': 'consequences',
};

/** The tables read from the brochure's text. */
function readTables(text: string): Table[] {
  const lines = text.split('\n').map((line) => line.trim());
  const tables: Table[] = [];
  lines.forEach((line, index) => {
    if (line !== 'Interventie Classificatie Doelgroep') return;
    let title = '';
    for (let i = index - 1; i >= 0 && title === ''; i--) title = lines[i] ?? '';
    const category = TABLE_TITLES[title];
    assert.ok(category, `table without a known title: "${title}"`);
    const end = lines.findIndex((candidate, i) => i > index && candidate.startsWith('1 = door de Erkenningscommissie'));
    tables.push({ category, body: collapseSpace(lines.slice(index + 1, end).join('\n')) });
  });
  return tables;
}

/** Ages in years from a table's target-group text, read independently of the catalogue. */
function agesOf(targetGroup: string): [number, number] {
  const years = (n: string, unit: string | undefined): number => (unit === 'maanden' ? Number(n) / 12 : Number(n));
  if (/zwanger/.test(targetGroup)) {
    const until = /(\d+) jaar/.exec(targetGroup);
    assert.ok(until, targetGroup);
    return [0, Number(until[1])];
  }
  const range = /(\d+)\s*(maanden|jaar)?\s*-\s*(\d+)\s*(maanden|jaar)/.exec(targetGroup);
  assert.ok(range, `no age range in "${targetGroup}"`);
  return [years(range[1] ?? '', range[2] ?? range[4]), years(range[3] ?? '', range[4])];
}

/** The tables as committed in test/fixtures/knowledge/handbook-headings.json. */
function indexTables(): Table[] {
  return SOURCE_INDEX.brochure.tables.map(({ title, body }) => {
    const category = TABLE_TITLES[title];
    assert.ok(category, `table without a known title: "${title}"`);
    return { category, body };
  });
}

/** The catalogue against the brochure's tables and classification legend, from `what`. */
function brochureChecks(what: string, tables: () => Table[], legend: () => string): void {
  it(`reads the three tables of the brochure (${what})`, () => {
    assert.deepEqual(
      tables().map((table) => table.category),
      ['prevention', 'stopping', 'consequences'],
    );
  });

  it(`matches every row of the brochure tables: name, classification, target group and ages (${what})`, () => {
    let rows = 0;
    for (const table of tables()) {
      const entries = INTERVENTIONS.filter((entry) => entry.category === table.category)
        .map((entry) => ({ entry, at: table.body.indexOf(entry.brochureName) }))
        .sort((a, b) => a.at - b.at);
      for (const { entry, at } of entries) assert.notEqual(at, -1, `${entry.name} not in the ${table.category} table`);
      assert.equal(entries[0]?.at, 0, `the ${table.category} table starts with a row the catalogue lacks`);
      entries.forEach(({ entry, at }, index) => {
        const next = entries[index + 1]?.at ?? table.body.length;
        const row = table.body.slice(at + entry.brochureName.length, next).trim();
        const match = /^([1-5]) (.+)$/.exec(row);
        assert.ok(match, `${entry.name}: row "${row}" has no classification`);
        const [, classification, targetGroup = ''] = match;
        assert.equal(Number(classification), entry.classification, `${entry.name}: classification`);
        // One row only: a word, its ages in brackets, and perhaps ", ouders".
        assert.match(targetGroup, /^(?:\(Aanstaande\) )?\p{L}+ \([^()]+\)(?:, ouders)?$/u, `${entry.name}: "${targetGroup}"`);
        assert.ok(collapseSpace(targetGroup).includes(entry.ageText), `${entry.name}: "${entry.ageText}" not in "${targetGroup}"`);
        assert.deepEqual([entry.minAge, entry.maxAge], agesOf(targetGroup), `${entry.name}: ages`);
        rows += 1;
      });
    }
    assert.equal(rows, 16);
    assert.equal(INTERVENTIONS.length, 16);
  });

  it(`gives the meaning of each classification as the brochure does (${what})`, () => {
    const text = legend();
    for (const n of [1, 2, 3, 4] as Classification[]) {
      assert.ok(text.includes(`${n} = door de Erkenningscommissie Interventies erkend als ‘${CLASSIFICATIONS[n].nl}’`), `classification ${n}`);
    }
    assert.ok(text.includes(`5 = ${CLASSIFICATIONS[5].nl}`));
  });
}

describe('interventions catalogue', () => {
  brochureChecks('committed index', indexTables, () => SOURCE_INDEX.brochure.classifications.join('\n'));

  withSourceTexts('intervention tables and classification legend read from the brochure text', () => {
    let brochure: string | undefined;
    const text = (): string => (brochure ??= brochureText());
    brochureChecks('brochure text', () => readTables(text()), () => collapseSpace(text()));

    it('has the tables in the committed index exactly as read from the brochure text', () => {
      assert.deepEqual(indexTables(), readTables(text()));
    });
  });

  it('has a unique id and an aim and target group in both languages for each', () => {
    assert.equal(new Set(INTERVENTIONS.map((entry) => entry.id)).size, 16);
    for (const entry of INTERVENTIONS) {
      for (const text of [entry.aim.nl, entry.aim.en, entry.targetGroup.nl, entry.targetGroup.en]) {
        assert.ok(text.length > 10, `${entry.id}: ${text}`);
      }
      assert.ok(entry.minAge <= entry.maxAge, entry.id);
    }
  });

  it('finds an intervention whatever the case, accents, spacing or punctuation', () => {
    const cases: [string, string][] = [
      ['VIG', 'vig'],
      ['vig', 'vig'],
      ['  Families   first ', 'families-first'],
      ['ALS HET MISGAAT... BEL IK JOU', 'als-het-misgaat'],
      ['Als het misgaat…. bel ik jou', 'als-het-misgaat'],
      ['Horizon methodiek', 'horizonmethodiek'],
      ['Parent Child Interaction Therapy', 'pcit'],
      ['pcit', 'pcit'],
      ['Eye Movement Desensitization & Reprocessing', 'emdr'],
      ['eye movement desensitization and reprocessing (EMDR)', 'emdr'],
      ['Zorgprogramma Asja', 'asja'],
      ['Triple P', 'triple-p-2-3'],
      ['Triple-P niveau 3', 'triple-p-2-3'],
      ['IOG', 'iog'],
      ['Marietje Kessel Project', 'marietje-kessels-project'],
      ['Vóórzorg', 'voorzorg'],
      ['stevig ouderschap', 'stevig-ouderschap'],
      ['Bemoeizorg', 'bemoeizorg-jgz'],
      ['NIKA', 'nika'],
      ['Storm en Spetters', 'storm-en-spetters'],
      ['Jeugdhulp Thuis', 'jeugdhulp-thuis'],
    ];
    for (const [name, id] of cases) assert.equal(findIntervention(name)?.id, id, name);
    for (const name of ['Triple P niveau 4', 'Gezinscoaching', '', '   ', 'Families', '__proto__', 'constructor']) {
      assert.equal(findIntervention(name), undefined, name);
    }
  });
});
