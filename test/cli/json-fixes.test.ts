import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixtures, readFixture, runCli, temporaryFolder } from './helpers';

interface EslintFix {
  range: [number, number];
  text: string;
}

interface JsonMessage {
  ruleId: string;
  fix?: EslintFix;
  suggestions?: Array<{ desc: string; fix: EslintFix }>;
}

/** Applies fixes as ESLint does: in the order of their ranges, a fix that overlaps one applied before is left out. */
function applyEslintFixes(text: string, fixes: readonly EslintFix[]): string {
  let result = '';
  let cursor = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    if (fix.range[0] < cursor) continue;
    result += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
  }
  return result + text.slice(cursor);
}

function messagesOf(stdout: string): JsonMessage[] {
  const files = JSON.parse(stdout) as Array<{ messages: JsonMessage[] }>;
  assert.equal(files.length, 1);
  return files[0]!.messages;
}

/** [start, end) of the one occurrence of `piece` in `text`. */
function rangeOf(text: string, piece: string): [number, number] {
  const start = text.indexOf(piece);
  assert.ok(start >= 0 && text.indexOf(piece, start + 1) === -1, `"${piece}" occurs once`);
  return [start, start + piece.length];
}

/** [start, end) of `piece` inside the one occurrence of `around`. */
function rangeWithin(text: string, around: string, piece: string): [number, number] {
  const start = rangeOf(text, around)[0] + around.indexOf(piece);
  return [start, start + piece.length];
}

describe('meldcode-lint --format json: fixes and quick fixes in ESLint\'s shape', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  it('gives each automatic fix as {range, text}, which, applied as ESLint applies fixes, writes what --fix writes', () => {
    const text = readFixture('outdated.meldcode.yaml');
    const run = runCli(['--format', 'json', '--locale', 'en', 'outdated.meldcode.yaml']);
    assert.equal(run.status, 0);
    const fixes = messagesOf(run.stdout).flatMap((message) => (message.fix ? [message.fix] : []));
    assert.deepEqual(fixes, [
      { range: rangeWithin(text, 'AMK Utrecht', 'AMK'), text: 'Veilig Thuis' },
      { range: rangeOf(text, 'Advies- en Meldpunt Kindermishandeling (AMK)'), text: 'Veilig Thuis' },
      { range: rangeWithin(text, 'Bel SHG.', 'SHG'), text: 'Veilig Thuis' },
    ]);

    const folder = temporaryFolder();
    copyFixtures(folder, ['outdated.meldcode.yaml']);
    assert.equal(runCli(['--fix', 'outdated.meldcode.yaml'], { cwd: folder }).status, 0);
    const written = fs.readFileSync(path.join(folder, 'outdated.meldcode.yaml'), 'utf8');
    assert.notEqual(written, text);
    assert.equal(applyEslintFixes(text, fixes), written);
  });

  it('counts offsets in the text after a byte-order mark, as ESLint does', () => {
    const text = readFixture('outdated.meldcode.yaml');
    const folder = temporaryFolder();
    const file = path.join(folder, 'bom.meldcode.yaml');
    fs.writeFileSync(file, `\uFEFF${text}`);
    const fixes = messagesOf(runCli(['--format', 'json', 'bom.meldcode.yaml'], { cwd: folder }).stdout).flatMap((message) => (message.fix ? [message.fix] : []));
    assert.deepEqual(fixes[0]?.range, rangeWithin(text, 'AMK Utrecht', 'AMK'));
    runCli(['--fix', 'bom.meldcode.yaml'], { cwd: folder });
    assert.equal(fs.readFileSync(file, 'utf8'), `\uFEFF${applyEslintFixes(text, fixes)}`);
  });

  it('gives the quick fixes as suggestions with a description in the language asked for', () => {
    const text = readFixture('errors.meldcode.yaml');
    const english = messagesOf(runCli(['--format', 'json', '--locale', 'en', 'errors.meldcode.yaml']).stdout);
    const step5 = english.find((message) => message.ruleId === 'step-missing');
    const afwegingskader = text.indexOf('afwegingskader:\n');
    assert.deepEqual(step5?.suggestions, [
      {
        desc: 'Add step 5',
        fix: {
          range: [afwegingskader, afwegingskader],
          text:
            '  - stap: 5\n' +
            '    titel: "Beslissen: melden en/of hulp verlenen of organiseren"\n' +
            '    verantwoordelijk: aandachtsfunctionaris\n' +
            '    acties:\n' +
            '      - "Met het afwegingskader beslissen: melden bij Veilig Thuis en/of hulp bieden of organiseren."\n' +
            '      - Een melding vooraf met de ouders bespreken als dat veilig kan, en de gemaakte afspraken vastleggen.\n',
        },
      },
    ]);
    assert.equal(step5?.fix, undefined, 'a quick fix is not an automatic fix');
    const unknown = english.find((message) => message.ruleId === 'reference-unknown');
    assert.deepEqual(unknown?.suggestions?.find((suggestion) => suggestion.desc === 'Replace with "bakker"')?.fix, { range: rangeOf(text, 'bakkr'), text: 'bakker' });
    // Findings without a fix or quick fix carry neither key.
    assert.deepEqual(english.filter((message) => 'fix' in message || 'suggestions' in message).map((message) => message.ruleId), ['step-missing', 'reference-unknown']);

    const dutch = messagesOf(runCli(['--format', 'json', '--locale', 'nl', 'errors.meldcode.yaml']).stdout);
    assert.deepEqual(dutch.find((message) => message.ruleId === 'step-missing')?.suggestions?.map((suggestion) => suggestion.desc), ['Voeg stap 5 toe']);

    // Applied, the suggestion adds the step: the finding is gone.
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'stap5.meldcode.yaml'), applyEslintFixes(text, [step5!.suggestions![0]!.fix]));
    const after = messagesOf(runCli(['--format', 'json', 'stap5.meldcode.yaml'], { cwd: folder }).stdout);
    assert.deepEqual(after.filter((message) => message.ruleId === 'step-missing'), []);
  });
});
