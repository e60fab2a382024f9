import * as assert from 'node:assert/strict';
import { fixture, TestClient } from './client';

const POSITION_REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/prepareRename',
  'textDocument/documentHighlight',
] as const;

/** Texts an editor can hold while someone types: broken, cut off, empty, odd. */
function awkwardTexts(): Array<[string, string]> {
  const protocol = fixture('protocol.meldcode.yaml');
  const texts: Array<[string, string]> = [
    ['empty', ''],
    ['only a newline', '\n'],
    ['broken YAML', fixture('broken.meldcode.yaml')],
    ['a scalar instead of a mapping', 'gewoon wat tekst\n'],
    ['a list at the top', '- a\n- b: [\n'],
    ['tabs and CRLF', 'stappen:\r\n\t- stap: 1\r\n\tcontact: [x\r\n'],
    ['binary', 'meldcode: "1.0"\n\u0000\u0001\u0002'],
    ['anchors and aliases', 'a: &x [1, 2]\nb: *x\nc: *onbekend\n'],
    ['__proto__ keys', '__proto__:\n  polluted: true\nconstructor: 1\n'],
    ['deep nesting', `${'- '.repeat(150)}x\n`],
    ['astral characters', 'organisatie:\n  naam: "😀 De Zonnebloem 😀"\n  sector: 😀\n'],
  ];
  for (const cut of [17, 333, 901, 1500]) texts.push([`the protocol cut after ${cut} characters`, protocol.slice(0, cut)]);
  return texts;
}

describe('language server: any request on any text answers', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'nl' });
  });
  after(async () => {
    await client.stop();
  });

  for (const [name, text] of awkwardTexts()) {
    it(`answers every request on ${name}, also at positions past the end`, async () => {
      const uri = `file:///tmp/robust-${name.replace(/\W+/g, '-')}.meldcode.yaml`;
      client.open(uri, text);
      const lines = text.split('\n');
      const positions: Array<{ line: number; character: number }> = [
        { line: 0, character: 0 },
        { line: lines.length + 5, character: 0 },
        { line: 0, character: 10_000 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      ];
      lines.forEach((content, line) => {
        for (const character of [0, Math.floor(content.length / 2), content.length, content.length + 3]) positions.push({ line, character });
      });
      const requests: Array<Promise<unknown>> = [];
      for (const position of positions) {
        for (const method of POSITION_REQUESTS) {
          requests.push(client.request(method, { textDocument: { uri }, position }));
        }
        requests.push(client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
        requests.push(client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }));
        requests.push(client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [position] }));
        requests.push(client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position } }));
        requests.push(
          client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'nieuw-id' }).catch((error: { message: string }) => {
            assert.equal(error.message, 'Hier staat geen id van een aandachtsfunctionaris of contactpunt om te hernoemen.');
            return null;
          }),
        );
      }
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink']) {
        requests.push(client.request(method, { textDocument: { uri } }));
      }
      const answers = await Promise.all(requests);
      assert.equal(answers.length, requests.length);
      const published = await client.diagnosticsFor(uri);
      assert.ok(Array.isArray(published.diagnostics));
      client.close(uri);
      assert.equal(client.hasExited, false);
    });
  }

  it('answers requests for documents it was never told about', async () => {
    const uri = 'file:///tmp/nooit-geopend.meldcode.yaml';
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }), {
      isIncomplete: false,
      items: [],
    });
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 0, character: 0 } }), []);
    assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), []);
    assert.deepEqual(await client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 0, character: 0 }] }), []);
    assert.deepEqual(await client.request('textDocument/diagnostic', { textDocument: { uri } }), { kind: 'full', items: [] });
  });

  it('survives changes that arrive faster than it checks, and ends with the diagnostics of the last version', async () => {
    const uri = 'file:///tmp/snel-typen.meldcode.yaml';
    const protocol = fixture('protocol.meldcode.yaml');
    client.open(uri, '');
    let text = '';
    let version = 1;
    for (let index = 0; index < protocol.length; index += 40) {
      const piece = protocol.slice(index, index + 40);
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      client.change(uri, ++version, [{ range: { start: end, end }, text: piece }]);
      text += piece;
    }
    const last = await client.diagnosticsFor(uri, { version });
    assert.deepEqual(last.diagnostics, []);
    client.close(uri);
  });

  it('did all of that without a handler failing (each failure would be logged)', () => {
    assert.deepEqual(client.logs.filter((message) => message.startsWith('meldcode:')), []);
  });
});
