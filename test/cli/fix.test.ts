import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, variant } from '../helpers/rules';
import { copyFixtures, readFixture, runCli, temporaryFolder } from './helpers';

/** test/fixtures/cli/outdated.meldcode.yaml after --fix: only the outdated names differ. */
function fixedOutdatedFixture(): string {
  return readFixture('outdated.meldcode.yaml')
    .replace('    naam: AMK Utrecht   # regionaal\n', '    naam: Veilig Thuis Utrecht   # regionaal\n')
    .replace(
      '      - Vraag advies bij Advies- en Meldpunt Kindermishandeling (AMK).  # overdag\n',
      '      - Vraag advies bij Veilig Thuis.  # overdag\n',
    )
    .replace('      - Geweld tussen volwassenen? Bel SHG.\n', '      - Geweld tussen volwassenen? Bel Veilig Thuis.\n');
}

/** The rules' complete protocol, which every rule passes. */
function completeProtocol(): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'complete.meldcode.yaml'), 'utf8');
}

/** Runs --fix on `typed` saved as protocol.meldcode.yaml in a new folder: the run and the text it wrote. */
function fixTyped(typed: string, locale: string): { run: ReturnType<typeof runCli>; written: string } {
  const folder = temporaryFolder();
  const file = path.join(folder, 'protocol.meldcode.yaml');
  fs.writeFileSync(file, typed);
  const run = runCli(['--fix', '--locale', locale, 'protocol.meldcode.yaml'], { cwd: folder });
  return { run, written: fs.readFileSync(file, 'utf8') };
}

describe('meldcode-lint --fix', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('replaces the outdated names in place, keeping comments and layout, and reports what remains', () => {
    const folder = temporaryFolder();
    copyFixtures(folder, ['outdated.meldcode.yaml']);
    const file = path.join(folder, 'outdated.meldcode.yaml');
    const expected = fixedOutdatedFixture();
    assert.notEqual(expected, readFixture('outdated.meldcode.yaml'), 'the expected text differs from the fixture');

    const run = runCli(['--fix', '--locale', 'en', 'outdated.meldcode.yaml'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), expected);
    // The comment that mentions "AMK en SHG" is not a value, so it is left alone.
    assert.match(expected, /^# Nog niet bijgewerkt sinds de fusie van AMK en SHG \(dit commentaar blijft staan\)\.$/m);
    assert.equal(
      run.stdout,
      [
        'outdated.meldcode.yaml',
        '  11:11  warning  Attention officer Sanne Bakker has no stand-in; name under "vervanger" who takes over when they are away.  officer-deputy-missing',
        '',
        '✖ 1 file checked, 0 errors, 1 warning',
        '',
      ].join('\n'),
    );
    assert.equal(run.stderr, 'meldcode-lint: 3 fixes applied in 1 file.\n');
  });

  it('repairs what a protocol writer typed: a sentence with ": ", a date as 1-3-2026, "het regionale AMK"', () => {
    const complete = completeProtocol();
    const typed = variant(
      variant(complete, '  vastgesteld: 2026-03-01\n', '  vastgesteld: 1-3-2026\n'),
      '    acties: [Noteer wat u ziet en hoort, met datum en bron.]\n',
      '    acties:\n      - Noteer wat u ziet en hoort, met datum en bron.\n      - Let op: bij acuut gevaar direct 112 bellen.\n      - Twijfelt u? Bel het regionale AMK.\n',
    );
    const expected = variant(
      complete,
      '    acties: [Noteer wat u ziet en hoort, met datum en bron.]\n',
      '    acties:\n      - Noteer wat u ziet en hoort, met datum en bron.\n      - "Let op: bij acuut gevaar direct 112 bellen."\n      - Twijfelt u? Bel Veilig Thuis in de regio.\n',
    );
    const { run, written } = fixTyped(typed, 'nl');
    assert.equal(written, expected);
    assert.equal(run.stderr, 'meldcode-lint: 3 correcties toegepast in 1 bestand.\n');
    assert.equal(run.status, 0);
    assert.doesNotMatch(written, /het (?:regionale )?Veilig Thuis/);
  });

  it('quotes a sentence with ": " wrapped onto a second line, in the column of its text or further in, keeping its line breaks', () => {
    const complete = completeProtocol();
    const actions = '    acties: [Noteer wat u ziet en hoort, met datum en bron.]\n';
    const typed = variant(
      variant(complete, '    titel: Signalen in kaart brengen\n', '    titel: Stap 1: signalen in kaart\n      brengen\n'),
      actions,
      '    acties:\n      - Let op: bij acuut gevaar direct 112\n        bellen.\n      - Bel: de aandachtsfunctionaris als u\n          twijfelt.\n',
    );
    const expected = variant(
      variant(complete, '    titel: Signalen in kaart brengen\n', '    titel: "Stap 1: signalen in kaart\n      brengen"\n'),
      actions,
      '    acties:\n      - "Let op: bij acuut gevaar direct 112\n        bellen."\n      - "Bel: de aandachtsfunctionaris als u\n          twijfelt."\n',
    );
    const { run, written } = fixTyped(typed, 'en');
    assert.equal(written, expected);
    assert.equal(run.stderr, 'meldcode-lint: 3 fixes applied in 1 file.\n');
    assert.equal(run.stdout, '✔ 1 file checked: no problems.\n');
    assert.equal(run.status, 0);
    const { titel, acties } = (parse(expected) as { stappen: Array<{ titel: string; acties: string[] }> }).stappen[0];
    assert.deepEqual([titel, acties], ['Stap 1: signalen in kaart brengen', ['Let op: bij acuut gevaar direct 112 bellen.', 'Bel: de aandachtsfunctionaris als u twijfelt.']]);
  });

  it('writes atomically: no temporary file is left, the mode is kept, and a second run changes nothing', () => {
    const folder = temporaryFolder();
    copyFixtures(folder, ['outdated.meldcode.yaml', 'clean.meldcode.yaml']);
    const file = path.join(folder, 'outdated.meldcode.yaml');
    fs.chmodSync(file, 0o640);
    const inodeBefore = fs.statSync(file).ino;
    runCli(['--fix', '.'], { cwd: folder });
    assert.deepEqual(fs.readdirSync(folder).sort(), ['clean.meldcode.yaml', 'outdated.meldcode.yaml']);
    const stat = fs.statSync(file);
    assert.equal(stat.mode & 0o777, 0o640);
    // A new file renamed over the old one, not the old one truncated and rewritten.
    assert.notEqual(stat.ino, inodeBefore);
    assert.equal(fs.readFileSync(file, 'utf8'), fixedOutdatedFixture());

    const again = runCli(['--fix', '--locale', 'nl', '.'], { cwd: folder });
    assert.equal(again.stderr, '');
    assert.equal(fs.statSync(file).ino, stat.ino, 'an unchanged file is not rewritten');
  });

  it('keeps Windows line ends and a byte order mark', () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'crlf.meldcode.yaml');
    const crlf = readFixture('outdated.meldcode.yaml').replace(/\n/g, '\r\n');
    fs.writeFileSync(file, `\ufeff${crlf}`);
    const run = runCli(['--fix', '--format', 'json', 'crlf.meldcode.yaml'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), `\ufeff${fixedOutdatedFixture().replace(/\n/g, '\r\n')}`);
  });

  it('follows a symbolic link, so the link stays a link', () => {
    const folder = temporaryFolder();
    copyFixtures(folder, ['echt/outdated.meldcode.yaml']);
    fs.symlinkSync(path.join('echt', 'outdated.meldcode.yaml'), path.join(folder, 'link.meldcode.yaml'));
    runCli(['--fix', 'link.meldcode.yaml'], { cwd: folder });
    assert.ok(fs.lstatSync(path.join(folder, 'link.meldcode.yaml')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(folder, 'echt', 'outdated.meldcode.yaml'), 'utf8'), fixedOutdatedFixture());
  });

  it('with --quiet applies only the fixes of errors', () => {
    const folder = temporaryFolder();
    copyFixtures(folder, ['outdated.meldcode.yaml']);
    const run = runCli(['--fix', '--quiet', 'outdated.meldcode.yaml'], { cwd: folder });
    assert.equal(run.status, 0);
    assert.equal(fs.readFileSync(path.join(folder, 'outdated.meldcode.yaml'), 'utf8'), readFixture('outdated.meldcode.yaml'));
  });

  it('applies the fixes of a rule raised to error by the configuration, and nothing of a rule switched off', () => {
    const folder = temporaryFolder();
    copyFixtures(folder, ['outdated.meldcode.yaml']);
    fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  term-outdated: error\n');
    const raised = runCli(['--fix', '--quiet', 'outdated.meldcode.yaml'], { cwd: folder });
    assert.equal(raised.status, 0);
    assert.equal(fs.readFileSync(path.join(folder, 'outdated.meldcode.yaml'), 'utf8'), fixedOutdatedFixture());

    copyFixtures(folder, ['outdated.meldcode.yaml']);
    fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  term-outdated: off\n');
    runCli(['--fix', 'outdated.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'outdated.meldcode.yaml'), 'utf8'), readFixture('outdated.meldcode.yaml'));
  });
});
