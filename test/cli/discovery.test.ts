import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, placeFixture, readFixture, runCli, temporaryFolder } from './helpers';

const filesIn = (stdout: string, root: string): string[] =>
  (JSON.parse(stdout) as Array<{ filePath: string }>).map((file) => path.relative(root, file.filePath));

describe('meldcode-lint file discovery', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('searches folders for *.meldcode.yaml and *.meldcode.yml, skipping node_modules and .git', () => {
    const root = temporaryFolder();
    for (const place of [
      'protocollen/school.meldcode.yaml',
      'protocollen/sport/clean.meldcode.yml',
      'protocollen/node_modules/pakket/clean.meldcode.yaml',
      'protocollen/.git/clean.meldcode.yaml',
      'protocollen/sport/node_modules/clean.meldcode.yaml',
      'protocollen/gewoon.yaml',
      'protocollen/clean.meldcode.yaml.bak',
      'protocollen/clean.MELDCODE.txt',
    ]) {
      placeFixture(root, place, 'clean.meldcode.yaml');
    }
    const run = runCli(['--format', 'json', 'protocollen'], { cwd: root });
    assert.equal(run.status, 0);
    assert.deepEqual(filesIn(run.stdout, root), ['protocollen/school.meldcode.yaml', 'protocollen/sport/clean.meldcode.yml']);
  });

  it('checks a file named on the command line whatever its name, and each file once', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['map/clean.meldcode.yaml']);
    placeFixture(root, 'protocol.yaml', 'errors.meldcode.yaml');
    const run = runCli(['--format', 'json', 'protocol.yaml', 'map', 'map/clean.meldcode.yaml', './map'], { cwd: root });
    assert.equal(run.status, 1);
    assert.deepEqual(filesIn(run.stdout, root), ['map/clean.meldcode.yaml', 'protocol.yaml']);
  });

  it('does not follow a symbolic link that loops back, and says so', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['boom/clean.meldcode.yaml', 'boom/tak/errors.meldcode.yaml']);
    fs.symlinkSync('..', path.join(root, 'boom', 'tak', 'terug'));
    fs.symlinkSync('.', path.join(root, 'boom', 'hier'));
    fs.symlinkSync('zelf', path.join(root, 'boom', 'zelf'));
    const run = runCli(['--format', 'json', '--locale', 'en', 'boom'], { cwd: root, timeout: 10000 });
    assert.equal(run.status, 1);
    assert.deepEqual(filesIn(run.stdout, root), ['boom/clean.meldcode.yaml', 'boom/tak/errors.meldcode.yaml']);
    assert.equal(
      run.stderr,
      [
        "meldcode-lint: The symbolic link 'boom/zelf' refers to itself (a loop) and was skipped.",
        "meldcode-lint: The symbolic link 'boom/hier' points to a folder above it (a loop) and was skipped.",
        "meldcode-lint: The symbolic link 'boom/tak/terug' points to a folder above it (a loop) and was skipped.",
        '',
      ].join('\n'),
    );
  });

  it('follows a symbolic link to a folder elsewhere, once', () => {
    const root = temporaryFolder();
    copyFixtures(root, ['elders/clean.meldcode.yaml', 'werk/warnings.meldcode.yaml']);
    fs.symlinkSync(path.join(root, 'elders'), path.join(root, 'werk', 'gedeeld'));
    fs.symlinkSync(path.join(root, 'elders'), path.join(root, 'werk', 'nogmaals'));
    const run = runCli(['--format', 'json', 'werk'], { cwd: root });
    assert.deepEqual(filesIn(run.stdout, root), ['werk/gedeeld/clean.meldcode.yaml', 'werk/warnings.meldcode.yaml']);
    assert.equal(run.stderr, '');
  });

  it('gives the same report, in path order, when many files are spread over worker threads', () => {
    const root = temporaryFolder();
    const texts = [readFixture('clean.meldcode.yaml'), readFixture('errors.meldcode.yaml'), readFixture('warnings.meldcode.yaml'), readFixture('outdated.meldcode.yaml')];
    // 100 files: enough for the worker threads (from 64 on); each half alone is checked on one thread.
    for (let i = 0; i < 100; i++) {
      const half = i % 2 === 0 ? 'even' : 'oneven';
      fs.mkdirSync(path.join(root, half), { recursive: true });
      fs.writeFileSync(path.join(root, half, `p${String(i).padStart(3, '0')}.meldcode.yaml`), texts[i % texts.length]);
    }
    const together = runCli(['--format', 'json', 'oneven', 'even'], { cwd: root });
    const even = runCli(['--format', 'json', 'even'], { cwd: root });
    const odd = runCli(['--format', 'json', 'oneven'], { cwd: root });
    assert.equal(together.status, 1);
    const all = JSON.parse(together.stdout) as Array<{ filePath: string }>;
    assert.equal(all.length, 100);
    assert.deepEqual(all, [...(JSON.parse(even.stdout) as unknown[]), ...(JSON.parse(odd.stdout) as unknown[])]);
    const names = all.map((file) => path.relative(root, file.filePath));
    assert.deepEqual(names, [...names].sort());
  });
});
