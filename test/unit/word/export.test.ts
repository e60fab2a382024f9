/**
 * The Word export as a reader meets it: every sample protocol exported to .docx and opened by
 * LibreOffice, whose text must hold the organisation, the officers with their phone numbers, the
 * steps, the afwegingskader's questions and outcomes, and the contact points. The expectations
 * come from the protocol's YAML itself, read here with the yaml package, not from the view the
 * export is made from. The package itself must carry Word's heading styles and A4 pages.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseProtocol } from '../../../server/src/engine/document';
import { createRouteMapView } from '../../../server/src/render';
import { columnWidths } from '../../../server/src/word/export/column-widths';
import { loadWord } from '../../../server/src/word/load';
import { docxPart, libreOfficeText, squashed } from './export-libreoffice';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLES = path.join(ROOT, 'samples');

interface Protocol {
  meldcode: string;
  organisatie: { naam: string };
  aandachtsfunctionarissen?: Array<{ naam: string; telefoon?: string }>;
  contactpunten?: Array<{ naam: string; telefoon?: string }>;
  stappen: Array<{ stap: number | number[]; titel?: string; onderdelen?: Array<{ id?: string; titel?: string }> }>;
  afwegingskader?: Array<{ vraag: number; tekst: string; ja?: string | number; nee?: string | number }> | { beslissingen?: Array<{ beslissing: number; tekst: string }>; bijlage?: string };
}

/** Format 1.1 outcome values and what the document says for them. */
const OUTCOME_WORDS: Record<string, string> = {
  melden: 'Melden bij Veilig Thuis',
  hulp: 'Hulp organiseren',
  afsluiten: 'Afsluiten en vastleggen',
  'melden-en-hulp': 'Melden en hulp bieden',
};

async function exportFile(source: string, target: string, locale: 'nl' | 'en' = 'nl'): Promise<Uint8Array> {
  const view = createRouteMapView(parseProtocol(fs.readFileSync(source, 'utf8')), { locale });
  const bytes = await loadWord().exportDocx(view, { locale, sourceName: path.basename(source) });
  fs.writeFileSync(target, bytes);
  return bytes;
}

describe('Word export (exportDocx) opened in LibreOffice', function () {
  // One LibreOffice run for all documents: starting it is what takes the time.
  this.timeout(300_000);
  const samples = fs.readdirSync(SAMPLES).filter((name) => name.endsWith('.meldcode.yaml')).sort();
  let folder: string;
  const texts = new Map<string, string>();
  const packages = new Map<string, Uint8Array>();
  const docxOf = (name: string): string => path.join(folder, name.replace(/\.meldcode\.yaml$/, '.docx'));

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-word-export-'));
    for (const name of samples) packages.set(name, await exportFile(path.join(SAMPLES, name), docxOf(name)));
    await exportFile(path.join(SAMPLES, 'kindercentrum-de-zonnebloem.meldcode.yaml'), path.join(folder, 'english.docx'), 'en');
    await exportFile(path.join(SAMPLES, 'flawed', 'ontbrekende-stappen.meldcode.yaml'), path.join(folder, 'flawed.docx'));
    const hostile = path.join(folder, 'hostile.meldcode.yaml');
    fs.writeFileSync(hostile, 'meldcode: "1.0"\norganisatie:\n  naam: "De\\u0001 Bel\\u000bhamel <&> \\"x\\""\n  sector: sport\ninleiding: |\n  Eerste regel\n  tweede regel\n\n  Nieuwe alinea\n');
    await exportFile(hostile, path.join(folder, 'hostile.docx'));
    const files = [...samples.map(docxOf), ...['english', 'flawed', 'hostile'].map((name) => path.join(folder, `${name}.docx`))];
    for (const [file, text] of libreOfficeText(files)) texts.set(path.basename(file, '.docx'), text);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const textOf = (name: string): string => {
    const text = texts.get(name.replace(/\.meldcode\.yaml$/, ''));
    assert.ok(text !== undefined, `no text for ${name}`);
    return text;
  };
  const assertHas = (text: string, expected: string | number, what: string): void => {
    assert.ok(squashed(text).includes(squashed(String(expected))), `${what}: "${squashed(String(expected))}" is not in the document`);
  };

  it('covers samples in format 1.0 and 1.1', () => {
    const formats = new Set(samples.map((name) => (parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8')) as Protocol).meldcode));
    assert.deepEqual([...formats].sort(), ['1.0', '1.1']);
  });

  for (const name of samples) {
    it(`${name}: organisation, officers, steps, afwegingskader and contact points`, () => {
      const protocol = parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8')) as Protocol;
      const text = textOf(name);
      assertHas(text, protocol.organisatie.naam, 'organisation');
      for (const officer of protocol.aandachtsfunctionarissen ?? []) {
        assertHas(text, officer.naam, 'officer');
        if (officer.telefoon) assertHas(text, officer.telefoon, `phone of ${officer.naam}`);
      }
      for (const point of protocol.contactpunten ?? []) {
        assertHas(text, point.naam, 'contact point');
        if (point.telefoon) assertHas(text, point.telefoon, `phone of ${point.naam}`);
      }
      for (const step of protocol.stappen) {
        const numbers = Array.isArray(step.stap) ? step.stap : [step.stap];
        const heading = numbers.length === 1 ? (numbers[0] === 0 ? 'Vooraf (stap 0)' : `Stap ${numbers[0]}`) : `Stap ${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
        if (step.titel) assertHas(text, `${heading}: ${step.titel}`, 'step heading');
        for (const part of step.onderdelen ?? []) if (part.titel) assertHas(text, `Onderdeel ${part.id}: ${part.titel}`, 'part of a step');
      }
      const framework = protocol.afwegingskader;
      if (Array.isArray(framework)) {
        for (const question of framework) {
          assertHas(text, `Vraag ${question.vraag}: ${question.tekst}`, 'question');
          for (const [answer, outcome] of [['Bij ja', question.ja], ['Bij nee', question.nee]] as const) {
            if (outcome === undefined) continue;
            const target = /^(?:vraag-)?(\d)$/.exec(String(outcome));
            assertHas(text, `${answer}: ${target ? `Naar vraag ${target[1]}` : (OUTCOME_WORDS[String(outcome)] ?? outcome)}`, `outcome of question ${question.vraag}`);
          }
        }
      } else if (framework?.beslissingen) {
        for (const decision of framework.beslissingen) assertHas(text, `Beslissing ${decision.beslissing}: ${decision.tekst}`, 'decision');
      } else if (framework?.bijlage) {
        assertHas(text, `Afwegingskader: zie ${framework.bijlage}`, 'appendix reference');
      }
    });
  }

  it('lays the route map out as a table: each step, who is responsible, whom to call with the number', () => {
    const lines = textOf('kindercentrum-de-zonnebloem').split('\n');
    const start = lines.indexOf('Stap 1: Signalen in kaart brengen');
    assert.ok(start > 0, 'the route map names step 1');
    assert.deepEqual(lines.slice(lines.indexOf('Routekaart'), lines.indexOf('Routekaart') + 5), [
      'Routekaart',
      'De routekaart als tabel: elke stap met wie verantwoordelijk is en wie u belt. De telefoonnummers staan ook in de contactlijst.',
      'Stap',
      'Verantwoordelijk',
      'Bellen',
    ]);
    assert.deepEqual(lines.slice(start, start + 3), [
      'Stap 1: Signalen in kaart brengen',
      'Pedagogisch medewerker van de groep',
      'Marieke Jansen (Pedagogisch coach): 030-2718291',
    ]);
  });

  it('writes the contact sheet as tables with a column for each detail', () => {
    const text = textOf('kindercentrum-de-zonnebloem');
    const sheet = text.slice(text.indexOf('Contactlijst'));
    assert.match(sheet, /^Contactlijst\nAandachtsfunctionarissen\nNaam\nFunctie\nTelefoon\nE-mail\n/);
    assert.ok(sheet.includes('Marieke Jansen\nPedagogisch coach\n030-2718291\nm.jansen@kc-dezonnebloem.example\n'), sheet.slice(0, 600));
    assert.match(sheet, /\nContactpunten\nNaam\nSoort\nTelefoon\n/);
  });

  it('has English headings with --locale en', () => {
    const text = textOf('english');
    for (const expected of ['Route map', 'Step plan', 'Step 1: Signalen in kaart brengen', 'Contact sheet', 'Attention officers (aandachtsfunctionarissen)', 'Contact points']) {
      assert.ok(text.split('\n').includes(expected), `${expected} is a line of the English document`);
    }
    assert.ok(!text.includes('Stappenplan'));
  });

  it('marks what is missing, as the printable HTML does', async () => {
    const text = textOf('flawed');
    assert.ok(text.includes('Let op: deze meldcode is nog niet volledig. De controle vond deze fouten:'));
    const xml = await docxPart(fs.readFileSync(path.join(folder, 'flawed.docx')), 'word/document.xml');
    assert.match(xml, /<w:color w:val="B71C1C"\/>/, 'problems are red');
  });

  it('drops characters Word cannot store and keeps line breaks and paragraphs', () => {
    const lines = textOf('hostile').split('\n');
    assert.ok(lines.includes('De Belhamel <&> "x"'), lines.slice(0, 4).join(' | '));
    const first = lines.findIndex((line) => line.startsWith('Eerste regel'));
    assert.ok(first > 0);
    assert.ok(lines.includes('Nieuwe alinea'));
  });

  it('uses Word heading styles, A4 pages and a footer with the file name and page numbers', async () => {
    const bytes = packages.get('basisschool-de-wegwijzer.meldcode.yaml')!;
    const document = await docxPart(bytes, 'word/document.xml');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) assert.ok(document.includes(`<w:pStyle w:val="${style}"/>`), style);
    assert.ok(document.includes('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'), 'A4 portrait');
    assert.ok(document.includes('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'), 'the contact sheet on A4 landscape');
    assert.match(document, /<w:tblHeader\/>/, 'table headers repeat on every page');
    assert.match(document, /<w:cantSplit\/>/, 'no row is split over two pages');
    const styles = await docxPart(bytes, 'word/styles.xml');
    // Word knows its built-in heading styles by name, whatever the case, and a table of contents collects outline levels.
    for (const level of [1, 2, 3]) {
      assert.match(styles, new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>.*?</w:style>`, 'i'));
    }
    const footer = await docxPart(bytes, 'word/footer1.xml');
    assert.ok(footer.includes('Gemaakt uit basisschool-de-wegwijzer.meldcode.yaml · pagina '));
    assert.ok(footer.includes('PAGE') && footer.includes('NUMPAGES'), 'page number fields');
  });
});

describe('columnWidths', () => {
  const measure = { width: (text: string) => text.length * 100, cellPadding: 100 };

  it('gives each column its longest word and the rest to the columns with text to wrap', () => {
    const widths = columnWidths(
      [{ header: 'Naam' }, { header: 'Telefoon', whole: true }, { header: 'Opmerking' }],
      [[['Marieke Jansen'], ['0900-111 3 111'], ['Bel bij twijfel altijd eerst de aandachtsfunctionaris van de locatie']]],
      6000,
    measure,
    );
    assert.equal(widths.reduce((a, b) => a + b), 6000);
    assert.ok(widths[0] >= 800, `the name column fits "Marieke" and its header (${widths[0]})`);
    assert.ok(widths[1] >= 1500, `the phone number is never wrapped (${widths[1]})`);
    assert.ok(widths[2] >= 2100, `the remark column fits "aandachtsfunctionaris" (${widths[2]})`);
    assert.ok(widths[2] > widths[0], 'the long remark gets the most room');
  });

  it('squeezes the other columns first when the longest words do not fit', () => {
    const widths = columnWidths([{ header: 'A' }, { header: 'Telefoon', whole: true }], [[['x'.repeat(80)], ['030-1234567']]], 4000, measure);
    assert.deepEqual(widths, [2800, 1200]);
  });
});
