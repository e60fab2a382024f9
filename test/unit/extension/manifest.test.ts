/**
 * The extension manifest and what it points at, as a user of the installed extension meets
 * them: settings and commands with titles in English and Dutch, runtime messages translated,
 * snippets and rule settings in step with the engine, and a .vsix holding only what it needs.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildRuleSettings, snippetsFileText } from '../../../client/src/contributions';
import { ruleIds, validateText } from '../../../server/src/engine';
import { SERVER_COMMANDS } from '../../../server/src/features/commands';
import { SECTORS } from '../../../server/src/knowledge';
import { withYearTransforms } from '../../helpers/snippet-transform';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (relative: string): string => fs.readFileSync(path.join(ROOT, relative), 'utf8');
const readJson = <T>(relative: string): T => JSON.parse(read(relative)) as T;

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: unknown };
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
    snippets: { language: string; path: string }[];
    grammars: { path: string; scopeName: string }[];
    languages: { id: string; configuration: string; extensions: string[] }[];
    yamlValidation: { fileMatch: string[]; url: string }[];
    walkthroughs: { steps: { media: { image?: string; markdown?: string }; completionEvents?: string[] }[] }[];
  };
}

const manifest = readJson<Manifest>('package.json');
const nlsEn = readJson<Record<string, string>>('package.nls.json');
const nlsNl = readJson<Record<string, string>>('package.nls.nl.json');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The first argument of every localize(...) call in the extension's sources (client/src/locale.ts). */
function runtimeMessages(): Set<string> {
  const messages = new Set<string>();
  for (const file of sourceFiles('client/src')) {
    for (const match of read(file).matchAll(/\blocalize\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) {
      messages.add(JSON.parse(`"${(match[2] ?? '').replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
    }
  }
  return messages;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
}

describe('extension manifest', () => {
  it('names every manifest text in English and Dutch, and nothing else', () => {
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!));
    assert.deepEqual([...used].filter((key) => !(key in nlsEn)), [], 'missing in package.nls.json');
    assert.deepEqual([...used].filter((key) => !(key in nlsNl)), [], 'missing in package.nls.nl.json');
    assert.deepEqual(Object.keys(nlsEn).filter((key) => !used.has(key)), [], 'unused in package.nls.json');
    assert.deepEqual(Object.keys(nlsNl).sort(), Object.keys(nlsEn).sort());
    for (const key of used) assert.notEqual(nlsNl[key], '', key);
  });

  it('has a Dutch text for every manifest text of package.nls.json, not the English one copied', () => {
    assert.deepEqual(Object.keys(nlsEn).filter((key) => !(key in nlsNl)), [], 'missing in package.nls.nl.json');
    assert.deepEqual(Object.keys(nlsEn).filter((key) => nlsNl[key]?.trim() === nlsEn[key]?.trim()), [], 'the same in English and Dutch');
  });

  it('shows run-time texts through localize(), which follows meldcode.locale, never through vscode.l10n.t', () => {
    const direct = sourceFiles('client/src').filter((file) => /\bvscode\.l10n\.t\(/.test(read(file)));
    assert.deepEqual(direct, [], 'vscode.l10n.t follows only the display language: use localize() from client/src/locale.ts');
  });

  it('translates every runtime message of the extension into Dutch, keeping its placeholders', () => {
    const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.nl.json');
    const messages = runtimeMessages();
    assert.ok(messages.has('Pick the sector of your organisation'), 'the extraction finds the messages');
    assert.deepEqual([...messages].filter((message) => !(message in bundle)), [], 'untranslated');
    assert.deepEqual(Object.keys(bundle).filter((message) => !messages.has(message)), [], 'no longer used');
    for (const [message, translation] of Object.entries(bundle)) {
      assert.deepEqual(placeholders(translation), placeholders(message), message);
    }
  });

  it('registers every command it contributes, in the extension or in the language server', () => {
    const registered = new Set<string>(SERVER_COMMANDS);
    for (const file of sourceFiles('client/src')) {
      for (const match of read(file).matchAll(/'(meldcode\.[A-Za-z]+)'/g)) registered.add(match[1]!);
    }
    const contributed = manifest.contributes.commands.map((command) => command.command);
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
    assert.ok(contributed.includes('meldcode.newProtocol') && contributed.includes('meldcode.validateWorkspace'));
  });

  it('works in untrusted workspaces and says what a virtual workspace lacks', () => {
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.deepEqual(manifest.capabilities.virtualWorkspaces, { supported: 'limited', description: '%capabilities.virtualWorkspaces%' });
  });

  it('points at files that exist: grammar, language configuration, snippets, schema, walkthrough media, icon', () => {
    const files = [
      manifest.icon,
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.languages.map((language) => language.configuration),
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
      ...manifest.contributes.yamlValidation.map((validation) => validation.url),
      ...manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.map((step) => step.media.image ?? step.media.markdown ?? '')),
    ];
    for (const file of files) assert.ok(fs.existsSync(path.join(ROOT, file)), file);
    const grammar = readJson<{ scopeName: string; patterns: { include: string }[] }>(manifest.contributes.grammars[0]!.path);
    assert.equal(grammar.scopeName, manifest.contributes.grammars[0]!.scopeName);
    assert.ok(grammar.patterns.some((pattern) => pattern.include === 'source.yaml'), 'YAML highlighting');
    assert.deepEqual(manifest.contributes.languages[0]!.extensions, ['.meldcode.yaml', '.meldcode.yml']);
  });

  it('contributes only the whole-protocol snippets, for a new file, with no text in two languages', () => {
    // VS Code offers a contributed snippet at every position; steps, officers, contact points and
    // sections come from the language server where they fit, in the user's language.
    const snippets = readJson<Record<string, { prefix: string; description?: string; isFileTemplate?: boolean }>>('snippets/meldcode.code-snippets');
    assert.deepEqual(
      Object.entries(snippets).map(([name, snippet]) => [name, snippet.prefix, snippet.description, snippet.isFileTemplate]),
      SECTORS.map((sector) => [`Protocol ${sector.value}`, `meldcode-protocol-${sector.value}`, undefined, true]),
    );
  });

  it('offers a severity setting for every rule of the engine, generated from it', () => {
    const properties = manifest.contributes.configuration.properties['meldcode.rules']?.properties ?? {};
    assert.deepEqual(Object.keys(properties).sort(), [...ruleIds].sort());
    assert.deepEqual(properties, buildRuleSettings().properties, 'run npm run generate');
    for (const [key, text] of Object.entries(buildRuleSettings().nls.nl)) assert.equal(nlsNl[key], text, key);
  });

  it('ships the snippets generated from the knowledge base', () => {
    assert.equal(read('snippets/meldcode.code-snippets'), snippetsFileText(), 'run npm run generate');
  });

  it('has a protocol snippet per sector that, with its defaults, the checks accept without errors', () => {
    const snippets = readJson<Record<string, { prefix: string; body: string[] }>>('snippets/meldcode.code-snippets');
    for (const sector of SECTORS) {
      const snippet = Object.values(snippets).find((candidate) => candidate.prefix === `meldcode-protocol-${sector.value}`);
      assert.ok(snippet, sector.value);
      // What VS Code inserts when every tab stop keeps its default, on 15 March 2031.
      const text = withYearTransforms(snippet.body.join('\n'), '2031')
        .replace(/\$CURRENT_YEAR/g, '2031')
        .replace(/\$CURRENT_MONTH/g, '03')
        .replace(/\$CURRENT_DATE/g, '15')
        .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1')
        .replace(/\\([$}\\])/g, '$1');
      assert.ok(text.includes(`sector: ${sector.value}`));
      // Reviewed a year after adoption, as the "New protocol" command writes it.
      assert.ok(text.includes('  vastgesteld: 2031-03-15\n  herzien-voor: 2032-03-15\n'), sector.value);
      const errors = validateText(text, { today: '2031-03-15' }).filter((finding) => finding.severity === 'error');
      assert.deepEqual(errors.map((finding) => `${finding.ruleId}: ${finding.message.en}`), [], sector.value);
    }
  });

  it('packs only the bundles, data files, pictures and documents into the .vsix', function () {
    this.timeout(60_000);
    if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js')) || !fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
      assert.fail('dist/extension.js and dist/server.js are built by npm run build');
    }
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .sort();
    assert.deepEqual(listed, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/server.js',
      // Word import and export, loaded on first use.
      'dist/word.js',
      'images/icon.png',
      'images/screenshot-problems.png',
      'images/walkthrough-import.png',
      'images/walkthrough-new-protocol.png',
      'images/walkthrough-problems.png',
      'images/walkthrough-routemap.png',
      'l10n/bundle.l10n.nl.json',
      'language-configuration.json',
      'package.json',
      'package.nls.json',
      'package.nls.nl.json',
      'schemas/meldcode-protocol.schema.json',
      'snippets/meldcode.code-snippets',
      'syntaxes/meldcode.tmLanguage.json',
      'walkthrough/ci.md',
      // The rule documentation, opened offline from a diagnostic's link.
      ...fs.readdirSync(path.join(ROOT, 'docs', 'rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`),
    ].sort());
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('packs the validator and the language server, with their launchers, into the npm package', function () {
    this.timeout(60_000);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const packed = JSON.parse(output) as { files: { path: string }[] }[];
    assert.deepEqual(packed[0]!.files.map((file) => file.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/meldcode-language-server.js',
      'bin/meldcode-lint.js',
      'dist/cli.js',
      'dist/server.js',
      'package.json',
      'schemas/meldcode-protocol.schema.json',
    ]);
  });
});
