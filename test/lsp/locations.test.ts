import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fullCapabilities, ROOT, TestClient } from './client';

interface Diagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const BOARD = path.join(ROOT, 'samples', 'bestuur');
const BASE_TEXT = fs.readFileSync(path.join(BOARD, 'stichting.meldcode.yaml'), 'utf8');
const GAP_TEXT = fs
  .readFileSync(path.join(ROOT, 'samples', 'flawed', 'locatie-zonder-aandachtsfunctionaris.meldcode.yaml'), 'utf8')
  .replace('../bestuur/stichting.meldcode.yaml', '../stichting.meldcode.yaml');
/** A location whose step 3 names the police, a contact point of the base. */
const POLICE_TEXT = `${fs.readFileSync(path.join(BOARD, 'scholen', 'de-esdoorn.meldcode.yaml'), 'utf8')}stappen:\n  - stap: 3\n    contact: [politie]\n`;

const briefly = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`);

describe('language server: location protocols and their base', function () {
  this.timeout(60000);
  let client: TestClient;
  let root: string;
  const uriOf = (name: string): string => pathToFileURL(path.join(root, name)).href;

  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-locations-')));
    fs.mkdirSync(path.join(root, 'scholen'));
    fs.writeFileSync(path.join(root, 'stichting.meldcode.yaml'), BASE_TEXT);
    fs.writeFileSync(path.join(root, 'scholen', 'de-vlinder.meldcode.yaml'), GAP_TEXT);
    fs.writeFileSync(path.join(root, 'scholen', 'de-esdoorn.meldcode.yaml'), POLICE_TEXT);
    fs.writeFileSync(path.join(root, 'scholen', 'de-linde.meldcode.yaml'), GAP_TEXT);
    client = await TestClient.start({
      locale: 'en',
      workspaceFolders: [root],
      capabilities: { ...fullCapabilities(), window: { workDoneProgress: true } },
      initializationOptions: { progressThreshold: 1 },
    });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the workspace check reports the base without what its locations fill in, and each location merged with it', async () => {
    const last = (name: string) => client.waitFor(`settled diagnostics of ${name}`, () => [...client.diagnostics].reverse().find((entry) => entry.uri === uriOf(name)));
    await client.waitFor('the base checked as a base', () => {
      const entry = [...client.diagnostics].reverse().find((candidate) => candidate.uri === uriOf('stichting.meldcode.yaml'));
      return entry && entry.diagnostics.length === 0 ? entry : undefined;
    });
    assert.deepEqual(briefly((await last('scholen/de-vlinder.meldcode.yaml')).diagnostics as Diagnostic[]), [...Array(5).fill('7:7 reference-unknown'), '14:10 officer-deputy-missing']);
    assert.deepEqual(briefly((await last('scholen/de-esdoorn.meldcode.yaml')).diagnostics as Diagnostic[]), []);
  });

  it('go to definition and hover follow an id into the base', async () => {
    const uri = uriOf('scholen/de-esdoorn.meldcode.yaml');
    client.open(uri, POLICE_TEXT);
    await client.diagnosticsFor(uri);
    const lines = POLICE_TEXT.split('\n');
    const line = lines.findIndex((text) => text === '    contact: [politie]');
    const position = { textDocument: { uri }, position: { line, character: 17 } };
    const baseLines = BASE_TEXT.split('\n');
    const baseLine = baseLines.findIndex((text) => text === '  - id: politie');
    assert.deepEqual(await client.request('textDocument/definition', position), [
      { uri: uriOf('stichting.meldcode.yaml'), range: { start: { line: baseLine, character: 8 }, end: { line: baseLine, character: 15 } } },
    ]);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', position);
    assert.equal(hover.contents.value.split('\n')[0], '**Politie** — contact point `politie`');
    assert.match(hover.contents.value, /0900-8844/);
  });

  it('an edit to the base re-publishes the diagnostics of every open location at once', async () => {
    const location = uriOf('scholen/de-vlinder.meldcode.yaml');
    const base = uriOf('stichting.meldcode.yaml');
    client.open(location, GAP_TEXT);
    await client.diagnosticsFor(location, { version: 1 });
    client.open(base, BASE_TEXT);
    await client.diagnosticsFor(base, { version: 1 });
    const before = client.diagnostics.length;
    // The board names an attention officer every school may replace: the gap is filled.
    const at = BASE_TEXT.indexOf('\ncontactpunten:\n') + 1;
    const line = BASE_TEXT.slice(0, at).split('\n').length - 1;
    client.change(base, 2, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'aandachtsfunctionarissen:\n  - { id: aandachtsfunctionaris, naam: Bestuurs-AF, telefoon: "0486-471500", vervanger: directeur }\n' },
    ]);
    // Without touching the location: its diagnostics follow the base (an earlier publication may still be on its way).
    const republished = await client.waitFor('the location re-published after the base changed', () =>
      client.diagnostics.slice(before).find((entry) => entry.uri === location && !entry.diagnostics.some((diagnostic) => diagnostic.code === 'reference-unknown')),
    );
    assert.deepEqual(briefly(republished.diagnostics as Diagnostic[]), ['14:10 officer-deputy-missing']);
    assert.equal(republished.version, 1);
  });

  it('a base changed on disk: the closed locations built on it are checked again, with progress', async () => {
    const location = uriOf('scholen/de-linde.meldcode.yaml');
    const base = uriOf('stichting.meldcode.yaml');
    client.close(base);
    await client.waitFor('the closed location checked with the base on disk', () =>
      [...client.diagnostics].reverse().find((entry) => entry.uri === location && entry.diagnostics.some((diagnostic) => diagnostic.code === 'reference-unknown')),
    );
    const before = client.diagnostics.length;
    const progressBefore = client.progress.length;
    fs.writeFileSync(
      path.join(root, 'stichting.meldcode.yaml'),
      BASE_TEXT.replace('\ncontactpunten:\n', '\naandachtsfunctionarissen:\n  - { id: aandachtsfunctionaris, naam: Bestuurs-AF, telefoon: "0486-471500", vervanger: directeur }\ncontactpunten:\n'),
    );
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: base, type: 2 }] });
    const republished = await client.waitFor('the closed location re-published', () =>
      client.diagnostics.slice(before).find((entry) => entry.uri === location && !entry.diagnostics.some((diagnostic) => diagnostic.code === 'reference-unknown')),
    );
    assert.deepEqual(briefly(republished.diagnostics as Diagnostic[]), ['14:10 officer-deputy-missing']);
    await client.waitFor('progress of the re-check', () => (client.progress.slice(progressBefore).some((entry) => (entry as { value?: { kind?: string } }).value?.kind === 'end') ? true : undefined));
  });
});

describe('language server: a base read with the size limit of the workspace configuration', function () {
  this.timeout(60000);
  const SCHOOL_TEXT = fs.readFileSync(path.join(BOARD, 'scholen', 'de-esdoorn.meldcode.yaml'), 'utf8');
  let client: TestClient;
  let root: string;

  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-base-limit-')));
    fs.mkdirSync(path.join(root, 'scholen'));
    // The base is 15 kB; this workspace allows 5,000 characters a protocol.
    fs.writeFileSync(path.join(root, '.meldcoderc.yaml'), 'max-file-size: 5000\n');
    fs.writeFileSync(path.join(root, 'stichting.meldcode.yaml'), BASE_TEXT);
    fs.writeFileSync(path.join(root, 'scholen', 'de-esdoorn.meldcode.yaml'), SCHOOL_TEXT);
    client = await TestClient.start({ locale: 'en', workspaceFolders: [root] });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('says the base is too large, as meldcode-lint does, instead of reading it with the default limit', async () => {
    const uri = pathToFileURL(path.join(root, 'scholen', 'de-esdoorn.meldcode.yaml')).href;
    client.open(uri, SCHOOL_TEXT);
    const { diagnostics } = await client.diagnosticsFor(uri);
    const basis = SCHOOL_TEXT.split('\n').findIndex((line) => line.startsWith('basis: '));
    assert.deepEqual(
      (diagnostics as Diagnostic[]).map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character]),
      [['base-invalid', 'The base "../stichting.meldcode.yaml" cannot be read: it is larger than 5 kB ("max-file-size" in .meldcoderc.yaml).', basis, 7, 33]],
    );
  });
});
