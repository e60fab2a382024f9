/**
 * The extension inside a real VS Code extension host: the language server's results as the
 * editor's own commands return them (the same calls the UI makes), compared with the engine.
 * The workspace is a folder holding copies of the samples (complete ones at its root, flawed
 * ones under flawed/).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { validateText } from '../../../../server/src/engine';
import { hoverForKey, protocolSkeleton } from '../../../../server/src/knowledge';

const EXTENSION_ID = 'meldcode.meldcode';

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the samples folder open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

function meldcodeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'meldcode');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function position(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Waits until the diagnostics of `uri` equal the engine's findings for `text` (Dutch). */
async function expectDiagnosticsOf(uri: vscode.Uri, text: string): Promise<vscode.Diagnostic[]> {
  const expected = validateText(text)
    .map((finding) => `${finding.ruleId} ${finding.range.start.line}:${finding.range.start.character}-${finding.range.end.line}:${finding.range.end.character} ${finding.message.nl}`)
    .sort();
  let shown: string[] = [];
  try {
    return await waitFor('the diagnostics', () => {
      const diagnostics = meldcodeDiagnostics(uri);
      shown = diagnostics.map((diagnostic) => `${codeOf(diagnostic)} ${position(diagnostic.range)} ${diagnostic.message}`).sort();
      return JSON.stringify(shown) === JSON.stringify(expected) ? diagnostics : undefined;
    });
  } catch {
    assert.deepEqual(shown, expected);
    throw new Error('unreachable');
  }
}

suite('meldcode extension', () => {
  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('meldcode').update('locale', 'nl', vscode.ConfigurationTarget.Global);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    await extension.activate();
  });

  test('protocol files get the meldcode language', async () => {
    const editor = await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    assert.equal(editor.document.languageId, 'meldcode');
  });

  test('a flawed protocol gets the engine\'s findings as diagnostics, in Dutch, with rule codes and links', async () => {
    const editor = await open('flawed/ontbrekende-stappen.meldcode.yaml');
    const diagnostics = await expectDiagnosticsOf(editor.document.uri, editor.document.getText());
    assert.deepEqual(diagnostics.map(codeOf), ['step-missing', 'step-missing']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      // The rule's documentation shipped in the extension, opened offline.
      const shipped = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', `${code.value}.md`);
      assert.equal(code.target.toString(), shipped.toString());
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    }
  });

  test('a complete protocol has no diagnostics', async () => {
    const editor = await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    assert.deepEqual(validateText(editor.document.getText()), []);
    // A hover from the server proves it has this document; then nothing may be reported.
    const line = editor.document.getText().split('\n').indexOf('organisatie:');
    await waitFor('the server to answer', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 2));
      return hovers.length > 0 ? true : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(meldcodeDiagnostics(editor.document.uri), []);
  });

  test('editing updates the diagnostics before saving', async () => {
    const editor = await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    const line = editor.document.getText().split('\n').findIndex((text) => text === '    naam: Veilig Thuis Utrecht');
    assert.ok(line >= 0);
    const end = editor.document.lineAt(line).range.end;
    await editor.edit((builder) => builder.insert(end, ' (AMK)'));
    assert.ok(editor.document.isDirty);
    await expectDiagnosticsOf(editor.document.uri, editor.document.getText());
    assert.deepEqual(meldcodeDiagnostics(editor.document.uri).map(codeOf), ['term-outdated']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the diagnostics to clear', () => (meldcodeDiagnostics(editor.document.uri).length === 0 ? true : undefined));
  });

  test('hovering aandachtsfunctionarissen shows the handbook text with its source', async () => {
    const editor = await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    const line = editor.document.getText().split('\n').indexOf('aandachtsfunctionarissen:');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(line, 3),
    );
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
    assert.equal(text, hoverForKey(['aandachtsfunctionarissen'], 'nl'));
  });

  test('completion in an empty protocol offers the skeleton per sector', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'meldcode', content: '' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(0, 0),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('meldcode-protocol-kinderopvang'), 'the contributed snippet');
    assert.ok(labels.includes('Nieuw protocol: kinderopvang'), "the server's completion");
  });

  test('the quick fix for a missing step inserts it and the diagnostic goes away', async () => {
    const editor = await open('flawed/ontbrekende-stappen.meldcode.yaml');
    const diagnostics = await expectDiagnosticsOf(editor.document.uri, editor.document.getText());
    const step4 = diagnostics.find((diagnostic) => diagnostic.message.startsWith('Stap 4'));
    assert.ok(step4);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      step4.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const finding = validateText(editor.document.getText()).find((candidate) => candidate.message.nl === step4.message);
    const title = finding?.suggestions?.[0]?.title.nl;
    assert.ok(title, 'the engine suggests a fix for step 4');
    const fix = actions.find((action) => action.title === title);
    assert.ok(fix?.edit, `a quick fix "${title}" among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /- stap: 4\b/);
    const after = await expectDiagnosticsOf(editor.document.uri, editor.document.getText());
    assert.deepEqual(after.map((diagnostic) => diagnostic.message.slice(0, 6)), ['Stap 5']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('inlay hints name the officer or contact point behind each id; the cursor on an id highlights every use', async () => {
    const editor = await open('kindercentrum-de-zonnebloem.meldcode.yaml');
    const document = editor.document;
    const lines = document.getText().split('\n');
    // id -> naam, read from the text: each "  - id: x" item and the "    naam: y" line within it
    const names = new Map<string, string>();
    let id: string | undefined;
    for (const line of lines) {
      if (/^\S/.test(line) || /^  - /.test(line)) id = /^  - id: (\S+)$/.exec(line)?.[1];
      const naam = /^    naam: (.+)$/.exec(line)?.[1];
      if (id && naam) names.set(id, naam);
    }
    const all = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitFor('the inlay hints', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, all);
      return found.length > 0 ? found : undefined;
    });
    const references = lines.flatMap((line) => {
      const value = /^    (?:contact|vervanger): (.+)$/.exec(line)?.[1];
      return value ? value.replace(/[[\]]/g, '').split(',').map((id) => id.trim()) : [];
    });
    assert.equal(hints.length, references.length);
    for (const hint of hints) {
      const before = document.lineAt(hint.position.line).text.slice(0, hint.position.character);
      const id = /([a-z0-9-]+)$/.exec(before)?.[1] ?? '';
      assert.equal(hint.label, names.get(id), `the hint after "${id}" on line ${hint.position.line + 1}`);
    }

    const definition = lines.indexOf('  - id: jansen');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      document.uri,
      new vscode.Position(definition, 9),
    );
    const uses = lines.flatMap((line, index) => [...line.matchAll(/\bjansen\b/g)].filter(() => !/naam:|email:/.test(line)).map((match) => `${index}:${match.index}`));
    assert.deepEqual(highlights.map((highlight) => `${highlight.range.start.line}:${highlight.range.start.character}`), uses);
    assert.deepEqual(highlights.map((highlight) => highlight.kind), uses.map((_, index) => (index === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read)));
  });

  test('Go to Symbol in Workspace finds an officer by name in the protocols on disk', async () => {
    const sample = workspaceFile('kindercentrum-de-zonnebloem.meldcode.yaml');
    const symbols = await waitFor('the workspace symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Marieke Jansen');
      return found.some((symbol) => symbol.location.uri.toString() === sample.toString()) ? found : undefined;
    });
    const mine = symbols.filter((symbol) => symbol.location.uri.toString() === sample.toString());
    assert.deepEqual(
      mine.map((symbol) => [symbol.name, symbol.containerName, symbol.location.range.start.line]),
      [['Marieke Jansen', 'aandachtsfunctionaris · Kindercentrum De Zonnebloem', 34]],
    );
  });

  test('an empty protocol gets one problem, and its quick fix fills in a complete protocol', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'meldcode', content: '# Ons protocol\n' });
    await vscode.window.showTextDocument(document);
    const [empty] = await expectDiagnosticsOf(document.uri, document.getText());
    assert.equal(codeOf(empty), 'schema');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, empty.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Begin met een volledig protocol voor de sector sport');
    assert.ok(fix?.edit, `among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^# Ons protocol\n# /);
    assert.match(document.getText(), /\n  sector: sport\n/);
    await expectDiagnosticsOf(document.uri, document.getText());
    assert.equal(meldcodeDiagnostics(document.uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length, 0);
  });

  test('"New protocol" opens an unsaved complete protocol for the sector', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('meldcode.newProtocol', 'jeugdhulp');
    assert.equal(uri.scheme, 'untitled');
    assert.match(uri.path, /\/meldcode-jeugdhulp(-\d+)?\.meldcode\.yaml$/);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    assert.ok(document);
    assert.equal(document.languageId, 'meldcode');
    const today = new Date();
    const pad = (n: number): string => String(n).padStart(2, '0');
    const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    assert.equal(document.getText(), protocolSkeleton('jeugdhulp', 'nl', { format: 'plain', today: date }));
    await expectDiagnosticsOf(document.uri, document.getText());
    assert.equal(meldcodeDiagnostics(document.uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length, 0);
  });

  test('"Validate workspace" checks the protocol files on disk', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const files = await vscode.workspace.findFiles('**/*.meldcode.{yaml,yml}');
    const result = await vscode.commands.executeCommand<{ checkedFromDisk: number }>('meldcode.validateWorkspace');
    // Files open in the editor are checked as they change; the command reads the others from disk.
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    assert.equal(result.checkedFromDisk, files.filter((file) => !open.has(file.toString())).length);
    const flawed = files.find((file) => file.path.endsWith('/flawed/verouderde-termen.meldcode.yaml'));
    assert.ok(flawed);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(flawed));
    await expectDiagnosticsOf(flawed, text);
  });
});
