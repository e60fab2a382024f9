import * as assert from 'node:assert/strict';
import { applyEdits, editsFor, fixture, fixtureUri, TestClient } from './client';

const NAME = 'protocol.meldcode.yaml';

interface Symbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: Symbol[];
}
interface SelectionRange {
  range: Range;
  parent?: SelectionRange;
}
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function at(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

function symbol(name: string, kind: number, range: Range, selectionRange: Range, detail?: string, children?: Symbol[]): Symbol {
  const result: Symbol = { name, kind, range, selectionRange };
  if (detail !== undefined) result.detail = detail;
  if (children) result.children = children;
  return result;
}

describe('language server: navigation', () => {
  let client: TestClient;
  const uri = fixtureUri(NAME);
  const text = fixture(NAME);
  const position = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
    client.open(uri, text);
    await client.diagnosticsFor(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('outlines the protocol: sections, organisation, officers, contact points, steps 1-5 and the afwegingskader', async () => {
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, [
      symbol('meldcode', 3, at(0, 0, 0, 15), at(0, 0, 0, 8)),
      symbol('organisatie', 2, at(1, 0, 5, 26), at(1, 0, 1, 11), 'Kindercentrum De Zonnebloem (kinderopvang)'),
      symbol('aandachtsfunctionarissen', 18, at(7, 0, 19, 21), at(7, 0, 7, 24), undefined, [
        symbol('Marieke Jansen', 19, at(8, 2, 13, 23), at(8, 8, 8, 14), 'Pedagogisch coach'),
        symbol('Peter de Vries', 19, at(14, 2, 19, 21), at(14, 8, 14, 16), 'Locatiemanager'),
      ]),
      symbol('contactpunten', 18, at(21, 0, 33, 30), at(21, 0, 21, 13), undefined, [
        symbol('Veilig Thuis Utrecht', 19, at(22, 2, 25, 25), at(22, 8, 22, 20), 'veilig-thuis'),
        symbol('Alarmnummer', 19, at(26, 2, 29, 19), at(26, 8, 26, 13), 'spoed'),
        symbol('Vertrouwensinspecteur', 19, at(30, 2, 33, 30), at(30, 8, 30, 29), 'vertrouwensinspecteur'),
      ]),
      symbol('stappen', 18, at(35, 0, 59, 37), at(35, 0, 35, 7), undefined, [
        symbol('Stap 1', 24, at(36, 2, 41, 28), at(36, 10, 36, 11), 'Signalen in kaart brengen'),
        symbol('Stap 2', 24, at(42, 2, 47, 58), at(42, 10, 42, 11), 'Collegiale consultatie en zo nodig raadplegen van Veilig Thuis'),
        symbol('Stap 3', 24, at(48, 2, 51, 19), at(48, 10, 48, 11), 'Gesprek met de ouders'),
        symbol('Stap 4', 24, at(52, 2, 55, 35), at(52, 10, 52, 11), 'Wegen van het geweld'),
        symbol('Stap 5', 24, at(56, 2, 59, 37), at(56, 10, 56, 11), 'Beslissen'),
      ]),
      symbol('afwegingskader', 18, at(61, 0, 71, 49), at(61, 0, 61, 14), undefined, [
        symbol('Vraag 1', 8, at(62, 2, 63, 74), at(62, 11, 62, 12), 'Is er een vermoeden van huiselijk geweld of kindermishandeling?'),
        symbol('Vraag 2', 8, at(64, 2, 65, 62), at(64, 11, 64, 12), 'Is er sprake van acute of structurele onveiligheid?'),
        symbol('Vraag 3', 8, at(66, 2, 67, 56), at(66, 11, 66, 12), 'Kan ik effectieve hulp bieden of organiseren?'),
        symbol('Vraag 4', 8, at(68, 2, 69, 45), at(68, 11, 68, 12), 'Aanvaarden de betrokkenen de hulp?'),
        symbol('Vraag 5', 8, at(70, 2, 71, 49), at(70, 11, 70, 12), 'Leidt de hulp tot duurzame veiligheid?'),
      ]),
      symbol('kindcheck', 3, at(74, 0, 74, 62), at(74, 0, 74, 9)),
      symbol('bijzondere-vormen', 3, at(75, 0, 77, 65), at(75, 0, 75, 17)),
      symbol('vastleggen', 3, at(78, 0, 78, 60), at(78, 0, 78, 10)),
      symbol('scholing', 3, at(79, 0, 79, 65), at(79, 0, 79, 8)),
      symbol('interventies', 18, at(80, 0, 80, 30), at(80, 0, 80, 12)),
    ]);
  });

  it('outlines a 1.1 protocol: routes with their own steps, a merged step with its parts, the two decisions', async () => {
    const other = 'file:///tmp/outline-1-1.meldcode.yaml';
    client.open(
      other,
      [
        'meldcode: "1.1"',
        'routes:',
        '  - id: acuut',
        '    soort: acuut-gevaar',
        '    titel: Bij acuut gevaar',
        '    acties: [Bel 112.]',
        '  - id: medewerker',
        '    soort: vermoeden-medewerker',
        '    titel: Vermoeden tegen een medewerker',
        '    stappen:',
        '      - stap: 1',
        '        titel: Bevoegd gezag inlichten',
        'stappen:',
        '  - stap: [4, 5]',
        '    titel: Wegen en beslissen',
        '    onderdelen:',
        '      - id: 5a',
        '        titel: Melden',
        '      - id: 5b',
        '        titel: Hulp organiseren',
        'afwegingskader:',
        '  model: basismodel',
        '  beslissingen:',
        '    - beslissing: 1',
        '      tekst: Is melden noodzakelijk?',
        'bijlagen:',
        '  - id: signalen',
        '    titel: Signalenlijst',
        '',
      ].join('\n'),
    );
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: other } });
    const shape = (list: Symbol[] | undefined): unknown[] | undefined =>
      list?.map((entry) => [entry.name, entry.detail ?? null, entry.kind, ...(entry.children ? [shape(entry.children)] : [])]);
    assert.deepEqual(shape(symbols), [
      ['meldcode', null, 3],
      ['routes', null, 18, [
        ['Bij acuut gevaar', 'acuut-gevaar', 5],
        ['Vermoeden tegen een medewerker', 'vermoeden-medewerker', 5, [['Stap 1', 'Bevoegd gezag inlichten', 24]]],
      ]],
      ['stappen', null, 18, [['Stap 4 en 5', 'Wegen en beslissen', 24, [['5a', 'Melden', 24], ['5b', 'Hulp organiseren', 24]]]]],
      ['afwegingskader', null, 18, [['Beslissing 1', 'Is melden noodzakelijk?', 8]]],
      ['bijlagen', null, 18, [['Signalenlijst', null, 1]]],
    ]);
    assert.deepEqual(symbols[2].children?.[0].selectionRange, at(13, 11, 13, 12));
    client.close(other);
  });

  it('goes to definition, finds references and renames across routes and parts of steps (format 1.1)', async () => {
    const other = 'file:///tmp/routes-1-1.meldcode.yaml';
    const text = [
      'meldcode: "1.1"',
      'contactpunten:',
      '  - id: spoed',
      '    soort: spoed',
      'routes:',
      '  - id: acuut',
      '    soort: acuut-gevaar',
      '    titel: Bij acuut gevaar',
      '    contact: [spoed]',
      '    stappen:',
      '      - stap: 1',
      '        titel: Bellen',
      '        contact: [spoed]',
      'stappen:',
      '  - stap: 5',
      '    onderdelen:',
      '      - id: 5a',
      '        titel: Melden',
      '        contact: [spoed]',
      '',
    ].join('\n');
    client.open(other, text);
    const where = (line: number, character: number) => ({ textDocument: { uri: other }, position: { line, character } });
    assert.deepEqual(await client.request('textDocument/definition', where(8, 15)), [{ uri: other, range: at(2, 8, 2, 13) }]);
    assert.deepEqual(await client.request('textDocument/definition', where(18, 20)), [{ uri: other, range: at(2, 8, 2, 13) }]);
    const references = await client.request<{ range: Range }[]>('textDocument/references', { ...where(2, 10), context: { includeDeclaration: false } });
    assert.deepEqual(references.map((reference) => reference.range), [at(8, 14, 8, 19), at(12, 18, 12, 23), at(18, 18, 18, 23)]);
    const edit = await client.request<{ changes: Record<string, Array<{ range: Range; newText: string }>> }>('textDocument/rename', { ...where(12, 20), newName: 'alarm' });
    assert.equal(applyEdits(text, edit.changes[other]), text.replace('  - id: spoed', '  - id: alarm').replaceAll('[spoed]', '[alarm]'));
    client.close(other);
  });

  it('folds sections, list items, nested lists and runs of comments', async () => {
    const commented = '# Meldcode\n# De Zonnebloem\nmeldcode: "1.0"\nkindcheck: |\n  Regel een\n  Regel twee\n';
    const other = 'file:///tmp/folding.meldcode.yaml';
    client.open(other, commented);
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri: other } });
    assert.deepEqual(folds, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 3, endLine: 5 },
    ]);
    client.close(other);

    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      ranges.map((range) => `${range.startLine}-${range.endLine}`),
      ['1-5', '7-19', '8-13', '14-19', '21-33', '22-25', '26-29', '30-33', '35-59', '36-41', '39-40', '42-47', '45-46', '48-51', '52-55', '56-59', '61-71', '62-63', '64-65', '66-67', '68-69', '70-71', '75-77'],
    );
  });

  it('goes from a reference to the definition of the officer or contact point', async () => {
    // Line 41: "    contact: [jansen, spoed]"; line 13: "    vervanger: de-vries".
    assert.deepEqual(await client.request('textDocument/definition', position(41, 16)), [{ uri, range: at(8, 8, 8, 14) }]);
    assert.deepEqual(await client.request('textDocument/definition', position(13, 20)), [{ uri, range: at(14, 8, 14, 16) }]);
    // Line 47: "    contact: [jansen, veilig-thuis, vertrouwensinspecteur]".
    assert.deepEqual(await client.request('textDocument/definition', position(47, 30)), [{ uri, range: at(22, 8, 22, 20) }]);
    assert.deepEqual(await client.request('textDocument/definition', position(38, 10)), []);
  });

  it('finds every reference to an id, from its definition or from a reference, with or without the declaration', async () => {
    const all = [at(8, 8, 8, 14), at(19, 15, 19, 21), at(41, 14, 41, 20), at(47, 14, 47, 20), at(51, 13, 51, 19), at(55, 14, 55, 20)];
    const withDeclaration = await client.request('textDocument/references', { ...position(8, 10), context: { includeDeclaration: true } });
    assert.deepEqual(withDeclaration, all.map((range) => ({ uri, range })));
    const withoutDeclaration = await client.request('textDocument/references', { ...position(51, 15), context: { includeDeclaration: false } });
    assert.deepEqual(withoutDeclaration, all.slice(1).map((range) => ({ uri, range })));
  });

  it('renames an id at its definition and every reference, after prepareRename', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', position(47, 25)), { range: at(47, 22, 47, 34), placeholder: 'veilig-thuis' });
    assert.equal(await client.request('textDocument/prepareRename', position(2, 10)), null);
    const edit = await client.request<{ changes: Record<string, unknown[]> }>('textDocument/rename', { ...position(47, 25), newName: 'vt-utrecht' });
    const renamed = applyEdits(text, editsFor(edit, uri));
    assert.equal(renamed, text.split('veilig-thuis').join('vt-utrecht').replace('soort: vt-utrecht', 'soort: veilig-thuis'));
    assert.deepEqual(editsFor(edit, uri).length, 4);
  });

  it('refuses a rename to an invalid or taken id, with a reason', async () => {
    await assert.rejects(client.request('textDocument/rename', { ...position(8, 10), newName: 'Marieke J' }), {
      message: '"Marieke J" is geen geldig id: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "de-vries".',
    });
    await assert.rejects(client.request('textDocument/rename', { ...position(8, 10), newName: 'de-vries' }), {
      message: 'Het id "de-vries" is al in gebruik in dit protocol.',
    });
  });

  it('links e-mail addresses (mailto:) and phone numbers (tel:, digits only), also in running text', async () => {
    const links = await client.request('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links, [
      { range: at(11, 15, 11, 26), target: 'tel:0302345678' },
      { range: at(12, 11, 12, 38), target: 'mailto:m.jansen@zonnebloem.example' },
      { range: at(17, 15, 17, 26), target: 'tel:0612345678' },
      { range: at(18, 11, 18, 39), target: 'mailto:p.devries@zonnebloem.example' },
      { range: at(25, 15, 25, 24), target: 'tel:08002000' },
      { range: at(29, 15, 29, 18), target: 'tel:112' },
      { range: at(33, 15, 33, 29), target: 'tel:09001113111' },
      { range: at(46, 75, 46, 84), target: 'tel:08002000' },
    ]);
    const other = 'file:///tmp/links.meldcode.yaml';
    client.open(other, 'contactpunten:\n  - id: x\n    telefoon: +31 (0)30 123 4567\n    opmerking: Mail "info@voorbeeld.example" of bel 112.\n');
    assert.deepEqual(await client.request('textDocument/documentLink', { textDocument: { uri: other } }), [
      { range: at(2, 14, 2, 32), target: 'tel:+31301234567' },
      { range: at(3, 21, 3, 43), target: 'mailto:info@voorbeeld.example' },
    ]);
    client.close(other);
  });

  it('highlights every place that names the id under the cursor: the definition as written, references as read', async () => {
    const fromReference = await client.request('textDocument/documentHighlight', position(47, 15));
    const jansen = [
      { range: at(8, 8, 8, 14), kind: 3 },
      { range: at(19, 15, 19, 21), kind: 2 },
      { range: at(41, 14, 41, 20), kind: 2 },
      { range: at(47, 14, 47, 20), kind: 2 },
      { range: at(51, 13, 51, 19), kind: 2 },
      { range: at(55, 14, 55, 20), kind: 2 },
    ];
    assert.deepEqual(fromReference, jansen);
    assert.deepEqual(await client.request('textDocument/documentHighlight', position(8, 14)), jansen, 'the cursor just after the definition');
    assert.deepEqual(await client.request('textDocument/documentHighlight', position(22, 10)), [
      { range: at(22, 8, 22, 20), kind: 3 },
      { range: at(47, 22, 47, 34), kind: 2 },
      { range: at(55, 22, 55, 34), kind: 2 },
      { range: at(59, 24, 59, 36), kind: 2 },
    ]);
    assert.deepEqual(await client.request('textDocument/documentHighlight', position(37, 12)), [], 'a step title is no id');
  });

  it('shows after each referenced id the name it stands for, with function or kind and phone as tooltip', async () => {
    const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: at(35, 0, 53, 0) });
    const jansen = { label: 'Marieke Jansen', paddingLeft: true, tooltip: 'Pedagogisch coach · 030-2345678 · m.jansen@zonnebloem.example' };
    const veiligThuis = { label: 'Veilig Thuis Utrecht', paddingLeft: true, tooltip: 'veilig-thuis · 0800-2000' };
    const spoed = { label: 'Alarmnummer', paddingLeft: true, tooltip: 'spoed · 112' };
    const inspecteur = { label: 'Vertrouwensinspecteur', paddingLeft: true, tooltip: 'vertrouwensinspecteur · 0900-111 3 111' };
    assert.deepEqual(hints, [
      { position: { line: 41, character: 20 }, ...jansen },
      { position: { line: 41, character: 27 }, ...spoed },
      { position: { line: 47, character: 20 }, ...jansen },
      { position: { line: 47, character: 34 }, ...veiligThuis },
      { position: { line: 47, character: 57 }, ...inspecteur },
      { position: { line: 51, character: 19 }, ...jansen },
    ]);

    const other = 'file:///tmp/hints.meldcode.yaml';
    client.open(
      other,
      [
        'aandachtsfunctionarissen:',
        '  - id: kok',
        '    naam: Wouter Kok',
        '    vervanger: "zonder-naam"',
        '  - id: zonder-naam',
        'stappen:',
        '  - stap: 1',
        '    contact: ["kok", onbekend, zonder-naam]',
      ].join('\n'),
    );
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri: other }, range: at(0, 0, 8, 0) }), [
      { position: { line: 7, character: 19 }, label: 'Wouter Kok', paddingLeft: true },
    ]);
    client.close(other);
  });

  it('expands a selection from a value to its key, its item, its section and the protocol', async () => {
    const chain = (range: SelectionRange | undefined): Range[] => (range ? [range.range, ...chain(range.parent)] : []);
    const [inList, inOfficer, onBlankLine] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [
        { line: 47, character: 15 },
        { line: 9, character: 12 },
        { line: 6, character: 0 },
      ],
    });
    const protocol = at(0, 0, 80, 30);
    assert.deepEqual(chain(inList), [at(47, 14, 47, 20), at(47, 13, 47, 58), at(47, 4, 47, 58), at(42, 4, 47, 58), at(36, 2, 59, 37), at(35, 0, 59, 37), protocol]);
    assert.deepEqual(chain(inOfficer), [at(9, 10, 9, 24), at(9, 4, 9, 24), at(8, 4, 13, 23), at(8, 2, 19, 21), at(7, 0, 19, 21), protocol]);
    assert.deepEqual(chain(onBlankLine), [protocol]);
  });
});
