import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtures, readFixture, repoRoot, temporaryFolder } from './helpers';

/**
 * Runs the built command line on a pseudo-terminal (util-linux `script`), as a person at a
 * terminal does: both standard output and standard error are then terminals.
 */
function runOnTerminal(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): { status: number | null; screen: string } {
  const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, path.join(repoRoot, 'bin', 'meldcode-lint.js'), ...args].map(quote).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete env[name];
  Object.assign(env, options.env);
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: options.cwd, env, encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  // The terminal turns each line end into CR LF.
  return { status: result.status, screen: result.stdout.replace(/\r\n/g, '\n') };
}

describe('meldcode-lint on a terminal', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('colours the stylish report', () => {
    const { status, screen } = runOnTerminal(['errors.meldcode.yaml'], { cwd: fixtures });
    assert.equal(status, 1);
    assert.ok(screen.startsWith('\u001b[4merrors.meldcode.yaml\u001b[0m\n'), JSON.stringify(screen.slice(0, 60)));
    assert.ok(screen.includes('\n  \u001b[2m28:15\u001b[0m  \u001b[31merror  \u001b[0m  "bakkr" is not an attention officer'), JSON.stringify(screen));
    // A sports club: a missing step is the basismodel's advice, a warning (docs/rules/README.md).
    assert.ok(screen.includes('\n  \u001b[2m24:1 \u001b[0m  \u001b[33mwarning\u001b[0m  Step 5 (decide) is missing'), JSON.stringify(screen));
    assert.ok(screen.includes('\u001b[33mwarning\u001b[0m'));
    assert.ok(screen.includes('\u001b[36minfo   \u001b[0m'));
    assert.ok(screen.endsWith('\u001b[1m\u001b[31m✖ 1 file checked, 1 error, 2 warnings, 2 info messages\u001b[0m\u001b[0m\n'), JSON.stringify(screen.slice(-80)));
  });

  it('does not colour when NO_COLOR is set', () => {
    const { screen } = runOnTerminal(['errors.meldcode.yaml'], { cwd: fixtures, env: { NO_COLOR: '1' } });
    assert.doesNotMatch(screen, /\u001b\[/);
    assert.match(screen, /^errors\.meldcode\.yaml\n {3}8:9 {3}info {5}Attention officer "bakker"/);
  });

  it('does not colour a report written to a file', () => {
    const folder = temporaryFolder();
    const report = path.join(folder, 'report.txt');
    runOnTerminal(['-o', report, path.join(fixtures, 'errors.meldcode.yaml')], { cwd: folder });
    const text = fs.readFileSync(report, 'utf8');
    assert.match(text, /✖ 1 file checked, 1 error, 2 warnings, 2 info messages/);
    assert.doesNotMatch(text, /\u001b\[/);
  });

  it('shows progress for many files, and clears it before the report', () => {
    const folder = temporaryFolder();
    const text = readFixture('clean.meldcode.yaml');
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(folder, `p${String(i).padStart(3, '0')}.meldcode.yaml`), text);
    const { status, screen } = runOnTerminal(['--locale', 'nl', '.'], { cwd: folder });
    assert.equal(status, 0);
    assert.ok(screen.includes('\r\u001b[K200 van 200 bestanden gecontroleerd\r\u001b[K'), JSON.stringify(screen));
    assert.ok(screen.endsWith('\r\u001b[K\u001b[32m✔ 200 bestanden gecontroleerd: geen problemen.\u001b[0m\n'), JSON.stringify(screen.slice(-120)));
  });

  it('shows no progress for a few files', () => {
    const { screen } = runOnTerminal(['clean.meldcode.yaml'], { cwd: fixtures });
    assert.equal(screen, '\u001b[32m✔ 1 file checked: no problems.\u001b[0m\n');
  });
});
