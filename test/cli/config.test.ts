import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, fixtures, runCli, temporaryFolder } from './helpers';

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; level: string; line: number }>;
}

const levels = (stdout: string): string[][] =>
  (JSON.parse(stdout) as JsonFile[]).map((file) => file.messages.map((message) => `${message.level} ${message.ruleId}`));

/**
 * What warnings.meldcode.yaml reports with the default settings. It is a sports club's protocol:
 * the Wet verplichte meldcode does not bind sport, so training-missing is one level lower, info.
 */
const DEFAULT_LEVELS = ['info training-missing', 'warning officer-deputy-missing', 'warning phone-invalid', 'warning step-responsible-missing'];

describe('meldcode-lint configuration', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('uses the defaults without a configuration file', () => {
    assert.deepEqual(levels(runCli(['--format', 'json', 'warnings.meldcode.yaml']).stdout), [DEFAULT_LEVELS]);
  });

  it('finds .meldcoderc.yml in the protocol\'s folder and applies its severities', () => {
    const run = runCli(['--format', 'json', 'configured/protocol.meldcode.yaml']);
    assert.deepEqual(levels(run.stdout), [['error training-missing', 'info phone-invalid', 'warning step-responsible-missing']]);
    assert.equal(run.status, 1, 'a rule raised to error fails the run');
    assert.equal(run.stderr, '');
  });

  it('walks up from the protocol\'s folder, and the nearest configuration wins', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['a/b/c/warnings.meldcode.yaml', 'a/d/warnings.meldcode.yaml', 'a/b/c/e/warnings.meldcode.yaml']);
    fs.writeFileSync(path.join(root, 'a', '.meldcoderc.yaml'), 'rules:\n  training-missing: off\n');
    fs.writeFileSync(path.join(root, 'a', 'b', 'c', 'e', '.meldcoderc.yaml'), 'rules:\n  phone-invalid: off\n');
    const run = runCli(['--format', 'json', 'a'], { cwd: root });
    const byFile = (JSON.parse(run.stdout) as JsonFile[]).map((file) => [
      path.relative(root, file.filePath),
      file.messages.map((message) => message.ruleId),
    ]);
    assert.deepEqual(byFile, [
      ['a/b/c/e/warnings.meldcode.yaml', ['training-missing', 'officer-deputy-missing', 'step-responsible-missing']],
      ['a/b/c/warnings.meldcode.yaml', ['officer-deputy-missing', 'phone-invalid', 'step-responsible-missing']],
      ['a/d/warnings.meldcode.yaml', ['officer-deputy-missing', 'phone-invalid', 'step-responsible-missing']],
    ]);
  });

  it('prefers .meldcoderc.yaml over .meldcoderc.yml in the same folder', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['warnings.meldcode.yaml']);
    fs.writeFileSync(path.join(root, '.meldcoderc.yaml'), 'rules:\n  training-missing: off\n');
    fs.writeFileSync(path.join(root, '.meldcoderc.yml'), 'rules:\n  phone-invalid: off\n');
    assert.deepEqual(levels(runCli(['--format', 'json', 'warnings.meldcode.yaml'], { cwd: root }).stdout), [
      ['warning officer-deputy-missing', 'warning phone-invalid', 'warning step-responsible-missing'],
    ]);
  });

  it('with --config uses that file for every protocol instead of looking', () => {
    const root = temporaryFolder();
    const config = path.join(root, 'strict.yaml');
    fs.writeFileSync(config, 'rules:\n  step-responsible-missing: error\n');
    const run = runCli(['--format', 'json', '--config', config, 'configured/protocol.meldcode.yaml', 'warnings.meldcode.yaml']);
    assert.equal(run.status, 1);
    assert.deepEqual(levels(run.stdout), [
      ['info training-missing', 'warning officer-deputy-missing', 'warning phone-invalid', 'error step-responsible-missing'],
      ['info training-missing', 'warning officer-deputy-missing', 'warning phone-invalid', 'error step-responsible-missing'],
    ]);
  });

  it('passes max-file-size to the check', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['clean.meldcode.yaml']);
    fs.writeFileSync(path.join(root, '.meldcoderc.yaml'), 'max-file-size: 100\n');
    const run = runCli(['--format', 'json', '--locale', 'en', 'clean.meldcode.yaml'], { cwd: root });
    assert.equal(run.status, 1);
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string; line: number }> }>)[0].messages;
    assert.deepEqual(
      messages.filter((message) => message.ruleId === 'yaml-syntax').map((message) => [message.line, /^The file is larger than .* and is not checked/.test(message.message)]),
      [[1, true]],
    );
  });

  it('reports a configuration that is not valid YAML with file and line, then uses the defaults', () => {
    const run = runCli(['--format', 'json', '--locale', 'en', 'broken-config']);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, 'meldcode-lint: broken-config/.meldcoderc.yaml:4: The configuration is not valid YAML (BAD_INDENT); the defaults are used.\n');
    // The file means to switch officer-deputy-missing off; as it cannot be read, the default stands.
    assert.deepEqual(levels(run.stdout), [DEFAULT_LEVELS]);
    const dutch = runCli(['--format', 'json', '--locale', 'nl', 'broken-config']);
    assert.equal(dutch.stderr, 'meldcode-lint: broken-config/.meldcoderc.yaml:4: De configuratie is geen geldige YAML (BAD_INDENT); de standaardinstellingen worden gebruikt.\n');
  });

  it('reports each mistake in a configuration once, with its line, and applies the rest', () => {
    const run = runCli(['--format', 'json', '--locale', 'en', 'config-with-mistakes', path.join(fixtures, 'config-with-mistakes', 'protocol.meldcode.yaml')]);
    assert.equal(run.status, 0);
    assert.equal(
      run.stderr,
      [
        'meldcode-lint: config-with-mistakes/.meldcoderc.yaml:4: Invalid setting "sometimes" for rule "phone-invalid": use off, info, warning or error.',
        'meldcode-lint: config-with-mistakes/.meldcoderc.yaml:5: Unknown rule "no-such-rule" in the configuration.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(levels(run.stdout), [['info training-missing', 'warning phone-invalid', 'warning step-responsible-missing']]);
  });

  it('reports a configuration found on the way up that cannot be read, and uses the defaults', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['warnings.meldcode.yaml']);
    fs.mkdirSync(path.join(root, '.meldcoderc.yaml'));
    const run = runCli(['--format', 'json', '--locale', 'en', 'warnings.meldcode.yaml'], { cwd: root });
    assert.equal(run.status, 0);
    assert.equal(
      run.stderr,
      "meldcode-lint: The configuration file '.meldcoderc.yaml' cannot be read: this is a folder, not a file (EISDIR); the defaults are used.\n",
    );
    assert.deepEqual(levels(run.stdout), [DEFAULT_LEVELS]);
  });
});
