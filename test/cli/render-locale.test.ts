import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, runCli, temporaryFolder } from './helpers';

/** `meldcode-lint render` speaks the language of the rest of the command line: --locale, else LANG. */
describe('meldcode-lint render: the language of its messages', function () {
  // Each test starts the command line several times; a busy machine makes that slow.
  this.timeout(120000);

  let folder: string;
  beforeEach(() => {
    folder = temporaryFolder('meldcode-render-locale-');
    copyFixtures(folder, ['clean.meldcode.yaml']);
  });

  const htmlLanguage = (file: string): string | undefined => /<html lang="(\w+)">/.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[1];

  it('follows LANG without --locale, like the checks; the document stays Dutch', () => {
    const dutch = runCli(['render', 'clean.meldcode.yaml', '-o', 'nl.html'], { cwd: folder, env: { LANG: 'nl_NL.UTF-8' } });
    assert.deepEqual(dutch, { status: 0, stdout: '', stderr: "meldcode-lint render: routekaart van 'clean.meldcode.yaml' geschreven naar 'nl.html'.\n" });
    const english = runCli(['render', 'clean.meldcode.yaml', '-o', 'en.html'], { cwd: folder, env: { LANG: 'en_GB.UTF-8' } });
    assert.deepEqual(english, { status: 0, stdout: '', stderr: "meldcode-lint render: route map of 'clean.meldcode.yaml' written to 'en.html'.\n" });
    assert.equal(htmlLanguage('nl.html'), 'nl');
    assert.equal(htmlLanguage('en.html'), 'nl');
  });

  it('takes --locale over LANG, for the messages and the document alike', () => {
    const english = runCli(['render', '--locale', 'en', 'clean.meldcode.yaml', '-o', 'en.html'], { cwd: folder, env: { LC_ALL: 'nl_NL.UTF-8' } });
    assert.equal(english.stderr, "meldcode-lint render: route map of 'clean.meldcode.yaml' written to 'en.html'.\n");
    assert.equal(htmlLanguage('en.html'), 'en');
    const dutch = runCli(['render', '--locale', 'nl', 'clean.meldcode.yaml', '-o', 'nl.html'], { cwd: folder, env: { LANG: 'en_US.UTF-8' } });
    assert.equal(dutch.stderr, "meldcode-lint render: routekaart van 'clean.meldcode.yaml' geschreven naar 'nl.html'.\n");
    assert.equal(htmlLanguage('nl.html'), 'nl');
  });

  it('reports a usage error in the language of LANG, with exit code 2', () => {
    const dutch = runCli(['render'], { cwd: folder, env: { LANG: 'nl_BE.UTF-8' } });
    assert.deepEqual(dutch, {
      status: 2,
      stdout: '',
      stderr: "meldcode-lint render: Geef precies één protocolbestand op, bijvoorbeeld 'meldcode-lint render protocol.meldcode.yaml -o routekaart.html'.\n",
    });
    const english = runCli(['render', '--unknown'], { cwd: folder, env: { LANG: 'C.UTF-8' } });
    assert.equal(english.status, 2);
    assert.match(english.stderr, /^meldcode-lint render: Unknown option '--unknown'/);
  });
});
