import * as assert from 'node:assert/strict';
import {
  contactPointSnippetBody,
  hoverForEnumValue,
  hoverForKey,
  interventionCompletions,
  officerSnippetBody,
  protocolSkeleton,
  questionsSnippetBody,
  stepSnippetBody,
  STEPS,
} from '../../server/src/knowledge';
import { routeKindByValue } from '../../server/src/knowledge';
import { fullCapabilities, TestClient } from './client';

function hoverForRouteKindText(value: string): string | undefined {
  return routeKindByValue(value)?.text.nl;
}

interface Item {
  label: string;
  kind: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  sortText?: string;
  filterText?: string;
  textEdit: { range: Range; newText: string };
  insertTextFormat?: number;
  insertTextMode?: number;
}
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function at(line: number, start: number, end = start): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const OFFICERS = `aandachtsfunctionarissen:
  - id: jansen
    naam: Marieke Jansen
    vervanger: de-vries
  - id: de-vries
    naam: Peter de Vries
contactpunten:
  - id: veilig-thuis
    soort: veilig-thuis
    naam: Veilig Thuis Utrecht
`;

describe('language server: completion', () => {
  let client: TestClient;
  let counter = 0;

  /** Completion where the text has its "|"; the document is opened fresh and closed again. */
  async function complete(textWithCursor: string, target: TestClient = client): Promise<Item[]> {
    const offset = textWithCursor.indexOf('|');
    const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
    const lines = textWithCursor.slice(0, offset).split('\n');
    const uri = `file:///tmp/completion-${++counter}.meldcode.yaml`;
    target.open(uri, text);
    try {
      const result = await target.request<{ isIncomplete: boolean; items: Item[] }>('textDocument/completion', {
        textDocument: { uri },
        position: { line: lines.length - 1, character: lines[lines.length - 1].length },
      });
      assert.equal(result.isIncomplete, false);
      return result.items;
    } finally {
      target.close(uri);
    }
  }

  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
  });
  after(async () => {
    await client.stop();
  });

  it('offers the keys allowed at the cursor that are not there yet, with their descriptions', async () => {
    const items = await complete('meldcode: "1.0"\norganisatie:\n  naam: De Zonnebloem\n  he|\n  sector: kinderopvang\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['doelgroep', 'adres', 'plaats', 'locaties', 'telefoon', 'email', 'website', 'vastgesteld-door', 'vastgesteld', 'herzien-voor'],
    );
    assert.deepEqual(items[9], {
      label: 'herzien-voor',
      kind: 10,
      detail: 'Herzien vóór',
      documentation: { kind: 'markdown', value: hoverForKey(['organisatie', 'herzien-voor'], 'nl') },
      sortText: '0011',
      filterText: 'herzien-voor',
      textEdit: { range: at(3, 2, 4), newText: 'herzien-voor: $0' },
      insertTextFormat: 2,
      insertTextMode: 2,
    });
    assert.deepEqual(items[0].textEdit, { range: at(3, 2, 4), newText: 'doelgroep:\n  $0' });
    assert.deepEqual(items[3].textEdit, { range: at(3, 2, 4), newText: 'locaties:\n  - $0' });
  });

  it('offers the keys of a list item after "- ", and the enum values of a key as a choice', async () => {
    const items = await complete('contactpunten:\n  - id: politie\n    |\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['soort', 'naam', 'telefoon', 'email', 'website', 'bereikbaarheid', 'opmerking'],
    );
    assert.equal(
      items[0].textEdit.newText,
      'soort: ${1|veilig-thuis,politie,spoed,huisarts,jeugdgezondheidszorg,vertrouwensinspecteur,wijkteam,overig|}',
    );
    const root = await complete('|');
    assert.equal(root.find((item) => item.label === 'meldcode')?.textEdit.newText, 'meldcode: ${1|"1.0","1.1"|}');
  });

  it('follows the indentation of the document for the keys it inserts', async () => {
    const items = await complete('organisatie:\n    naam: x\n    |\n');
    assert.deepEqual(items.find((item) => item.label === 'doelgroep')?.textEdit, { range: at(2, 4), newText: 'doelgroep:\n    $0' });
    const compact = await complete('stappen:\n- stap: 1\n  acties:\n  - a\n  |\n');
    assert.deepEqual(compact.find((item) => item.label === 'contact')?.textEdit, { range: at(4, 2), newText: 'contact: $0' });
    assert.equal(compact.some((item) => item.label === 'acties' || item.label === 'stap'), false);
  });

  it('offers the sectors and kinds of contact point, explained', async () => {
    const sectors = await complete('organisatie:\n  sector: |\n');
    assert.deepEqual(
      sectors.map((item) => item.label),
      ['onderwijs', 'kinderopvang', 'jeugdhulp', 'gezondheidszorg', 'maatschappelijke-ondersteuning', 'justitie', 'sport', 'overig'],
    );
    assert.deepEqual(sectors[1], {
      label: 'kinderopvang',
      kind: 20,
      sortText: '001',
      textEdit: { range: at(1, 10), newText: 'kinderopvang' },
      documentation: { kind: 'markdown', value: hoverForEnumValue('sector', 'kinderopvang', 'nl') },
    });
    const kinds = await complete('contactpunten:\n  - id: x\n    soort: po|\n');
    assert.deepEqual(kinds[1].textEdit, { range: at(2, 11, 13), newText: 'politie' });
    const afterColon = await complete('organisatie:\n  sector:|\n');
    assert.deepEqual(afterColon[0].textEdit, { range: at(1, 9), newText: ' onderwijs' });
  });

  it('offers the defined ids inside contact (officers and contact points) and vervanger (other officers)', async () => {
    const flow = await complete(`${OFFICERS}stappen:\n  - stap: 1\n    contact: [jansen, |]\n`);
    assert.deepEqual(
      flow.map((item) => [item.label, item.kind, item.detail, item.textEdit]),
      [
        ['jansen', 18, 'aandachtsfunctionaris: Marieke Jansen', { range: at(12, 22), newText: 'jansen' }],
        ['de-vries', 18, 'aandachtsfunctionaris: Peter de Vries', { range: at(12, 22), newText: 'de-vries' }],
        ['veilig-thuis', 18, 'contactpunt: Veilig Thuis Utrecht', { range: at(12, 22), newText: 'veilig-thuis' }],
      ],
    );
    const list = await complete(`${OFFICERS}stappen:\n  - stap: 1\n    contact:\n      - ve|\n`);
    assert.deepEqual(list[2].textEdit, { range: at(13, 8, 10), newText: 'veilig-thuis' });
    const single = await complete(`${OFFICERS}stappen:\n  - stap: 1\n    contact: |\n`);
    assert.equal(single.length, 3);
    // Line 3 is "    vervanger: de-vries" of jansen: jansen is not offered as its own stand-in.
    const deputy = await complete(OFFICERS.replace('vervanger: de-vries', 'vervanger: |'));
    assert.deepEqual(deputy.map((item) => item.label), ['de-vries']);
  });

  it('offers who is responsible for a step: the handbook role for that step, then roles the protocol already uses', async () => {
    const steps = 'stappen:\n  - stap: 1\n    verantwoordelijk: leerkracht\n  - stap: 5\n    verantwoordelijk: |\n  - stap: 2\n    verantwoordelijk: "directeur"\n';
    const items = await complete(steps);
    assert.deepEqual(
      items.map((item) => [item.label, item.detail, item.textEdit]),
      [
        ['aandachtsfunctionaris', 'Gebruikelijk bij stap 4, 5', { range: at(4, 22), newText: 'aandachtsfunctionaris' }],
        ['leerkracht', 'Al gebruikt in dit protocol', { range: at(4, 22), newText: 'leerkracht' }],
        ['directeur', 'Al gebruikt in dit protocol', { range: at(4, 22), newText: 'directeur' }],
        ['medewerker', 'Gebruikelijk bij stap 1, 2, 3', { range: at(4, 22), newText: 'medewerker' }],
      ],
    );
    assert.deepEqual(items[0].documentation, { kind: 'markdown', value: STEPS[4].responsible.nl });
    assert.equal(items[1].documentation, undefined);
  });

  it('offers a role once, however the protocol capitalises it, and only roles and nothing else after verantwoordelijk', async () => {
    const steps = 'stappen:\n  - stap: 1\n    verantwoordelijk: |\n  - stap: 2\n    verantwoordelijk: Aandachtsfunctionaris\n  - stap: 3\n    verantwoordelijk: MEDEWERKER\n';
    const items = await complete(steps);
    assert.deepEqual(
      items.map((item) => [item.label, item.kind, item.detail]),
      [
        ['medewerker', 12, 'Gebruikelijk bij stap 1, 2, 3'],
        ['Aandachtsfunctionaris', 12, 'Al gebruikt in dit protocol'],
      ],
    );
  });

  it('offers only the ids inside contact: [ ... ], in a list as in a flow, never a snippet of a whole section', async () => {
    for (const position of ['[|]', '[jansen, |]', '[jansen, |', '[jansen, v|]']) {
      const items = await complete(`${OFFICERS}stappen:\n  - stap: 1\n    contact: ${position}\n`);
      assert.deepEqual(items.map((item) => [item.label, item.kind]), [['jansen', 18], ['de-vries', 18], ['veilig-thuis', 18]], position);
    }
  });

  it('offers the interventions of the catalogue inside interventies', async () => {
    const items = await complete('interventies:\n  - Fam|\n');
    const catalogue = interventionCompletions('nl');
    assert.deepEqual(
      items.map((item) => item.label),
      catalogue.map((entry) => entry.label),
    );
    const families = items.find((item) => item.label === 'Families First')!;
    const expected = catalogue.find((entry) => entry.label === 'Families First')!;
    assert.deepEqual(families, {
      label: 'Families First',
      kind: 12,
      detail: expected.detail,
      documentation: { kind: 'markdown', value: expected.documentation },
      filterText: expected.filterText,
      sortText: families.sortText,
      textEdit: { range: at(1, 4, 7), newText: 'Families First' },
    });
    const flow = await complete('interventies: [Families First, |]\n');
    assert.equal(flow.length, catalogue.length);
  });

  it('offers a snippet for each of the five steps inside stappen, the missing ones first', async () => {
    const items = await complete('stappen:\n  - stap: 1\n  - stap: 3\n  |\n');
    assert.deepEqual(
      items.map((item) => [item.label, item.sortText]),
      [
        ['Stap 1: Signalen in kaart brengen', '111'],
        ['Stap 2: Collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding', '102'],
        ['Stap 3: Gesprek met de cliënt', '113'],
        ['Stap 4: Wegen van het geweld', '104'],
        ['Stap 5: Beslissen over melden en hulp', '105'],
      ],
    );
    assert.deepEqual(items[1].textEdit, { range: at(3, 2), newText: stepSnippetBody(2, 'nl', 'snippet') });
    assert.equal(items[1].kind, 15);
    assert.equal(items[1].insertTextFormat, 2);
    assert.equal(items[1].insertTextMode, 2);
    // After a typed "- ": the keys of a step, and the step snippets without their own dash.
    const dashed = await complete('stappen:\n  - |\n');
    assert.deepEqual(dashed.find((item) => item.label.startsWith('Stap 2'))?.textEdit, {
      range: at(1, 4),
      newText: stepSnippetBody(2, 'nl', 'snippet')!.replace(/^- /, ''),
    });
    assert.deepEqual(dashed.slice(0, 6).map((item) => item.label), ['stap', 'titel', 'verantwoordelijk', 'acties', 'contact', 'toelichting']);
  });

  it('offers an officer, the contact points (Veilig Thuis with 0800-2000) and the questions of the afwegingskader', async () => {
    const officers = await complete('aandachtsfunctionarissen:\n  |\n');
    assert.deepEqual(officers.map((item) => [item.label, item.textEdit.newText]), [['Aandachtsfunctionaris', officerSnippetBody('nl', 'snippet')]]);

    const contacts = await complete('contactpunten:\n  |\n');
    assert.equal(contacts[0].label, 'Contactpunt: Veilig Thuis');
    assert.equal(contacts[0].textEdit.newText, contactPointSnippetBody('veilig-thuis', 'nl', 'snippet'));
    assert.match(contacts[0].textEdit.newText, /telefoon: "\$\{2:0800-2000\}"/);
    assert.equal(contacts.length, 8);

    const questions = await complete('afwegingskader:\n  - vraag: 1\n  - vraag: 2\n  |\n');
    assert.deepEqual(questions.map((item) => [item.label, item.textEdit.newText]), [
      ['Afwegingskader: vragen 3, 4, 5', questionsSnippetBody('nl', 'snippet', [3, 4, 5])],
    ]);
    const whole = await complete('meldcode: "1.0"\n|\n');
    const afwegingskader = whole.find((item) => item.label === 'Afwegingskader met de vijf vragen');
    assert.equal(
      afwegingskader?.textEdit.newText,
      `afwegingskader:\n${questionsSnippetBody('nl', 'snippet')
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  });

  it('offers the routes of the sector in a 1.1 protocol, a route section at top level, and a part of a step', async () => {
    const school = 'meldcode: "1.1"\norganisatie:\n  naam: School\n  sector: onderwijs\nroutes:\n  |';
    const routes = (await complete(school)).filter((item) => item.kind === 15);
    assert.deepEqual(routes.map((item) => item.label), ['Route: Bij acuut gevaar', 'Route: Bij een vermoeden tegen een medewerker']);
    assert.equal(
      routes[0].textEdit.newText,
      '- id: acuut-gevaar\n  soort: acuut-gevaar\n  titel: Bij acuut gevaar\n  acties:\n' +
        '    - Is iemand nu in direct gevaar? Bel meteen 112.\n' +
        '    - Bespreek daarna met Veilig Thuis (0800-2000) wat nodig is, en volg dan de stappen van deze meldcode.\n' +
        '  contact: [${1:}]',
    );
    assert.equal(routes[0].documentation?.value, hoverForRouteKindText('acuut-gevaar'));
    const club = 'meldcode: "1.1"\norganisatie:\n  sector: sport\nroutes:\n  |';
    assert.deepEqual((await complete(club)).filter((item) => item.kind === 15).map((item) => item.label), ['Route: Bij acuut gevaar', 'Route: Melden binnen de vereniging']);
    const top = (await complete('meldcode: "1.1"\n|')).filter((item) => item.label === 'Route: Bij acuut gevaar');
    assert.equal(top.length, 1);
    assert.match(top[0].textEdit.newText, /^routes:\n  - id: acuut-gevaar\n/);
    // A 1.0 file has no routes: no route snippet there.
    assert.deepEqual((await complete('meldcode: "1.0"\n|')).filter((item) => item.label.startsWith('Route:')), []);
    const parts = await complete('meldcode: "1.1"\nstappen:\n  - stap: 5\n    onderdelen:\n      |');
    assert.deepEqual(
      parts.filter((item) => item.kind === 15).map((item) => [item.label, item.textEdit.newText]),
      [['Onderdeel van de stap (zoals 5a)', '- id: ${1:5a}\n  titel: ${2:Titel van dit onderdeel}\n  acties:\n    - ${3:Wat er in dit onderdeel gebeurt.}']],
    );
  });

  it('offers a whole protocol per sector in an empty file', async () => {
    const items = await complete('|');
    const skeletons = items.filter((item) => item.label.startsWith('Nieuw protocol: '));
    assert.deepEqual(
      skeletons.map((item) => item.label),
      [
        'Nieuw protocol: onderwijs',
        'Nieuw protocol: mbo',
        'Nieuw protocol: hoger-onderwijs',
        'Nieuw protocol: leerplicht',
        'Nieuw protocol: kinderopvang',
        'Nieuw protocol: jeugdhulp',
        'Nieuw protocol: gezondheidszorg',
        'Nieuw protocol: maatschappelijke-ondersteuning',
        'Nieuw protocol: asielopvang',
        'Nieuw protocol: justitie',
        'Nieuw protocol: sport',
        'Nieuw protocol: overig',
        'Nieuw protocol: gezondheidszorg, zelfstandige praktijk',
        'Nieuw protocol: jeugdhulp, zelfstandige praktijk',
      ],
    );
    assert.deepEqual(skeletons[4].textEdit, { range: at(0, 0), newText: protocolSkeleton('kinderopvang', 'nl', { format: 'snippet' }) });
    assert.deepEqual(skeletons[12].textEdit, { range: at(0, 0), newText: protocolSkeleton('gezondheidszorg', 'nl', { format: 'snippet', selfEmployed: true }) });
    const notEmpty = await complete('meldcode: "1.0"\n|');
    assert.equal(notEmpty.some((item) => item.label.startsWith('Nieuw protocol')), false);
  });

  it('offers nothing inside a comment or running text', async () => {
    assert.deepEqual(await complete('# een opmerking |\n'), []);
    assert.deepEqual(await complete('kindcheck: >\n  Bij elke intake |\n'), []);
    assert.deepEqual(await complete('kindcheck: >\n  Bij elke\n  |\n'), []);
  });

  it('inserts plain text for a client without snippets, in English labels for an English editor', async () => {
    const capabilities = fullCapabilities();
    capabilities.textDocument!.completion = { completionItem: { snippetSupport: false } };
    const plain = await TestClient.start({ locale: 'en', capabilities });
    try {
      const keys = await complete('organisatie:\n  |\n', plain);
      assert.deepEqual(keys.find((item) => item.label === 'sector')?.textEdit, { range: at(1, 2), newText: 'sector: ' });
      assert.equal(keys.find((item) => item.label === 'sector')?.insertTextFormat, 1);
      assert.equal(keys.find((item) => item.label === 'sector')?.detail, 'Sector');
      const officers = await complete('aandachtsfunctionarissen:\n  |\n', plain);
      assert.deepEqual(officers.map((item) => [item.label, item.detail, item.textEdit.newText]), [
        ['Attention officer', 'Snippet', officerSnippetBody('en', 'plain')],
      ]);
    } finally {
      await plain.stop();
    }
  });
});
