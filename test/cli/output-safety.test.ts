/**
 * Where the output goes: never onto a file the run reads (the protocol, its configuration),
 * under whatever name; and an output that cannot be written is an I/O error (exit 2 with a
 * message), not a crash that reads as "findings" (exit 1).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, repoRoot, runCli, temporaryFolder } from './helpers';

const bin = path.join(repoRoot, 'bin', 'meldcode-lint.js');
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

/** A folder with a protocol and what its bytes were. */
function protocolFolder(): { folder: string; file: string; before: Buffer } {
  const folder = temporaryFolder();
  copyFixtures(folder, ['clean.meldcode.yaml']);
  const file = path.join(folder, 'clean.meldcode.yaml');
  return { folder, file, before: fs.readFileSync(file) };
}

describe('meldcode-lint output safety', function () {
  this.timeout(60000);

  describe('the output is never an input', () => {
    it('refuses -o naming the protocol itself (exit 2), and leaves it alone', () => {
      const { folder, file, before } = protocolFolder();
      const run = runCli(['clean.meldcode.yaml', '-o', 'clean.meldcode.yaml', '--locale', 'en'], { cwd: folder });
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        "meldcode-lint: The output 'clean.meldcode.yaml' is the input file 'clean.meldcode.yaml' (or another name for it) and would replace it; choose another file.\n",
      );
      assert.deepEqual(fs.readFileSync(file), before);
    });

    it('refuses a hard link to a protocol found in a folder, a path through a linked folder, and a symbolic link', () => {
      const { folder, file, before } = protocolFolder();
      fs.mkdirSync(path.join(folder, 'rapporten'));
      fs.linkSync(file, path.join(folder, 'rapporten', 'rapport.json'));
      fs.symlinkSync('.', path.join(folder, 'hier'));
      fs.symlinkSync('clean.meldcode.yaml', path.join(folder, 'koppeling.txt'));
      for (const output of ['rapporten/rapport.json', 'hier/clean.meldcode.yaml', 'koppeling.txt', `${folder}/./clean.meldcode.yaml`]) {
        const run = runCli(['--format', 'json', '.', '-o', output, '--locale', 'en'], { cwd: folder });
        assert.equal(run.status, 2, `${output}: ${run.stderr}`);
        // (The link "hier" is also noted as a loop the folder walk skips.)
        assert.match(run.stderr, /^meldcode-lint: The output '.*' is the input file 'clean\.meldcode\.yaml' \(or another name for it\) and would replace it; choose another file\.$/m, output);
        assert.deepEqual(fs.readFileSync(file), before, output);
      }
    });

    it('refuses the configuration file as output', () => {
      const { folder } = protocolFolder();
      fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  step-missing: warning\n');
      const run = runCli(['clean.meldcode.yaml', '-o', '.meldcoderc.yaml', '--locale', 'nl'], { cwd: folder });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^meldcode-lint: De uitvoer '\.meldcoderc\.yaml' is het invoerbestand '\.meldcoderc\.yaml'/);
      assert.equal(fs.readFileSync(path.join(folder, '.meldcoderc.yaml'), 'utf8'), 'rules:\n  step-missing: warning\n');
    });

    it('still writes a report to a new file, or over an old report', () => {
      const { folder } = protocolFolder();
      fs.writeFileSync(path.join(folder, 'oud.json'), 'old');
      for (const output of ['nieuw/rapport.json', 'oud.json']) {
        const run = runCli(['--format', 'json', 'clean.meldcode.yaml', '-o', output], { cwd: folder });
        assert.equal(run.stderr, '', output);
        assert.ok(Array.isArray(JSON.parse(fs.readFileSync(path.join(folder, output), 'utf8'))), output);
      }
    });

    it('render: refuses the protocol under another name (hard link, linked folder) and its configuration', () => {
      const { folder, file, before } = protocolFolder();
      fs.mkdirSync(path.join(folder, 'd'));
      fs.linkSync(file, path.join(folder, 'd', 'kaart.html'));
      fs.symlinkSync('.', path.join(folder, 'hier'));
      for (const output of ['d/kaart.html', 'hier/clean.meldcode.yaml']) {
        const run = runCli(['render', 'clean.meldcode.yaml', '-o', output, '--locale', 'en'], { cwd: folder });
        assert.equal(run.status, 2, `${output}: ${run.stderr}`);
        assert.equal(run.stderr, `meldcode-lint render: The output '${output}' is the protocol itself; choose another file, for example routekaart.html.\n`);
        assert.deepEqual(fs.readFileSync(file), before, output);
      }
      fs.writeFileSync(path.join(folder, 'instellingen.yaml'), 'rules: {}\n');
      const config = runCli(['render', 'clean.meldcode.yaml', '--config', 'instellingen.yaml', '-o', 'instellingen.yaml', '--locale', 'en'], { cwd: folder });
      assert.equal(config.status, 2, config.stderr);
      assert.match(config.stderr, /is the input file '.*instellingen\.yaml' \(or another name for it\)/);
      assert.equal(fs.readFileSync(path.join(folder, 'instellingen.yaml'), 'utf8'), 'rules: {}\n');
    });
  });

  describe('an output that cannot be written', () => {
    // Every Linux system has /dev/full; without it these checks could not run, and must not pass untested.
    before(() => assert.ok(fs.existsSync('/dev/full'), 'these tests need /dev/full, where every write fails with ENOSPC'));

    /** Runs the command line with its standard output on /dev/full, where every write fails with ENOSPC. */
    function toDevFull(args: string[], cwd: string): { status: number | null; stderr: string } {
      const descriptor = fs.openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', descriptor, 'pipe'], encoding: 'utf8', timeout: 30000 });
        return { status: result.status, stderr: result.stderr };
      } finally {
        fs.closeSync(descriptor);
      }
    }

    it('standard output on a full disk: exit 2 and a message, not an uncaught ENOSPC with exit 1', function () {
      const { folder } = protocolFolder();
      for (const [args, prefix] of [
        [['clean.meldcode.yaml', '--locale', 'en'], 'meldcode-lint'],
        [['--format', 'sarif', 'clean.meldcode.yaml', '--locale', 'en'], 'meldcode-lint'],
        [['render', 'clean.meldcode.yaml', '--locale', 'en'], 'meldcode-lint'],
        [['--help', '--locale', 'en'], 'meldcode-lint'],
      ] as const) {
        const run = toDevFull([...args], folder);
        assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.equal(run.stderr, `${prefix}: The output cannot be written to standard output: the disk is full (ENOSPC).\n`, args.join(' '));
        assert.doesNotMatch(run.stderr, STACK_TRACE);
      }
      const dutch = toDevFull(['clean.meldcode.yaml', '--locale', 'nl'], folder);
      assert.equal(dutch.stderr, 'meldcode-lint: De uitvoer kan niet naar de standaarduitvoer geschreven worden: de schijf is vol (ENOSPC).\n');
    });

    it('--output on a full disk or in a place that cannot be written: exit 2 and a message', function () {
      const { folder } = protocolFolder();
      fs.writeFileSync(path.join(folder, 'bestand'), '');
      const cases: Array<[string[], RegExp]> = [
        [['clean.meldcode.yaml', '-o', 'bestand/rapport.txt'], /^meldcode-lint: The report cannot be written to 'bestand\/rapport\.txt': .*\n$/],
        [['render', 'clean.meldcode.yaml', '-o', 'bestand/kaart.html'], /^meldcode-lint render: The route map cannot be written to 'bestand\/kaart\.html': .*\n$/],
      ];
      cases.push([['clean.meldcode.yaml', '-o', '/dev/full'], /^meldcode-lint: The report cannot be written to '\/dev\/full': the disk is full \(ENOSPC\)\.\n$/]);
      cases.push([['render', 'clean.meldcode.yaml', '-o', '/dev/full'], /^meldcode-lint render: The route map cannot be written to '\/dev\/full': the disk is full \(ENOSPC\)\.\n$/]);
      for (const [args, expected] of cases) {
        const run = runCli([...args, '--locale', 'en'], { cwd: folder });
        assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, expected);
        assert.doesNotMatch(run.stderr, STACK_TRACE);
      }
    });
  });
});
