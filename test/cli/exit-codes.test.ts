import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, repoRoot, runCli, temporaryFolder } from './helpers';

describe('meldcode-lint exit codes and usage', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('exits 0 for a clean protocol', () => {
    assert.equal(runCli(['clean.meldcode.yaml']).status, 0);
  });

  it('exits 1 when a protocol has errors', () => {
    assert.equal(runCli(['errors.meldcode.yaml', 'clean.meldcode.yaml']).status, 1);
  });

  it('exits 0 for warnings only, unless there are more than --max-warnings', () => {
    assert.equal(runCli(['warnings.meldcode.yaml']).status, 0);
    // warnings.meldcode.yaml has 3 warnings and 1 info finding.
    assert.equal(runCli(['--max-warnings', '3', 'warnings.meldcode.yaml']).status, 0);
    const tooMany = runCli(['--max-warnings', '2', '--format', 'json', 'warnings.meldcode.yaml']);
    assert.equal(tooMany.status, 1);
    assert.equal(tooMany.stderr, 'meldcode-lint: Too many warnings: 3, 2 allowed (--max-warnings).\n');
    assert.equal((JSON.parse(tooMany.stdout) as Array<{ warningCount: number }>)[0].warningCount, 3);
    const dutch = runCli(['--max-warnings=0', '--locale', 'nl', 'warnings.meldcode.yaml']);
    assert.equal(dutch.status, 1);
    assert.equal(dutch.stderr, 'meldcode-lint: Te veel waarschuwingen: 3, toegestaan zijn er 0 (--max-warnings).\n');
  });

  it('does not count information toward --max-warnings', () => {
    // errors.meldcode.yaml has 2 warnings and 2 info findings.
    const run = runCli(['--max-warnings', '2', '--format', 'json', 'errors.meldcode.yaml']);
    assert.equal(run.stderr, '');
  });

  describe('usage errors exit 2 with one clear line on stderr', () => {
    const cases: Array<{ args: string[]; nl: string; en: string }> = [
      {
        args: ['--frmat', 'json', 'clean.meldcode.yaml'],
        nl: "Onbekende optie '--frmat'. Zie 'meldcode-lint --help'.",
        en: "Unknown option '--frmat'. See 'meldcode-lint --help'.",
      },
      {
        args: ['-x', 'clean.meldcode.yaml'],
        nl: "Onbekende optie '-x'. Zie 'meldcode-lint --help'.",
        en: "Unknown option '-x'. See 'meldcode-lint --help'.",
      },
      {
        args: ['clean.meldcode.yaml', '--format'],
        nl: "De optie '--format' verwacht een waarde. Zie 'meldcode-lint --help'.",
        en: "The option '--format' needs a value. See 'meldcode-lint --help'.",
      },
      {
        args: ['--output', '--quiet', 'clean.meldcode.yaml'],
        nl: "De optie '--output' verwacht een waarde. Zie 'meldcode-lint --help'.",
        en: "The option '--output' needs a value. See 'meldcode-lint --help'.",
      },
      {
        args: ['--fix=yes', 'clean.meldcode.yaml'],
        nl: "De optie '--fix' neemt geen waarde. Zie 'meldcode-lint --help'.",
        en: "The option '--fix' takes no value. See 'meldcode-lint --help'.",
      },
      {
        args: ['--format', 'xml', 'clean.meldcode.yaml'],
        nl: "Onbekend formaat 'xml'; kies uit stylish, json, sarif, github, gitlab of junit.",
        en: "Unknown format 'xml'; choose stylish, json, sarif, github, gitlab or junit.",
      },
      {
        args: ['--max-warnings', 'veel', 'clean.meldcode.yaml'],
        nl: "--max-warnings verwacht een geheel getal van 0 of meer, niet 'veel'.",
        en: "--max-warnings needs a whole number of 0 or more, not 'veel'.",
      },
      {
        args: ['nergens.meldcode.yaml'],
        nl: "'nergens.meldcode.yaml' bestaat niet.",
        en: "'nergens.meldcode.yaml' does not exist.",
      },
      {
        args: [],
        nl: "Geef de bestanden of mappen op die gecontroleerd moeten worden, bijvoorbeeld 'meldcode-lint protocollen/'. Zie 'meldcode-lint --help'.",
        en: "Name the files or folders to check, for example 'meldcode-lint protocols/'. See 'meldcode-lint --help'.",
      },
      {
        args: ['--config', 'geen-config.yaml', 'clean.meldcode.yaml'],
        nl: "Het configuratiebestand 'geen-config.yaml' bestaat niet.",
        en: "The configuration file 'geen-config.yaml' does not exist.",
      },
    ];
    for (const { args, nl, en } of cases) {
      it(`meldcode-lint ${args.join(' ')}`, () => {
        const english = runCli(args, { env: { LANG: 'en_US.UTF-8' } });
        assert.deepEqual([english.status, english.stdout, english.stderr], [2, '', `meldcode-lint: ${en}\n`]);
        const dutch = runCli(args, { env: { LANG: 'nl_NL.UTF-8' } });
        assert.deepEqual([dutch.status, dutch.stdout, dutch.stderr], [2, '', `meldcode-lint: ${nl}\n`]);
      });
    }

    it('uses the --locale given even for a mistake in another option', () => {
      const run = runCli(['--locale', 'nl', '--frmat', 'json', 'clean.meldcode.yaml'], { env: { LANG: 'en_US.UTF-8' } });
      assert.equal(run.stderr, "meldcode-lint: Onbekende optie '--frmat'. Zie 'meldcode-lint --help'.\n");
    });

    it('refuses an unknown --locale', () => {
      const run = runCli(['--locale', 'fr', 'clean.meldcode.yaml'], { env: { LANG: 'nl_NL.UTF-8' } });
      assert.deepEqual([run.status, run.stderr], [2, "meldcode-lint: Onbekende taal 'fr'; kies nl of en.\n"]);
    });

    it('does not check anything when one of several paths is missing', () => {
      const run = runCli(['errors.meldcode.yaml', 'ontbreekt/'], { env: { LANG: 'en_US.UTF-8' } });
      assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', "meldcode-lint: 'ontbreekt/' does not exist.\n"]);
    });

    it('reports a folder without protocol files', () => {
      const empty = temporaryFolder();
      fs.writeFileSync(path.join(empty, 'notities.yaml'), 'a: 1\n');
      const run = runCli(['--locale', 'en', empty]);
      assert.deepEqual([run.status, run.stderr], [2, `meldcode-lint: No protocol files (*.meldcode.yaml or *.meldcode.yml) found in ${empty}.\n`]);
    });
  });

  describe('I/O errors exit 2', () => {
    it('reports a protocol file that cannot be read, and still checks the others', () => {
      // Permissions do not stop root, so the unreadable file is a link to nothing.
      const folder = temporaryFolder();
      copyFixtures(folder, ['errors.meldcode.yaml']);
      fs.symlinkSync(path.join(folder, 'weg.txt'), path.join(folder, 'kwijt.meldcode.yaml'));
      const run = runCli(['--locale', 'en', '--format', 'json', '.'], { cwd: folder });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, "meldcode-lint: 'kwijt.meldcode.yaml' cannot be read: the file does not exist (ENOENT).\n");
      const report = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
      assert.deepEqual(
        report.map((file) => [path.basename(file.filePath), file.errorCount]),
        [['errors.meldcode.yaml', 1]],
      );
      const dutch = runCli(['--locale', 'nl', '.'], { cwd: folder });
      assert.match(dutch.stderr, /^meldcode-lint: 'kwijt\.meldcode\.yaml' kan niet gelezen worden: het bestand bestaat niet \(ENOENT\)\.\n$/);
    });

    it('reports a named file that is a link to itself', () => {
      const folder = temporaryFolder();
      fs.symlinkSync('rond.meldcode.yaml', path.join(folder, 'rond.meldcode.yaml'));
      const run = runCli(['--locale', 'en', 'rond.meldcode.yaml'], { cwd: folder });
      assert.deepEqual(
        [run.status, run.stdout, run.stderr],
        [2, '', "meldcode-lint: 'rond.meldcode.yaml' cannot be read: symbolic links form a loop (ELOOP).\n"],
      );
    });

    it('refuses a named pipe instead of waiting on it', () => {
      const folder = temporaryFolder();
      execFileSync('mkfifo', [path.join(folder, 'pijp.meldcode.yaml')]);
      const run = runCli(['--locale', 'en', 'pijp.meldcode.yaml'], { cwd: folder, timeout: 20000 });
      assert.deepEqual(
        [run.status, run.stdout, run.stderr],
        [2, '', "meldcode-lint: 'pijp.meldcode.yaml' is not a file or folder (but, for example, a pipe or device) and is not read.\n"],
      );
    });

    it('reports a report file that cannot be written', () => {
      const folder = temporaryFolder();
      const run = runCli(['--locale', 'en', '--output', folder, 'clean.meldcode.yaml']);
      assert.deepEqual(
        [run.status, run.stdout, run.stderr],
        [2, '', `meldcode-lint: The report cannot be written to '${folder}': this is a folder, not a file (EISDIR).\n`],
      );
    });

    it('reports a configuration given with --config that is a folder', () => {
      const folder = temporaryFolder();
      const run = runCli(['--locale', 'nl', '--config', folder, 'clean.meldcode.yaml']);
      assert.deepEqual(
        [run.status, run.stdout, run.stderr],
        [2, '', `meldcode-lint: Het configuratiebestand '${folder}' kan niet gelezen worden: dit is een map, geen bestand (EISDIR).\n`],
      );
    });
  });

  describe('--version and --help', () => {
    it('prints the version of the package', () => {
      const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
      const run = runCli(['--version']);
      assert.deepEqual([run.status, run.stdout, run.stderr], [0, `${version}\n`, '']);
    });

    it('prints help in the user\'s language, naming every option', () => {
      const english = runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
      assert.equal(english.status, 0);
      assert.match(english.stdout, /^Usage: meldcode-lint \[options\] <files or folders\.\.\.>\n/);
      const dutch = runCli(['-h', '--locale', 'nl']);
      assert.match(dutch.stdout, /^Gebruik: meldcode-lint \[opties\] <bestanden of mappen\.\.\.>\n/);
      for (const text of [english.stdout, dutch.stdout]) {
        for (const option of ['--format', '--output', '--locale', '--max-warnings', '--fix', '--config', '--quiet', '--version', '--help']) {
          assert.ok(text.includes(option), `${option} is missing from the help`);
        }
      }
    });
  });
});
