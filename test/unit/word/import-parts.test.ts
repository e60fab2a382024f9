import * as assert from 'node:assert/strict';
import { htmlToBlocks } from '../../../server/src/word/import/blocks';
import { classifyHeading, stepTitle } from '../../../server/src/word/import/classify';
import { contactFromParts, findPhones } from '../../../server/src/word/import/contacts';
import { findDates, type ImportedDates } from '../../../server/src/word/import/dates';
import { outcomeOf } from '../../../server/src/word/import/afwegingskader';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parse } from 'yaml';
import { importDocx } from '../../../server/src/word/import';

describe('Word import: the parts', () => {
  it("reads mammoth's HTML into headings, paragraphs (bold or not), nested list items and tables", () => {
    const html =
      '<h2>Stap 1: Signalen</h2><p><strong>5a Melden</strong></p><p>Gewone &amp; tekst<br />tweede regel</p>' +
      '<ol><li>een<ul><li>sub</li></ul></li></ol><table><tr><th><p>Naam</p></th><td><p>Ingrid</p><p>van Beek</p></td></tr></table>';
    assert.deepEqual(htmlToBlocks(html), [
      { kind: 'heading', level: 2, text: 'Stap 1: Signalen' },
      { kind: 'paragraph', text: '5a Melden', bold: true },
      { kind: 'paragraph', text: 'Gewone & tekst\ntweede regel', bold: false },
      { kind: 'item', depth: 0, ordered: true, text: 'een' },
      { kind: 'item', depth: 1, ordered: false, text: 'sub' },
      { kind: 'table', rows: [['Naam', 'Ingrid\nvan Beek']] },
    ]);
  });

  it('classifies headings: steps, merged steps, parts, an appendix with the afwegingskader, numbered sections', () => {
    assert.deepEqual(classifyHeading('Stap 4 en 5: Wegen en beslissen'), { kind: 'step', steps: [4, 5], appendix: false });
    assert.deepEqual(classifyHeading('Stap 5b – Hulp organiseren'), { kind: 'substep', steps: [5], substep: '5b', appendix: false });
    assert.deepEqual(classifyHeading('5a Melden bij Veilig Thuis'), { kind: 'substep', steps: [5], substep: '5a', appendix: false });
    assert.deepEqual(classifyHeading('3. Gesprek met de ouders'), { kind: 'step', steps: [3], appendix: false });
    assert.deepEqual(classifyHeading('Het in kaart brengen van signalen'), { kind: 'step', steps: [1], appendix: false });
    assert.deepEqual(classifyHeading('Bijlage 2: Afwegingskader KNMG'), { kind: 'afwegingskader', appendix: true });
    assert.deepEqual(classifyHeading('6. Kindcheck'), { kind: 'kindcheck', appendix: false });
    assert.deepEqual(classifyHeading('Bij een vermoeden tegen een medewerker'), { kind: 'staff-route', appendix: false });
    assert.deepEqual(classifyHeading('Scholing van medewerkers'), { kind: 'training', appendix: false });
    assert.deepEqual(classifyHeading('Begrippen'), { kind: 'unknown', appendix: false });
    assert.equal(stepTitle('Stap 4 en 5: Wegen en beslissen'), 'Wegen en beslissen');
    assert.equal(stepTitle('2. Collegiale consultatie'), 'Collegiale consultatie');
  });

  it('finds Dutch phone numbers as written, and not a date', () => {
    assert.deepEqual(findPhones('Bel 0800-2000, 0900-111 3 111, 06-12345678, +31 30 123 4567, 112 of 14 030; niet 01-03-2025.'), [
      '0800-2000',
      '0900-111 3 111',
      '06-12345678',
      '+31 30 123 4567',
      '112',
      '14 030',
    ]);
  });

  it('reads a contact line: name, kind, number, e-mail address and the rest as a remark', () => {
    assert.deepEqual(contactFromParts(['Veilig Thuis Utrecht / 0800-2000 / info@vtu.example'], false), {
      officer: false,
      soort: 'veilig-thuis',
      standsIn: false,
      naam: 'Veilig Thuis Utrecht',
      telefoon: '0800-2000',
      email: 'info@vtu.example',
    });
    assert.deepEqual(contactFromParts(['Aandachtsfunctionaris: Marloes Hendriks, 0591-624870'], false), {
      officer: true,
      soort: 'overig',
      standsIn: false,
      naam: 'Marloes Hendriks',
      functie: 'Aandachtsfunctionaris',
      telefoon: '0591-624870',
      email: undefined,
    });
    assert.equal(contactFromParts(['De school heeft een aandachtsfunctionaris.'], false), undefined);
  });

  it('reads dates by the word before them in their sentence', () => {
    const dates: ImportedDates = {};
    findDates('Vastgesteld op 12 maart 2025. Deze meldcode is geldig van 01-08-2025 tot 31-07-2029 en wordt herzien vóór 2029-06-01. Wet van 14 maart 2013.', dates);
    assert.deepEqual(dates, { vastgesteld: '2025-03-12', 'geldig-van': '2025-08-01', 'geldig-tot': '2029-07-31', 'herzien-voor': '2029-06-01' });
    const none: ImportedDates = {};
    findDates('Laatst herzien op 1 maart 2024. Vastgesteld op 31 februari 2025.', none);
    assert.deepEqual(none, {});
  });

  it('reads where an answer leads', () => {
    assert.equal(outcomeOf('ga door naar vraag 3', false), 'vraag-3');
    assert.equal(outcomeOf('melden bij Veilig Thuis', false), 'melden');
    assert.equal(outcomeOf('melden en hulp organiseren', false), 'melden-en-hulp');
    assert.equal(outcomeOf('sluit af en leg de afweging vast', false), 'afsluiten');
    assert.equal(outcomeOf('ga naar beslissing 2', true), 'beslissing-2');
    assert.equal(outcomeOf('overleg met de collega', false), undefined);
  });
});

describe('Word import: whom a step names', () => {
  async function stepContacts(officers: Array<[string, string]>, stepText: string): Promise<unknown> {
    const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
    const rows = [new TableRow({ children: ['Naam', 'Functie', 'Telefoon'].map(cell) })];
    officers.forEach(([name, role], index) => rows.push(new TableRow({ children: [cell(name), cell(role), cell(`030-123456${index}`)] })));
    const children = [
      new Paragraph({ text: 'Aandachtsfunctionarissen', heading: HeadingLevel.HEADING_1 }),
      new Table({ rows }),
      new Paragraph({ text: 'Stap 1: Signalen in kaart brengen', heading: HeadingLevel.HEADING_1 }),
      new Paragraph(stepText),
    ];
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const imported = await importDocx(bytes, { locale: 'nl', sourceName: 'namen.docx' });
    return (parse(imported.yaml) as { stappen?: Array<{ contact?: string[] }> }).stappen?.[0]?.contact;
  }

  it('by whole name, surname or role, in the order of the list, and not inside another word', async () => {
    const officers: Array<[string, string]> = [
      ['Sanne Bakker', 'Intern begeleider'],
      ['Ahmed El Idrissi', 'Zorgcoördinator'],
      ['Petra Vos', 'Jeugdverpleegkundige'],
      ['Jan Bos', 'Conciërge'],
    ];
    assert.deepEqual(await stepContacts(officers, 'De zorgcoördinator overlegt met Petra Vos en daarna met mevrouw El Idrissi.'), ['el-idrissi', 'petra-vos']);
    assert.deepEqual(await stepContacts(officers, 'Bespreek het met de bakkerij en de intern begeleider.'), ['bakker']);
    assert.deepEqual(await stepContacts(officers, 'Leg het vast in het dossier, met meester Jan Bosman als getuige.'), undefined);
  });
});
