import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completeProtocol, variant } from '../helpers/rules';
import { runCli, temporaryFolder } from './helpers';

const AGES = '  doelgroep:\n    leeftijd-van: 0\n    leeftijd-tot: 18\n';

/** A folder with the complete protocol, its target group written as given; review dates are not what these tests are about. */
function protocolWithAges(ages: string): { folder: string; file: string } {
  const folder = temporaryFolder();
  const file = path.join(folder, 'protocol.meldcode.yaml');
  fs.writeFileSync(file, variant(completeProtocol(), AGES, ages));
  fs.writeFileSync(path.join(folder, '.meldcoderc.yaml'), 'rules:\n  review-overdue: off\n');
  return { folder, file };
}

describe('meldcode-lint --fix on the ages of the target group', function () {
  // Each test starts the command line; a busy machine makes that slow.
  this.timeout(120000);

  it('writes "14 jaar" as 14 and then swaps the reversed ages, changing only the numbers', () => {
    const { folder, file } = protocolWithAges('  doelgroep:\n    leeftijd-van: 14 jaar   # eerste klas\n    leeftijd-tot: 4         # eindexamen\n');
    const run = runCli(['--fix', '--locale', 'nl', 'protocol.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(file, 'utf8'), variant(completeProtocol(), AGES, '  doelgroep:\n    leeftijd-van: 4   # eerste klas\n    leeftijd-tot: 14         # eindexamen\n'));
    assert.equal(run.stdout, '✔ 1 bestand gecontroleerd: geen problemen.\n');
    assert.equal(run.stderr, 'meldcode-lint: 2 correcties toegepast in 1 bestand.\n');
    assert.equal(run.status, 0);
  });

  it('leaves an age in months as it is and reports it; swaps reversed ages in braces', () => {
    const { folder, file } = protocolWithAges('  doelgroep: { leeftijd-van: 18 maanden, omschrijving: peuters }\n  # leeftijd-tot volgt\n');
    const before = fs.readFileSync(file, 'utf8');
    const run = runCli(['--fix', '--locale', 'en', 'protocol.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    assert.equal(
      run.stdout,
      [
        'protocol.meldcode.yaml',
        "  7:30  error  '18 maanden' is not an age in whole years (age from); write only a whole number, for example 12.  schema",
        '',
        '✖ 1 file checked, 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);

    fs.writeFileSync(file, variant(completeProtocol(), AGES, '  doelgroep: { leeftijd-van: 12, leeftijd-tot: 4 }  # groep 1 tot 8\n'));
    const swapped = runCli(['--fix', '--locale', 'en', 'protocol.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(file, 'utf8'), variant(completeProtocol(), AGES, '  doelgroep: { leeftijd-van: 4, leeftijd-tot: 12 }  # groep 1 tot 8\n'));
    assert.equal(swapped.stderr, 'meldcode-lint: 1 fix applied in 1 file.\n');
    assert.equal(swapped.status, 0);
  });

  it('does not split "4-12" over both keys by itself: that is a quick fix the writer picks', () => {
    const { folder, file } = protocolWithAges('  doelgroep:\n    leeftijd-van: 4-12\n');
    const before = fs.readFileSync(file, 'utf8');
    const run = runCli(['--fix', '--locale', 'en', 'protocol.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    assert.match(run.stdout, /^ {2}8:19 {2}error {2}'4-12' are two ages \(age from\); write the youngest under 'leeftijd-van' and the oldest under 'leeftijd-tot', each as a whole number\. {2}schema$/m);
    assert.equal(run.status, 1);
  });
});
