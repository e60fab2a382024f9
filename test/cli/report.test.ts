import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, repoRoot, runCli, temporaryFolder } from './helpers';

/** `meldcode-lint report`, run as a reviewer runs it: the built command line in a folder of protocols. */

const FIXTURES = ['clean.meldcode.yaml', 'errors.meldcode.yaml', 'warnings.meldcode.yaml'];
const AS_OF = ['--today', '2026-12-03'];

function folderOfProtocols(): string {
  const folder = temporaryFolder('meldcode-report-');
  copyFixtures(folder, FIXTURES);
  return folder;
}

const CSV_NL =
  '\ufeffBestand,Basisprotocol,Organisatie,Locatie,Sector,Formaat,Aandacht,Fouten,Waarschuwingen,Informatie,Vastgesteld,Herzien voor,Geldig vanaf,Geldig tot en met,Herziening uiterlijk,Dagen tot herziening,Herziening,Zelfstandige praktijk,Aantal aandachtsfunctionarissen,Aandachtsfunctionarissen,Stappen aanwezig,Routes,Vijf stappen,Afwegingskader,Kindcheck,Bijzondere vormen,Beroepsgeheim,Vastleggen,Scholing,Routes,Veilig Thuis,Regels met fouten of waarschuwingen\r\n' +
  'errors.meldcode.yaml,,Sportvereniging De Sprinters,,sport,1.0,fouten,1,2,2,2026-01-15,2099-01-15,,,2099-01-15,26341,later,nee,1,Sanne Bakker,1 2 3 4,,ontbreekt,aanwezig,aanwezig,aanwezig,niet aanwezig,aanwezig,aanwezig,niet aanwezig,aanwezig,officer-deputy-missing; reference-unknown; step-missing\r\n' +
  'warnings.meldcode.yaml,,Sportvereniging De Sprinters,,sport,1.0,geen,0,3,1,2026-01-15,2099-01-15,,,2099-01-15,26341,later,nee,1,Sanne Bakker,1 2 3 4 5,,aanwezig,aanwezig,aanwezig,aanwezig,niet aanwezig,aanwezig,niet aanwezig,niet aanwezig,aanwezig,officer-deputy-missing; phone-invalid; step-responsible-missing\r\n' +
  'clean.meldcode.yaml,,Sportvereniging De Sprinters,,sport,1.0,geen,0,0,0,2026-01-15,2099-01-15,,,2099-01-15,26341,later,nee,2,Sanne Bakker; Joost Visser,1 2 3 4 5,,aanwezig,aanwezig,aanwezig,aanwezig,niet aanwezig,aanwezig,aanwezig,niet aanwezig,aanwezig,\r\n';

describe('meldcode-lint report', () => {
  it('writes the CSV of a folder to standard output: header, one line per protocol in order of attention', () => {
    const ran = runCli(['report', '.', '--format', 'csv', '--locale', 'nl', ...AS_OF], { cwd: folderOfProtocols() });
    assert.equal(ran.stderr, '');
    assert.equal(ran.status, 0);
    assert.equal(ran.stdout, CSV_NL);
  });

  it('writes the same data as JSON', () => {
    const ran = runCli(['report', '.', '--format', 'json', ...AS_OF], { cwd: folderOfProtocols() });
    assert.equal(ran.status, 0);
    const report = JSON.parse(ran.stdout) as {
      version: number;
      today: string;
      reviewWindowDays: number;
      rows: Array<{ file: string; errors: number; warnings: number; attention: string; officers: string[]; parts: Record<string, string> }>;
      totals: { protocols: number; withErrors: number; errors: number; warnings: number };
      rules: Array<{ ruleId: string; protocols: number; findings: number }>;
    };
    assert.deepEqual(Object.keys(report), ['version', 'today', 'reviewWindowDays', 'rows', 'totals', 'rules']);
    assert.deepEqual([report.version, report.today, report.reviewWindowDays], [1, '2026-12-03', 90]);
    assert.deepEqual(
      report.rows.map((row) => [row.file, row.attention, row.errors, row.warnings, row.officers]),
      [
        ['errors.meldcode.yaml', 'errors', 1, 2, ['Sanne Bakker']],
        ['warnings.meldcode.yaml', 'none', 0, 3, ['Sanne Bakker']],
        ['clean.meldcode.yaml', 'none', 0, 0, ['Sanne Bakker', 'Joost Visser']],
      ],
    );
    assert.equal(report.rows[0]!.parts.stappen, 'missing');
    assert.deepEqual([report.totals.protocols, report.totals.withErrors, report.totals.errors, report.totals.warnings], [3, 1, 1, 5]);
    assert.deepEqual(report.rules[0], { ruleId: 'officer-deputy-missing', protocols: 2, findings: 2 });
  });

  it('writes HTML to the file given with -o, the format following its extension, and says so', () => {
    const folder = folderOfProtocols();
    const html = runCli(['report', '.', '-o', 'uit/overzicht.html', '--locale', 'nl'], { cwd: folder });
    assert.equal(html.status, 0);
    assert.equal(html.stdout, '');
    assert.equal(html.stderr, "meldcode-lint report: overzicht van 3 protocollen geschreven naar 'uit/overzicht.html'.\n");
    const page = fs.readFileSync(path.join(folder, 'uit', 'overzicht.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>\n<html lang="nl">/);
    assert.match(page, /<h1>Overzicht meldcodes<\/h1>/);
    assert.doesNotMatch(page, /<script/);

    const csv = runCli(['report', '.', '-o', 'overzicht.csv', '--locale', 'nl', ...AS_OF], { cwd: folder });
    assert.equal(csv.status, 0);
    assert.equal(fs.readFileSync(path.join(folder, 'overzicht.csv'), 'utf8'), CSV_NL);
  });

  it('never writes over a protocol or the configuration it read', () => {
    const folder = folderOfProtocols();
    fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  step-order: off\n');
    const before = fs.readFileSync(path.join(folder, 'errors.meldcode.yaml'), 'utf8');
    const protocol = runCli(['report', '.', '-o', 'errors.meldcode.yaml'], { cwd: folder });
    assert.equal(protocol.status, 2);
    assert.equal(
      protocol.stderr,
      "meldcode-lint report: The output 'errors.meldcode.yaml' is the input file 'errors.meldcode.yaml' (or another name for it) and would replace it; choose another file.\n",
    );
    assert.equal(fs.readFileSync(path.join(folder, 'errors.meldcode.yaml'), 'utf8'), before);
    const config = runCli(['report', '.', '-o', '.meldcoderc.yaml', '--format', 'json'], { cwd: folder });
    assert.equal(config.status, 2);
    assert.equal(fs.readFileSync(path.join(folder, '.meldcoderc.yaml'), 'utf8'), 'rules:\n  step-order: off\n');
  });

  const usageErrors: Array<[string[], string]> = [
    [['report', '.', '--format', 'xml'], "Unknown format 'xml' for the overview; choose html, json or csv."],
    [['report', '.', '--format'], "The option '--format' needs a value. See 'meldcode-lint --help'."],
    [['report', '.', '--fix'], "The option '--fix' does not belong to 'meldcode-lint report'. See 'meldcode-lint report --help'."],
    [['report', '.', '--today', '2026-02-30'], "--today needs a date as YYYY-MM-DD, not '2026-02-30'."],
    [['report', '.', '--colour'], "Unknown option '--colour'. See 'meldcode-lint --help'."],
    [['report', 'nergens'], "'nergens' does not exist."],
    [['report', '--locale', 'nl'], "Geef de mappen of bestanden op waarvan u een overzicht wilt, bijvoorbeeld 'meldcode-lint report protocollen/ -o overzicht.html'."],
  ];
  for (const [args, message] of usageErrors) {
    it(`ends with exit code 2 and a message for: ${args.slice(1).join(' ')}`, () => {
      const ran = runCli(args, { cwd: folderOfProtocols() });
      assert.equal(ran.status, 2);
      assert.equal(ran.stdout, '');
      assert.equal(ran.stderr, `meldcode-lint report: ${message}\n`);
    });
  }

  it('ends with exit code 2 for a folder without protocols', () => {
    const ran = runCli(['report', '.'], { cwd: temporaryFolder() });
    assert.equal(ran.status, 2);
    assert.equal(ran.stderr, "meldcode-lint report: No protocol files (*.meldcode.yaml or *.meldcode.yml) found in ..\n");
  });

  it('prints its help in Dutch and English', () => {
    const nl = runCli(['report', '--help', '--locale', 'nl']);
    assert.equal(nl.status, 0);
    assert.match(nl.stdout, /^Gebruik: meldcode-lint report <mappen of bestanden\.\.\.>/);
    assert.match(nl.stdout, /Afsluitcodes: 0 geschreven \(wat de protocollen ook bevatten\); 2 gebruiks-, lees- of schrijffout\.\n$/);
    const en = runCli(['report', '--help'], { env: { LANG: 'en_GB.UTF-8' } });
    assert.equal(en.status, 0);
    assert.match(en.stdout, /^Usage: meldcode-lint report <folders or files\.\.\.>/);
  });

  it('shows each location of a board merged with its base, and the base once', () => {
    const folder = temporaryFolder('meldcode-report-board-');
    fs.cpSync(path.join(repoRoot, 'samples', 'bestuur'), path.join(folder, 'bestuur'), { recursive: true });
    const ran = runCli(['report', 'bestuur', '--format', 'json', ...AS_OF], { cwd: folder });
    assert.equal(ran.status, 0, ran.stderr);
    const rows = (JSON.parse(ran.stdout) as { rows: Array<{ file: string; base?: string; isBase: boolean; location?: string; officers: string[]; steps: number[]; routes: string[] }> }).rows;
    const byFile = new Map(rows.map((row) => [row.file, row]));
    const anker = byFile.get('bestuur/scholen/het-anker.meldcode.yaml')!;
    assert.equal(anker.base, 'bestuur/stichting.meldcode.yaml');
    assert.equal(anker.location, 'Openbare basisschool Het Anker');
    assert.deepEqual(anker.officers, ['Samira El Idrissi', 'Marco Janssen']);
    assert.deepEqual(anker.steps, [1, 2, 3, 4, 5]);
    assert.deepEqual(anker.routes, ['acuut-gevaar', 'vermoeden-medewerker']);
    const base = byFile.get('bestuur/stichting.meldcode.yaml')!;
    assert.deepEqual([base.isBase, base.officers], [true, []]);
  });

  it('gives a row to a protocol that does not parse or is no text, and still writes the overview', () => {
    const folder = folderOfProtocols();
    fs.copyFileSync(path.join(repoRoot, 'samples', 'flawed', 'syntaxfout.meldcode.yaml'), path.join(folder, 'syntaxfout.meldcode.yaml'));
    fs.writeFileSync(path.join(folder, 'binair.meldcode.yaml'), Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50]));
    const ran = runCli(['report', '.', '--format', 'json', ...AS_OF], { cwd: folder });
    assert.equal(ran.status, 0, ran.stderr);
    const rows = (JSON.parse(ran.stdout) as { rows: Array<{ file: string; attention: string; failingRules: string[] }> }).rows;
    assert.deepEqual(
      rows.filter((row) => row.file === 'binair.meldcode.yaml' || row.file === 'syntaxfout.meldcode.yaml').map((row) => [row.file, row.attention, row.failingRules.includes('yaml-syntax')]),
      [
        ['binair.meldcode.yaml', 'errors', true],
        ['syntaxfout.meldcode.yaml', 'errors', true],
      ],
    );
  });

  it('ends with exit code 2 when the overview cannot be written', () => {
    const folder = folderOfProtocols();
    fs.writeFileSync(path.join(folder, 'bestand'), '');
    const ran = runCli(['report', '.', '-o', 'bestand/overzicht.html'], { cwd: folder });
    assert.equal(ran.status, 2);
    assert.match(ran.stderr, /^meldcode-lint report: The report cannot be written to 'bestand\/overzicht\.html': /);
  });
});
