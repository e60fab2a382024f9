import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateProtocol } from '../../bench/generate';
import { fixture, fixtureUri, fullCapabilities, TestClient } from './client';

const DOCS = 'https://github.com/meldcode/meldcode/blob/main/docs/rules/';

function range(line: number, start: number, endLine: number, end: number): Diagnostic['range'] {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

function diagnostic(code: string, severity: 1 | 2 | 3, at: Diagnostic['range'], message: string, tags?: number[]): Diagnostic {
  const result: Diagnostic = { range: at, severity, code, codeDescription: { href: `${DOCS}${code}.md` }, source: 'meldcode', message };
  if (tags) result.tags = tags as Diagnostic['tags'];
  return result;
}

/**
 * The findings of test/fixtures/lsp/flawed.meldcode.yaml in English. It is a sports club's protocol:
 * the Wet verplichte meldcode does not bind sport, so the law-based findings are one level lower and
 * worded as the basismodel's advice, and the kindcheck is not asked for (docs/rules/README.md).
 */
const FLAWED_EN: Diagnostic[] = [
  diagnostic(
    'acute-route-missing',
    2,
    range(0, 0, 0, 8),
    'The protocol does not say what staff do in acute danger: there is no "acuut-gevaar" route and no step refers to a contact point of kind "spoed". When someone is in direct danger, safety comes first: call 112, then follow the steps.',
  ),
  diagnostic(
    'veilig-thuis-missing',
    2,
    range(17, 0, 17, 13),
    'There is no contact point with "soort: veilig-thuis"; add Veilig Thuis (national number 0800-2000, free, day and night).',
  ),
  diagnostic(
    'step-missing',
    2,
    range(23, 0, 23, 7),
    'Step 2 (consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
  ),
  diagnostic(
    'step-missing',
    2,
    range(23, 0, 23, 7),
    'Step 4 (weigh the violence) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
  ),
  diagnostic(
    'reference-unknown',
    1,
    range(28, 14, 28, 19),
    '"jansn" is not an attention officer or contact point in this protocol. Did you mean "jansen"?',
  ),
  diagnostic('reference-unknown', 1, range(32, 14, 32, 19), '"coach" is not an attention officer or contact point in this protocol.'),
  diagnostic(
    'term-outdated',
    2,
    range(37, 21, 37, 28),
    '"AMK" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).',
    [2],
  ),
  diagnostic(
    'term-outdated',
    2,
    range(37, 32, 37, 80),
    '"Advies- en Meldpunt Kindermishandeling (AMK)" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).',
    [2],
  ),
];

describe('language server: diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'en-GB' });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes the findings of a protocol when it is opened: rule id, link, message, range, severity and tags', async () => {
    const uri = fixtureUri('flawed.meldcode.yaml');
    client.open(uri, fixture('flawed.meldcode.yaml'));
    const published = await client.diagnosticsFor(uri);
    assert.equal(published.version, 1);
    assert.deepEqual(published.diagnostics, FLAWED_EN);
    client.close(uri);
    await client.diagnosticsFor(uri, { after: client.diagnostics.indexOf(published) + 1 });
  });

  it('checks again after an incremental change, and clears the diagnostics when the document is closed', async () => {
    const uri = fixtureUri('protocol.meldcode.yaml');
    client.open(uri, fixture('protocol.meldcode.yaml'));
    const opened = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(opened.diagnostics, []);

    // Line 41 is "    contact: [jansen, spoed]": make the reference unknown.
    client.change(uri, 2, [{ range: range(41, 19, 41, 20), text: '' }]);
    const changed = await client.diagnosticsFor(uri, { version: 2 });
    assert.deepEqual(changed.diagnostics, [
      diagnostic('reference-unknown', 1, range(41, 14, 41, 19), '"janse" is not an attention officer or contact point in this protocol. Did you mean "jansen"?'),
    ]);

    // Two changes in one notification, applied in order: put the "n" back, then write "AMK" into a text.
    client.change(uri, 3, [
      { range: range(41, 19, 41, 19), text: 'n' },
      { range: range(74, 11, 74, 14), text: 'AMK' },
    ]);
    const again = await client.diagnosticsFor(uri, { version: 3 });
    assert.deepEqual(again.diagnostics, [
      diagnostic('term-outdated', 2, range(74, 11, 74, 14), '"AMK" no longer exists: since 1 January 2015 the AMK and (A)SHG together are Veilig Thuis (Wmo 2015, art. 4.1.1).', [2]),
    ]);

    const before = client.diagnostics.length;
    client.close(uri);
    const cleared = await client.diagnosticsFor(uri, { after: before });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('checks a long protocol again after each edit, reading only what changed, exactly as a fresh open would', async () => {
    // 2,000 lines: long enough for the server to read it in pieces and reuse them between versions.
    const text = generateProtocol({ lines: 2_000, seed: 3 });
    const lines = text.split('\n');
    const line = lines.findIndex((content, i) => i > lines.length / 2 && content.startsWith('    verantwoordelijk:'));
    const uri = 'file:///lang/protocol.meldcode.yaml';
    client.open(uri, text);
    assert.deepEqual((await client.diagnosticsFor(uri, { version: 1 })).diagnostics, []);

    client.change(uri, 2, [{ range: range(line, 20, line, 20), text: 'k' }]);
    const renamed = await client.diagnosticsFor(uri, { version: 2 });
    assert.deepEqual(renamed.diagnostics, [
      diagnostic('step-responsible-missing', 2, range(line - 2, 10, line - 2, 11), 'Step 3 does not say who is responsible; fill in "verantwoordelijk" (e.g. staff member or attention officer).'),
      diagnostic('schema', 1, range(line, 4, line, 21), "Unknown key 'verantwoordelijkk' — did you mean 'verantwoordelijk'?"),
    ]);

    // A line added above moves both findings down; a fresh open of the same text agrees.
    client.change(uri, 3, [{ range: range(10, 0, 10, 0), text: '# nagekeken\n' }]);
    const moved = await client.diagnosticsFor(uri, { version: 3 });
    assert.deepEqual(
      moved.diagnostics.map((found) => [found.code, found.range.start.line]),
      [
        ['step-responsible-missing', line - 1],
        ['schema', line + 1],
      ],
    );
    const versionThree = [...lines.slice(0, 10), '# nagekeken', ...lines.slice(10)];
    versionThree[line + 1] = versionThree[line + 1].replace('verantwoordelijk', 'verantwoordelijkk');
    const freshUri = 'file:///lang/fresh.meldcode.yaml';
    client.open(freshUri, versionThree.join('\n'));
    assert.deepEqual((await client.diagnosticsFor(freshUri, { version: 1 })).diagnostics, moved.diagnostics);
    client.close(freshUri);

    client.change(uri, 4, [{ range: range(line + 1, 20, line + 1, 21), text: '' }]);
    assert.deepEqual((await client.diagnosticsFor(uri, { version: 4 })).diagnostics, []);
    client.close(uri);
  });

  it('reports broken YAML as a finding and keeps answering', async () => {
    const uri = fixtureUri('broken.meldcode.yaml');
    client.open(uri, fixture('broken.meldcode.yaml'));
    const published = await client.diagnosticsFor(uri);
    const syntax = published.diagnostics.filter((entry) => entry.code === 'yaml-syntax');
    assert.deepEqual(syntax[0], diagnostic('yaml-syntax', 1, range(0, 10, 0, 14), 'A character is missing here, such as a colon after a key, a closing quote or a bracket.'));
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    client.close(uri);
  });

  it('leaves documents alone that are not protocols', async () => {
    const uri = 'file:///tmp/elsewhere/config.yaml';
    client.open(uri, 'stappen: 12\n', 'yaml');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
    assert.equal(client.diagnostics.some((entry) => entry.uri === uri), false);
    client.close(uri);
  });
});

describe('language server: diagnostics in Dutch', () => {
  it('speaks Dutch when the editor does (locale "nl")', async () => {
    const client = await TestClient.start({ locale: 'nl' });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const published = await client.diagnosticsFor(uri);
      assert.deepEqual(
        published.diagnostics.map((entry) => entry.message),
        [
          'Het protocol zegt niet wat medewerkers doen bij acuut gevaar: er is geen route "acuut-gevaar" en geen stap verwijst naar een contactpunt van soort "spoed". Is iemand in direct gevaar, dan gaat de veiligheid voor: eerst 112 bellen, daarna de stappen.',
          'Er is geen contactpunt met "soort: veilig-thuis"; voeg Veilig Thuis toe (landelijk 0800-2000, gratis en dag en nacht bereikbaar).',
          'Stap 2 (collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van letselduiding) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
          'Stap 4 (wegen van het geweld) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
          '"jansn" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "jansen"?',
          '"coach" is geen aandachtsfunctionaris of contactpunt in dit protocol.',
          '"AMK" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis (Wmo 2015, art. 4.1.1).',
          '"Advies- en Meldpunt Kindermishandeling (AMK)" bestaat niet meer: sinds 1 januari 2015 zijn AMK en (A)SHG samen Veilig Thuis (Wmo 2015, art. 4.1.1).',
        ],
      );
    } finally {
      await client.stop();
    }
  });

  it('follows meldcode.locale over the editor language, and re-checks open documents when it changes', async () => {
    let locale = 'en';
    const client = await TestClient.start({ locale: 'nl-NL', settings: (section) => (section === 'meldcode' ? { locale, rules: {} } : null) });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const english = await client.diagnosticsFor(uri);
      assert.equal(
        english.diagnostics[3].message,
        'Step 4 (weigh the violence) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
      );
      locale = 'auto';
      const before = client.diagnostics.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const dutch = await client.diagnosticsFor(uri, { after: before });
      assert.equal(
        dutch.diagnostics[3].message,
        'Stap 4 (wegen van het geweld) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
      );
    } finally {
      await client.stop();
    }
  });
});

describe('language server: rule settings', () => {
  it('applies meldcode.rules from the editor, asked per document', async () => {
    const client = await TestClient.start({
      locale: 'en',
      settings: (section, scopeUri) =>
        section === 'meldcode' && scopeUri !== undefined
          ? { locale: 'auto', rules: { 'term-outdated': 'off', 'reference-unknown': 'warning', 'step-missing': 'info', 'no-such-rule': 'error', 'acute-route-missing': 'loud' } }
          : { locale: 'auto', rules: {} },
    });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const published = await client.diagnosticsFor(uri);
      assert.deepEqual(
        published.diagnostics.map((entry) => [entry.code, entry.severity]),
        [
          ['acute-route-missing', 2],
          ['veilig-thuis-missing', 2],
          ['step-missing', 3],
          ['step-missing', 3],
          ['reference-unknown', 2],
          ['reference-unknown', 2],
        ],
      );
      assert.ok(client.configurationRequests.length > 0);
    } finally {
      await client.stop();
    }
  });

  it('takes settings pushed with didChangeConfiguration from a client that cannot be asked', async () => {
    const capabilities = fullCapabilities();
    const client = await TestClient.start({ locale: 'en', capabilities });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const first = await client.diagnosticsFor(uri);
      assert.equal(first.diagnostics.length, 8);
      const before = client.diagnostics.length;
      client.notify('workspace/didChangeConfiguration', { settings: { meldcode: { locale: 'nl', rules: { 'step-missing': 'off' } } } });
      const second = await client.diagnosticsFor(uri, { after: before });
      assert.deepEqual(
        second.diagnostics.map((entry) => entry.code),
        ['acute-route-missing', 'veilig-thuis-missing', 'reference-unknown', 'reference-unknown', 'term-outdated', 'term-outdated'],
      );
      assert.equal(second.diagnostics[0].message.startsWith('Het protocol zegt niet wat medewerkers doen bij acuut gevaar'), true);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: pull diagnostics', () => {
  it('answers textDocument/diagnostic, says "unchanged" for the same version, and does not also push', async () => {
    const capabilities = fullCapabilities();
    capabilities.textDocument!.diagnostic = { dynamicRegistration: false };
    const client = await TestClient.start({ locale: 'en', capabilities });
    try {
      const uri = fixtureUri('flawed.meldcode.yaml');
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const report = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri },
      });
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.items, FLAWED_EN);
      const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
        textDocument: { uri },
        previousResultId: report.resultId,
      });
      assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });

      client.change(uri, 2, [{ range: range(28, 14, 28, 19), text: 'jansen' }]);
      const changed = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri },
        previousResultId: report.resultId,
      });
      assert.equal(changed.kind, 'full');
      assert.deepEqual(changed.items, FLAWED_EN.filter((entry) => !entry.message.startsWith('"jansn"')));
      // A push would have come within milliseconds of the change.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(client.diagnostics.some((entry) => entry.uri === uri), false);
    } finally {
      await client.stop();
    }
  });
});
