/**
 * Rename and the "replace with" quick fix on ids written as block scalars: the edit replaces
 * the block's content, never its header (`>-`) or the line break after it.
 */
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyEdits, editsFor, TestClient } from './client';

const lines = [
  'meldcode: "1.0"',
  'organisatie:',
  '  naam: De Ster',
  '  sector: kinderopvang',
  'aandachtsfunctionarissen:',
  '  - id: >-',
  '      bakker',
  '    naam: Bas Bakker',
  '    vervanger: |-',
  '      jansen',
  '  - id: jansen',
  '    naam: Marieke Jansen',
  '    vervanger: >- # wie waarneemt',
  '      bakkr',
  '    functie: Coach',
  'stappen:',
  '  - stap: 1',
  '    titel: Signalen',
  '    contact: [bakker]',
  '',
];
const text = lines.join('\n');

describe('language server: ids written as block scalars', function () {
  this.timeout(30000);
  let client: TestClient;
  const uri = 'file:///blok/ids.meldcode.yaml';

  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
    client.open(uri, text);
    await client.diagnosticsFor(uri);
  });
  after(async () => {
    await client.stop();
  });

  it('prepareRename and rename take the content of the block, at the definition and every reference', async () => {
    const position = { line: 6, character: 8 };
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
    assert.deepEqual(prepared, { range: { start: { line: 6, character: 6 }, end: { line: 6, character: 12 } }, placeholder: 'bakker' });
    const edit = await client.request<{ changes?: Record<string, unknown[]> }>('textDocument/rename', { textDocument: { uri }, position, newName: 'de-bakker' });
    const renamed = applyEdits(text, editsFor(edit, uri));
    assert.equal(renamed, text.replace('      bakker\n', '      de-bakker\n').replace('contact: [bakker]', 'contact: [de-bakker]'));
    const data = parseDocument(renamed).toJS() as { aandachtsfunctionarissen: Array<{ id: string; functie?: string }> };
    assert.equal(data.aandachtsfunctionarissen[0].id, 'de-bakker');
    assert.equal(data.aandachtsfunctionarissen[1].functie, 'Coach');
  });

  it('the quick fix for an unknown id in a block replaces the id only', async () => {
    const diagnostics = (await client.diagnosticsFor(uri)).diagnostics.filter((d) => d.code === 'reference-unknown');
    assert.deepEqual(
      diagnostics.map((d) => d.range),
      [{ start: { line: 13, character: 6 }, end: { line: 13, character: 11 } }],
    );
    const actions = await client.request<Array<{ title: string; edit?: never }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
    const replace = actions.find((action) => action.title === 'Vervang door "bakker"');
    assert.ok(replace, JSON.stringify(actions.map((action) => action.title)));
    const fixed = applyEdits(text, editsFor(replace.edit, uri));
    assert.equal(fixed, text.replace('      bakkr\n', '      bakker\n'));
    assert.match(fixed, /\n {4}vervanger: >- # wie waarneemt\n {6}bakker\n {4}functie: Coach\n/);
  });

  it('an inlay hint stands after the id, on its line', async () => {
    const hints = await client.request<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
    });
    assert.ok(hints.some((hint) => hint.position.line === 9 && hint.position.character === 12 && hint.label === 'Marieke Jansen'), JSON.stringify(hints));
  });
});
