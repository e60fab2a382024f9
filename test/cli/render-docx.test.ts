/**
 * `meldcode-lint render --format docx` as a user runs it: the built command writes a Word
 * document that LibreOffice opens, says so on stderr, and refuses (exit 2, nothing written) to
 * send a Word document to the screen, to write over the protocol, or to use a format it does
 * not know.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { libreOfficeText } from '../unit/word/export-libreoffice';
import { repoRoot, runCli, temporaryFolder } from './helpers';

const SAMPLE = path.join(repoRoot, 'samples', 'basisschool-de-wegwijzer.meldcode.yaml');
/** The messages follow LANG, like the rest of the command line; the document is Dutch unless --locale en. */
const DUTCH = { LANG: 'nl_NL.UTF-8' };

describe('meldcode-lint render --format docx', function () {
  this.timeout(180_000);
  let folder: string;
  beforeEach(() => {
    folder = temporaryFolder('meldcode-render-docx-');
    fs.copyFileSync(SAMPLE, path.join(folder, 'school.meldcode.yaml'));
  });

  it('writes a Word document that LibreOffice opens, in Dutch and with --locale en in English', () => {
    const dutch = runCli(['render', 'school.meldcode.yaml', '--format', 'docx', '-o', 'uit/protocol.docx'], { cwd: folder, env: DUTCH });
    assert.deepEqual(dutch, {
      status: 0,
      stdout: '',
      stderr: "meldcode-lint render: Word-document van 'school.meldcode.yaml' geschreven naar 'uit/protocol.docx'.\n",
    });
    const english = runCli(['render', '--locale', 'en', '--format=docx', 'school.meldcode.yaml', '--output', 'protocol-en.docx'], { cwd: folder });
    assert.deepEqual(english, {
      status: 0,
      stdout: '',
      stderr: "meldcode-lint render: Word document of 'school.meldcode.yaml' written to 'protocol-en.docx'.\n",
    });
    const files = [path.join(folder, 'uit', 'protocol.docx'), path.join(folder, 'protocol-en.docx')];
    const texts = libreOfficeText(files);
    const nl = texts.get(files[0])!.split('\n');
    const en = texts.get(files[1])!.split('\n');
    assert.ok(nl.includes('Christelijke basisschool De Wegwijzer'));
    assert.ok(nl.includes('Stappenplan') && nl.includes('Contactlijst'));
    assert.ok(nl.includes('Ingrid van Beek') && nl.includes('0570-612484'), 'the officer and her number in the contact sheet');
    assert.ok(en.includes('Step plan') && en.includes('Contact sheet'));
  });

  it('keeps HTML as the default format', () => {
    const ran = runCli(['render', 'school.meldcode.yaml'], { cwd: folder });
    assert.equal(ran.status, 0);
    assert.match(ran.stdout, /^<!DOCTYPE html>/);
  });

  it('never sends a Word document to standard output: -o is required', () => {
    const ran = runCli(['render', 'school.meldcode.yaml', '--format', 'docx'], { cwd: folder, env: DUTCH });
    assert.deepEqual(ran, {
      status: 2,
      stdout: '',
      stderr:
        "meldcode-lint render: Een Word-document gaat niet naar het scherm; geef een bestand op met -o, bijvoorbeeld 'meldcode-lint render protocol.meldcode.yaml --format docx -o protocol.docx'.\n",
    });
  });

  it('refuses a format it does not know, in the language asked for', () => {
    const ran = runCli(['render', 'school.meldcode.yaml', '--format', 'pdf', '--locale', 'en', '-o', 'x.pdf'], { cwd: folder });
    assert.deepEqual(ran, { status: 2, stdout: '', stderr: "meldcode-lint render: Unknown format 'pdf'; choose html or docx.\n" });
    assert.ok(!fs.existsSync(path.join(folder, 'x.pdf')));
  });

  it('never writes the Word document over the protocol, also not through a link', () => {
    const before = fs.readFileSync(path.join(folder, 'school.meldcode.yaml'));
    fs.symlinkSync('school.meldcode.yaml', path.join(folder, 'link.docx'));
    for (const output of ['school.meldcode.yaml', 'link.docx']) {
      const ran = runCli(['render', 'school.meldcode.yaml', '--format', 'docx', '-o', output], { cwd: folder, env: DUTCH });
      assert.deepEqual(ran, {
        status: 2,
        stdout: '',
        stderr: `meldcode-lint render: De uitvoer '${output}' is het protocol zelf; kies een ander bestand, bijvoorbeeld routekaart.html.\n`,
      });
    }
    assert.deepEqual(fs.readFileSync(path.join(folder, 'school.meldcode.yaml')), before);
  });

  it('says so when the document cannot be written (exit 2)', () => {
    fs.mkdirSync(path.join(folder, 'map.docx'));
    const ran = runCli(['render', 'school.meldcode.yaml', '--format', 'docx', '-o', 'map.docx'], { cwd: folder, env: DUTCH });
    assert.equal(ran.status, 2);
    assert.equal(ran.stdout, '');
    assert.match(ran.stderr, /^meldcode-lint render: Het Word-document kan niet naar 'map\.docx' geschreven worden: .+\.\n$/);
  });

  it('explains --format docx in its help, in Dutch and English', () => {
    const nl = runCli(['render', '--help'], { cwd: folder, env: DUTCH });
    const en = runCli(['render', '--help', '--locale', 'en'], { cwd: folder });
    assert.equal(nl.status, 0);
    assert.equal(en.status, 0);
    assert.ok(nl.stdout.startsWith('Gebruik: meldcode-lint render <protocol> [--format html|docx] [-o <uitvoer>]'));
    assert.ok(nl.stdout.includes('  --format <html|docx>  HTML-pagina (standaard) of Word-document\n'));
    assert.ok(en.stdout.startsWith('Usage: meldcode-lint render <protocol> [--format html|docx] [-o <output>]'));
    assert.ok(en.stdout.includes('A Word document only\ngoes to a file: -o is then required.'));
  });
});
