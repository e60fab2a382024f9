/**
 * What --fix must not write: a file outside the folders named on the command line (reached
 * through a symbolic link), a symbolic link found in a folder, a read-only file (even for
 * the superuser, for whom the permission bits do not stop a write), a file with more than
 * one name (hard links). Each is checked as it is, named on stderr, and the run exits 2;
 * the other files are fixed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFixture, runCli, temporaryFolder } from './helpers';

const outdated = readFixture('outdated.meldcode.yaml');

/** A folder `tree` (what the user checks) beside a folder `outside`, in a fresh temporary folder. */
function layout(): { root: string; tree: string; outside: string } {
  const root = temporaryFolder('meldcode-fix-');
  const tree = path.join(root, 'tree');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(tree);
  fs.mkdirSync(outside);
  return { root, tree, outside };
}

describe('meldcode-lint --fix leaves alone what it must not write', function () {
  this.timeout(120000);

  it('a symbolic link named like a protocol that points outside the tree: the target is not rewritten', () => {
    const { root, tree, outside } = layout();
    const victim = path.join(outside, 'victim.bashrc');
    fs.writeFileSync(victim, outdated);
    fs.symlinkSync(path.join('..', 'outside', 'victim.bashrc'), path.join(tree, 'victim.meldcode.yaml'));
    fs.writeFileSync(path.join(tree, 'gewoon.meldcode.yaml'), outdated);

    const run = runCli(['--fix', '--format', 'json', '--locale', 'en', 'tree'], { cwd: root });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(fs.readFileSync(victim, 'utf8'), outdated, 'the file outside the tree is unchanged');
    assert.ok(fs.lstatSync(path.join(tree, 'victim.meldcode.yaml')).isSymbolicLink());
    assert.notEqual(fs.readFileSync(path.join(tree, 'gewoon.meldcode.yaml'), 'utf8'), outdated, 'the regular file is fixed');
    assert.equal(
      run.stderr,
      "meldcode-lint: The fixes to 'tree/victim.meldcode.yaml' could not be written: it is a symbolic link in a folder, and --fix only writes regular files; " +
        'name the file it points to in order to fix that (ESYMLINK); the file is unchanged.\n' +
        'meldcode-lint: 3 fixes applied in 1 file.\n',
    );
    // The link was still checked: its findings are in the report, as they are.
    const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const link = report.find((file) => file.filePath.endsWith('victim.meldcode.yaml'));
    assert.ok(link?.messages.some((m) => m.ruleId === 'term-outdated'));
  });

  it('a folder linked from inside the tree to outside it: its protocols are checked, not fixed', () => {
    const { root, tree, outside } = layout();
    fs.writeFileSync(path.join(outside, 'elders.meldcode.yaml'), outdated);
    fs.symlinkSync(path.join('..', 'outside'), path.join(tree, 'gekoppeld'));
    const run = runCli(['--fix', '--format', 'json', '--locale', 'en', 'tree'], { cwd: root });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(fs.readFileSync(path.join(outside, 'elders.meldcode.yaml'), 'utf8'), outdated);
    assert.equal(
      run.stderr,
      "meldcode-lint: The fixes to 'tree/gekoppeld/elders.meldcode.yaml' could not be written: it lies (through a symbolic link) outside the folders " +
        'named on the command line (EOUTSIDE); the file is unchanged.\n',
    );
  });

  it('a symbolic link named on the command line is followed only to a file in its own folder', () => {
    const { root, tree, outside } = layout();
    fs.writeFileSync(path.join(outside, 'doel.meldcode.yaml'), outdated);
    fs.symlinkSync(path.join('..', 'outside', 'doel.meldcode.yaml'), path.join(tree, 'naar-buiten.meldcode.yaml'));
    const run = runCli(['--fix', '--locale', 'en', 'tree/naar-buiten.meldcode.yaml'], { cwd: root });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /^meldcode-lint: The fixes to 'tree\/naar-buiten\.meldcode\.yaml' could not be written: .* \(EOUTSIDE\); the file is unchanged\.\n$/);
    assert.equal(fs.readFileSync(path.join(outside, 'doel.meldcode.yaml'), 'utf8'), outdated);
  });

  it('a read-only file (mode 0444): left alone with a message, even for the superuser', () => {
    const { tree } = layout();
    const file = path.join(tree, 'alleen-lezen.meldcode.yaml');
    fs.writeFileSync(file, outdated);
    fs.chmodSync(file, 0o444);
    fs.writeFileSync(path.join(tree, 'gewoon.meldcode.yaml'), outdated);
    const inode = fs.statSync(file).ino;

    const run = runCli(['--fix', '--locale', 'en', '.'], { cwd: tree });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), outdated);
    assert.equal(fs.statSync(file).ino, inode, 'not replaced by a new file either');
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    assert.equal(
      run.stderr,
      "meldcode-lint: The fixes to 'alleen-lezen.meldcode.yaml' could not be written: the file is read-only (EREADONLY); the file is unchanged.\n" +
        'meldcode-lint: 3 fixes applied in 1 file.\n',
    );
    const dutch = runCli(['--fix', '--locale', 'nl', 'alleen-lezen.meldcode.yaml'], { cwd: tree });
    assert.equal(dutch.status, 2);
    assert.match(dutch.stderr, /^meldcode-lint: De correcties in 'alleen-lezen\.meldcode\.yaml' konden niet worden weggeschreven: het bestand is alleen-lezen \(EREADONLY\); het bestand is ongewijzigd\.\n$/);
  });

  it('a file with a second name (hard link): refused, so that both names keep the same text', () => {
    const { root, tree, outside } = layout();
    const file = path.join(tree, 'gedeeld.meldcode.yaml');
    fs.writeFileSync(file, outdated);
    fs.linkSync(file, path.join(outside, 'andere-naam.yaml'));
    const run = runCli(['--fix', '--locale', 'en', 'tree'], { cwd: root });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(
      run.stderr,
      "meldcode-lint: The fixes to 'tree/gedeeld.meldcode.yaml' could not be written: the file has more than one name (hard links), " +
        'which --fix would separate; fix it in an editor (EHARDLINK); the file is unchanged.\n',
    );
    assert.equal(fs.readFileSync(file, 'utf8'), outdated);
    assert.equal(fs.statSync(file).nlink, 2, 'still one file with two names');
    assert.equal(fs.statSync(file).ino, fs.statSync(path.join(outside, 'andere-naam.yaml')).ino);
  });

  it('a file with nothing to fix is not mentioned, whatever it is', () => {
    const { tree } = layout();
    const file = path.join(tree, 'schoon.meldcode.yaml');
    fs.writeFileSync(file, outdated);
    // Fixed once while it could be written: after that nothing is left to fix.
    runCli(['--fix', 'schoon.meldcode.yaml'], { cwd: tree });
    assert.notEqual(fs.readFileSync(file, 'utf8'), outdated);
    fs.chmodSync(file, 0o444);
    fs.linkSync(file, path.join(tree, 'tweede-naam.txt'));
    const run = runCli(['--fix', '--format', 'json', '.'], { cwd: tree });
    assert.equal(run.stderr, '');
    assert.notEqual(run.status, 2);
  });
});
