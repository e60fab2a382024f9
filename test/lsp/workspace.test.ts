import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, fullCapabilities, TestClient } from './client';

function temporaryWorkspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'meldcode-lsp-'));
}

function write(folder: string, relative: string, text: string): string {
  const file = path.join(folder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

const uriOf = (file: string): string => pathToFileURL(file).href;

describe('language server: the workspace', () => {
  const folders: string[] = [];
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('checks every protocol file in the workspace folders at start-up, with progress, skipping node_modules and .git', async () => {
    const folder = temporaryWorkspace();
    folders.push(folder);
    const files: string[] = [];
    for (let i = 1; i <= 11; i++) files.push(write(folder, `regio/locatie-${String(i).padStart(2, '0')}.meldcode.yaml`, fixture('flawed.meldcode.yaml')));
    files.push(write(folder, 'schoon.meldcode.yml', fixture('protocol.meldcode.yaml')));
    write(folder, 'node_modules/pakket/voorbeeld.meldcode.yaml', fixture('flawed.meldcode.yaml'));
    write(folder, '.git/oud.meldcode.yaml', fixture('flawed.meldcode.yaml'));
    write(folder, 'notities.yaml', 'stappen: geen protocol\n');

    const capabilities = fullCapabilities();
    capabilities.window = { workDoneProgress: true };
    const client = await TestClient.start({ locale: 'en', capabilities, workspaceFolders: [folder] });
    try {
      const expected = files.map(uriOf).sort();
      const published = await client.waitFor('diagnostics of all 12 files', () => {
        const uris = [...new Set(client.diagnostics.map((entry) => entry.uri))].sort();
        return uris.length >= expected.length ? uris : undefined;
      });
      assert.deepEqual(published, expected);
      for (const entry of client.diagnostics) {
        const codes = entry.diagnostics.map((item) => item.code);
        if (entry.uri.endsWith('schoon.meldcode.yml')) assert.deepEqual(codes, []);
        else assert.deepEqual(codes, ['acute-route-missing', 'veilig-thuis-missing', 'step-missing', 'step-missing', 'reference-unknown', 'reference-unknown', 'term-outdated', 'term-outdated']);
      }
      const kinds = await client.waitFor('the end of the progress', () => {
        const values = client.progress.map((entry) => (entry as { value: { kind: string } }).value.kind);
        return values.includes('end') ? values : undefined;
      });
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds.filter((kind) => kind === 'report').length, 12);
      assert.equal(kinds[kinds.length - 1], 'end');
      const last = client.progress.filter((entry) => (entry as { value: { kind: string } }).value.kind === 'report').pop() as {
        value: { percentage: number; message: string };
      };
      assert.deepEqual(last.value, { kind: 'report', percentage: 100, message: '12 of 12' });
    } finally {
      await client.stop();
    }
  });

  it('follows file changes: new, changed and deleted protocol files; an open file keeps the editor text', async () => {
    const folder = temporaryWorkspace();
    folders.push(folder);
    const first = write(folder, 'a.meldcode.yaml', fixture('protocol.meldcode.yaml'));
    const capabilities = fullCapabilities();
    capabilities.workspace = { ...capabilities.workspace, didChangeWatchedFiles: { dynamicRegistration: true } };
    const client = await TestClient.start({ locale: 'en', capabilities, workspaceFolders: [folder] });
    try {
      await client.diagnosticsFor(uriOf(first));
      const registration = await client.waitFor('the file watcher registration', () =>
        client.registrations.find((entry) => (entry as { method: string }).method === 'workspace/didChangeWatchedFiles'),
      );
      assert.deepEqual((registration as { registerOptions: unknown }).registerOptions, {
        watchers: [{ globPattern: '**/*.meldcode.{yaml,yml}' }, { globPattern: '**/.meldcoderc.{yaml,yml}' }],
      });

      const second = write(folder, 'sub/b.meldcode.yaml', fixture('flawed.meldcode.yaml'));
      let before = client.diagnostics.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(second), type: 1 }] });
      const created = await client.diagnosticsFor(uriOf(second), { after: before });
      assert.equal(created.diagnostics.length, 8);

      fs.writeFileSync(second, fixture('protocol.meldcode.yaml'));
      before = client.diagnostics.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(second), type: 2 }] });
      const changed = await client.diagnosticsFor(uriOf(second), { after: before });
      assert.deepEqual(changed.diagnostics, []);

      fs.rmSync(second);
      before = client.diagnostics.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(second), type: 3 }] });
      const deleted = await client.diagnosticsFor(uriOf(second), { after: before });
      assert.deepEqual(deleted.diagnostics, []);

      // While open, the editor's text counts; on closing, the saved file counts again.
      fs.writeFileSync(first, fixture('flawed.meldcode.yaml'));
      before = client.diagnostics.length;
      client.open(uriOf(first), fixture('protocol.meldcode.yaml'));
      const open = await client.diagnosticsFor(uriOf(first), { after: before, version: 1 });
      assert.deepEqual(open.diagnostics, []);
      before = client.diagnostics.length;
      client.close(uriOf(first));
      const saved = await client.waitFor('the saved file to count again', () =>
        client.diagnostics.slice(before).find((entry) => entry.uri === uriOf(first) && entry.diagnostics.length > 0),
      );
      assert.equal(saved.diagnostics.length, 8);
    } finally {
      await client.stop();
    }
  });

  it('reads .meldcoderc.yaml up the folders, under the editor settings, and re-checks when it changes', async () => {
    const folder = temporaryWorkspace();
    folders.push(folder);
    // The protocol is a sports club's, where step-missing is already a warning by default; "info" shows that the file counts.
    const config = write(folder, '.meldcoderc.yaml', 'rules:\n  step-missing: info\n  term-outdated: "off"\n');
    const file = write(folder, 'locaties/noord/a.meldcode.yaml', fixture('flawed.meldcode.yaml'));
    let editorRules: Record<string, string> = { 'reference-unknown': 'info' };
    const client = await TestClient.start({
      locale: 'en',
      workspaceFolders: [folder],
      settings: () => ({ locale: 'auto', rules: editorRules }),
    });
    try {
      const uri = uriOf(file);
      client.open(uri, fixture('flawed.meldcode.yaml'));
      const opened = await client.diagnosticsFor(uri, { version: 1 });
      assert.deepEqual(
        opened.diagnostics.map((entry) => [entry.code, entry.severity]),
        [
          ['acute-route-missing', 2],
          ['veilig-thuis-missing', 2],
          ['step-missing', 3],
          ['step-missing', 3],
          ['reference-unknown', 3],
          ['reference-unknown', 3],
        ],
      );

      // The editor setting wins over the file.
      editorRules = { 'step-missing': 'error' };
      let before = client.diagnostics.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const overridden = await client.diagnosticsFor(uri, { after: before, version: 1 });
      assert.deepEqual(
        overridden.diagnostics.map((entry) => [entry.code, entry.severity]).filter(([code]) => code === 'step-missing'),
        [
          ['step-missing', 1],
          ['step-missing', 1],
        ],
      );

      // A broken configuration: its problems are shown in the file itself, and the defaults stand in.
      fs.writeFileSync(config, 'rules:\n  step-missing: loud\n');
      before = client.diagnostics.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
      const rechecked = await client.diagnosticsFor(uri, { after: before, version: 1 });
      assert.equal(rechecked.diagnostics.filter((entry) => entry.code === 'term-outdated').length, 2);
      const problems = await client.diagnosticsFor(uriOf(config), { after: before });
      assert.deepEqual(problems.diagnostics, [
        {
          range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } },
          severity: 2,
          code: 'config',
          source: 'meldcode',
          message: 'Invalid setting "loud" for rule "step-missing": use off, info, warning or error.',
        },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('checks the workspace again on the command meldcode.validateWorkspace', async () => {
    const folder = temporaryWorkspace();
    folders.push(folder);
    const file = write(folder, 'a.meldcode.yaml', fixture('protocol.meldcode.yaml'));
    const client = await TestClient.start({ locale: 'en', workspaceFolders: [folder] });
    try {
      await client.diagnosticsFor(uriOf(file));
      fs.writeFileSync(file, fixture('flawed.meldcode.yaml'));
      const before = client.diagnostics.length;
      const result = await client.request('workspace/executeCommand', { command: 'meldcode.validateWorkspace', arguments: [] });
      assert.deepEqual(result, { checkedFromDisk: 1 });
      const again = await client.diagnosticsFor(uriOf(file), { after: before });
      assert.equal(again.diagnostics.length, 8);
    } finally {
      await client.stop();
    }
  });

  it('finds officers, contact points and organisations in every protocol of the workspace, open ones as edited', async () => {
    const folder = temporaryWorkspace();
    folders.push(folder);
    const noord = write(folder, 'noord/locatie.meldcode.yaml', fixture('protocol.meldcode.yaml'));
    const zuid = write(
      folder,
      'zuid/locatie.meldcode.yaml',
      fixture('protocol.meldcode.yaml').replace('naam: Kindercentrum De Zonnebloem', 'naam: Kindercentrum De Zonnebloem Zuid').replace('Peter de Vries', 'Fatima el Amrani'),
    );
    write(folder, 'zuid/kapot.meldcode.yaml', '\u0000\u0001 geen protocol');
    const client = await TestClient.start({ locale: 'nl', workspaceFolders: [folder] });
    try {
      await client.diagnosticsFor(uriOf(noord));
      await client.diagnosticsFor(uriOf(zuid));
      const find = (query: string) =>
        client.request<Array<{ name: string; kind: number; containerName?: string; location: { uri: string; range: unknown } }>>('workspace/symbol', { query });
      const brief = (symbols: Awaited<ReturnType<typeof find>>) =>
        symbols.map((symbol) => `${symbol.name} | ${symbol.containerName ?? ''} | ${path.relative(folder, new URL(symbol.location.uri).pathname)}`).sort();

      assert.deepEqual(brief(await find('jansen')), [
        'Marieke Jansen | aandachtsfunctionaris · Kindercentrum De Zonnebloem Zuid | zuid/locatie.meldcode.yaml',
        'Marieke Jansen | aandachtsfunctionaris · Kindercentrum De Zonnebloem | noord/locatie.meldcode.yaml',
      ]);
      const [first] = await find('Fatima');
      assert.deepEqual(first, {
        name: 'Fatima el Amrani',
        kind: 19,
        containerName: 'aandachtsfunctionaris · Kindercentrum De Zonnebloem Zuid',
        location: { uri: uriOf(zuid), range: { start: { line: 15, character: 10 }, end: { line: 15, character: 26 } } },
      });
      assert.deepEqual(brief(await find('zonnebloem zuid')), ['Kindercentrum De Zonnebloem Zuid |  | zuid/locatie.meldcode.yaml']);
      assert.equal((await find('')).length, 2 * 6, 'per protocol: the organisation, two officers, Veilig Thuis, the alarm number and the confidential inspector');

      // An open protocol counts as the editor holds it, not as it is on disk.
      client.open(uriOf(zuid), fixture('protocol.meldcode.yaml').replace('Marieke Jansen', 'Marieke Jansen-Bakker'));
      assert.deepEqual(brief(await find('mjansen')), [
        'Marieke Jansen | aandachtsfunctionaris · Kindercentrum De Zonnebloem | noord/locatie.meldcode.yaml',
        'Marieke Jansen-Bakker | aandachtsfunctionaris · Kindercentrum De Zonnebloem | zuid/locatie.meldcode.yaml',
      ]);
      client.close(uriOf(zuid));

      // A file changed on disk is read again.
      fs.writeFileSync(noord, fixture('protocol.meldcode.yaml').replace('Marieke Jansen', 'Marieke de Jong'));
      const later = new Date(Date.now() + 5_000);
      fs.utimesSync(noord, later, later);
      assert.deepEqual(brief(await find('marieke')), [
        'Marieke Jansen | aandachtsfunctionaris · Kindercentrum De Zonnebloem Zuid | zuid/locatie.meldcode.yaml',
        'Marieke de Jong | aandachtsfunctionaris · Kindercentrum De Zonnebloem | noord/locatie.meldcode.yaml',
      ]);
    } finally {
      await client.stop();
    }
  });
});
