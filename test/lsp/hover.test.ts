import * as assert from 'node:assert/strict';
import {
  hoverForEnumValue,
  hoverForIntervention,
  hoverForKey,
  hoverForOutcome,
  hoverForQuestion,
  hoverForRouteKind,
  hoverForStep,
  hoverForTerm,
} from '../../server/src/knowledge';
import { fixture, fixtureUri, TestClient } from './client';

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function at(line: number, start: number, end: number): Hover['range'] {
  return { start: { line, character: start }, end: { line, character: end } };
}

function markdown(value: string | undefined, range: Hover['range']): Hover {
  assert.ok(value, 'the knowledge base has a text for this');
  return { contents: { kind: 'markdown', value }, range };
}

describe('language server: hover', () => {
  let client: TestClient;
  const uri = fixtureUri('protocol.meldcode.yaml');
  const flawed = fixtureUri('flawed.meldcode.yaml');
  const hover = (target: string, line: number, character: number): Promise<Hover | null> =>
    client.request('textDocument/hover', { textDocument: { uri: target }, position: { line, character } });

  before(async () => {
    client = await TestClient.start({ locale: 'nl-BE' });
    client.open(uri, fixture('protocol.meldcode.yaml'));
    client.open(flawed, fixture('flawed.meldcode.yaml'));
    await client.diagnosticsFor(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('explains a key: what it is, why it is asked for, and the source', async () => {
    // Line 3: "  sector: kinderopvang".
    const result = await hover(uri, 3, 4);
    assert.deepEqual(result, markdown(hoverForKey(['organisatie', 'sector'], 'nl'), at(3, 2, 8)));
    assert.match(result!.contents.value, /^\*\*sector\*\* — Sector\n\n/);
    assert.ok(result!.contents.value.endsWith('\n\nBron: [Wet verplichte meldcode huiselijk geweld en kindermishandeling](https://www.huiselijkgeweld.nl/beleid/landelijk/verplicht-meldcode-huiselijk-geweld-en-kindermishandeling)'));
    // A key inside a list item: line 38 is "    verantwoordelijk: medewerker".
    assert.deepEqual(await hover(uri, 38, 6), markdown(hoverForKey(['stappen', 0, 'verantwoordelijk'], 'nl'), at(38, 4, 20)));
  });

  it('explains what a step of the meldcode requires, on its number', async () => {
    // Line 36: "  - stap: 1".
    const result = await hover(uri, 36, 10);
    assert.deepEqual(result, markdown(hoverForStep(1, 'nl'), at(36, 10, 11)));
    assert.match(result!.contents.value, /^\*\*Stap 1: Signalen in kaart brengen\*\*\n\n/);
    assert.deepEqual(await hover(uri, 56, 11), markdown(hoverForStep(5, 'nl'), at(56, 10, 11)));
  });

  it('explains the step on its key "stap" too, not the key in general', async () => {
    // Line 36: "  - stap: 1", the key at columns 4 to 8.
    const result = await hover(uri, 36, 5);
    assert.deepEqual(result, markdown(hoverForStep(1, 'nl'), at(36, 4, 8)));
    assert.match(result!.contents.value, /^\*\*Stap 1: Signalen in kaart brengen\*\*\n\n/);
    assert.notEqual(result!.contents.value, hoverForKey(['stappen', 0, 'stap'], 'nl'));
    assert.deepEqual(await hover(uri, 56, 5), markdown(hoverForStep(5, 'nl'), at(56, 4, 8)));
  });

  it('explains a question of the afwegingskader, on its number', async () => {
    assert.deepEqual(await hover(uri, 66, 11), markdown(hoverForQuestion(3, 'nl'), at(66, 11, 12)));
  });

  it('shows who an officer id stands for where it is referenced: name, role, phone, e-mail and stand-in', async () => {
    // Line 41: "    contact: [jansen, spoed]".
    assert.deepEqual(await hover(uri, 41, 15), {
      contents: {
        kind: 'markdown',
        value:
          '**Marieke Jansen** — aandachtsfunctionaris `jansen`\n\n' +
          '- Functie: Pedagogisch coach\n- Telefoon: 030-2345678\n- E-mail: m.jansen@zonnebloem.example\n- Vervanger: de-vries',
      },
      range: at(41, 14, 20),
    });
    // Line 47: "    contact: [jansen, veilig-thuis, vertrouwensinspecteur]".
    assert.deepEqual(await hover(uri, 47, 30), {
      contents: { kind: 'markdown', value: '**Veilig Thuis Utrecht** — contactpunt `veilig-thuis`\n\n- Soort: veilig-thuis\n- Telefoon: 0800-2000' },
      range: at(47, 22, 34),
    });
    // Line 28 of the flawed protocol: "    contact: [jansn]".
    assert.deepEqual(await hover(flawed, 28, 16), {
      contents: { kind: 'markdown', value: '`jansn` is niet gedefinieerd als aandachtsfunctionaris of contactpunt in dit protocol.' },
      range: at(28, 14, 19),
    });
  });

  it('explains the terms of the field in running text, such as kindcheck and AMK', async () => {
    // Line 74: "kindcheck: Bij elke intake van een ouder doen we de kindcheck."
    const kindcheck = await hover(uri, 74, 55);
    assert.deepEqual(kindcheck, markdown(hoverForTerm('kindcheck', 'nl'), at(74, 52, 61)));
    assert.match(kindcheck!.contents.value, /^\*\*Kindcheck\*\*\n\n/);
    // Line 37 of the flawed protocol: "      - Twijfel? Bel het AMK of het Advies- en Meldpunt Kindermishandeling (AMK)."
    assert.deepEqual(await hover(flawed, 37, 26), markdown(hoverForTerm('AMK', 'nl'), at(37, 25, 28)));
    assert.deepEqual(await hover(flawed, 37, 50), markdown(hoverForTerm('AMK', 'nl'), at(37, 36, 74)));
  });

  it('explains a sector, a kind of contact point and an intervention', async () => {
    assert.deepEqual(await hover(uri, 3, 14), markdown(hoverForEnumValue('sector', 'kinderopvang', 'nl'), at(3, 10, 22)));
    assert.deepEqual(await hover(uri, 23, 14), markdown(hoverForEnumValue('soort', 'veilig-thuis', 'nl'), at(23, 11, 23)));
    // Line 80: "interventies: [Families First]".
    assert.deepEqual(await hover(uri, 80, 18), markdown(hoverForIntervention('Families First', 'nl'), at(80, 15, 29)));
  });

  it('explains the parts of a 1.1 protocol: a merged step, an outcome, the kind of a route', async () => {
    const other = 'file:///tmp/hover-1-1.meldcode.yaml';
    client.open(
      other,
      [
        'meldcode: "1.1"',
        'routes:',
        '  - id: acuut',
        '    soort: acuut-gevaar',
        'stappen:',
        '  - stap: [4, 5]',
        'afwegingskader:',
        '  - vraag: 2',
        '    ja: melden-en-hulp',
        '    nee: vraag-3',
        '',
      ].join('\n'),
    );
    assert.deepEqual(await hover(other, 3, 14), markdown(hoverForRouteKind('acuut-gevaar', 'nl'), at(3, 11, 23)));
    assert.deepEqual(await hover(other, 5, 14), markdown(hoverForStep(5, 'nl'), at(5, 14, 15)));
    assert.deepEqual(await hover(other, 5, 11), markdown(hoverForStep(4, 'nl'), at(5, 11, 12)));
    assert.deepEqual(await hover(other, 5, 6), markdown(`${hoverForStep(4, 'nl')}\n\n---\n\n${hoverForStep(5, 'nl')}`, at(5, 4, 8)));
    assert.deepEqual(await hover(other, 8, 10), markdown(hoverForOutcome('melden-en-hulp', 'nl'), at(8, 8, 22)));
    assert.equal(
      (await hover(other, 9, 10))?.contents.value,
      '**Uitkomst: vraag 3**\n\nGa door naar vraag 3 van het afwegingskader.\n\nBron: [Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)](https://www.nji.nl/kindermishandeling/afwegingskader-meldcode)',
    );
    assert.equal(
      hoverForRouteKind('vermoeden-medewerker', 'nl'),
      '**Route: vermoeden tegen een medewerker**\n\n' +
        'De aparte route als een medewerker wordt verdacht, naast de meldcode. Onderwijs: bij een vermoeden van een zedenmisdrijf tegen een minderjarige leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag, dat de vertrouwensinspecteur raadpleegt; medewerkers lichten het bevoegd gezag direct in. Kinderopvang: bij een vermoeden van een geweld- of zedendelict tegen een kind ligt de plicht bij de houder.\n\n' +
        'Bron: [Wet op het primair onderwijs, art. 4a](https://wetten.overheid.nl/BWBR0003420); [Wet kinderopvang](https://wetten.overheid.nl/BWBR0017017)',
    );
    client.close(other);
  });

  it('has nothing to say on plain words, punctuation or empty lines', async () => {
    assert.equal(await hover(uri, 74, 20), null);
    assert.equal(await hover(uri, 6, 0), null);
    assert.equal(await hover(uri, 73, 4), null);
  });
});

describe('language server: hover in English', () => {
  it('follows the locale', async () => {
    const client = await TestClient.start({ locale: 'en-US' });
    try {
      const uri = fixtureUri('protocol.meldcode.yaml');
      client.open(uri, fixture('protocol.meldcode.yaml'));
      const key = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
      assert.deepEqual(key, markdown(hoverForKey(['organisatie', 'sector'], 'en'), at(3, 2, 8)));
      assert.match(key.contents.value, /\n\nSource: /);
      const officer = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 59, character: 20 } });
      assert.equal(
        officer.contents.value,
        '**Peter de Vries** — attention officer `de-vries`\n\n- Role: Locatiemanager\n- Phone: 06-12345678\n- E-mail: p.devries@zonnebloem.example\n- Stand-in: jansen',
      );
    } finally {
      await client.stop();
    }
  });
});
