import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCli, temporaryFolder } from './helpers';

const wordFixtures = path.join(repoRoot, 'test', 'fixtures', 'word');

/** A folder holding a copy of one Word fixture, for a run that writes beside it. */
function folderWith(fixture: string): { folder: string; name: string } {
  const folder = temporaryFolder('meldcode-import-');
  const name = path.basename(fixture);
  fs.copyFileSync(path.join(wordFixtures, fixture), path.join(folder, name));
  return { folder, name };
}

describe('meldcode-lint import', function () {
  this.timeout(120000);

  it('writes <name>.meldcode.yaml beside the document, prints the summary on stderr and exits 0', () => {
    const { folder, name } = folderWith('basisschool-sectormodel.docx');
    const run = runCli(['import', name], { cwd: folder });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      [
        "Geïmporteerd uit 'basisschool-sectormodel.docx': OBS De Vlinderboom (sector onderwijs).",
        '  Stappen: 1, 2, 3, 4, 5',
        '  Aandachtsfunctionarissen: 2 (Fatima El Amrani 0294-418230; Joost Verhoeven 06-28193746)',
        '  Contactpunten: 6 (Alarmnummer 112; Veilig Thuis Amsterdam-Amstelland 0800-2000; Vertrouwensinspecteur 0900-111 3 111; Bevoegd gezag, Stichting Openbaar Onderwijs Aan de Vecht 0294-413300; GGD, jeugdgezondheidszorg 020-5555961; Sociaal team Weesp 14 0294)',
        '  Afwegingskader: 5 vragen',
        '  Routes: acuut gevaar, vermoeden tegen een medewerker',
        '  Onderdelen: beroepsgeheim, vastleggen, scholing',
        '  Datums: geldig-van 2025-08-01, geldig-tot 2029-07-31',
        'Niet gevonden: kindcheck, bijzondere-vormen.',
        'Alle tekst is geplaatst.',
        'Controleer het protocol met meldcode-lint: de regels melden wat nog ontbreekt.',
        "meldcode-lint import: Protocol geschreven naar 'basisschool-sectormodel.meldcode.yaml'.",
        '',
      ].join('\n'),
    );
    const written = fs.readFileSync(path.join(folder, 'basisschool-sectormodel.meldcode.yaml'), 'utf8');
    assert.equal((parse(written) as { organisatie: { naam: string } }).organisatie.naam, 'OBS De Vlinderboom');
    // The file is a protocol the validator reads: no errors, only the warnings of what the document lacks.
    const check = runCli(['--format', 'json', 'basisschool-sectormodel.meldcode.yaml'], { cwd: folder });
    assert.equal(check.status, 0);
    const messages = (JSON.parse(check.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages;
    assert.deepEqual(
      messages.map((message) => message.ruleId),
      ['special-forms-missing', 'special-forms-missing'],
    );
  });

  it('never overwrites an existing file without --force, and then replaces it', () => {
    const { folder, name } = folderWith('kinderopvang-basismodel.docx');
    const target = path.join(folder, 'kinderopvang-basismodel.meldcode.yaml');
    fs.writeFileSync(target, 'mijn eigen werk\n');
    const refused = runCli(['import', name], { cwd: folder });
    assert.equal(refused.status, 2);
    assert.equal(
      refused.stderr,
      "meldcode-lint import: 'kinderopvang-basismodel.meldcode.yaml' bestaat al en wordt niet overschreven. Kies met -o een andere naam, of geef --force om het te vervangen.\n",
    );
    assert.equal(fs.readFileSync(target, 'utf8'), 'mijn eigen werk\n');
    const explicit = runCli(['import', name, '-o', 'kinderopvang-basismodel.meldcode.yaml', '--locale', 'en'], { cwd: folder });
    assert.equal(explicit.status, 2);
    assert.equal(
      explicit.stderr,
      "meldcode-lint import: 'kinderopvang-basismodel.meldcode.yaml' already exists and is not overwritten. Choose another name with -o, or give --force to replace it.\n",
    );
    assert.equal(fs.readFileSync(target, 'utf8'), 'mijn eigen werk\n');
    const forced = runCli(['import', name, '--force'], { cwd: folder });
    assert.equal(forced.status, 0);
    assert.match(fs.readFileSync(target, 'utf8'), /^# Geïmporteerd uit 'kinderopvang-basismodel.docx'/);
  });

  it('refuses to write over the document itself, even with --force', () => {
    const { folder, name } = folderWith('sportclub-een-pagina.docx');
    const before = fs.readFileSync(path.join(folder, name));
    const run = runCli(['import', name, '-o', name, '--force'], { cwd: folder });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "meldcode-lint import: De uitvoer 'sportclub-een-pagina.docx' is het Word-document zelf; kies een ander bestand, bijvoorbeeld protocol.meldcode.yaml.\n");
    assert.deepEqual(fs.readFileSync(path.join(folder, name)), before);
  });

  it('writes to -o in a new folder', () => {
    const { folder, name } = folderWith('huisartsenpraktijk-rommelig.docx');
    const run = runCli(['import', name, '-o', 'protocollen/de-brink.meldcode.yaml', '--locale', 'en'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /\nmeldcode-lint import: Protocol written to 'protocollen\/de-brink.meldcode.yaml'.\n$/);
    assert.match(fs.readFileSync(path.join(folder, 'protocollen', 'de-brink.meldcode.yaml'), 'utf8'), /^# Imported from 'huisartsenpraktijk-rommelig.docx'/);
  });

  const refusals: Array<[string, string]> = [
    ['kapot/geen-docx.docx', "meldcode-lint import: 'geen-docx.docx' is not a Word document (.docx). Save it in Word or LibreOffice as a Word document (.docx) and import it again.\n"],
    [
      'kapot/versleuteld.docx',
      "meldcode-lint import: 'versleuteld.docx' is protected with a password and cannot be read. Open it in Word or LibreOffice, remove the password (File > Info > Protect Document) and save it again.\n",
    ],
    [
      'kapot/afgebroken.docx',
      "meldcode-lint import: 'afgebroken.docx' is damaged or incomplete and cannot be read as a Word document (technical detail: Corrupted zip: can't find end of central directory). Open it in Word or LibreOffice, which can sometimes repair it.\n",
    ],
  ];
  for (const [fixture, expected] of refusals) {
    it(`${fixture}: exit 2 with a clear message, and no file written`, () => {
      const { folder, name } = folderWith(fixture);
      const run = runCli(['import', name, '--locale', 'en'], { cwd: folder });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, expected);
      assert.deepEqual(fs.readdirSync(folder), [name]);
    });
  }

  it('usage errors exit 2: no document, two documents, a missing file, a folder, an unknown option, an option without its value', () => {
    const folder = temporaryFolder('meldcode-import-');
    const oneFile = "meldcode-lint import: Name exactly one Word document, for example 'meldcode-lint import protocol.docx'.\n";
    assert.deepEqual(runCli(['import', '--locale', 'en'], { cwd: folder }), { status: 2, stdout: '', stderr: oneFile });
    assert.deepEqual(runCli(['import', 'a.docx', 'b.docx', '--locale', 'en'], { cwd: folder }), { status: 2, stdout: '', stderr: oneFile });
    assert.deepEqual(runCli(['import', 'weg.docx', '--locale', 'en'], { cwd: folder }), { status: 2, stdout: '', stderr: "meldcode-lint import: 'weg.docx' does not exist.\n" });
    fs.mkdirSync(path.join(folder, 'map.docx'));
    assert.deepEqual(runCli(['import', 'map.docx', '--locale', 'en'], { cwd: folder }), {
      status: 2,
      stdout: '',
      stderr: "meldcode-lint import: 'map.docx' cannot be read: this is a folder, not a file (EISDIR).\n",
    });
    assert.deepEqual(runCli(['import', 'x.docx', '--overwrite', '--locale', 'en'], { cwd: folder }), {
      status: 2,
      stdout: '',
      stderr: "meldcode-lint import: Unknown option '--overwrite'. See 'meldcode-lint --help'.\n",
    });
    assert.deepEqual(runCli(['import', 'x.docx', '-o'], { cwd: folder }), {
      status: 2,
      stdout: '',
      stderr: "meldcode-lint import: De optie '--output' verwacht een waarde. Zie 'meldcode-lint --help'.\n",
    });
  });

  it('--help prints the usage in Dutch and English', () => {
    const dutch = runCli(['import', '--help']);
    assert.equal(dutch.status, 0);
    assert.match(dutch.stdout, /^Gebruik: meldcode-lint import <document.docx> \[-o <protocol.meldcode.yaml>\] \[--locale nl\|en\] \[--force\]\n/);
    const english = runCli(['import', '--help', '--locale', 'en']);
    assert.match(english.stdout, /^Usage: meldcode-lint import <document.docx>/);
    assert.match(english.stdout, /\nExit codes: 0 written; 2 usage error, read or write error, or a file that is not a readable\nWord document/);
  });
});
