/**
 * Terminal escapes in a protocol's values and in file names: ESC and BEL (YAML "\e",
 * "\x07") can clear the screen, set the window title or add hyperlinks to a CI log. The
 * text formats (stylish, github) and the messages on stderr show them as visible escapes;
 * json, sarif, gitlab and junit stay valid and keep the values exactly.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { terminalSafe } from '../../server/src/cli/terminal-text';
import { runCli, temporaryFolder } from './helpers';
import { parseXml } from './xml';

const ESC = '\u001b';
const BEL = '\u0007';
const CSI8 = '\u009b';
/** Anything a terminal or a log viewer acts on: C0 controls except line feed and tab, DEL, C1, U+2028/9. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** A protocol whose stand-in id holds a title-setting sequence and a colour, under a file name with a screen clear. */
function hostileFolder(): { folder: string; name: string } {
  const folder = temporaryFolder('meldcode-escapes-');
  const name = `evil${ESC}[2J${CSI8}.meldcode.yaml`;
  fs.writeFileSync(
    path.join(folder, name),
    [
      'meldcode: "1.0"',
      'organisatie:',
      '  naam: "De Ster"',
      '  sector: kinderopvang',
      'aandachtsfunctionarissen:',
      '  - id: jansen',
      '    naam: Marieke Jansen',
      '    vervanger: "bak\\e]0;pwned\\akr\\e[31m\\x07"',
      '',
    ].join('\n'),
  );
  // A link to nothing, named with an escape: its "cannot be read" note names it.
  fs.symlinkSync('nergens', path.join(folder, `weg${ESC}]8;;evil${BEL}.meldcode.yaml`));
  return { folder, name };
}

describe('meldcode-lint and control characters in values and file names', function () {
  this.timeout(60000);

  it('terminalSafe: escapes C0 (but line feed and tab), DEL, C1 and the Unicode line separators; keeps the rest', () => {
    assert.equal(terminalSafe(`a${ESC}[2Jb${BEL}c\u007fd${CSI8}e\u2028f\u2029g\r`), 'a\\u001b[2Jb\\u0007c\\u007fd\\u009be\\u2028f\\u2029g\\u000d');
    assert.equal(terminalSafe('regel 1\n\tregel 2 — é 😀 \u00a0'), 'regel 1\n\tregel 2 — é 😀 \u00a0');
  });

  for (const format of ['stylish', 'github'] as const) {
    it(`${format}: no raw escape reaches the terminal, from a value or a file name`, () => {
      const { folder } = hostileFolder();
      const run = runCli(['--format', format, '--locale', 'en', '.'], { cwd: folder });
      assert.equal(run.status, 2, run.stderr); // the link to nothing cannot be read
      assert.doesNotMatch(run.stdout, RAW_CONTROL, JSON.stringify(run.stdout.slice(0, 400)));
      assert.doesNotMatch(run.stderr, RAW_CONTROL, JSON.stringify(run.stderr));
      // Visible instead: the reader sees what is there.
      assert.ok(run.stdout.includes('evil\\u001b[2J\\u009b.meldcode.yaml'), run.stdout.slice(0, 400));
      assert.ok(run.stdout.includes('bak\\u001b]0;pwned\\u0007kr\\u001b[31m\\u0007'), run.stdout);
      assert.match(run.stderr, /'weg\\u001b\]8;;evil\\u0007\.meldcode\.yaml' cannot be read/);
    });
  }

  it('render: the messages on stderr name the file with visible escapes', () => {
    const { folder, name } = hostileFolder();
    const run = runCli(['render', name, '-o', 'kaart.html', '--locale', 'en'], { cwd: folder });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, RAW_CONTROL);
    assert.equal(run.stderr, "meldcode-lint render: route map of 'evil\\u001b[2J\\u009b.meldcode.yaml' written to 'kaart.html'.\n");
  });

  it('json, sarif and gitlab stay valid JSON and keep the values exactly; junit stays well-formed XML', () => {
    const { folder } = hostileFolder();
    for (const format of ['json', 'sarif', 'gitlab']) {
      const run = runCli(['--format', format, '--locale', 'en', '.'], { cwd: folder });
      assert.doesNotMatch(run.stdout, RAW_CONTROL, `${format} escapes control characters itself`);
      const text = JSON.stringify(JSON.parse(run.stdout));
      assert.ok(text.includes('bak\\u001b]0;pwned\\u0007kr\\u001b[31m\\u0007'), `${format} keeps the value`);
    }
    const junit = runCli(['--format', 'junit', '--locale', 'en', '.'], { cwd: folder });
    assert.doesNotThrow(() => parseXml(junit.stdout));
    assert.doesNotMatch(junit.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
